// Runs a committed bundle the way a runner does: action.yml defaults and overrides as INPUT_*,
// fresh GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY files, STATE_* for a post step, then reads the
// file commands back. Async, so servers in the test process keep answering while it runs.
import {spawn, type ChildProcessByStdio} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {Readable} from 'node:stream';
import {parse} from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface NodeBinary {
  readonly label: string;
  readonly path: string;
}

/** Node 20 (the test process) and the real Node 24 installed by the global setup. */
export function nodeBinaries(): NodeBinary[] {
  const node24 = process.env.CI_ACTIONS_NODE24;
  if (!node24)
    throw new Error('CI_ACTIONS_NODE24 is not set: run the tests through jest (global setup)');
  return [
    {label: `node ${process.versions.node}`, path: process.execPath},
    {label: 'node 24', path: node24}
  ];
}

export interface BundleOptions {
  readonly action: string;
  readonly entry?: 'main' | 'post';
  readonly node?: string;
  /** Inputs by name; action.yml defaults fill the rest, as the runner does. */
  readonly inputs?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** STATE_* values for a post step. */
  readonly state?: Readonly<Record<string, string>>;
  /** Reuse a runner directory (temp, tool cache, workspace) across steps. */
  readonly dir?: string;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

export interface BundleResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly env: Record<string, string>;
  readonly path: string[];
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly dir: string;
  readonly durationMs: number;
  /** `::error::`, `::warning::` and other workflow commands printed on stdout. */
  readonly commands: {command: string; message: string}[];
}

export function actionDefaults(action: string): Record<string, string> {
  const manifest = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, {default?: unknown}>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    if (spec.default !== undefined) defaults[name] = String(spec.default);
  }
  return defaults;
}

/** Parses the runner's key-value file format: `NAME=value` or `NAME<<DELIM` ... `DELIM`. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      result[name] = value.join('\n');
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`malformed file command line: ${line}`);
    }
  }
  return result;
}

export function newRunnerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-actions-runner-'));
  for (const sub of ['temp', 'tool-cache', 'workspace', 'home']) mkdirSync(join(dir, sub));
  return dir;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runBundle(options: BundleOptions): Promise<BundleResult> {
  const entry = options.entry ?? 'main';
  const dir = options.dir ?? newRunnerDir();
  const step = mkdtempSync(join(dir, `step-${entry}-`));
  const files = {
    GITHUB_OUTPUT: join(step, 'output'),
    GITHUB_ENV: join(step, 'env'),
    GITHUB_PATH: join(step, 'path'),
    GITHUB_STATE: join(step, 'state'),
    GITHUB_STEP_SUMMARY: join(step, 'summary')
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(dir, 'home'),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_REPOSITORY: 'cleveragents/example',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'test',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    ...files
  };
  for (const [name, value] of Object.entries({
    ...actionDefaults(options.action),
    ...options.inputs
  })) {
    env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const script = join(ROOT, 'dist', options.action, entry, 'index.js');
  const started = Date.now();
  const child = spawn(options.node ?? process.execPath, [script], {
    cwd: options.cwd ?? env.GITHUB_WORKSPACE,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  );
  clearTimeout(timer);
  const read = (file: string) => readFileSync(file, 'utf8');
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    env: parseFileCommands(read(files.GITHUB_ENV)),
    path: read(files.GITHUB_PATH).split('\n').filter(Boolean),
    state: parseFileCommands(read(files.GITHUB_STATE)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    dir,
    durationMs: Date.now() - started,
    commands: [...stdout.matchAll(/^::([a-z-]+)(?: [^:]*)?::(.*)$/gm)].map(m => ({
      command: m[1],
      message: m[2]
    }))
  };
}

/**
 * Starts a bundle with action.yml defaults and the given inputs, and hands back the live process,
 * for tests that signal it or read its output late. No file commands: the runner's fallbacks apply.
 */
export function startBundle(options: {
  readonly action: string;
  readonly node: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
}): ChildProcessByStdio<null, Readable, null> {
  const dir = newRunnerDir();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(dir, 'home'),
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    RUNNER_TEMP: join(dir, 'temp'),
    ...options.env
  };
  for (const [name, value] of Object.entries({
    ...actionDefaults(options.action),
    ...options.inputs
  })) {
    env[inputEnvName(name)] = value;
  }
  return spawn(options.node, [join(ROOT, 'dist', options.action, 'main', 'index.js')], {
    cwd: env.GITHUB_WORKSPACE,
    env,
    stdio: ['ignore', 'pipe', 'ignore']
  });
}
