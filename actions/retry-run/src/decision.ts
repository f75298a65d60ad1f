// Whether a finished attempt succeeded, and if not, whether it may be retried and why.

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
  readonly tail: string;
  readonly spawnError?: string;
}

export interface Verdict {
  readonly outcome: Outcome;
  readonly retryable: boolean;
  /** What decided, for the summary and the failure message. */
  readonly reason: string;
}

function firstMatch(patterns: readonly NamedPattern[], text: string): NamedPattern | undefined {
  return patterns.find(pattern => pattern.regex.test(text));
}

export function judge(result: AttemptResult, policy: Policy): Verdict {
  if (result.exitCode === 0 && !result.timedOut) {
    return {outcome: 'success', retryable: false, reason: 'exit code 0'};
  }
  if (result.spawnError) {
    return {outcome: 'failure', retryable: false, reason: `could not start: ${result.spawnError}`};
  }
  const abort = firstMatch(policy.abortPatterns, result.tail);
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
    const match = firstMatch(policy.retryPatterns, result.tail);
    return match
      ? {outcome: 'failure', retryable: true, reason: `matched ${match.name}`}
      : {outcome: 'failure', retryable: false, reason: 'no retry pattern matched'};
  }
  return {outcome: 'failure', retryable: true, reason: 'non-zero exit code'};
}
