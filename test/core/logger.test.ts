import {coreLogger, createLogger, nullLogger, recordingLogger, type Logger} from '@ci-actions/core';
import {captureStdout} from '../helpers/stdout';

/** Resolves when `release` is called: lets a test decide which concurrent group ends first. */
function gate(): {wait: Promise<void>; release(): void} {
  let release!: () => void;
  const wait = new Promise<void>(resolve => (release = resolve));
  return {wait, release};
}

describe('the logger', () => {
  it.each<[string, (log: Logger) => void, string[]]>([
    [
      'prefixes every line but group names',
      log => {
        log.info('a');
        log.warning('b');
        log.error('c');
        log.debug('d');
      },
      ['info: act: a', 'warning: act: b', 'error: act: c', 'debug: act: d']
    ],
    ['keeps empty lines', log => log.info(''), ['info: act: ']]
  ])('%s', (_, body, lines) => {
    const log = recordingLogger({prefix: 'act', debug: true});
    body(log);
    expect(log.lines).toEqual(lines);
  });

  it('hides debug lines unless asked, as a run without ACTIONS_STEP_DEBUG does', () => {
    const log = recordingLogger();
    log.debug('hidden');
    log.info('shown');
    expect(log.lines).toEqual(['info: shown']);
  });

  it('folds a group and returns what it returns', async () => {
    const log = recordingLogger({prefix: 'act'});
    const value = await log.group('phase', async () => {
      log.info('inside');
      return 42;
    });
    log.info('after');
    expect(value).toBe(42);
    expect(log.lines).toEqual([
      'group: phase',
      'info: act: inside',
      'endgroup',
      'info: act: after'
    ]);
  });

  it('closes the group when its function throws', async () => {
    const log = recordingLogger();
    await expect(
      log.group('phase', async () => {
        log.info('inside');
        throw new Error('boom');
      })
    ).rejects.toThrow('boom');
    log.info('after');
    expect(log.lines).toEqual(['group: phase', 'info: inside', 'endgroup', 'info: after']);
  });

  it('opens no second group inside a group (the runner does not nest them)', async () => {
    const log = recordingLogger();
    await log.group('outer', async () => {
      log.info('a');
      await log.group('inner', async () => {
        await log.group('innermost', async () => log.info('b'));
      });
      log.info('c');
    });
    expect(log.lines).toEqual(['group: outer', 'info: a', 'info: b', 'info: c', 'endgroup']);
  });

  it.each<[string, 'first' | 'second']>([
    ['the first ends first: the second follows, then goes live', 'first'],
    ['the second ends first: it is shown whole after the first', 'second']
  ])('keeps concurrent groups apart: %s', async (_, endsFirst) => {
    const log = recordingLogger();
    const gates = {first: gate(), second: gate()};
    const branch = (name: 'first' | 'second') =>
      log.group(name, async () => {
        log.info(`${name} 1`);
        await gates[name].wait;
        log.info(`${name} 2`);
      });
    const both = Promise.all([branch('first'), branch('second')]);
    await Promise.resolve();
    gates[endsFirst].release();
    await new Promise(resolve => setImmediate(resolve));
    gates[endsFirst === 'first' ? 'second' : 'first'].release();
    await both;
    expect(log.lines).toEqual(
      ['first', 'second'].flatMap(name => [
        `group: ${name}`,
        `info: ${name} 1`,
        `info: ${name} 2`,
        'endgroup'
      ])
    );
  });

  it('shows three concurrent groups in the order they started, each once', async () => {
    const log = recordingLogger();
    const gates = [gate(), gate(), gate()];
    const runs = ['a', 'b', 'c'].map((name, i) =>
      log.group(name, async () => {
        await gates[i].wait;
        log.warning(name);
      })
    );
    for (const i of [2, 1, 0]) {
      gates[i].release();
      await new Promise(resolve => setImmediate(resolve));
    }
    await Promise.all(runs);
    expect(log.lines).toEqual([
      'group: a',
      'warning: a',
      'endgroup',
      'group: b',
      'warning: b',
      'endgroup',
      'group: c',
      'warning: c',
      'endgroup'
    ]);
  });

  it('loses no line logged from a group after it ended (a late timer)', async () => {
    const log = recordingLogger();
    let fired!: Promise<void>;
    await log.group('phase', async () => {
      // The timer keeps the group's async context after the group has ended.
      fired = new Promise(resolve => setTimeout(() => resolve(log.warning('late')), 10));
    });
    await fired;
    expect(log.lines).toEqual(['group: phase', 'endgroup', 'warning: late']);
  });

  it('writes workflow commands to stdout as the runner reads them', async () => {
    const stdout = await captureStdout(async () => {
      const log = createLogger({prefix: 'retry-run'});
      await log.group('attempt 1 of 2', async () => {
        log.info('line');
        log.debug('detail: 100%');
      });
      coreLogger.warning('w');
    });
    expect(stdout.split('\n')).toEqual([
      '::group::attempt 1 of 2',
      'retry-run: line',
      '::debug::retry-run: detail: 100%25',
      '::endgroup::',
      '::warning::w',
      ''
    ]);
  });

  it('nullLogger says nothing and still runs a group', async () => {
    expect(await nullLogger.group('x', async () => 'ran')).toBe('ran');
  });
});
