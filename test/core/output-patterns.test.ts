import {
  compileOutputPatterns,
  MATCH_CHARS,
  matchPatterns,
  OUTPUT_PATTERN_NAMES,
  type OutputPatternName,
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

describe('what the presets treat as transient', () => {
  const matches = (names: readonly OutputPatternName[], line: string) =>
    compileOutputPatterns(names).some(({regex}) => regex.test(line));

  it.each([
    // uv, a wheel body cut off by the mirror
    'error: Failed to install: humanize-4.17.0-py3-none-any.whl (humanize==4.17.0)\n  Caused by: humanize==4.17.0 has an invalid package format',
    '  Caused by: Failed to read from zip file',
    // pip, the same
    "pip._vendor.urllib3.exceptions.ProtocolError: ('Connection broken: IncompleteRead(1024 bytes read, 2048 more expected)', ...)",
    'error: Request failed after 3 retries\n  Caused by: error sending request for url (http://127.0.0.1:1/simple/nox/)',
    'HTTP status server error (503 Service Unavailable) for url'
  ])('pip: %s', line => {
    expect(matches(['network', 'pip'], line)).toBe(true);
  });

  it.each([
    // the real helm 3 against a mirror that is down (repo add, dependency build)
    'Error: looks like "http://127.0.0.1:9/charts" is not a valid chart repository or cannot be reached: Get "http://127.0.0.1:9/charts/index.yaml": dial tcp 127.0.0.1:9: connect: connection refused',
    'Error: could not download http://127.0.0.1:9/charts/dep-0.1.0.tgz: Get "http://127.0.0.1:9/charts/dep-0.1.0.tgz": dial tcp 127.0.0.1:9: connect: connection refused',
    'Error: looks like "http://m/charts" is not a valid chart repository or cannot be reached: failed to fetch http://m/charts/index.yaml : 503 Service Unavailable'
  ])('helm: %s', line => {
    expect(matches(['helm', 'network', 'http'], line)).toBe(true);
  });

  it.each([
    'Error: INSTALLATION FAILED: chart requires kubeVersion: >=1.30.0',
    'Error: found in Chart.yaml, but missing in charts/ directory: dep'
  ])('helm leaves real failures alone: %s', line => {
    expect(matches(['helm', 'network', 'http'], line)).toBe(false);
  });

  it.each([
    'error: No solution found when resolving dependencies',
    'ERROR: Could not find a version that satisfies the requirement nosuchpkg',
    'FAILED tests/test_app.py::test_it - assert 1 == 2'
  ])('pip leaves real failures alone: %s', line => {
    expect(matches(['network', 'pip'], line)).toBe(false);
  });
});
