import type {LedgerLine} from '@ci-actions/core';
import {buildReport, reportMarkdown, seconds} from '../../actions/flake-report/src/report';

function line(kind: string, target: string, extra: Partial<LedgerLine> = {}): LedgerLine {
  return {
    v: 1,
    ts: '2026-12-01T00:00:00.000Z',
    job: 'test',
    action: 'setup-helm-kubeconform',
    step: 'tools',
    kind,
    target,
    attempt: 1,
    error: 'HTTP 503',
    waited_ms: 1000,
    outcome: 'retried',
    ...extra
  };
}

describe('buildReport', () => {
  it('counts per job and per kind and target; cache skips are listed, not counted as absorbed', () => {
    const report = buildReport([
      {
        job: 'lint',
        lines: [
          line('download-retry', 'https://m/helm.tgz'),
          line('download-retry', 'https://m/helm.tgz')
        ]
      },
      {
        job: 'test',
        lines: [
          line('download-retry', 'https://m/helm.tgz', {waited_ms: 500}),
          line('cache-failed', 'http://127.0.0.1:9', {waited_ms: 1500, outcome: 'without-cache'}),
          line('cache-skipped', 'key', {waited_ms: 0, outcome: 'without-cache'}),
          line('unabsorbed', 'uv sync', {error: 'exit code 2', outcome: 'failed', waited_ms: 0})
        ]
      },
      {job: 'docs', lines: []}
    ]);
    expect(report.jobs).toEqual([
      {job: 'docs', absorbed: 0, failed: 0, waitedMs: 0},
      {job: 'lint', absorbed: 2, failed: 0, waitedMs: 2000},
      {job: 'test', absorbed: 2, failed: 1, waitedMs: 2000}
    ]);
    expect(report.faults).toEqual([
      {
        kind: 'download-retry',
        target: 'https://m/helm.tgz',
        count: 3,
        jobs: ['lint', 'test'],
        waitedMs: 2500
      },
      {
        kind: 'cache-failed',
        target: 'http://127.0.0.1:9',
        count: 1,
        jobs: ['test'],
        waitedMs: 1500
      },
      {kind: 'cache-skipped', target: 'key', count: 1, jobs: ['test'], waitedMs: 0}
    ]);
    expect(report.failures).toEqual([
      {job: 'test', action: 'setup-helm-kubeconform', target: 'uv sync', error: 'exit code 2'}
    ]);
    expect([report.absorbed, report.failed, report.waitedMs]).toEqual([4, 1, 4000]);
  });
});

describe('reportMarkdown', () => {
  it('writes the three tables', () => {
    const text = reportMarkdown(
      buildReport([
        {
          job: 'test',
          lines: [
            line('command-retry', 'pip install'),
            line('unabsorbed', 'pip install', {error: 'exit code 1 | `x`', outcome: 'failed'})
          ]
        }
      ])
    );
    expect(text).toBe(
      [
        '## Flake report',
        '',
        '**1** fault(s) absorbed, **1** not absorbed, 1.0 s waited in retries, over 1 job(s).',
        '',
        '| job | absorbed | failed it | waited |',
        '| --- | ---: | ---: | ---: |',
        '| `test` | 1 | 1 | 1.0 s |',
        '',
        '| kind | target | count | jobs | waited |',
        '| --- | --- | ---: | --- | ---: |',
        '| command-retry | `pip install` | 1 | `test` | 1.0 s |',
        '',
        'Faults that failed a job:',
        '',
        '| job | action | target | error |',
        '| --- | --- | --- | --- |',
        "| `test` | setup-helm-kubeconform | `pip install` | `exit code 1 \\| 'x'` |",
        ''
      ].join('\n')
    );
  });

  it('says so when there is no ledger', () => {
    expect(reportMarkdown(buildReport([]))).toContain('No flake ledger was found');
  });

  it.each([
    [0, '0.0 s'],
    [1234, '1.2 s'],
    [61_000, '61.0 s']
  ])('seconds(%p) = %p', (ms, text) => {
    expect(seconds(ms)).toBe(text);
  });
});
