// Start-up cost of secret-guard's main step beyond Node's own start: times
// `node dist/secret-guard/main/index.js` with a realistic environment (three required secrets
// present, a push payload) against `node -e 0`, interleaved, and fails when the median
// difference exceeds secret-guard's 30 ms budget. Build first: `node scripts/build.mjs secret-guard`.
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist', 'secret-guard', 'main', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;
const BUDGET_MS = 30;

if (!existsSync(BUNDLE)) {
  console.error(
    `secret-guard bench: ${BUNDLE} is missing; run node scripts/build.mjs secret-guard`
  );
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'secret-guard-bench-'));
const files = {
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_ENV: join(dir, 'env'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary')
};
const eventPath = join(dir, 'event.json');
copyFileSync(join(ROOT, 'test', 'fixtures', 'secret-guard', 'github-push.json'), eventPath);
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: dir,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_ACTOR: 'alice',
  GITHUB_REPOSITORY: 'cleveragents/example',
  RUNNER_TEMP: dir,
  ...files,
  INPUT_REQUIRED: 'ANTHROPIC_API_KEY\nOPENAI_API_KEY\nGOOGLE_API_KEY',
  'INPUT_ON-MISSING': 'auto',
  'INPUT_ONLINE-ENV': 'NOX_ONLINE=1',
  ANTHROPIC_API_KEY: 'sk-ant-api03-bench-0001',
  OPENAI_API_KEY: 'sk-proj-bench-0002',
  GOOGLE_API_KEY: 'AIzaSyBench0003'
};

function time(args) {
  for (const file of Object.values(files)) writeFileSync(file, '');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    console.error(`secret-guard bench: ${args.join(' ')} exited ${result.status}`);
    console.error(String(result.stdout) + String(result.stderr));
    process.exit(1);
  }
  return ms;
}

const baseline = [];
const action = [];
for (let i = 0; i < WARMUP; i++) {
  time(['-e', '0']);
  time([BUNDLE]);
}
for (let i = 0; i < RUNS; i++) {
  baseline.push(time(['-e', '0']));
  action.push(time([BUNDLE]));
}
rmSync(dir, {recursive: true, force: true});

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const figures = values =>
  `median ${median(values).toFixed(1)} ms, min ${Math.min(...values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
const difference = median(action) - median(baseline);

console.log(`secret-guard (node ${process.versions.node}, ${RUNS} runs each, interleaved)`);
console.log(`  node -e 0:          ${figures(baseline)}`);
console.log(`  secret-guard main:  ${figures(action)}`);
console.log(
  `  difference:         ${difference.toFixed(1)} ms (median), budget ${BUDGET_MS} ms: ${difference <= BUDGET_MS ? 'ok' : 'OVER BUDGET'}`
);
if (difference > BUDGET_MS) process.exit(1);
