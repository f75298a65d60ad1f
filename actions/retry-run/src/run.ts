import {
  absorbFault,
  ActionFailure,
  createLogger,
  formatDuration,
  resolveRunDeps,
  retry,
  stepLedger,
  runner,
  scriptTarget,
  withCause,
  type Logger,
  type ProcessResult,
  type RunDeps
} from '@ci-actions/core';
import {randomUUID} from 'node:crypto';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createAttemptFiles} from './attempt-files';
import {findMatches, judge, type Matches, type Verdict} from './decision';
import {readInputs, type Inputs} from './inputs';
import {failureMessage, summaryTable, type AttemptRecord} from './report';
import {runScript} from './script';

class AttemptFailed extends Error {
  constructor(
    readonly verdict: Verdict,
    readonly result: ProcessResult
  ) {
    super(verdict.reason);
  }
}

/** How long matching the output against the patterns may take. */
export const MATCH_DEADLINE_MS = 5000;

/** Matches only a failed attempt's output, and only when there are patterns. */
async function outputMatches(
  inputs: Inputs,
  result: ProcessResult,
  deadline: number | undefined,
  logger: Logger
): Promise<Matches> {
  const {abortPatterns, retryPatterns} = inputs.policy;
  const failed = result.exitCode !== 0 || result.timedOut;
  if (!failed || (abortPatterns.length === 0 && retryPatterns.length === 0)) return {};
  const limit = minDefined(
    MATCH_DEADLINE_MS,
    deadline === undefined ? undefined : deadline - Date.now()
  );
  const matches = await findMatches(inputs.policy, result.tail, limit!);
  if (matches.unfinished) {
    logger.warning(
      `${matches.unfinished.name} did not finish matching within ${formatDuration(limit!)}; it and the patterns after it count as not matching`
    );
  }
  return matches;
}

function minDefined(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.max(1, Math.min(...defined)) : undefined;
}

export async function run(deps: RunDeps<Inputs> = {}): Promise<void> {
  const {inputs, logger} = resolveRunDeps(deps, readInputs, createLogger({prefix: 'retry-run'}));
  const started = Date.now();
  const deadline =
    inputs.totalTimeoutMs === undefined ? undefined : started + inputs.totalTimeoutMs;
  const workDir = join(process.env.RUNNER_TEMP || tmpdir(), `retry-run-${randomUUID()}`);
  mkdirSync(workDir, {recursive: true, mode: 0o700});
  const script = join(workDir, `script${inputs.shell.extension}`);
  writeFileSync(script, inputs.run, {mode: 0o600});
  const records: AttemptRecord[] = [];
  let stoppedBy: string | undefined;

  // With retries each attempt's output folds into a group of its own; what we say about it follows
  // the group, so it shows without opening it. A script that prints its own `::group::` ends ours
  // early (the runner does not nest groups); nothing of its output is lost.
  const inGroup = <T>(attempt: number, fn: () => Promise<T>): Promise<T> =>
    inputs.attempts > 1 ? logger.group(`attempt ${attempt} of ${inputs.attempts}`, fn) : fn();

  try {
    await retry(
      async ({attempt, remainingMs}) => {
        if (remainingMs !== undefined && remainingMs <= 0) {
          stoppedBy = 'total-timeout reached';
          throw new ActionFailure(stoppedBy);
        }
        const files = createAttemptFiles(join(workDir, `attempt-${attempt}`), process.env);
        const result = await inGroup(attempt, () =>
          runScript(inputs, script, files.env, minDefined(inputs.timeoutMs, remainingMs))
        );
        let verdict = judge(
          result,
          inputs.policy,
          await outputMatches(inputs, result, deadline, logger)
        );
        const limitedByTotal =
          remainingMs !== undefined &&
          (inputs.timeoutMs === undefined || remainingMs <= inputs.timeoutMs);
        if (result.timedOut && limitedByTotal) {
          stoppedBy = 'total-timeout reached';
          verdict = {...verdict, retryable: false, reason: stoppedBy};
        }
        records.push({
          attempt,
          exitCode: result.exitCode,
          signal: result.signal,
          outcome: verdict.outcome,
          durationMs: result.durationMs,
          reason: verdict.reason
        });
        if (result.lingering) {
          logger.warning(`attempt ${attempt}: some of its processes survived SIGKILL`);
        }
        if (verdict.outcome === 'success') {
          files.commit();
          return;
        }
        throw new AttemptFailed(verdict, result);
      },
      {
        attempts: inputs.attempts,
        backoff: inputs.backoff,
        deadlineMs: inputs.totalTimeoutMs,
        isRetryable: error => error instanceof AttemptFailed && error.verdict.retryable,
        onRetry: async ({attempt, delayMs}) => {
          const record = records[records.length - 1];
          records[records.length - 1] = {...record, delayMs};
          absorbFault(
            logger,
            {
              kind: 'command-retry',
              target: scriptTarget(inputs.run),
              attempt,
              error: `exit code ${record.exitCode}: ${record.reason}`,
              waitedMs: delayMs,
              outcome: 'retried'
            },
            `attempt ${attempt} of ${inputs.attempts} failed (exit code ${record.exitCode}: ${record.reason}); retrying in ${formatDuration(delayMs)}`
          );
          // on-retry and the wait after it must both fit in what total-timeout leaves.
          const left = deadline === undefined ? undefined : deadline - Date.now() - delayMs;
          if (inputs.onRetry)
            await runOnRetry(inputs, workDir, attempt, minDefined(inputs.timeoutMs, left), logger);
        }
      }
    );
  } catch (error) {
    if (!(error instanceof AttemptFailed) && !(error instanceof ActionFailure)) throw error;
    // A retryable failure that ends the loop early was stopped by the total deadline.
    if (
      error instanceof AttemptFailed &&
      error.verdict.retryable &&
      records.length < inputs.attempts
    ) {
      stoppedBy = 'total-timeout reached';
    }
  } finally {
    rmSync(workDir, {recursive: true, force: true});
  }

  const last = records[records.length - 1];
  runner.setOutput('attempts', String(records.length));
  runner.setOutput('exit-code', String(last?.exitCode ?? ''));
  runner.setOutput('outcome', last?.outcome ?? 'timeout');
  runner.setOutput('duration-ms', String(Date.now() - started));
  if (inputs.summary) runner.appendSummary(summaryTable(records, stepLedger().absorbed()));
  if (last?.outcome !== 'success') {
    throw withCause(
      new ActionFailure(
        last ? failureMessage(records, stoppedBy) : 'total-timeout reached before the first attempt'
      ),
      {
        target: scriptTarget(inputs.run),
        error: last
          ? `exit code ${last.exitCode}: ${stoppedBy ?? last.reason}`
          : (stoppedBy ?? 'total-timeout reached'),
        attempt: records.length
      }
    );
  }
}

async function runOnRetry(
  inputs: Inputs,
  workDir: string,
  attempt: number,
  timeoutMs: number | undefined,
  logger: Logger
): Promise<void> {
  const script = join(workDir, `on-retry${inputs.shell.extension}`);
  writeFileSync(script, inputs.onRetry!, {mode: 0o600});
  const files = createAttemptFiles(join(workDir, `on-retry-${attempt}`), process.env);
  const result = await logger.group(`on-retry after attempt ${attempt}`, () =>
    runScript(inputs, script, files.env, timeoutMs)
  );
  if (result.exitCode !== 0 || result.timedOut) {
    logger.warning(
      `on-retry script failed (${result.timedOut ? 'timed out' : `exit code ${result.exitCode}`}); retrying anyway`
    );
  }
}
