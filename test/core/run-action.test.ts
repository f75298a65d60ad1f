import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  absorbFault,
  ActionFailure,
  ConfigurationError,
  parseLedger,
  recordingLogger,
  runAction,
  withCause
} from '@ci-actions/core';
import {useCleanEnv} from '../helpers/env';
import {captureStdout} from '../helpers/stdout';

function harness(nodeVersion = '20.20.2', name = 'demo') {
  const failures: string[] = [];
  const titles: string[] = [];
  const debug: string[] = [];
  const exits: number[] = [];
  const outputs: Record<string, string> = {};
  return {
    failures,
    titles,
    debug,
    exits,
    outputs,
    options: {
      name,
      nodeVersion,
      reporter: {
        error: (m: string, p: {title: string}) => failures.push(m) && titles.push(p.title),
        debug: (m: string) => debug.push(m),
        setOutput: (n: string, v: string) => (outputs[n] = v)
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
    // Without GITHUB_OUTPUT the step's faults-absorbed output is a workflow command too.
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      '::error title=demo%2C the action::demo, the action: download failed: 3 of 3, a:b',
      '::set-output name=faults-absorbed::0'
    ]);
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

  it('fails a step whose promise never settles once the event loop empties', async () => {
    const h = harness();
    const before = process.listenerCount('beforeExit');
    // Holds no handle: Node would empty its loop and exit 0 with the step unfinished.
    void runAction(() => new Promise<void>(() => undefined), h.options);
    expect(process.listenerCount('beforeExit')).toBe(before + 1);
    // What Node does when nothing is left to wait on.
    process.emit('beforeExit', 0);
    expect(h.failures).toEqual([
      'demo: stopped with work unfinished (the event loop emptied before the step settled)'
    ]);
    expect(h.exits).toEqual([1]);
    expect(process.listenerCount('beforeExit')).toBe(before);
  });

  it('leaves no beforeExit listener behind a step that settled', async () => {
    const before = process.listenerCount('beforeExit');
    for (const fn of [async () => undefined, async () => Promise.reject(new Error('boom'))]) {
      const h = harness();
      await runAction(fn, h.options);
      expect(process.listenerCount('beforeExit')).toBe(before);
      expect(h.exits).toHaveLength(1);
    }
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

describe('runAction and the flake ledger', () => {
  useCleanEnv();
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'run-action-ledger-'));
    path = join(dir, 'ledger.jsonl');
    process.env.CI_ACTIONS_LEDGER = path;
    process.env.GITHUB_JOB = 'build';
    process.env.GITHUB_ACTION = 'setup';
  });
  afterEach(() => {
    process.exitCode = undefined;
    rmSync(dir, {recursive: true, force: true});
  });
  const read = () => parseLedger(readFileSync(path, 'utf8'));
  const fault = {
    kind: 'download-retry',
    target: 'https://m/x',
    error: 'HTTP 503',
    outcome: 'retried'
  } as const;

  it('sets faults-absorbed to what the step absorbed', async () => {
    const h = harness();
    await runAction(async () => {
      absorbFault(recordingLogger(), fault, 'a');
      absorbFault(recordingLogger(), fault, 'b');
    }, h.options);
    expect(h.outputs).toEqual({'faults-absorbed': '2'});
    expect(read().map(l => [l.job, l.action, l.step, l.kind])).toEqual([
      ['build', 'demo', 'setup', 'download-retry'],
      ['build', 'demo', 'setup', 'download-retry']
    ]);
  });

  it('records the fault that failed the step as unabsorbed, with its cause', async () => {
    const h = harness();
    await runAction(async () => {
      absorbFault(recordingLogger(), fault, 'a');
      throw withCause(new ActionFailure('gave up'), {
        target: 'https://m/x',
        error: 'HTTP 503',
        attempt: 2
      });
    }, h.options);
    expect(h.outputs).toEqual({'faults-absorbed': '1'});
    expect(read().map(l => [l.kind, l.target, l.error, l.attempt, l.outcome])).toEqual([
      ['download-retry', 'https://m/x', 'HTTP 503', null, 'retried'],
      ['unabsorbed', 'https://m/x', 'HTTP 503', 2, 'failed']
    ]);
  });

  it('records no fault and sets no output for a bad input', async () => {
    const h = harness();
    await runAction(async () => {
      throw new ConfigurationError("Input 'x' is bad.");
    }, h.options);
    expect(h.outputs).toEqual({});
    expect(() => readFileSync(path)).toThrow();
  });

  it('writes no ledger for a step without faults, and counts none from the step before', async () => {
    const first = harness();
    await runAction(async () => absorbFault(recordingLogger(), fault, 'a'), first.options);
    rmSync(path);
    const second = harness();
    await runAction(async () => undefined, second.options);
    expect([first.outputs, second.outputs]).toEqual([
      {'faults-absorbed': '1'},
      {'faults-absorbed': '0'}
    ]);
    expect(() => readFileSync(path)).toThrow();
  });

  it('records the fault that failed a post step as unabsorbed, as the action', async () => {
    const h = harness('20.20.2', 'setup-helm-kubeconform (post)');
    await runAction(async () => {
      throw new Error('cache service gone');
    }, h.options);
    expect(h.exits).toEqual([1]);
    expect(read().map(l => [l.action, l.kind, l.target, l.error])).toEqual([
      [
        'setup-helm-kubeconform',
        'unabsorbed',
        'setup-helm-kubeconform (post)',
        'Error: cache service gone'
      ]
    ]);
  });

  it('writes as the action and sets no output in a post step', async () => {
    const h = harness('20.20.2', 'prepare-python post');
    await runAction(async () => {
      absorbFault(recordingLogger(), fault, 'a');
    }, h.options);
    expect(h.outputs).toEqual({});
    expect(read().map(l => l.action)).toEqual(['prepare-python']);
  });
});
