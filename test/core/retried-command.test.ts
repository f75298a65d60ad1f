import {
  CommandError,
  NETWORK_BACKOFF,
  recordingLogger,
  resetLedger,
  runRetriedCommand,
  transientReason,
  type OutputPatternName,
  type ProcessResult
} from '@ci-actions/core';
import {fakeClock} from '../helpers/fake-clock';

const ok: ProcessResult = {exitCode: 0, timedOut: false, durationMs: 1, tail: '', lingering: false};
const fail = (tail: string, exitCode = 1): ProcessResult => ({...ok, exitCode, tail});

describe('transientReason', () => {
  it.each<[string, number, OutputPatternName[], number[], string | undefined]>([
    ['Error: dial tcp 127.0.0.1:1: i/o timeout', 1, ['helm'], [], 'output matched preset helm'],
    [
      'HTTP status server error (503 Service Unavailable)',
      2,
      ['network', 'pip'],
      [],
      'output matched preset pip'
    ],
    ['error: No solution found', 1, ['network', 'pip'], [], undefined],
    ['anything', 75, ['network'], [75], 'exit code 75'],
    ['anything', 1, ['network'], [75], undefined]
  ])('%p exit %d with %p / codes %p -> %p', (tail, exitCode, sets, codes, expected) => {
    expect(transientReason({tail, exitCode}, sets, codes)).toBe(expected);
  });

  it('never retries a command that could not start', () => {
    expect(
      transientReason({tail: 'ECONNRESET', exitCode: 127, spawnError: 'ENOENT'}, ['network'], [127])
    ).toBeUndefined();
  });
});

describe('runRetriedCommand', () => {
  // The warning once per target is per step: each test is a fresh step.
  beforeEach(() => resetLedger());

  async function run(
    results: ProcessResult[],
    options: {attempts?: number; budgetMs?: number; attemptMs?: number} = {}
  ) {
    const clock = fakeClock(0.5);
    const logger = recordingLogger();
    let calls = 0;
    const outcome = await runRetriedCommand({
      command: 'tool',
      args: ['fetch'],
      cwd: '.',
      attempts: options.attempts ?? 20,
      budgetMs: options.budgetMs ?? 120_000,
      retryOn: ['network'],
      backoff: NETWORK_BACKOFF,
      logger,
      clock,
      runProcess: async () => {
        clock.advance(options.attemptMs ?? 0);
        return results[Math.min(calls++, results.length - 1)];
      }
    }).then(
      result => `ok ${result.exitCode}`,
      (error: unknown) => error
    );
    return {outcome, calls, sleeps: clock.sleeps, logger};
  }

  it.each([
    // results, calls made, outcome
    [[ok], 1, 'ok 0'],
    [[fail('ECONNRESET'), fail('ECONNREFUSED'), ok], 3, 'ok 0'],
    [[fail('syntax error')], 1, 'tool fetch failed with exit code 1'],
    [[fail('ECONNRESET'), fail('syntax error')], 2, 'tool fetch failed with exit code 1']
  ])('%# makes %d call(s) -> %p', async (results, calls, outcome) => {
    const result = await run(results);
    expect(result.calls).toBe(calls);
    expect(result.outcome instanceof CommandError ? result.outcome.message : result.outcome).toBe(
      outcome
    );
  });

  it('retries a transient failure until the budget is spent, then names the last attempt', async () => {
    const result = await run([fail('ETIMEDOUT')], {budgetMs: 60_000, attemptMs: 2000});
    expect(result.outcome).toBeInstanceOf(CommandError);
    const error = result.outcome as CommandError;
    expect(error.transient).toBe('output matched preset network');
    expect(error.attempt).toBe(result.calls);
    // Waits and the failing attempts after the first failure fit in the budget.
    expect(
      result.sleeps.reduce((a, b) => a + b, 0) + (result.calls - 1) * 2000
    ).toBeLessThanOrEqual(60_000 + 2000);
    expect(Math.max(...result.sleeps)).toBeLessThanOrEqual(NETWORK_BACKOFF.maxDelayMs);
    // One warning for the target, plain lines for its further retries.
    expect(result.logger.lines.filter(l => l.startsWith('warning:'))).toHaveLength(1);
    expect(
      result.logger.lines.filter(l => l.startsWith('info:') && l.includes('retrying in'))
    ).toHaveLength(result.calls - 2);
    expect(result.logger.lines[0]).toMatch(
      /^warning: tool fetch failed with exit code 1 \(attempt 1 of 20, output matched preset network\); retrying in 750ms$/
    );
  });

  it('stops at the attempts bound before the budget', async () => {
    const result = await run([fail('ECONNRESET')], {attempts: 3});
    expect(result.calls).toBe(3);
    expect((result.outcome as CommandError).attempt).toBe(3);
  });
});
