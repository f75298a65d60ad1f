// run() and postRun() from source with injected inputs and logger, over the real file-command
// protocol. The mirror is a closed port on 127.0.0.1: nothing here may reach a download.
import {ConfigurationError, recordingLogger} from '@ci-actions/core';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {postRun} from '../../actions/prepare-python/src/post-run';
import {run} from '../../actions/prepare-python/src/run';
import {fileCommands, useCleanEnv} from '../helpers/env';
import {makeInputs} from './make-inputs';

describe('run', () => {
  useCleanEnv();
  let dir: string;
  let files: ReturnType<typeof fileCommands>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'prepare-python-src-'));
    files = fileCommands(dir);
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'missing requirement files',
      {install: 'requirements', requirements: 'missing.txt'},
      /do not exist: missing\.txt/
    ],
    [
      'sync without a uv.lock',
      {install: 'sync'},
      /'sync', but the working directory has no uv\.lock/
    ]
  ])('fails on %s before anything changes', async (_, raw, message) => {
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
    const inputs = makeInputs(
      {mirrors: ['http://127.0.0.1:1'], workingDirectory: dir},
      {...raw, 'uv-mirrors': 'http://127.0.0.1:1'}
    );
    const logger = recordingLogger();
    const failure = run({inputs, logger});
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(message);
    expect([files.outputs(), files.env(), files.state(), logger.lines]).toEqual([{}, {}, {}, []]);
  });
});

describe('postRun', () => {
  useCleanEnv();

  it.each<[string, Record<string, string>, string]>([
    ['no state', {}, 'caching is off, or the main step stopped before the cache key'],
    [
      'the state of cache: false',
      {'uv-path': '/x/uv', 'uv-version': '0.9.30', 'install-ok': 'true'},
      'caching is off, or the main step stopped before the cache key'
    ],
    [
      'an exact hit',
      {'cache-key': 'k', 'cache-matched-key': 'K', 'install-ok': 'true'},
      'the cache was restored from this exact key (k)'
    ]
  ])('saves nothing with %s', async (_, state, reason) => {
    for (const [name, value] of Object.entries(state)) process.env[`STATE_${name}`] = value;
    const logger = recordingLogger();
    await postRun(logger);
    expect(logger.lines).toEqual([`info: Not saving the uv cache: ${reason}.`]);
  });

  it('warns on unreadable tool state and still decides on the uv cache', async () => {
    process.env['STATE_tool-save'] = '{"cacheKey":';
    const logger = recordingLogger();
    await postRun(logger);
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warning: Ignoring the unreadable state 'tool-save': /),
      'info: Not saving the uv cache: caching is off, or the main step stopped before the cache key.'
    ]);
  });
});
