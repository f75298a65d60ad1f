import {absorbed, failures, runCause, stepCause} from '../../lab/lib/classify.mjs';

describe('stepCause', () => {
  it.each([
    ['Main Install OS packages', 'E: Failed to fetch http://127.0.0.1/apt/git.deb 503', 'apt'],
    ['Main cleveragents/ci-actions/actions/bootstrap@v1', 'apt-get update failed 5 times', 'apt'],
    [
      'Main Download helm and kubeconform',
      'curl: (22) The requested URL returned error: 503',
      'tool download'
    ],
    [
      'Main cleveragents/ci-actions/actions/setup-helm-kubeconform@v1',
      'download failed',
      'tool download'
    ],
    [
      'Main Install uv and nox',
      'ERROR: No matching distribution found for nox',
      'Python dependencies'
    ],
    [
      'Main cleveragents/ci-actions/actions/prepare-python@v1',
      'Request failed after 3 retries',
      'Python dependencies'
    ],
    ['Main Install the lint session', 'error sending request for url', 'Python dependencies'],
    ['Main cleveragents/ci-actions/actions/secret-guard@v1', 'missing: OPENAI_API_KEY', 'secrets'],
    ['Main nox -s integration_tests', 'AuthenticationError: openai: 401 Unauthorized', 'secrets'],
    [
      'Main nox -s push_validation',
      'remote: 401 Unauthorized (FORGEJO_TOKEN is empty or unset)',
      'secrets'
    ],
    [
      'Main nox -s unit_tests',
      'uv sync: Failed to download `pytest==8.4.2`',
      'Python dependencies'
    ],
    ['Main nox -s unit_tests', 'FAILED tests/unit/test_version.py::test_newer', 'tests'],
    [
      'Main Render and validate the chart',
      'Error: could not download http://127.0.0.1/charts/x.tgz',
      'tool download'
    ],
    [
      'Main Render and validate the chart',
      'failed to fetch http://127.0.0.1:1/charts/index.yaml : 503 Service Unavailable',
      'tool download'
    ],
    ['Main Render and validate the chart', 'Summary: Valid: 2, Invalid: 1', 'tests'],
    [
      'Post cleveragents/ci-actions/actions/prepare-python@v1',
      'Failed to save: cache service unreachable',
      'cache'
    ],
    ['Main Aggregate', '::error::helm: failure', 'tests'],
    ['Main something else', 'boom', 'other']
  ])('%s / %s -> %s', (step, text, cause) => {
    expect(stepCause(step, text)).toBe(cause);
  });
});

const LOG = [
  'time="x" level=info msg="Using docker host"',
  '[before/lint             ] ⭐ Run Main Install OS packages',
  '[before/helm             ] ⭐ Run Main Download helm and kubeconform',
  '[before/lint             ]   | Get:1 http://127.0.0.1/apt ./ Packages',
  '[before/helm             ]   | curl: (22) The requested URL returned error: 503',
  '[before/helm             ]   ❌  Failure - Main Download helm and kubeconform [1.2s]',
  '[before/lint             ]   ✅  Success - Main Install OS packages [20.1s]',
  '[before/integration_tests] ⭐ Run Main nox -s integration_tests',
  '[before/integration_tests]   | lab_app.clients.AuthenticationError: openai: 401 Unauthorized',
  '[before/integration_tests]   ❌  Failure - Main nox -s integration_tests [3.4s]',
  '[before/helm             ] 🏁  Job failed'
].join('\n');

describe('failures and runCause', () => {
  it('finds every failed step in log order, with its job and cause', () => {
    expect(failures(LOG)).toEqual([
      {job: 'before/helm', step: 'Main Download helm and kubeconform', cause: 'tool download'},
      {job: 'before/integration_tests', step: 'Main nox -s integration_tests', cause: 'secrets'}
    ]);
  });

  it('takes the first failure as the run cause', () => {
    expect(runCause(LOG)).toBe('tool download');
  });

  it('says other when act printed no failed step', () => {
    expect(runCause('[before/lint] ⭐ Run Main Install OS packages\n')).toBe('other');
  });

  it("does not mix one job's output into another's", () => {
    const log = [
      '[a/x] ⭐ Run Main nox -s unit_tests',
      '[a/y] ⭐ Run Main nox -s lint',
      '[a/y]   | AuthenticationError: 401 Unauthorized',
      '[a/x]   | 1 failed',
      '[a/x]   ❌  Failure - Main nox -s unit_tests [1s]'
    ].join('\n');
    expect(failures(log)).toEqual([{job: 'a/x', step: 'Main nox -s unit_tests', cause: 'tests'}]);
  });
});

describe('absorbed', () => {
  const ok = (path: string) => ({
    path,
    fault: null,
    status: 200,
    bytes: 10,
    size: 10,
    method: 'GET'
  });
  const bad = (path: string, fault: string) => ({
    path,
    fault,
    status: 503,
    bytes: 0,
    size: 10,
    method: 'GET'
  });

  it.each([
    ['no faults', [ok('/a'), ok('/b')], 0],
    ['a fault then a full download of the same path', [bad('/a', '503'), ok('/a')], 1],
    ['two faults then a download', [bad('/a', '503'), bad('/a', 'reset'), ok('/a')], 2],
    ['a fault never recovered', [bad('/a', '503'), ok('/b')], 0],
    ['a download before the fault does not count', [ok('/a'), bad('/a', '503')], 0],
    [
      'a partial body does not count as the recovery',
      [bad('/a', 'truncate'), {...ok('/a'), bytes: 5}],
      0
    ]
  ])('%s', (_name, requests, expected) => {
    expect(absorbed(requests)).toBe(expected);
  });
});
