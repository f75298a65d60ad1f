import {
  compileOutputPatterns,
  MATCH_CHARS,
  matchPatterns,
  OUTPUT_PATTERN_NAMES,
  OUTPUT_PATTERNS,
  unboundedPatternReason
} from '@ci-actions/core';

describe('unboundedPatternReason', () => {
  it.each([
    '(a+)+',
    '(a+)+$',
    '(a*)*',
    '(a|a)*',
    '(?:a+)+b',
    '(?<x>a+)*',
    '((ab)*c)+',
    '(a?){2,}',
    '(\\d+\\.)+',
    '(a|b){3,10}',
    '(a+)*?'
  ])('refuses %p', source => {
    expect(unboundedPatternReason(source)).toMatch(/repeated group/);
  });

  it.each([
    'a+',
    'a*a*a*b',
    '(a+)',
    '(a+)?',
    '(a+){1}',
    '(dpkg|apt)',
    '\\(a+\\)+',
    '[(a+)]+',
    '[\\]+]+',
    '(?=a+)b',
    '(?<=a)b+',
    'x{2,3}',
    '(ab)+',
    ...Object.values(OUTPUT_PATTERNS).flat()
  ])('accepts %p', source => {
    expect(unboundedPatternReason(source)).toBeUndefined();
  });
});

describe('presets', () => {
  it.each(OUTPUT_PATTERN_NAMES)('%s compiles case-insensitive, multi-line', name => {
    for (const {regex} of compileOutputPatterns([name])) expect(regex.flags).toBe('im');
  });
});

describe('matchPatterns', () => {
  it('gives the first match of each list', async () => {
    const result = await matchPatterns([[/x/, /b/, /a/], [], [/nope/]], 'abc', 5000);
    expect(result).toEqual({first: [1, undefined, undefined]});
  });

  it('matches only the end of the text', async () => {
    const text = 'START' + 'x'.repeat(MATCH_CHARS);
    expect(await matchPatterns([[/START/, /x$/]], text, 5000)).toEqual({first: [1]});
  });

  it('terminates a pattern that backtracks past the deadline and says which', async () => {
    const started = Date.now();
    const result = await matchPatterns(
      [[/a/], [/zzz/, /(a+)+$/, /a/]],
      'a'.repeat(5000) + '!',
      // the worker's start counts against the deadline: room for a loaded machine
      3000
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({first: [0, undefined], timedOut: {list: 1, index: 1}});
  });

  it('does not start matching without time left', async () => {
    expect(await matchPatterns([[/a/]], 'a', 0)).toEqual({
      first: [undefined],
      timedOut: {list: 0, index: 0}
    });
  });
});
