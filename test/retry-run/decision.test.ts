import {
  findMatches,
  judge,
  type AttemptResult,
  type Policy
} from '../../actions/retry-run/src/decision';
import {presetPatterns} from '../../actions/retry-run/src/inputs';

const base: Policy = {retryOn: 'any', retryPatterns: [], abortPatterns: []};
const apt = presetPatterns('retry-presets', ['apt']);
const abort401 = [{name: "pattern '401'", regex: /401/m}];
type Attempt = Partial<AttemptResult> & {tail?: string};
const result = (over: Attempt): AttemptResult => ({exitCode: 1, timedOut: false, ...over});

describe('judge', () => {
  it.each<[string, Attempt, Partial<Policy>, string, boolean, string]>([
    ['success', {exitCode: 0}, {}, 'success', false, 'exit code 0'],
    ['plain failure', {}, {}, 'failure', true, 'non-zero exit code'],
    ['signal death', {exitCode: 137}, {}, 'failure', true, 'non-zero exit code'],
    ['timeout', {exitCode: 143, timedOut: true}, {}, 'timeout', true, 'timed out'],
    [
      'timeout, retry-on error',
      {exitCode: 143, timedOut: true},
      {retryOn: 'error'},
      'timeout',
      false,
      'timed out; retry-on is error'
    ],
    [
      'failure, retry-on timeout',
      {},
      {retryOn: 'timeout'},
      'failure',
      false,
      'retry-on is timeout'
    ],
    [
      'exit code listed',
      {exitCode: 100},
      {exitCodes: new Set([100])},
      'failure',
      true,
      'non-zero exit code'
    ],
    [
      'exit code not listed',
      {exitCode: 2},
      {exitCodes: new Set([100])},
      'failure',
      false,
      'exit code not in retry-on-exit-codes'
    ],
    [
      'timeout ignores exit-code list',
      {exitCode: 143, timedOut: true},
      {exitCodes: new Set([100])},
      'timeout',
      true,
      'timed out'
    ],
    [
      'preset matches',
      {exitCode: 100, tail: 'E: Failed to fetch http://deb.debian.org/x  503  Service Unavailable'},
      {retryPatterns: apt},
      'failure',
      true,
      'matched preset apt'
    ],
    [
      'preset matches case-insensitively',
      {tail: 'temporary failure resolving deb.debian.org'},
      {retryPatterns: apt},
      'failure',
      true,
      'matched preset apt'
    ],
    [
      'no pattern matches',
      {exitCode: 100, tail: 'E: Unable to locate package nodejsx'},
      {retryPatterns: apt},
      'failure',
      false,
      'no retry pattern matched'
    ],
    [
      'abort wins over retry pattern',
      {tail: 'Failed to fetch: 401 Unauthorized'},
      {retryPatterns: apt, abortPatterns: abort401},
      'aborted',
      false,
      "matched abort pattern '401'"
    ],
    [
      'abort on timeout output',
      {timedOut: true, tail: 'HTTP 401'},
      {abortPatterns: abort401},
      'aborted',
      false,
      "matched abort pattern '401'"
    ],
    [
      'could not start',
      {exitCode: 127, spawnError: 'spawn pwsh ENOENT'},
      {},
      'failure',
      false,
      'could not start: spawn pwsh ENOENT'
    ]
  ])('%s', async (_name, attempt, over, outcome, retryable, reason) => {
    const policy = {...base, ...over};
    const matches = await findMatches(policy, attempt.tail ?? '', 5000);
    expect(judge(result(attempt), policy, matches)).toEqual({outcome, retryable, reason});
  });
});

describe('findMatches', () => {
  it('stops a pattern that backtracks past the deadline and reports it', async () => {
    const slow = {name: "pattern 'slow'", regex: /a*a*a*a*a*a*a*a*b/m};
    const started = Date.now();
    const matches = await findMatches(
      {...base, retryPatterns: [slow, ...apt]},
      'a'.repeat(5000),
      1000
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(matches).toEqual({abort: undefined, retry: undefined, unfinished: slow});
  });

  it('finds the first match of each list', async () => {
    const matches = await findMatches(
      {...base, abortPatterns: abort401, retryPatterns: apt},
      'x\nE: Failed to fetch http://x 401',
      5000
    );
    expect(matches).toEqual({abort: abort401[0], retry: apt[2], unfinished: undefined});
  });
});
