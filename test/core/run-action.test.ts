import {ActionFailure, ConfigurationError, runAction} from '@ci-actions/core';
import {captureStdout} from '../helpers/stdout';

function harness(nodeVersion = '20.20.2') {
  const failures: string[] = [];
  const titles: string[] = [];
  const debug: string[] = [];
  const exits: number[] = [];
  return {
    failures,
    titles,
    debug,
    exits,
    options: {
      name: 'demo',
      nodeVersion,
      reporter: {
        error: (m: string, p: {title: string}) => failures.push(m) && titles.push(p.title),
        debug: (m: string) => debug.push(m)
      },
      exit: (code: number) => exits.push(code)
    }
  };
}

describe('runAction', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('exits 0 after success', async () => {
    const h = harness();
    await runAction(async () => undefined, h.options);
    expect(h.failures).toEqual([]);
    expect(h.exits).toEqual([0]);
  });

  it.each([
    [
      new ConfigurationError("Input 'x' must be true or false, got 'y'."),
      "Input 'x' must be true or false, got 'y'.",
      false
    ],
    [new ActionFailure('failed after 3 attempts'), 'demo: failed after 3 attempts', false],
    [new TypeError('undefined is not a function'), 'demo: undefined is not a function', true],
    ['a string', 'demo: a string', true]
  ])('reports %p as %p', async (error, message, stack) => {
    const h = harness();
    await runAction(async () => {
      throw error;
    }, h.options);
    expect(h.failures).toEqual([message]);
    expect(h.titles).toEqual(['demo']);
    expect(h.debug.length > 0).toBe(stack);
    expect(h.exits).toEqual([1]);
  });

  it('fails the step with an error annotation titled with the action name', async () => {
    const exits: number[] = [];
    const stdout = await captureStdout(() =>
      runAction(
        async () => {
          throw new ActionFailure('download failed: 3 of 3, a:b');
        },
        {name: 'demo, the action', exit: code => exits.push(code)}
      )
    );
    expect(stdout).toBe(
      '::error title=demo%2C the action::demo, the action: download failed: 3 of 3, a:b\n'
    );
    expect(exits).toEqual([1]);
  });

  it('puts the stack of a bug in debug output', async () => {
    const h = harness();
    await runAction(async () => {
      throw new Error('boom');
    }, h.options);
    expect(h.debug[0]).toMatch(/^Error: boom\n\s+at /);
  });

  it('catches an unhandled rejection', async () => {
    const h = harness();
    await runAction(async () => {
      // What Node does with a rejection nobody awaited.
      process.emit('unhandledRejection', new Error('forgotten'), Promise.resolve());
    }, h.options);
    expect(h.failures).toEqual(['demo: forgotten']);
    expect(h.exits[0]).toBe(1);
  });

  it('refuses Node older than 20 with a clear message', async () => {
    const h = harness('18.19.0');
    let ran = false;
    await runAction(async () => {
      ran = true;
    }, h.options);
    expect(ran).toBe(false);
    expect(h.failures[0]).toBe(
      'demo needs Node.js 20 or newer, but runs on 18.19.0; use a job image with a newer node.'
    );
  });
});
