import {appendFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

// Each attempt writes its file commands to files of its own; only the successful attempt's
// writes are appended to the runner's files, so failed attempts leave no outputs, env or PATH.

const FILES = {
  GITHUB_OUTPUT: 'output',
  GITHUB_ENV: 'env',
  GITHUB_PATH: 'path',
  GITHUB_STATE: 'state',
  GITHUB_STEP_SUMMARY: 'summary'
} as const;

type Variable = keyof typeof FILES;
const VARIABLES = Object.keys(FILES) as Variable[];
// Forgejo and Gitea give the same files under their own names too.
const ALIASES = ['FORGEJO_', 'GITEA_'];

export interface AttemptFiles {
  /** Environment overrides pointing the child at this attempt's files. */
  readonly env: Record<string, string>;
  /** Appends this attempt's writes to the runner's files. */
  commit(): void;
}

export function createAttemptFiles(dir: string, runnerEnv: NodeJS.ProcessEnv): AttemptFiles {
  mkdirSync(dir, {recursive: true});
  const env: Record<string, string> = {};
  for (const variable of VARIABLES) {
    const file = join(dir, FILES[variable]);
    writeFileSync(file, '');
    env[variable] = file;
    const suffix = variable.slice('GITHUB_'.length);
    for (const prefix of ALIASES) {
      if (runnerEnv[prefix + suffix] !== undefined) env[prefix + suffix] = file;
    }
  }
  return {
    env,
    commit() {
      for (const variable of VARIABLES) {
        const target = runnerEnv[variable];
        const content = readFileSync(env[variable], 'utf8');
        if (target && content)
          appendFileSync(target, content.endsWith('\n') ? content : content + '\n');
      }
    }
  };
}
