import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  newRunnerDir,
  nodeBinaries,
  runBundle,
  startBundle,
  type BundleOptions
} from '../helpers/runner';

// The committed bundle, run as a runner runs it, under Node 20 and Node 24.

function survivors(marker: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', marker], {encoding: 'utf8'}).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

// Every process a test starts (the bundle, the script and all they start) carries this variable
// with the test's own value, so that afterEach can kill whatever is left, whatever the test did.
const TEST_VARIABLE = 'RETRY_RUN_INT_TEST';
let testId = randomUUID();

function tagged(id: string): number[] {
  const needle = Buffer.from(`${TEST_VARIABLE}=${id}\0`);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
    } catch {
      // ended while we looked, or not ours
    }
  }
  return pids;
}

async function waitFor(condition: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

beforeEach(() => {
  testId = randomUUID();
});

afterEach(async () => {
  const id = testId;
  for (let round = 0; round < 100 && tagged(id).length > 0; round++) {
    for (const pid of tagged(id)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
});

// The failure annotation carries the action's name as its title.
const failed = (r: {stdout: string}) =>
  r.stdout
    .split('\n')
    .filter(line => line.startsWith('::error title=retry-run::'))
    .map(line => line.slice('::error title=retry-run::'.length));

describe.each(nodeBinaries())('retry-run bundle on $label', ({path: node}) => {
  const run = (inputs: Record<string, string>, extra: Partial<BundleOptions> = {}) =>
    runBundle({
      action: 'retry-run',
      node,
      inputs: {delay: '10ms', ...inputs},
      ...extra,
      env: {[TEST_VARIABLE]: testId, ...extra.env}
    });
  const start = (inputs: Record<string, string>) =>
    startBundle({action: 'retry-run', node, inputs, env: {[TEST_VARIABLE]: testId}});

  it('succeeds at once', async () => {
    const r = await run({run: 'echo hello'});
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('hello');
    expect(r.outputs).toMatchObject({attempts: '1', 'exit-code': '0', outcome: 'success'});
    expect(Number(r.outputs['duration-ms'])).toBeGreaterThanOrEqual(0);
  });

  it('retries two failures, then keeps only the successful attempt file commands', async () => {
    const dir = newRunnerDir();
    const counter = join(dir, 'count');
    const script = [
      `n=$(( $(cat ${counter} 2>/dev/null || echo 0) + 1 )); echo $n > ${counter}`,
      'echo "tries=$n" >> "$GITHUB_OUTPUT"',
      'echo "FROM_ATTEMPT_$n=yes" >> "$GITHUB_ENV"',
      'echo "/opt/attempt-$n" >> "$GITHUB_PATH"',
      'echo "summary of attempt $n" >> "$GITHUB_STEP_SUMMARY"',
      '[ "$n" -ge 3 ]'
    ].join('\n');
    const r = await run({run: script, attempts: '5'}, {dir});
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({attempts: '3', outcome: 'success', tries: '3'});
    expect(r.env).toEqual({FROM_ATTEMPT_3: 'yes'});
    expect(r.path).toEqual(['/opt/attempt-3']);
    expect(r.summary).toContain('summary of attempt 3');
    expect(r.summary).not.toContain('summary of attempt 1');
    expect(r.summary.match(/^\| \d \|/gm)).toHaveLength(3);
    // One warning for the script's two failures (once per target), the second attempt as a log line.
    expect(r.commands.filter(c => c.command === 'warning')).toHaveLength(1);
    expect(r.stdout).toContain('attempt 2 of 5 failed (exit code 1: non-zero exit code)');
    expect(r.outputs['faults-absorbed']).toBe('2');
  });

  it('folds each attempt into a group of its own, with the retry warning after it', async () => {
    const dir = newRunnerDir();
    const counter = join(dir, 'count');
    const script = `n=$(( $(cat ${counter} 2>/dev/null || echo 0) + 1 )); echo $n > ${counter}; echo "output of $n"; [ "$n" -ge 2 ]`;
    const r = await run({run: script, attempts: '3'}, {dir});
    expect(r.exitCode).toBe(0);
    const lines = r.stdout
      .split('\n')
      .filter(line => /^(::group::|::endgroup::|::warning|output of)/.test(line));
    expect(lines).toEqual([
      '::group::attempt 1 of 3',
      'output of 1',
      '::endgroup::',
      expect.stringMatching(/^::warning::retry-run: attempt 1 of 3 failed \(exit code 1/),
      '::group::attempt 2 of 3',
      'output of 2',
      '::endgroup::'
    ]);
  });

  it('keeps a script that prints its own groups whole, and opens no group for one attempt', async () => {
    const script = 'echo "::group::mine"; echo inside; echo "::endgroup::"; printf after';
    const once = await run({run: script, attempts: '1'});
    expect(once.stdout.split('\n').slice(0, 4)).toEqual([
      '::group::mine',
      'inside',
      '::endgroup::',
      'after'
    ]);
    const retried = await run({run: script, attempts: '2'});
    expect(retried.stdout.split('\n').slice(0, 6)).toEqual([
      '::group::attempt 1 of 2',
      '::group::mine',
      'inside',
      '::endgroup::',
      'after',
      '::endgroup::'
    ]);
  });

  it.each([
    [{}, true],
    [{summary: 'false'}, false]
  ])('writes the summary unless summary is false (%p)', async (inputs, written) => {
    const r = await run({run: 'echo "own line" >> "$GITHUB_STEP_SUMMARY"', ...inputs});
    expect(r.exitCode).toBe(0);
    // The script's own summary lines are the script's; only ours depends on the input.
    expect(r.summary.includes('### retry-run')).toBe(written);
    expect(r.summary).toContain('own line');
  });

  it('fails with an error annotation titled retry-run', async () => {
    const r = await run({run: 'exit 3', attempts: '1'});
    expect(r.stdout).toMatch(/^::error title=retry-run::retry-run: failed after 1 attempt/m);
  });

  it('discards every write when all attempts fail, and fails with a clear message', async () => {
    const r = await run({
      run: 'echo "x=1" >> "$GITHUB_OUTPUT"; echo "Y=1" >> "$GITHUB_ENV"; exit 7',
      attempts: '2'
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual(
      expect.objectContaining({attempts: '2', 'exit-code': '7', outcome: 'failure'})
    );
    expect(r.outputs.x).toBeUndefined();
    expect(r.env).toEqual({});
    expect(failed(r)).toEqual([
      'retry-run: failed after 2 attempts (last exit code 7: non-zero exit code)'
    ]);
  });

  it('kills a tree of background children on timeout and leaves none', async () => {
    const marker = `retry-run-${randomUUID()}`;
    const script = [
      `(exec -a ${marker} sleep 300) &`,
      `(trap "" TERM; exec -a ${marker} sleep 300) &`,
      `bash -c "exec -a ${marker} sleep 300" &`,
      `exec -a ${marker} sleep 300`
    ].join('\n');
    const r = await run({run: script, attempts: '2', timeout: '300ms', 'kill-grace': '300ms'});
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({attempts: '2', outcome: 'timeout', 'exit-code': '143'});
    expect(failed(r)[0]).toBe(
      'retry-run: failed after 2 attempts (last attempt timed out: timed out)'
    );
    expect(r.durationMs).toBeLessThan(5000);
    expect(survivors(marker)).toEqual([]);
  });

  it.each([
    ['KILL', '137'],
    ['SEGV', '139']
  ])('fails on a death by SIG%s', async (signal, code) => {
    const r = await run({run: `kill -${signal} $$`, attempts: '1'});
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({outcome: 'failure', 'exit-code': code});
  });

  it('does not hang on a script that reads stdin', async () => {
    const r = await run({run: 'cat; read -r x || echo "stdin closed"', timeout: '20s'});
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('stdin closed');
    expect(r.durationMs).toBeLessThan(5000);
  });

  it('retries an apt mirror failure through the apt preset', async () => {
    const dir = newRunnerDir();
    const flag = join(dir, 'flag');
    const script = `if [ ! -e ${flag} ]; then touch ${flag}; echo "E: Failed to fetch http://deb.debian.org/debian/pool/main/c/curl.deb  503  Service Unavailable [IP: 1.2.3.4 80]" >&2; exit 100; fi; echo installed`;
    const r = await run({run: script, 'retry-presets': 'apt'}, {dir});
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({attempts: '2', outcome: 'success'});
    expect(r.summary).toContain('matched preset apt');
  });

  it('does not retry when no pattern matches', async () => {
    const r = await run({
      run: 'echo "E: Unable to locate package nodejsx" >&2; exit 100',
      'retry-presets': 'apt, network',
      attempts: '5'
    });
    expect(r.outputs).toMatchObject({attempts: '1', outcome: 'failure'});
    expect(failed(r)).toEqual([
      'retry-run: failed after 1 attempt (last exit code 100: no retry pattern matched)'
    ]);
  });

  it('retries on a custom output pattern and aborts on an abort pattern', async () => {
    const custom = await run({
      run: 'echo "flaky: code=42"; exit 1',
      'retry-if-output-matches': 'code=\\d{2,3}',
      attempts: '3'
    });
    expect(custom.outputs).toMatchObject({attempts: '3', outcome: 'failure'});
    expect(custom.summary).toContain("matched pattern 'code=\\d{2,3}'");

    const aborted = await run({
      run: 'echo "HTTP 401 Unauthorized"; exit 22',
      'abort-if-output-matches': '401\nNo space left on device',
      attempts: '5'
    });
    expect(aborted.outputs).toMatchObject({attempts: '1', outcome: 'aborted', 'exit-code': '22'});
    expect(failed(aborted)).toEqual([
      "retry-run: aborted after 1 attempt (last exit code 22: matched abort pattern '401')"
    ]);
  });

  it('retries only listed exit codes', async () => {
    const r = await run({run: 'exit 3', 'retry-on-exit-codes': '100-102, 7', attempts: '4'});
    expect(r.outputs).toMatchObject({attempts: '1', 'exit-code': '3'});
  });

  it('stops at the total timeout, waits included', async () => {
    const r = await run({
      run: 'sleep 1; exit 1',
      attempts: '20',
      delay: '200ms',
      backoff: '1',
      'total-timeout': '1500ms'
    });
    expect(r.exitCode).toBe(1);
    expect(Number(r.outputs.attempts)).toBeLessThanOrEqual(2);
    expect(failed(r)[0]).toMatch(/total-timeout reached\)$/);
    expect(r.durationMs).toBeLessThan(4000);
  });

  it('runs on-retry before each retry and only warns when it fails', async () => {
    const dir = newRunnerDir();
    const log = join(dir, 'log');
    const r = await run(
      {
        run: `echo run >> ${log}; exit 1`,
        'on-retry': `echo cleanup >> ${log}; exit 5`,
        attempts: '3'
      },
      {dir}
    );
    expect(execFileSync('cat', [log], {encoding: 'utf8'})).toBe(
      'run\ncleanup\nrun\ncleanup\nrun\n'
    );
    expect(
      r.commands.filter(c => c.message.startsWith('retry-run: on-retry script failed'))
    ).toHaveLength(2);
  });

  it('passes the step environment through, but not its own inputs, in the working directory', async () => {
    const dir = newRunnerDir();
    mkdirSync(join(dir, 'workspace', 'sub'));
    const r = await run(
      {
        run: 'echo "token=$MY_VAR"; pwd; env | grep -c "^INPUT_" || true',
        'working-directory': 'sub'
      },
      {dir, env: {MY_VAR: 'from-step'}}
    );
    expect(r.stdout).toContain('token=from-step');
    expect(r.stdout).toContain(join(dir, 'workspace', 'sub'));
    expect(r.stdout).toMatch(/^0$/m);
  });

  it.each([
    ['sh', 'echo "$0" | grep -q sh && echo ran-in-sh', 'ran-in-sh'],
    ['python', 'import sys; print("py", sys.version_info[0])', 'py 3'],
    ['bash -l {0}', 'shopt -q login_shell && echo login', 'login']
  ])('runs with shell %p', async (shell, script, expected) => {
    const r = await run({run: script, shell}, {env: {PATH: `/usr/local/bin:${process.env.PATH}`}});
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(expected);
  });

  it('fails fast inside a multi-line bash script (-eo pipefail)', async () => {
    const r = await run({run: 'false | cat\necho should-not-print', attempts: '1'});
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toContain('should-not-print');
  });

  it.each([
    [{attempts: '0'}, "Input 'attempts' must be an integer from 1 to 100, got '0'."],
    [{attempts: 'three'}, "Input 'attempts' must be an integer from 1 to 100, got 'three'."],
    [
      {delay: '5 minutes'},
      "Input 'delay' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '5 minutes'."
    ],
    [{backoff: '0.5'}, "Input 'backoff' must be a number from 1 to 10, got '0.5'."],
    [{jitter: 'yes'}, "Input 'jitter' must be true or false, got 'yes'."],
    [{timeout: '0'}, "Input 'timeout' must be a duration from 1ms to 72h, got '0'."],
    [{timeout: '1000h'}, "Input 'timeout' must be a duration from 1ms to 72h, got '1000h'."],
    [{timeout: '2147484s'}, "Input 'timeout' must be a duration from 1ms to 72h, got '2147484s'."],
    [
      {'total-timeout': '1000h'},
      "Input 'total-timeout' must be a duration from 1ms to 72h, got '1000h'."
    ],
    [{delay: '1000h'}, "Input 'delay' must be a duration from 0ms to 168h, got '1000h'."],
    [{'max-delay': '200h'}, "Input 'max-delay' must be a duration from 0ms to 168h, got '200h'."],
    [{'kill-grace': '1h'}, "Input 'kill-grace' must be a duration from 0ms to 10m, got '1h'."],
    [{timeout: '5\nm'}, "Input 'timeout' must be a duration such as"],
    [{delay: '60\ns'}, "Input 'delay' must be a duration such as"],
    [
      {'retry-if-output-matches': 'ok\n(a+)+$'},
      "Input 'retry-if-output-matches' must hold regular expressions that match in bounded time, got '(a+)+$'"
    ],
    [
      {'abort-if-output-matches': '(a|a)*x'},
      "Input 'abort-if-output-matches' must hold regular expressions that match in bounded time, got '(a|a)*x'"
    ],
    [{'pass-runtime-env': 'yes'}, "Input 'pass-runtime-env' must be true or false, got 'yes'."],
    [
      {'retry-on': 'sometimes'},
      "Input 'retry-on' must be one of 'any', 'error', 'timeout', got 'sometimes'."
    ],
    [
      {'retry-on-exit-codes': '300'},
      "Input 'retry-on-exit-codes' must list exit codes from 1 to 255 or ranges such as 100-110, got '300'."
    ],
    [
      {'retry-presets': 'apt, yum'},
      "Input 'retry-presets' must list presets from apt, network, http, pip, git, helm, got 'yum'."
    ],
    [
      {'retry-if-output-matches': 'a(b'},
      "Input 'retry-if-output-matches' must hold JavaScript regular expressions, one per line, got 'a(b'"
    ],
    [
      {shell: 'zsh'},
      "Input 'shell' must be bash, sh, python, pwsh or a command template containing {0}, got 'zsh'."
    ],
    [
      {'working-directory': 'missing-dir'},
      "Input 'working-directory' must be an existing directory, got 'missing-dir'."
    ],
    [{'kill-grace': '-1s'}, "Input 'kill-grace' must be a duration such as"],
    [{run: '  '}, "Input 'run' is required and was not supplied."]
  ])('rejects %p before running anything', async (inputs, message) => {
    const dir = newRunnerDir();
    const marker = join(dir, 'ran');
    const r = await run({run: `touch ${marker}`, ...inputs}, {dir});
    expect(r.exitCode).toBe(1);
    expect(failed(r)[0].startsWith(message)).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(r.outputs).toEqual({});
  });

  it('leaves no script files behind', async () => {
    const dir = newRunnerDir();
    writeFileSync(join(dir, 'temp', 'keep'), '');
    await run({run: 'exit 0'}, {dir});
    expect(execFileSync('ls', [join(dir, 'temp')], {encoding: 'utf8'}).trim()).toBe('keep');
  });

  it('starts its own workflow commands on a new line after output without a final newline', async () => {
    const r = await run({run: 'printf "no newline"; exit 1', attempts: '2'});
    expect(r.stdout).toMatch(/^no newline$/m);
    expect(r.commands.filter(c => c.command === 'warning')).toHaveLength(1);
    expect(failed(r)).toEqual([
      'retry-run: failed after 2 attempts (last exit code 1: non-zero exit code)'
    ]);
  });

  it('bounds on-retry by what total-timeout leaves', async () => {
    const r = await run({
      run: 'exit 1',
      'on-retry': 'sleep 20',
      attempts: '3',
      'total-timeout': '1s',
      'kill-grace': '100ms'
    });
    expect(r.exitCode).toBe(1);
    expect(r.durationMs).toBeLessThan(5000);
    expect(failed(r)[0]).toMatch(/total-timeout reached\)$/);
  });

  it('loses no output and no failure message when the runner reads its stdout late', async () => {
    const child = start({run: 'seq 1 2000000; exit 3', attempts: '1'});
    child.stdout.pause();
    const chunks: Buffer[] = [];
    const closed = new Promise<number | null>(done => child.on('close', code => done(code)));
    await new Promise(resolve => setTimeout(resolve, 1500));
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    expect(await closed).toBe(1);
    const stdout = Buffer.concat(chunks).toString('utf8');
    expect(stdout).toContain('\n2000000\n');
    expect(stdout).toContain(
      '::error title=retry-run::retry-run: failed after 1 attempt (last exit code 3: non-zero exit code)'
    );
  }, 30_000);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'takes the running script down when the step is cancelled (%s), what left its group too',
    async signal => {
      const marker = `retry-run-cancel-${randomUUID()}`;
      const child = start({
        run: [
          `(exec -a ${marker} sleep 300) &`,
          `(trap "" TERM; exec -a ${marker} sleep 300) &`,
          `setsid bash -c 'exec -a ${marker} sleep 300' </dev/null >/dev/null 2>&1 &`,
          'wait'
        ].join('\n'),
        'kill-grace': '300ms'
      });
      const closed = new Promise<number | null>(done => child.on('close', code => done(code)));
      await waitFor(() => survivors(`^${marker}`).length === 3, 'the three children');
      child.kill(signal);
      expect(await closed).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(survivors(marker)).toEqual([]);
    },
    60_000
  );

  it('kills what an attempt started outside its process group when the attempt ends', async () => {
    const marker = `retry-run-escape-${randomUUID()}`;
    const script = [
      `setsid bash -c 'exec -a ${marker} sleep 300' </dev/null >/dev/null 2>&1 &`,
      `(setsid bash -c '(exec -a ${marker} sleep 301) &' </dev/null >/dev/null 2>&1 &)`,
      `until [ "$(pgrep -fc ^${marker})" -ge 2 ]; do sleep 0.05; done`
    ].join('\n');
    const r = await run({run: script, timeout: '30s'});
    expect(r.outputs).toMatchObject({attempts: '1', outcome: 'success'});
    expect(survivors(marker)).toEqual([]);
  });

  it('kills what left the process group on timeout', async () => {
    const marker = `retry-run-escape-${randomUUID()}`;
    const r = await run({
      run: `setsid bash -c 'trap "" TERM; exec -a ${marker} sleep 300' </dev/null >/dev/null 2>&1 &\nsleep 300`,
      attempts: '1',
      timeout: '1s',
      'kill-grace': '300ms'
    });
    expect(r.outputs).toMatchObject({attempts: '1', outcome: 'timeout'});
    expect(survivors(marker)).toEqual([]);
  });

  it("stops attempt 1's escaped writer before attempt 2 starts", async () => {
    const dir = newRunnerDir();
    const log = join(dir, 'log');
    const counter = join(dir, 'count');
    const script = [
      `n=$(( $(cat ${counter} 2>/dev/null || echo 0) + 1 )); echo $n > ${counter}`,
      'if [ "$n" = 1 ]; then',
      `  setsid bash -c 'while :; do echo writer >> ${log}; sleep 0.05; done' </dev/null >/dev/null 2>&1 &`,
      `  until grep -q writer ${log} 2>/dev/null; do sleep 0.05; done`,
      '  exit 1',
      'fi',
      `echo attempt-2-start >> ${log}; sleep 1; echo attempt-2-end >> ${log}`
    ].join('\n');
    const r = await run({run: script, attempts: '2'}, {dir});
    expect(r.outputs).toMatchObject({attempts: '2', outcome: 'success'});
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.slice(-2)).toEqual(['attempt-2-start', 'attempt-2-end']);
    expect(lines.slice(0, -2).every(line => line === 'writer')).toBe(true);
  });

  it.each([
    ['exit 1', {timeout: '3s'}, '1', 'failure'],
    ['exit 1', {'total-timeout': '5s'}, '1', 'failure'],
    ['exit 0', {}, '0', 'success']
  ])(
    'ends when the script ends (%s, %p) though a background child holds the output',
    async (exit, limits, code, outcome) => {
      const marker = `retry-run-ticker-${randomUUID()}`;
      const r = await run({
        run: `(exec -a ${marker} bash -c 'while :; do echo tick; sleep 0.2; done') & ${exit}`,
        attempts: '2',
        ...limits
      });
      expect(r.outputs).toMatchObject({'exit-code': code, outcome});
      expect(r.stdout).toContain('tick');
      // one second of grace per attempt, plus what a loaded machine adds
      expect(r.durationMs).toBeLessThan(20_000);
      expect(survivors(marker)).toEqual([]);
    },
    60_000
  );

  it('stops matching a pattern that backtracks too long at the total timeout', async () => {
    const r = await run({
      run: 'printf "a%.0s" $(seq 1 5000); exit 1',
      'retry-if-output-matches': 'a*a*a*a*a*a*a*a*b',
      attempts: '3',
      'total-timeout': '5s'
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({attempts: '1', outcome: 'failure'});
    expect(r.durationMs).toBeLessThan(15_000);
    expect(r.commands).toContainEqual({
      command: 'warning',
      message: expect.stringContaining("pattern 'a*a*a*a*a*a*a*a*b' did not finish matching within")
    });
  });

  it.each([
    [{}, ''],
    [{'pass-runtime-env': 'true'}, 'x']
  ])('gives the script the environment of a run: step (%p)', async (inputs, value) => {
    const runtime = {
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_RUNTIME_URL: 'x',
      ACTIONS_RESULTS_URL: 'x',
      ACTIONS_CACHE_URL: 'x',
      ACTIONS_CACHE_SERVICE_V2: 'x',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'x',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x'
    };
    const names = Object.keys(runtime);
    const r = await run(
      {run: names.map(name => `echo "${name}=\${${name}:-}"`).join('\n'), ...inputs},
      {env: {...runtime, GITHUB_REPOSITORY_OWNER: 'kept'}}
    );
    expect(r.exitCode).toBe(0);
    for (const name of names) expect(r.stdout).toContain(`\n${name}=${value}\n`);
  });
});
