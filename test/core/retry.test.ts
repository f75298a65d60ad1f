import {jest} from '@jest/globals';
import {
  jitteredDelay,
  MAX_TIMER_MS,
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
