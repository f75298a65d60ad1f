import {formatDuration} from './duration';
import {absorbFault, commandTarget, withCause} from './ledger';
import type {Logger} from './logger';
import {compileOutputPatterns, type OutputPatternName} from './output-patterns';
import {killGroup, runProcess, type ProcessOptions, type ProcessResult} from './process';
import {NETWORK_BACKOFF, retry, type Backoff, type Clock} from './retry';

// Runs a command that reaches the network (uv, helm) under the retry engine: in its own process
// group with live output; a failure is retried only when the output's tail matches one of the named
// pattern sets or the exit code is listed, until the time budget is spent (attempts are an upper
// bound). Anything else fails at once: a real error does not get slower by retrying it.

const KILL_GRACE_MS = 5000;

export interface RetriedCommandOptions {
  readonly command: string;
  readonly args: readonly string[];
  /** In every message; default `<command> <args>`. */
  readonly label?: string;
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Deadline of one attempt; none by default. */
  readonly timeoutMs?: number;
  /** Upper bound on attempts; the budget usually ends the retries first. */
  readonly attempts: number;
  /** Time for retries, counted from the first failure. */
  readonly budgetMs: number;
  /** Output pattern sets that make a failure transient. */
  readonly retryOn: readonly OutputPatternName[];
  /** Exit codes that make a failure transient whatever the output says. */
  readonly retryExitCodes?: readonly number[];
  readonly logger: Logger;
  readonly backoff?: Backoff;
  readonly clock?: Clock;
  /** Runs one attempt (default runProcess); a seam for tests. */
  readonly runProcess?: (options: ProcessOptions) => Promise<ProcessResult>;
}

/** The last failure of a retried command; `transient` says why it was retried, if it was. */
export class CommandError extends Error {
  constructor(
    readonly label: string,
    readonly result: ProcessResult,
    readonly transient: string | undefined,
    /** The attempt that failed last (1-based). */
    readonly attempt: number
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
    this.name = 'CommandError';
    withCause(this, {
      target: commandTarget(label.split(' ')),
      error: result.timedOut
        ? 'timed out'
        : result.spawnError
          ? 'could not start'
          : `exit code ${result.exitCode}${transient ? `: ${transient}` : ''}`,
      attempt
    });
  }
}

/** Why a failed result is worth another attempt (a pattern set or an exit code), or undefined. */
export function transientReason(
  result: Pick<ProcessResult, 'tail' | 'exitCode' | 'spawnError'>,
  retryOn: readonly OutputPatternName[],
  retryExitCodes: readonly number[] = []
): string | undefined {
  if (result.spawnError) return undefined;
  if (retryExitCodes.includes(result.exitCode)) return `exit code ${result.exitCode}`;
  const match = compileOutputPatterns(retryOn).find(pattern => pattern.regex.test(result.tail));
  return match ? `output matched ${match.name}` : undefined;
}

/** Runs the command until it succeeds; throws the last CommandError otherwise. */
export async function runRetriedCommand(options: RetriedCommandOptions): Promise<ProcessResult> {
  const label = options.label ?? [options.command, ...options.args].join(' ');
  const run = options.runProcess ?? runProcess;
  return retry(
    async ({attempt}) => {
      if (attempt > 1) options.logger.info(`${label}: attempt ${attempt} of ${options.attempts}`);
      const result = await run({
        command: options.command,
        args: options.args,
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeoutMs: options.timeoutMs,
        killGraceMs: KILL_GRACE_MS
      });
      if (result.exitCode === 0 && !result.timedOut && !result.spawnError) return result;
      if (result.pgid !== undefined) await killGroup(result.pgid, KILL_GRACE_MS);
      throw new CommandError(
        label,
        result,
        transientReason(result, options.retryOn, options.retryExitCodes),
        attempt
      );
    },
    {
      attempts: options.attempts,
      budgetMs: options.budgetMs,
      backoff: options.backoff ?? NETWORK_BACKOFF,
      clock: options.clock,
      isRetryable: error => error instanceof CommandError && error.transient !== undefined,
      onRetry: ({error, attempt, delayMs}) => {
        const failure = error as CommandError;
        absorbFault(
          options.logger,
          {
            kind: 'command-retry',
            target: commandTarget([options.command, ...options.args]),
            attempt,
            error: `exit code ${failure.result.exitCode}: ${failure.transient}`,
            waitedMs: delayMs,
            outcome: 'retried'
          },
          `${failure.message} (attempt ${attempt} of ${options.attempts}, ${failure.transient}); retrying in ${formatDuration(delayMs)}`
        );
      }
    }
  );
}
