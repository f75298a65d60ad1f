import {runProcess, type OutputPatternName, type ProcessResult} from '@ci-actions/core';

// uv's side of the core's retried command: which output marks a transient network or index
// failure, uv's PEP 668 refusal, and a single run whose stdout is collected.

const KILL_GRACE_MS = 5000;

/** Output pattern sets that make a failed uv command worth another attempt. */
export const UV_RETRY_ON: readonly OutputPatternName[] = ['network', 'pip'];

/** uv's refusal to install into an externally managed (PEP 668) interpreter. */
export function externallyManaged(tail: string): boolean {
  return /is externally managed/.test(tail);
}

export interface UvOptions {
  readonly uv: string;
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  /** Collect stdout instead of printing it. */
  readonly capture?: boolean;
}

export async function runUvOnce(
  args: readonly string[],
  options: UvOptions
): Promise<{result: ProcessResult; stdout: string}> {
  let stdout = '';
  const result = await runProcess({
    command: options.uv,
    args,
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeoutMs: options.timeoutMs,
    killGraceMs: KILL_GRACE_MS,
    stdout: options.capture ? chunk => (stdout += chunk.toString('utf8')) : undefined
  });
  return {result, stdout};
}
