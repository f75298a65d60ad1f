import {getOptional, getPath, ledgerPath} from '@ci-actions/core';

export interface Inputs {
  /**
   * A ledger file, or a folder searched for `*.jsonl` files (one folder per downloaded artifact);
   * empty when neither the input nor the runner names one.
   */
  readonly path: string;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const own = ledgerPath(env);
  if (!getOptional('path') && !own) return {path: ''};
  return {path: getPath('path', {cwd: env.GITHUB_WORKSPACE || process.cwd(), fallback: own ?? ''})};
}
