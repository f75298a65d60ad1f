import {jest} from '@jest/globals';
import {formatDuration, MAX_TIMER_MS, parseDuration, setLongTimeout} from '@ci-actions/core';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['10', 10_000],
    ['1.5s', 1500],
    [' 2m ', 120_000],
    ['0', 0]
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'abc', '-1s', '5d', '1m30s', '5 minutes', '1e3', '5\nm', '60\ns', '5 m', '1 000'])(
    'rejects %p',
    text => {
      expect(parseDuration(text)).toBeUndefined();
    }
  );
});

describe('setLongTimeout', () => {
  afterEach(() => jest.useRealTimers());

  it.each([10, MAX_TIMER_MS, MAX_TIMER_MS + 1, 3 * MAX_TIMER_MS])(
    'fires after %d ms, not before',
    async ms => {
      jest.useFakeTimers();
      const fired = jest.fn();
      setLongTimeout(fired, ms);
      await jest.advanceTimersByTimeAsync(ms - 1);
      expect(fired).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      expect(fired).toHaveBeenCalledTimes(1);
    }
  );

  it('can be cleared', async () => {
    jest.useFakeTimers();
    const fired = jest.fn();
    setLongTimeout(fired, MAX_TIMER_MS + 5).clear();
    await jest.advanceTimersByTimeAsync(MAX_TIMER_MS + 10);
    expect(fired).not.toHaveBeenCalled();
  });
});

describe('formatDuration', () => {
  it.each([
    [5, '5ms'],
    [1500, '1.5s'],
    [90_000, '1.5m'],
    [7_200_000, '2h']
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
