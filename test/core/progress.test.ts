import {recordingLogger} from '@ci-actions/core';
import {formatBytes, progressLine, progressMeter} from '@ci-actions/core/progress';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [5 * 1024 * 1024, '5.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB']
  ])('%d is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('progressLine', () => {
  it.each<[number, number | undefined, number, string]>([
    [10 * 1024 * 1024, 40 * 1024 * 1024, 5000, 'u: 10.0 MiB of 40.0 MiB (25%), 2.0 MiB/s'],
    [10 * 1024 * 1024, undefined, 10_000, 'u: 10.0 MiB, 1.0 MiB/s'],
    [0, 100, 5000, 'u: 0 B of 100 B (0%), 0 B/s'],
    [100, 0, 0, 'u: 100 B, 0 B/s']
  ])('%d bytes of %p after %d ms', (bytes, total, elapsed, line) => {
    expect(progressLine('u', bytes, total, elapsed)).toBe(line);
  });
});

describe('progressMeter', () => {
  // Each row: the clock at each chunk (ms after the start) and the chunks that print a line.
  it.each<[string, number[], number[]]>([
    ['a fast download prints nothing', [100, 900, 4999], []],
    ['the first line comes at 5 s', [1000, 5000, 6000], [1]],
    ['then at most one every 5 s', [5000, 6000, 9999, 10_000, 10_001, 16_000], [0, 3, 5]],
    ['a long gap prints once, not once per missed interval', [31_000, 32_000, 36_000], [0, 2]]
  ])('%s', (_, times, printed) => {
    let now = 0;
    const logger = recordingLogger();
    const meter = progressMeter({label: 'u', total: 1000, logger, now: () => now});
    const expected = printed.map(i => `info: ${progressLine('u', (i + 1) * 10, 1000, times[i])}`);
    times.forEach((t, i) => {
      now = t;
      meter((i + 1) * 10);
    });
    expect(logger.lines).toEqual(expected);
  });
});
