import {goDuration, jobSpans, stepSeconds} from '../../lab/lib/timings.mjs';

describe('goDuration', () => {
  it.each<[string, number]>([
    ['14.00884573s', 14.00884573],
    ['637.737513ms', 0.637737513],
    ['1m2.5s', 62.5],
    ['1h0m1s', 3601],
    ['850µs', 0.00085],
    ['12ns', 12e-9]
  ])('%s', (s, seconds) => {
    expect(goDuration(s)).toBeCloseTo(seconds, 9);
  });
});

describe('stepSeconds', () => {
  const log = [
    '[after/lint-1      ]   ✅  Success - Main sh "$GITHUB_ACTION_PATH/bootstrap.sh" [9.5s]',
    '[after/lint-1      ]   ✅  Success - Main cleveragents/ci-actions/actions/bootstrap@v1 [10s]',
    '[after/typecheck-2 ]   ✅  Success - Main cleveragents/ci-actions/actions/bootstrap@v1 [1m0s]',
    '[after/lint-1      ]   ✅  Success - Main Install the lint session [1.5s]',
    '[after/typecheck-2 ]   ❌  Failure - Main Install the typecheck session [500ms]',
    '[after/lint-1      ]   ✅  Success - Main Run lint [2s]',
    '[after/lint-1      ]   ✅  Success - Set up job',
    '[after/lint-1      ]   | Success - Main not a step [3s]'
  ].join('\n');

  it('sums by step over the jobs, composite inner steps and matrix suffixes folded', () => {
    expect(Object.fromEntries(stepSeconds(log))).toEqual({
      'Main cleveragents/ci-actions/actions/bootstrap@v1': 70,
      'Main Install the session': 2,
      'Main Run the session': 2
    });
  });
});

describe('jobSpans', () => {
  it('takes each job from its first to its last stamped line', () => {
    expect(
      jobSpans([
        {t: 1, line: '[before/lint      ] 🚀  Start image=python:3.13-slim'},
        {t: 2, line: '[before/helm      ] 🚀  Start image=python:3.13-slim'},
        {t: 30, line: '[before/lint      ]   | output'},
        {t: 41, line: '[before/lint      ] 🏁  Job succeeded'},
        {t: 50, line: 'not a job line'},
        {t: 55, line: '[before/helm      ] 🏁  Job failed'}
      ])
    ).toEqual({lint: [1, 41], helm: [2, 55]});
  });
});
