import {jest} from '@jest/globals';
import {
  DEFAULT_NETWORK_ATTEMPTS,
  DEFAULT_RETRY_BUDGET_MS,
  jitteredDelay,
  MAX_TIMER_MS,
  NETWORK_BACKOFF,
  nominalDelay,
  retry,
  systemClock,
  type Backoff
} from '@ci-actions/core';
import {fakeClock} from '../helpers/fake-clock';

const backoff: Backoff = {delayMs: 1000, multiplier: 2, maxDelayMs: 5000, jitter: false};

describe('backoff schedule', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 5000],
    [10, 5000]
  ])('retry %d waits %d ms', (n, ms) => {
    expect(nominalDelay(backoff, n)).toBe(ms);
  });

  it('is constant with multiplier 1', () => {
    expect([1, 2, 3].map(n => nominalDelay({...backoff, multiplier: 1}, n))).toEqual([
      1000, 1000, 1000
    ]);
  });

  it('never computes a wait a timer cannot hold', () => {
    const huge = {delayMs: 3_600_000, multiplier: 10, maxDelayMs: Infinity, jitter: false};
    expect(nominalDelay(huge, 99)).toBe(MAX_TIMER_MS);
    expect(jitteredDelay({...huge, jitter: true}, 400, () => 0.999)).toBeLessThanOrEqual(
      MAX_TIMER_MS
    );
  });

  it.each([
    [0, 1000],
    [0.5, 1500],
    [0.999, 1999]
  ])('jitter with random %p gives %d ms for a nominal 2000', (random, ms) => {
    expect(jitteredDelay({...backoff, jitter: true}, 2, () => random)).toBe(ms);
  });
});

describe('systemClock', () => {
  afterEach(() => jest.useRealTimers());

  it('sleeps the whole of a wait longer than a timer holds', async () => {
    jest.useFakeTimers();
    let woke = false;
    void systemClock.sleep(MAX_TIMER_MS + 60_000).then(() => (woke = true));
    await jest.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(woke).toBe(false);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(woke).toBe(true);
  });
});

describe('retry', () => {
  it('returns the first success without waiting', async () => {
    const clock = fakeClock();
    await expect(retry(async () => 'ok', {attempts: 3, backoff, clock})).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([]);
  });

  it('waits by the schedule and never after the last attempt', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    await expect(
      retry(
        async ({attempt}) => {
          seen.push(attempt);
          throw new Error(`fail ${attempt}`);
        },
        {attempts: 4, backoff, clock}
      )
    ).rejects.toThrow('fail 4');
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('stops at once when the predicate says the error is final', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('401');
        },
        {attempts: 5, backoff, clock, isRetryable: error => !String(error).includes('401')}
      )
    ).rejects.toThrow('401');
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('uses a server-given delay, capped at the maximum', async () => {
    const clock = fakeClock();
    const delays = [3000, 60_000];
    await expect(
      retry(
        async ({attempt}) => {
          if (attempt < 3)
            throw Object.assign(new Error('429'), {retryAfterMs: delays[attempt - 1]});
          return attempt;
        },
        {
          attempts: 3,
          backoff,
          clock,
          serverDelayMs: error => (error as {retryAfterMs?: number}).retryAfterMs
        }
      )
    ).resolves.toBe(3);
    expect(clock.sleeps).toEqual([3000, 5000]);
  });

  it('gives up when the next wait would pass the total deadline', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          clock.advance(1500);
          throw new Error('slow');
        },
        {attempts: 10, backoff, clock, deadlineMs: 6000}
      )
    ).rejects.toThrow('slow');
    // 1500 + wait 1000 + 1500 + wait 2000 = 6000: the third wait (4000) would pass the deadline.
    expect(calls).toBe(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('tells each attempt how much time is left', async () => {
    const clock = fakeClock();
    const left: (number | undefined)[] = [];
    await retry(
      async ({attempt, remainingMs}) => {
        left.push(remainingMs);
        if (attempt < 2) throw new Error('again');
      },
      {attempts: 2, backoff, clock, deadlineMs: 10_000}
    );
    expect(left).toEqual([10_000, 9000]);
  });

  it('calls onRetry before each wait with the delay', async () => {
    const clock = fakeClock();
    const calls: string[] = [];
    await expect(
      retry(
        async () => {
          throw new Error('x');
        },
        {
          attempts: 3,
          backoff,
          clock,
          onRetry: ({attempt, delayMs}) => {
            calls.push(`${attempt}:${delayMs}`);
          }
        }
      )
    ).rejects.toThrow('x');
    expect(calls).toEqual(['1:1000', '2:2000']);
  });
});

