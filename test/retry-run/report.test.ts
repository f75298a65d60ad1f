import {failureMessage, summaryTable, type AttemptRecord} from '../../actions/retry-run/src/report';

const failed = (over: Partial<AttemptRecord>): AttemptRecord => ({
  attempt: 1,
  exitCode: 100,
  outcome: 'failure',
  durationMs: 1200,
  reason: 'matched preset apt',
  ...over
});

describe('failureMessage', () => {
  it.each<[AttemptRecord[], string | undefined, string]>([
    [
      [failed({}), failed({attempt: 2}), failed({attempt: 3})],
      undefined,
      'failed after 3 attempts (last exit code 100: matched preset apt)'
    ],
    [
      [failed({reason: 'no retry pattern matched'})],
      undefined,
      'failed after 1 attempt (last exit code 100: no retry pattern matched)'
    ],
    [
      [failed({exitCode: 137, signal: 'SIGKILL', reason: 'non-zero exit code'})],
      undefined,
      'failed after 1 attempt (last exit code 137 (SIGKILL): non-zero exit code)'
    ],
    [
      [
        failed({outcome: 'timeout', exitCode: 143, reason: 'timed out'}),
        failed({attempt: 2, outcome: 'timeout', exitCode: 143, reason: 'timed out'})
      ],
      'total-timeout reached',
      'failed after 2 attempts (last attempt timed out: total-timeout reached)'
    ],
    [
      [failed({outcome: 'aborted', exitCode: 1, reason: "matched abort pattern '401'"})],
      undefined,
      "aborted after 1 attempt (last exit code 1: matched abort pattern '401')"
    ]
  ])('%#', (records, stoppedBy, message) => {
    expect(failureMessage(records, stoppedBy)).toBe(message);
  });
});

describe('summaryTable', () => {
  it('has one row per attempt, with the wait after each retried one', () => {
    const table = summaryTable([
      failed({delayMs: 4300}),
      {attempt: 2, exitCode: 0, outcome: 'success', durationMs: 800, reason: 'exit code 0'}
    ]);
    expect(table.split('\n')).toEqual([
      '### retry-run',
      '',
      '| attempt | exit code | outcome | duration | decided by | wait after |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 100 | failure | 1.2s | matched preset apt | 4.3s |',
      '| 2 | 0 | success | 800ms | exit code 0 |  |',
      ''
    ]);
  });

  it('escapes pipes in reasons', () => {
    expect(summaryTable([failed({reason: "matched pattern 'a|b'"})])).toContain(
      "matched pattern 'a\\|b'"
    );
  });
});
