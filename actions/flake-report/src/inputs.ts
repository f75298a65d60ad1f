import {getPath, ledgerPath} from '@ci-actions/core';

export interface Inputs {
  /** A ledger file, or a folder searched for `*.jsonl` files (one folder per downloaded artifact). */
  readonly path: string;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  return {path: getPath('path', {cwd, fallback: ledgerPath(env) ?? ''})};
}
