import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseFileCommands} from './runner';

// Snapshot and restore process.env around every test that touches it.
export function useCleanEnv(): void {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = {...process.env};
    for (const name of Object.keys(process.env)) {
      if (name.startsWith('INPUT_') || name.startsWith('STATE_')) delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });
}

export function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
}

/**
 * What `read` (an action's readInputs) returns for a step given action.yml's defaults and `raw`
 * (by input name): the parser itself fills every field, so a test names only what it changes.
 */
export function readWithInputs<T>(
  defaults: Readonly<Record<string, string>>,
  raw: Readonly<Record<string, string>>,
  read: () => T
): T {
  const saved = Object.entries(process.env).filter(([name]) => name.startsWith('INPUT_'));
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_')) delete process.env[name];
  try {
    setInputs({...defaults, ...raw});
    return read();
  } finally {
    for (const name of Object.keys(process.env))
      if (name.startsWith('INPUT_')) delete process.env[name];
    for (const [name, value] of saved) process.env[name] = value;
  }
}

/**
 * Fresh GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY files for a run from source, and a reader of
 * what the step wrote to them. Call inside a test that uses `useCleanEnv()`.
 */
export function fileCommands(dir: string): {
  outputs: () => Record<string, string>;
  env: () => Record<string, string>;
  state: () => Record<string, string>;
  summary: () => string;
} {
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary'
  };
  for (const [name, file] of Object.entries(files)) {
    process.env[name] = join(dir, file);
    writeFileSync(join(dir, file), '');
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    outputs: () => parseFileCommands(read('output')),
    env: () => parseFileCommands(read('env')),
    state: () => parseFileCommands(read('state')),
    summary: () => read('summary')
  };
}