describe('retry budget', () => {
  /** Runs a command that fails for `outageMs` of clock time, each attempt taking `attemptMs`. */
  async function throughOutage(options: {
    outageMs: number;
    attemptMs: number;
    budgetMs: number;
    random: number;
    startMs?: number;
    attempts?: number;
  }) {
    const clock = fakeClock(options.random);
    clock.advance(options.startMs ?? 0);
    const outageEnds = clock.now() + options.outageMs;
    let attempts = 0;
    const outcome = await retry(
      async () => {
        attempts++;
        clock.advance(options.attemptMs);
        if (clock.now() < outageEnds) throw new Error('down');
        return 'ok';
      },
      {
        attempts: options.attempts ?? DEFAULT_NETWORK_ATTEMPTS,
        backoff: NETWORK_BACKOFF,
        budgetMs: options.budgetMs,
        clock
      }
    ).catch((error: Error) => error.message);
    const waited = clock.sleeps.reduce((a, b) => a + b, 0);
    return {outcome, attempts, sleeps: clock.sleeps, waited};
  }

  it.each([
    // outage, attempt time, jitter draw: the default budget outlasts a 60 s outage either way
    [60_000, 100, 0],
    [60_000, 100, 0.999],
    [60_000, 5000, 0],
    [60_000, 5000, 0.999],
    [30_000, 100, 0.5],
    [90_000, 100, 0.5]
  ])('survives a %d ms outage (attempts of %d ms, jitter %p)', async (outageMs, attemptMs, r) => {
    const result = await throughOutage({
      outageMs,
      attemptMs,
      budgetMs: DEFAULT_RETRY_BUDGET_MS,
      random: r
    });
    expect(result.outcome).toBe('ok');
    expect(result.attempts).toBeLessThanOrEqual(DEFAULT_NETWORK_ATTEMPTS);
    expect(Math.max(...result.sleeps)).toBeLessThanOrEqual(NETWORK_BACKOFF.maxDelayMs);
    expect(result.waited).toBeLessThanOrEqual(DEFAULT_RETRY_BUDGET_MS);
  });

  it.each([
    // budget, random: every wait ends inside the budget and the last one is cut to fit it
    [10_000, 0.999],
    [45_000, 0],
    [120_000, 0.5]
  ])('gives up when a %d ms budget is spent (jitter %p)', async (budgetMs, r) => {
    const result = await throughOutage({
      outageMs: 10 * budgetMs,
      attemptMs: 0,
      budgetMs,
      random: r
    });
    expect(result.outcome).toBe('down');
    expect(result.waited).toBe(budgetMs);
    expect(Math.max(...result.sleeps)).toBeLessThanOrEqual(NETWORK_BACKOFF.maxDelayMs);
  });

  it('counts the budget from the first failure, not from the start', async () => {
    // The first attempt runs 10 minutes before it fails; the retries still get the whole budget.
    const clock = fakeClock(0.5);
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          if (calls === 1) clock.advance(600_000);
          if (clock.now() < 660_000) throw new Error('down');
          return 'ok';
        },
        {attempts: 50, backoff: NETWORK_BACKOFF, budgetMs: DEFAULT_RETRY_BUDGET_MS, clock}
      )
    ).resolves.toBe('ok');
  });

  it.each([
    [1, 1],
    [3, 3],
    [DEFAULT_NETWORK_ATTEMPTS, DEFAULT_NETWORK_ATTEMPTS]
  ])('keeps attempts (%d) as the upper bound', async (attempts, expected) => {
    const result = await throughOutage({
      outageMs: Infinity,
      attemptMs: 0,
      budgetMs: 3_600_000,
      random: 0.5,
      attempts
    });
    expect(result.outcome).toBe('down');
    expect(result.attempts).toBe(expected);
  });

  it('a budget of 0 means no retry', async () => {
    const result = await throughOutage({
      outageMs: Infinity,
      attemptMs: 10,
      budgetMs: 0,
      random: 0.5
    });
    expect(result).toMatchObject({outcome: 'down', attempts: 1, sleeps: []});
  });

  it('caps a server delay at what is left of the budget', async () => {
    const clock = fakeClock();
    await expect(
      retry(
        async () => {
          throw Object.assign(new Error('429'), {retryAfterMs: 10_000});
        },
        {
          attempts: 10,
          backoff: NETWORK_BACKOFF,
          budgetMs: 25_000,
          clock,
          serverDelayMs: error => (error as {retryAfterMs?: number}).retryAfterMs
        }
      )
    ).rejects.toThrow('429');
    expect(clock.sleeps).toEqual([10_000, 10_000, 5000]);
  });
});
