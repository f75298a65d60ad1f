// A retry engine: exponential backoff with a multiplier, a cap, optional jitter, a total deadline,
// a time budget for retries, a retryability predicate and a server-given delay. Time and randomness are injected so tests
// run with zero delay.
import {MAX_TIMER_MS, setLongTimeout} from './duration';

export interface Backoff {
  /** Wait before the second attempt, in ms. */
  readonly delayMs: number;
  /** Multiplier applied to the wait after each retry (1 = constant). */
  readonly multiplier: number;
  /** Upper bound for one wait, in ms. */
  readonly maxDelayMs: number;
  /** When true each wait is drawn uniformly from [50%, 100%] of its nominal value. */
  readonly jitter: boolean;
}

/** Every network operation's backoff: 1 s, doubled, at most 15 s, jittered. */
export const NETWORK_BACKOFF: Backoff = {
  delayMs: 1000,
  multiplier: 2,
  maxDelayMs: 15_000,
  jitter: true
};

/**
 * The default `retry-budget`: retries go on for 2 minutes after the first failure, so an outage of
 * 60 s at any moment is outlasted with a capped wait and a slow attempt to spare.
 */
export const DEFAULT_RETRY_BUDGET_MS = 120_000;

/** The default upper bound on attempts under a budget: enough that the budget decides. */
export const DEFAULT_NETWORK_ATTEMPTS = 20;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setLongTimeout(resolve, ms)),
  random: () => Math.random()
};

/**
 * The nominal wait before retry number `retry` (1 = before the second attempt); never more than a
 * timer can hold, whatever the multiplier does to it.
 */
export function nominalDelay(backoff: Backoff, retry: number): number {
  const delay = backoff.delayMs * Math.pow(backoff.multiplier, retry - 1);
  return Math.min(backoff.maxDelayMs, delay, MAX_TIMER_MS);
}

export function jitteredDelay(backoff: Backoff, retry: number, random: () => number): number {
  const nominal = nominalDelay(backoff, retry);
  return Math.round(backoff.jitter ? nominal * (0.5 + 0.5 * random()) : nominal);
}

export interface AttemptContext {
  /** 1-based attempt number. */
  readonly attempt: number;
  /** Time left before the total deadline, or undefined without one. */
  readonly remainingMs: number | undefined;
}

export interface RetryOptions {
  readonly attempts: number;
  readonly backoff: Backoff;
  /** Total budget for attempts and waits together, in ms. */
  readonly deadlineMs?: number;
  /**
   * Time for retrying, in ms, counted from the first failure (a long attempt that fails late still
   * gets all of it): no attempt starts after it is spent, and the last wait ends with it.
   */
  readonly budgetMs?: number;
  /** Decides whether a failure is worth another attempt; default: always. */
  readonly isRetryable?: (error: unknown, attempt: number) => boolean;
  /** A delay the server asked for (Retry-After), used instead of the backoff, capped at maxDelayMs. */
  readonly serverDelayMs?: (error: unknown) => number | undefined;
  /** Called before each wait. */
  readonly onRetry?: (info: {
    error: unknown;
    attempt: number;
    delayMs: number;
  }) => void | Promise<void>;
  readonly clock?: Clock;
}

/** Gives the last error when attempts, time or retryability run out. */
export async function retry<T>(
  fn: (context: AttemptContext) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const clock = options.clock ?? systemClock;
  const start = clock.now();
  let firstFailure: number | undefined;
  const remaining = (): number | undefined =>
    options.deadlineMs === undefined ? undefined : options.deadlineMs - (clock.now() - start);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn({attempt, remainingMs: remaining()});
    } catch (error) {
      firstFailure ??= clock.now();
      if (attempt >= options.attempts) throw error;
      if (options.isRetryable && !options.isRetryable(error, attempt)) throw error;
      const serverDelay = options.serverDelayMs?.(error);
      let delayMs =
        serverDelay === undefined
          ? jitteredDelay(options.backoff, attempt, clock.random)
          : Math.min(Math.max(0, serverDelay), options.backoff.maxDelayMs, MAX_TIMER_MS);
      if (options.budgetMs !== undefined) {
        const budgetLeft = options.budgetMs - (clock.now() - firstFailure);
        if (budgetLeft <= 0) throw error;
        delayMs = Math.min(delayMs, budgetLeft);
      }
      const left = remaining();
      if (left !== undefined && delayMs >= left) throw error;
      await options.onRetry?.({error, attempt, delayMs});
      if (delayMs > 0) await clock.sleep(delayMs);
    }
  }
}
