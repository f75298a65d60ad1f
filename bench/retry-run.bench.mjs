// retry-run's cost: the bundle running `true` against `bash -c true` and Node's own start, and the cost
// of each extra attempt with zero delay. Runs are interleaved; figures are median (min-max).
// Targets: the action adds <= 30 ms beyond Node's own start and the command itself;
// each extra attempt adds <= 10 ms beyond the command itself.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, emptyModule, median, runnerEnv} from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'retry-run', 'main', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const EXTRA = 10;
const dir = mkdtempSync(join(tmpdir(), 'retry-run-bench-'));
const counter = join(dir, 'count');

const env = inputs =>
  runnerEnv({
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_SHELL: 'bash',
    INPUT_DELAY: '0',
    INPUT_JITTER: 'false',
    ...inputs
  });

const cases = {
  'node (empty module)': {command: process.execPath, args: [emptyModule()]},
  'bash -c true': {command: 'bash', args: ['-c', 'true']},
  'retry-run: true': {
    command: process.execPath,
    args: [BUNDLE],
    env: env({INPUT_RUN: 'true', INPUT_ATTEMPTS: '1'})
  },
  [`retry-run: ${EXTRA + 1} attempts`]: {
    command: process.execPath,
    args: [BUNDLE],
    before: () => writeFileSync(counter, '0'),
    env: env({
      INPUT_RUN: `n=$(( $(cat ${counter}) + 1 )); echo $n > ${counter}; [ $n -gt ${EXTRA} ]`,
      INPUT_ATTEMPTS: String(EXTRA + 1)
    })
  },
  'bash: counter script': {
    command: 'bash',
    args: [
      '--noprofile',
      '--norc',
      '-eo',
      'pipefail',
      '-c',
      `n=$(( $(cat ${counter}) + 1 )); echo $n > ${counter}; true`
    ],
    before: () => writeFileSync(counter, '0')
  }
};

const samples = Object.fromEntries(Object.keys(cases).map(name => [name, []]));
for (let run = -2; run < RUNS; run++) {
  for (const [name, c] of Object.entries(cases)) {
    c.before?.();
    writeFileSync(join(dir, 'output'), '');
    const start = process.hrtime.bigint();
    const result = spawnSync(c.command, c.args, {env: c.env ?? runnerEnv(), stdio: 'ignore'});
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
    if (run >= 0) samples[name].push(ms);
  }
}

const fmt = ms => `${ms.toFixed(1)} ms`;
for (const [name, xs] of Object.entries(samples)) {
  console.log(`${name.padEnd(28)} ${describe(xs)}`);
}
const m = name => median(samples[name]);
const startCost = m('retry-run: true') - m('node (empty module)') - m('bash -c true');
const perAttempt =
  (m(`retry-run: ${EXTRA + 1} attempts`) - m('retry-run: true')) / EXTRA -
  m('bash: counter script');
console.log(
  `\nretry-run adds ${fmt(startCost)} beyond Node's start and the command (target <= 30 ms)`
);
console.log(`each extra attempt adds ${fmt(perAttempt)} beyond the command (target <= 10 ms)`);
process.exit(startCost <= 30 && perAttempt <= 10 ? 0 : 1);
