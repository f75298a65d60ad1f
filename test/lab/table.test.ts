import {finalLine, formatTable, row, type RunResult} from '../../lab/lib/table.mjs';

const run = (o: Partial<RunResult>): RunResult => ({
  completed: true,
  cause: null,
  seconds: 100,
  requests: 10,
  faults: 0,
  absorbed: 0,
  ...o
});

describe('row', () => {
  it('counts completed runs and failures by cause, sums the counters', () => {
    const r = row('before', 'push', 'independent', [
      run({seconds: 90, faults: 2, absorbed: 2}),
      run({completed: false, cause: 'apt', seconds: 120, faults: 1}),
      run({completed: false, cause: 'apt', seconds: 110, faults: 3}),
      run({completed: false, cause: 'secrets', seconds: 100}),
      run({completed: false, cause: 'tests', seconds: 130})
    ]);
    expect(r).toMatchObject({
      runs: 5,
      completed: 1,
      byCause: {apt: 2, 'tool download': 0, 'Python dependencies': 0, secrets: 1, cache: 0},
      later: 1,
      median: 110,
      p95: 130,
      requests: 50,
      faults: 6,
      absorbed: 2
    });
  });

  it('has no times for no runs', () => {
    expect(row('after', 'pr', 'outage', [])).toMatchObject({runs: 0, median: null, p95: null});
  });
});

describe('formatTable', () => {
  it('prints a Markdown table with a header, a rule and one line per row', () => {
    const text = formatTable([
      row('before', 'push', 'independent', [run({completed: false, cause: 'apt', seconds: 61.4})]),
      row('after', 'push', 'independent', [run({seconds: 75.6, faults: 4, absorbed: 4})])
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^\| workflow \| event \| model +\| runs \| completed \| apt \| tool download \| Python dependencies \| secrets \| cache \| tests\/other \| median \| p95 \| requests \| faults \| retries absorbed \|$/
    );
    expect(lines[1]).toMatch(/^(\|-+){3}(\|-+:)+\|$/);
    expect(lines[2].split('|').map(c => c.trim())).toEqual([
      '',
      'before',
      'push',
      'independent',
      '1',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '61s',
      '61s',
      '10',
      '0',
      '0',
      ''
    ]);
    expect(lines[3].split('|').map(c => c.trim())).toEqual([
      '',
      'after',
      'push',
      'independent',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '76s',
      '76s',
      '10',
      '4',
      '4',
      ''
    ]);
    // every line as wide as the header
    expect(new Set(lines.map(l => l.length)).size).toBe(1);
  });
});

describe('finalLine', () => {
  it('is exactly the documented sentence', () => {
    expect(
      finalLine({completed: 3, runs: 10}, {completed: 10, runs: 10}, 'independent', 0.0123, 30)
    ).toBe(
      'lab: before 3/10 completed, after 10/10 completed (model independent, p 0.0123, window 30 s)'
    );
  });
});
