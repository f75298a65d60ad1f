// The post steps of prepare-python and setup-helm-kubeconform when they have nothing to do (no
// state, and the state main leaves with `cache: false`), against Node's own start, under Node 24
// as runners start them. Runs are interleaved; figures are median (min-max) wall time and the
// median CPU time (user + system) the process used. Target: each post step adds <= 10 ms beyond
// Node's start, judged on CPU time, which a busy machine does not stretch as it does wall time.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {ensureNode24} from '../scripts/lib/node24.mjs';
import {describe, emptyModule, median, runnerEnv} from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const post = name => join(ROOT, 'dist', name, 'post', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const TARGET_MS = 10;
const node = ensureNode24();
const dir = mkdtempSync(join(tmpdir(), 'post-bench-'));
const cpuFile = join(dir, 'cpu');
const cpuPreload = join(dir, 'cpu.cjs');
writeFileSync(
  cpuPreload,
  "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.userCPUTime + u.systemCPUTime) / 1000)); });\n"
);
const env = state =>
  runnerEnv({
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    BENCH_CPU_FILE: cpuFile,
    ...state
  });

const cases = {
  'node (empty module)': {args: [emptyModule()], env: env({})},
  'prepare-python post, no state': {args: [post('prepare-python')], env: env({})},
  'prepare-python post, cache: false': {
    args: [post('prepare-python')],
    // What main leaves with `cache: false`: the uv binary and the install's outcome, no cache key.
    env: env({
      'STATE_uv-path': join(dir, 'uv'),
      'STATE_uv-version': '0.9.30',
      'STATE_install-ok': 'true'
    })
  },
  'setup-helm-kubeconform post, no state': {args: [post('setup-helm-kubeconform')], env: env({})},
  'setup-helm-kubeconform post, nothing new': {
    args: [post('setup-helm-kubeconform')],
    // Tools from the tool cache, an unchanged empty schema cache directory that is not there.
    env: env({
      STATE_schemas: JSON.stringify({dir: join(dir, 'none'), prefix: 'x-', matchedKey: ''})
    })
  }
};

const samples = Object.fromEntries(Object.keys(cases).map(name => [name, []]));
const cpu = Object.fromEntries(Object.keys(cases).map(name => [name, []]));
for (let run = -2; run < RUNS; run++) {
  for (const [name, c] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(node, ['-r', cpuPreload, ...c.args], {env: c.env, stdio: 'ignore'});
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
    if (run < 0) continue;
    samples[name].push(ms);
    cpu[name].push(Number(readFileSync(cpuFile, 'utf8')));
  }
}

console.log(`node ${spawnSync(node, ['--version']).stdout.toString().trim()}, ${RUNS} runs each`);
for (const [name, xs] of Object.entries(samples)) {
  console.log(`${name.padEnd(42)} ${describe(xs)}, CPU median ${median(cpu[name]).toFixed(1)} ms`);
}
const base = 'node (empty module)';
const over = (figures, name, pick) => pick(figures[name]) - pick(figures[base]);
let ok = true;
console.log('');
for (const name of Object.keys(cases).slice(1)) {
  const cost = over(cpu, name, median);
  ok &&= cost <= TARGET_MS;
  console.log(
    `${name} adds ${cost.toFixed(1)} ms CPU beyond Node's start (target <= ${TARGET_MS} ms); wall: ${over(samples, name, median).toFixed(1)} ms at the median, ${over(samples, name, xs => Math.min(...xs)).toFixed(1)} ms at the fastest`
  );
}
process.exit(ok ? 0 : 1);
