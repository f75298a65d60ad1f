import {
  absorbFault,
  commandTarget,
  withCause,
  compileOutputPatterns,
  formatDuration,
  killGroup,
  retry,
  runProcess,
  type Backoff,
  type Logger,
  type ProcessResult
} from '@ci-actions/core';

// Runs uv commands: live output, own process group, and for network installs the core retry
// engine, retrying only when the output shows a transient network or index failure.

export const INSTALL_BACKOFF: Backoff = {
  delayMs: 2000,
  multiplier: 2,
  maxDelayMs: 30_000,
  jitter: true
};
const KILL_GRACE_MS = 5000;
const TRANSIENT = compileOutputPatterns(['network', 'pip']);

/** The preset pattern a failed command's output matched, if any. */
export function transientMatch(tail: string): string | undefined {
  return TRANSIENT.find(pattern => pattern.regex.test(tail))?.name;
}

/** uv's refusal to install into an externally managed (PEP 668) interpreter. */
export function externallyManaged(tail: string): boolean {
  return /is externally managed/.test(tail);
}

export class UvCommandError extends Error {
  readonly externallyManaged: boolean;
  constructor(
    readonly label: string,
    readonly result: ProcessResult,
    readonly transient: string | undefined
  ) {
    super(
      `${label} ${
        result.timedOut
          ? 'timed out'
          : result.spawnError
            ? `could not start: ${result.spawnError}`
            : `failed with exit code ${result.exitCode}`
      }`
    );
    this.name = 'UvCommandError';
    withCause(this, {
      target: commandTarget(label.split(' ')),
      error: result.timedOut
        ? 'timed out'
        : `exit code ${result.exitCode}${transient ? `: matched ${transient}` : ''}`
    });
    this.externallyManaged = externallyManaged(result.tail);
  }
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

/** `uv <args>` under the retry engine; throws UvCommandError after the last attempt. */
export async function runUvWithRetry(
  args: readonly string[],
  options: UvOptions & {attempts: number; logger: Logger; backoff?: Backoff}
): Promise<void> {
  const label = `uv ${args.join(' ')}`;
  await retry(
    async ({attempt}) => {
      if (attempt > 1) options.logger.info(`${label}: attempt ${attempt} of ${options.attempts}`);
      const {result} = await runUvOnce(args, options);
      if (result.exitCode === 0 && !result.timedOut) return;
      if (result.pgid !== undefined) await killGroup(result.pgid, KILL_GRACE_MS);
      throw new UvCommandError(label, result, transientMatch(result.tail));
    },
    {
      attempts: options.attempts,
      backoff: options.backoff ?? INSTALL_BACKOFF,
      isRetryable: error => error instanceof UvCommandError && error.transient !== undefined,
      onRetry: ({error, attempt, delayMs}) => {
        const failure = error as UvCommandError;
        absorbFault(
          options.logger,
          {
            kind: 'command-retry',
            target: commandTarget(['uv', ...args]),
            attempt,
            error: `exit code ${failure.result.exitCode}: matched ${failure.transient}`,
            waitedMs: delayMs,
            outcome: 'retried'
          },
          `${failure.message} (attempt ${attempt} of ${options.attempts}, output matched ${failure.transient}); retrying in ${formatDuration(delayMs)}`
        );
      }
    }
  );
}
