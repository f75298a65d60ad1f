// Whether a finished attempt succeeded, and if not, whether it may be retried and why.
import {matchPatterns} from '@ci-actions/core';

export type RetryOn = 'any' | 'error' | 'timeout';
export type Outcome = 'success' | 'failure' | 'timeout' | 'aborted';

export interface NamedPattern {
  /** How the summary names it: `preset apt` or `pattern 'x'`. */
  readonly name: string;
  readonly regex: RegExp;
}

export interface Policy {
  readonly retryOn: RetryOn;
  /** Exit codes that may be retried; undefined means any non-zero code. */
  readonly exitCodes?: ReadonlySet<number>;
  /** When non-empty, a failure is retried only if its output matches one. */
  readonly retryPatterns: readonly NamedPattern[];
  readonly abortPatterns: readonly NamedPattern[];
}

export interface AttemptResult {
  readonly exitCode: number;
  readonly timedOut: boolean;
  readonly spawnError?: string;
}

/** What the attempt's output matched (see findMatches). */
export interface Matches {
  readonly abort?: NamedPattern;
  readonly retry?: NamedPattern;
  /** The pattern still running at the deadline; it and those after it count as not matching. */
  readonly unfinished?: NamedPattern;
}

/** The first abort and the first retry pattern that match the output's tail, under a deadline. */
export async function findMatches(
  policy: Policy,
  tail: string,
  deadlineMs: number
): Promise<Matches> {
  const lists = [policy.abortPatterns, policy.retryPatterns];
  const {first, timedOut} = await matchPatterns(
    lists.map(list => list.map(pattern => pattern.regex)),
    tail,
    deadlineMs
  );
  const pick = (list: number) => (first[list] === undefined ? undefined : lists[list][first[list]]);
  return {
    abort: pick(0),
    retry: pick(1),
    unfinished: timedOut ? lists[timedOut.list][timedOut.index] : undefined
  };
}

export interface Verdict {
  readonly outcome: Outcome;
  readonly retryable: boolean;
  /** What decided, for the summary and the failure message. */
  readonly reason: string;
}

export function judge(result: AttemptResult, policy: Policy, matches: Matches = {}): Verdict {
  if (result.exitCode === 0 && !result.timedOut) {
    return {outcome: 'success', retryable: false, reason: 'exit code 0'};
  }
  if (result.spawnError) {
    return {outcome: 'failure', retryable: false, reason: `could not start: ${result.spawnError}`};
  }
  const abort = matches.abort;
  if (abort) return {outcome: 'aborted', retryable: false, reason: `matched abort ${abort.name}`};
  if (result.timedOut) {
    return policy.retryOn === 'error'
      ? {outcome: 'timeout', retryable: false, reason: 'timed out; retry-on is error'}
      : {outcome: 'timeout', retryable: true, reason: 'timed out'};
  }
  if (policy.retryOn === 'timeout') {
    return {outcome: 'failure', retryable: false, reason: 'retry-on is timeout'};
  }
  if (policy.exitCodes && !policy.exitCodes.has(result.exitCode)) {
    return {outcome: 'failure', retryable: false, reason: 'exit code not in retry-on-exit-codes'};
  }
  if (policy.retryPatterns.length > 0) {
    const match = matches.retry;
    return match
      ? {outcome: 'failure', retryable: true, reason: `matched ${match.name}`}
      : {outcome: 'failure', retryable: false, reason: 'no retry pattern matched'};
  }
  return {outcome: 'failure', retryable: true, reason: 'non-zero exit code'};
}
