import {formatDuration, parseDuration} from '@ci-actions/core';

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

  it.each(['', 'abc', '-1s', '5d', '1m30s', '5 minutes', '1e3'])('rejects %p', text => {
    expect(parseDuration(text)).toBeUndefined();
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
