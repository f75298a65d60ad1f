// run() from source with injected inputs and logger, over the real file-command protocol.
import {jest} from '@jest/globals';
import {ActionFailure, recordingLogger} from '@ci-actions/core';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {run} from '../../actions/secret-guard/src/run';
import {fileCommands, useCleanEnv} from '../helpers/env';
import {makeInputs} from './make-inputs';

const VALUE = 'sg-test-value-4f9c1e';

describe('run', () => {
  useCleanEnv();
  let dir: string;
  let files: ReturnType<typeof fileCommands>;
  let stdout: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'secret-guard-src-'));
    files = fileCommands(dir);
    for (const name of [
      'GITHUB_EVENT_PATH',
      'GITHUB_EVENT_NAME',
      'FORGEJO_ACTIONS',
      'GITEA_ACTIONS'
    ])
      delete process.env[name];
    process.env.GITHUB_EVENT_NAME = 'push';
    process.env.GITHUB_REPOSITORY = 'cleveragents/example';
    delete process.env.SG_TOKEN;
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, {recursive: true, force: true});
  });

  it('goes online with the secret present, masks it and never writes it', async () => {
    process.env.SG_TOKEN = VALUE;
    const logger = recordingLogger();
    await run({inputs: makeInputs({}, {'online-env': 'LIVE=1'}), logger});
    expect(files.outputs()).toMatchObject({mode: 'online', ok: 'true', present: '["SG_TOKEN"]'});
    expect(files.env()).toEqual({LIVE: '1'});
    expect(stdout).toContain(`::add-mask::${VALUE}\n`);
    const written = [JSON.stringify(files.outputs()), files.summary(), ...logger.lines].join('\n');
    expect(written).not.toContain(VALUE);
  });

  it('fails when a required secret is missing and on-missing is fail', async () => {
    const inputs = makeInputs({onMissing: 'fail'});
    await expect(run({inputs, logger: recordingLogger()})).rejects.toBeInstanceOf(ActionFailure);
    expect(files.outputs()).toMatchObject({mode: 'offline', ok: 'false', missing: '["SG_TOKEN"]'});
  });
});
