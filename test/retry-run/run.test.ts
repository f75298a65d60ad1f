// run() from source with injected inputs and logger: real scripts, the real file-command protocol.
import {ActionFailure, recordingLogger, resetLedger} from '@ci-actions/core';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {run} from '../../actions/retry-run/src/run';
import {fileCommands, useCleanEnv} from '../helpers/env';
import {makeInputs} from './make-inputs';

describe('run', () => {
  useCleanEnv();
  let dir: string;
  let files: ReturnType<typeof fileCommands>;
  beforeEach(() => {
    resetLedger();
    dir = mkdtempSync(join(tmpdir(), 'retry-run-src-'));
    process.env.RUNNER_TEMP = dir;
    files = fileCommands(dir);
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('retries a failing script and reports every attempt', async () => {
    const logger = recordingLogger();
    const counter = join(dir, 'count');
    const inputs = makeInputs({
      run: `n=$(( $(cat ${counter} 2>/dev/null || echo 0) + 1 )); echo $n > ${counter}; [ $n -ge 3 ] || exit 7`,
      attempts: 3
    });
    await run({inputs, logger});
    expect(files.outputs()).toMatchObject({attempts: '3', 'exit-code': '0', outcome: 'success'});
    // One warning for the script, a plain line for its further retry.
    expect(logger.lines.filter(line => / of 3 failed /.test(line))).toEqual([
      expect.stringMatching(/^warning: attempt 1 of 3 failed \(exit code 7: non-zero exit code\)/),
      expect.stringMatching(/^info: attempt 2 of 3 failed \(exit code 7/)
    ]);
    expect(files.summary()).toContain('| 3 |');
  });

  it('fails with the last exit code once the attempts are spent', async () => {
    const inputs = makeInputs({}, {run: 'exit 4', attempts: '2'});
    await expect(run({inputs, logger: recordingLogger()})).rejects.toBeInstanceOf(ActionFailure);
    expect(files.outputs()).toMatchObject({attempts: '2', 'exit-code': '4', outcome: 'failure'});
  });
});
