import {
  calibrate,
  clientOf,
  fetchGroups,
  survival,
  type FetchGroup
} from '../../lab/lib/calibrate.mjs';
import {median, quantile} from '../../lab/lib/stats.mjs';

describe('survival', () => {
  it.each<[string, number, FetchGroup[], number]>([
    ['no faults', 0, [{client: 'curl', attempts: 1, retried: 1, count: 10}], 1],
    ['every request fails', 1, [{client: 'curl', attempts: 1, retried: 1, count: 1}], 0],
    ['one unretried fetch', 0.1, [{client: 'curl', attempts: 1, retried: 1, count: 1}], 0.9],
    ['two unretried fetches', 0.1, [{client: 'curl', attempts: 1, retried: 1, count: 2}], 0.81],
    ['one fetch with 3 attempts', 0.1, [{client: 'apt', attempts: 3, retried: 1, count: 1}], 0.999],
    [
      'mixed groups multiply',
      0.5,
      [
        {client: 'curl', attempts: 1, retried: 1, count: 1},
        {client: 'apt', attempts: 2, retried: 1, count: 2}
      ],
      0.5 * 0.75 * 0.75
    ],
    ['empty group ignored', 0.5, [{client: 'pip', attempts: 1, retried: 1, count: 0}], 1]
  ])('%s', (_name, p, groups, expected) => {
    expect(survival(p, groups)).toBeCloseTo(expected, 10);
  });
});

describe('survival with kinds a client does not retry', () => {
  it('fails at once on a kind it does not retry', () => {
    // 2 attempts, half the kinds retried: q = (1 - p) * (1 + p / 2)
    expect(survival(0.2, [{client: 'pip', attempts: 2, retried: 0.5, count: 1}])).toBeCloseTo(
      0.8 * 1.1,
      10
    );
  });

  it('is 1 - p for a client that retries nothing, whatever its attempts', () => {
    expect(survival(0.3, [{client: 'x', attempts: 5, retried: 0, count: 1}])).toBeCloseTo(0.7, 10);
  });

  it('calibrates a much lower p when a kind is fatal', () => {
    const all = calibrate(0.7, [{client: 'pip', attempts: 6, retried: 1, count: 150}]);
    const most = calibrate(0.7, [{client: 'pip', attempts: 6, retried: 0.8, count: 150}]);
    expect(most).toBeLessThan(all / 3);
  });
});

describe('calibrate', () => {
  it('inverts the closed form for a single unretried group', () => {
    // (1 - p)^10 = 0.3  =>  p = 1 - 0.3^(1/10)
    const p = calibrate(0.7, [{client: 'curl', attempts: 1, retried: 1, count: 10}]);
    expect(p).toBeCloseTo(1 - 0.3 ** (1 / 10), 3);
  });

  it('gives a p whose survival is 1 - failRate for mixed clients', () => {
    const groups: FetchGroup[] = [
      {client: 'apt', attempts: 4, retried: 1, count: 350},
      {client: 'curl', attempts: 1, retried: 1, count: 2},
      {client: 'pip', attempts: 6, retried: 1, count: 150}
    ];
    const p = calibrate(0.7, groups);
    expect(survival(p, groups)).toBeCloseTo(0.3, 3);
  });

  it('needs more faults when clients retry', () => {
    const once = calibrate(0.7, [{client: 'curl', attempts: 1, retried: 1, count: 100}]);
    const retried = calibrate(0.7, [{client: 'apt', attempts: 4, retried: 1, count: 100}]);
    expect(retried).toBeGreaterThan(once * 5);
  });

  it.each([0, 1, -0.2, 1.5, Number.NaN])('rejects failRate %p', failRate => {
    expect(() =>
      calibrate(failRate, [{client: 'curl', attempts: 1, retried: 1, count: 1}])
    ).toThrow(/failRate must be in \(0, 1\)/);
  });

  it('rejects a run without fetches', () => {
    expect(() => calibrate(0.7, [])).toThrow(/no fetches/);
  });
});

describe('clientOf and fetchGroups', () => {
  it.each([
    ['Debian APT-HTTP/1.3 (3.0.3)', 'apt'],
    ['pip/25.3 {"ci":null}', 'pip'],
    ['uv/0.9.30', 'uv'],
    ['curl/8.14.1', 'curl'],
    ['Helm/3.16.4', 'helm'],
    ['Go-http-client/1.1', 'kubeconform'],
    ['', 'other']
  ])('%s is %s', (agent, client) => {
    expect(clientOf({path: '/x', agent})).toBe(client);
  });

  it('counts requests per client with its attempts, sorted by client', () => {
    const requests = [
      {path: '/apt/a.deb', agent: 'Debian APT-HTTP/1.3'},
      {path: '/apt/b.deb', agent: 'Debian APT-HTTP/1.3'},
      {path: '/helm/h.tgz', agent: 'curl/8'},
      {path: '/simple/nox/', agent: 'pip/25.3'}
    ];
    expect(fetchGroups(requests, clientOf)).toEqual([
      {client: 'apt', attempts: 4, retried: 1, count: 2},
      {client: 'curl', attempts: 1, retried: 0, count: 1},
      {client: 'pip', attempts: 6, retried: 0.2, count: 1}
    ]);
  });

  it('takes the share of retried kinds from the injected kinds; unknown clients make one attempt', () => {
    const requests = [
      {path: '/simple/uv/', agent: 'pip/25.3'},
      {path: '/x', agent: 'other'}
    ];
    expect(fetchGroups(requests, clientOf, undefined, ['503', '429'])).toEqual([
      {client: 'other', attempts: 1, retried: 0, count: 1},
      {client: 'pip', attempts: 6, retried: 0.5, count: 1}
    ]);
  });

  it('skips requests the classifier drops', () => {
    expect(fetchGroups([{path: '/x', agent: 'curl/8'}], () => null)).toEqual([]);
  });
});

describe('median and quantile', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[5], 5, 5],
    [[3, 1, 2], 2, 3],
    [[4, 1, 3, 2], 2.5, 4],
    [[...Array(20).keys()].map(i => i + 1), 10.5, 19]
  ])('%p: median %p, p95 %p', (values, med, p95) => {
    expect(median(values)).toBe(med);
    expect(quantile(values, 0.95)).toBe(p95);
  });
});
