// run() and postRun() from source with injected inputs and logger, over the real file-command
// protocol; no tool is installed (both versions 'none'), no cache service is configured.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {postRun} from '../../actions/setup-helm-kubeconform/src/post-run';
import {run} from '../../actions/setup-helm-kubeconform/src/run';
import {fileCommands, useCleanEnv} from '../helpers/env';
import {recordingLogger} from '@ci-actions/core';
import {makeInputs} from './make-inputs';

describe('run', () => {
  useCleanEnv();
  let dir: string;
  let files: ReturnType<typeof fileCommands>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'helm-src-'));
    files = fileCommands(dir);
    process.env.GITHUB_WORKSPACE = join(dir, 'workspace');
    process.env.XDG_CACHE_HOME = join(dir, 'cache');
    mkdirSync(process.env.GITHUB_WORKSPACE);
    for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'])
      delete process.env[name];
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  const noTools = {helmVersion: undefined, kubeconformVersion: undefined};

  it('hands the schema cache to the post step, which finds nothing new to save', async () => {
    const logger = recordingLogger();
    await run({inputs: makeInputs(noTools), logger});
    const outputs = files.outputs();
    const cacheDir = join(dir, 'cache', 'ci-actions-kubeconform');
    expect(outputs).toMatchObject({
      'helm-path': '',
      'schema-cache-dir': cacheDir,
      'charts-cache-hit': 'false'
    });
    expect(outputs['kubeconform-args']).toContain(cacheDir);
    const state = files.state();
    expect(Object.keys(state)).toEqual(['schemas']);
    expect(JSON.parse(state.schemas)).toMatchObject({dir: cacheDir, matchedKey: ''});

    for (const [name, value] of Object.entries(state)) process.env[`STATE_${name}`] = value;
    const post = recordingLogger();
    await postRun(post);
    expect(post.lines).toEqual([
      'info: The schema cache is empty; nothing to save.',
      'info: Nothing new to save.'
    ]);
  });

  it('warns when no chart directory has a Chart.lock, and leaves no state', async () => {
    writeFileSync(join(dir, 'workspace', 'Chart.yaml'), 'name: x\n');
    const logger = recordingLogger();
    await run({inputs: makeInputs({...noTools, schemaCache: false, charts: ['*']}), logger});
    expect(logger.lines).toContain('warning: No chart directory with a Chart.lock matches *');
    expect(files.state()).toEqual({});
    expect(files.outputs()).toMatchObject({'charts-cache-hit': 'false', 'schema-cache-dir': ''});
  });

  it('saves nothing in the post step without state', async () => {
    const post = recordingLogger();
    await postRun(post);
    expect(post.lines).toEqual(['info: Nothing new to save.']);
  });
});
