// setup-helm-kubeconform: a warm run (tool cache hit) against Node's own start, and a cold run from a
// loopback mirror against `curl -sf` + `sha256sum` + `tar -x` of the same archives.
// Both tools in parallel on each side. Also prints the peak RSS of a cold run, the cost of
// re-hashing a tool-cache hit (self-hosted runners) against the size check (GitHub-hosted), and what a
// refusing or hanging cache service adds to a cold job (main + post).
// Targets: warm adds <= 100 ms; cold <= 1.0x the plain commands; cold peak RSS <= 100 MiB; a dead
// cache service adds <= 2 s. Needs dist/ (npm run build).
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {homedir, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {startMirror} from '../scripts/lib/mirror.mjs';
import {emptyModule, peakRssPreload, runnerEnv} from './lib.mjs';

const baseline = emptyModule();
const rssPreload = peakRssPreload();

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const bundle = join(ROOT, 'dist', 'setup-helm-kubeconform', 'main', 'index.js');
const postBundle = join(ROOT, 'dist', 'setup-helm-kubeconform', 'post', 'index.js');
const sha = file => createHash('sha256').update(readFileSync(file)).digest('hex');

function stats(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1)} ms  min ${sorted[0].toFixed(1)}  max ${sorted[sorted.length - 1].toFixed(1)}  (n=${sorted.length})`
  );
  return median;
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Archives: the real helm/kubeconform binaries when present (closer to real sizes), else fakes.
const cacheBin = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'bin'
);
const work = mkdtempSync(join(tmpdir(), 'shk-bench-'));
const root = join(work, 'mirror');
const src = join(work, 'src');
mkdirSync(join(src, 'linux-amd64'), {recursive: true});
for (const [name, target] of [
  ['helm', 'linux-amd64/helm'],
  ['kubeconform', 'kubeconform']
]) {
  try {
    execFileSync('cp', [join(cacheBin, name), join(src, target)]);
  } catch {
    writeFileSync(join(src, target), `#!/bin/sh\necho ${name}\n`, {mode: 0o755});
  }
}
mkdirSync(join(root, 'helm'), {recursive: true});
mkdirSync(join(root, 'kc', 'v0.99.0'), {recursive: true});
const helmArchive = join(root, 'helm', 'helm-v3.99.0-linux-amd64.tar.gz');
const kcArchive = join(root, 'kc', 'v0.99.0', 'kubeconform-linux-amd64.tar.gz');
execFileSync('tar', ['-czf', helmArchive, '-C', src, 'linux-amd64/helm']);
execFileSync('tar', ['-czf', kcArchive, '-C', src, 'kubeconform']);
const mirror = await startMirror({root});

const env = (dir, runnerEnvironment = 'github-hosted') => ({
  PATH: process.env.PATH,
  RUNNER_ENVIRONMENT: runnerEnvironment,
  BENCH_RSS_FILE: join(dir, 'rss'),
  HOME: join(dir, 'home'),
  RUNNER_TEMP: join(dir, 'temp'),
  RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
  GITHUB_OUTPUT: join(dir, 'out'),
  GITHUB_PATH: join(dir, 'path'),
  GITHUB_STATE: join(dir, 'state'),
  GITHUB_ENV: join(dir, 'env'),
  'INPUT_HELM-VERSION': '3.99.0',
  'INPUT_KUBECONFORM-VERSION': '0.99.0',
  'INPUT_HELM-SHA256': sha(helmArchive),
  'INPUT_KUBECONFORM-SHA256': sha(kcArchive),
  'INPUT_HELM-MIRRORS': `${mirror.url}/helm`,
  'INPUT_KUBECONFORM-MIRRORS': `${mirror.url}/kc`,
  INPUT_CACHE: 'true',
  'INPUT_SCHEMA-LOCATIONS': 'default',
  'INPUT_SCHEMA-CACHE': 'true',
  INPUT_ATTEMPTS: '5'
});
// spawnSync blocks this process, so the mirror runs in a child process for the cold runs.
await mirror.close();
const mirrorChild = (await import('node:child_process')).spawn(
  process.execPath,
  [join(ROOT, 'scripts', 'lib', 'mirror.mjs'), '--root', root, '--port', String(mirror.port)],
  {stdio: ['ignore', 'pipe', 'inherit']}
);
await new Promise(done => mirrorChild.stdout.once('data', done));

/** Runs a bundle; returns its peak RSS in MiB. */
function runAction(dir, runnerEnvironment, extra = {}, entry = bundle) {
  const r = spawnSync(process.execPath, ['-r', rssPreload, entry], {
    env: {...env(dir, runnerEnvironment), ...extra},
    encoding: 'utf8'
  });
  if (r.status !== 0) throw new Error(`action failed: ${r.stdout}\n${r.stderr}`);
  return Number(readFileSync(join(dir, 'rss'), 'utf8')) / 1024;
}

/** Main, then post with the state main left, as a runner runs a job. */
function runJob(dir, cacheEnv) {
  runAction(dir, undefined, cacheEnv);
  const state = {};
  const text = readFileSync(join(dir, 'state'), 'utf8');
  for (const m of text.matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) state[`STATE_${m[1]}`] = m[3];
  runAction(dir, undefined, {...cacheEnv, ...state}, postBundle);
}

/** A loopback cache service: refusing (a released port) or hanging (listening, never answering). */
async function deadCache(kind) {
  const sockets = new Set();
  const server = createServer(socket => sockets.add(socket));
  await new Promise(done => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  if (kind === 'refusing') await new Promise(done => server.close(done));
  return {
    env: {
      ACTIONS_CACHE_URL: url,
      ACTIONS_RUNTIME_TOKEN: 'bench',
      GITHUB_SERVER_URL: 'https://forgejo.example.test'
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close();
    }
  };
}
function freshDir() {
  const dir = mkdtempSync(join(work, 'run-'));
  for (const sub of ['home', 'temp', 'tool-cache']) mkdirSync(join(dir, sub));
  return dir;
}

try {
  console.log(
    `setup-helm-kubeconform (${(readFileSync(helmArchive).length / 1e6).toFixed(1)} MB + ${(readFileSync(kcArchive).length / 1e6).toFixed(1)} MB archives)`
  );
  const warmDir = freshDir();
  runAction(warmDir);
  const node = stats(
    'node (empty module)',
    Array.from({length: RUNS}, () =>
      time(() => spawnSync(process.execPath, [baseline], {env: runnerEnv()}))
    )
  );
  const warm = stats(
    'action, warm (tool cache hit)',
    Array.from({length: RUNS}, () => time(() => runAction(warmDir)))
  );
  const warmOk = warm - node <= 100;
  console.log(
    `  warm overhead: ${(warm - node).toFixed(1)} ms (target <= 100 ms): ${warmOk ? 'met' : 'MISSED'}`
  );
  const rehash = stats(
    'action, warm, self-hosted (re-hash)',
    Array.from({length: RUNS}, () => time(() => runAction(warmDir, 'self-hosted')))
  );
  console.log(`  re-hash cost on self-hosted runners: ${(rehash - warm).toFixed(1)} ms`);

  const rss = [];
  const cold = stats(
    'action, cold (loopback mirror)',
    Array.from({length: RUNS}, () => {
      const dir = freshDir();
      const t = time(() => rss.push(runAction(dir)));
      rmSync(dir, {recursive: true, force: true});
      return t;
    })
  );
  const peak = Math.max(...rss);
  const rssOk = peak <= 100;
  console.log(
    `  cold peak RSS: ${peak.toFixed(0)} MiB (min ${Math.min(...rss).toFixed(0)}; target <= 100 MiB): ${rssOk ? 'met' : 'MISSED'}`
  );
  const plainScript = `set -e; d=$(mktemp -d); cd $d
(curl -sf -o h.tgz ${mirror.url}/helm/helm-v3.99.0-linux-amd64.tar.gz; sha256sum h.tgz >/dev/null; tar -xzf h.tgz linux-amd64/helm) &
(curl -sf -o k.tgz ${mirror.url}/kc/v0.99.0/kubeconform-linux-amd64.tar.gz; sha256sum k.tgz >/dev/null; tar -xzf k.tgz kubeconform) &
wait; cd /; rm -rf $d`;
  const plain = stats(
    'curl + sha256sum + tar -x',
    Array.from({length: RUNS}, () => time(() => spawnSync('sh', ['-c', plainScript])))
  );
  const coldOk = cold / plain <= 1.0;
  console.log(
    `  cold ratio: ${(cold / plain).toFixed(2)}x (target <= 1.0x): ${coldOk ? 'met' : 'MISSED'}`
  );

  const jobRuns = Math.min(RUNS, 3);
  const jobs = cacheEnv =>
    Array.from({length: jobRuns}, () => {
      const dir = freshDir();
      const t = time(() => runJob(dir, cacheEnv));
      rmSync(dir, {recursive: true, force: true});
      return t;
    });
  const bare = stats('job (main + post), no cache service', jobs({}));
  let deadOk = true;
  for (const kind of ['refusing', 'hanging']) {
    const dead = await deadCache(kind);
    try {
      const t = stats(`job (main + post), ${kind} cache service`, jobs(dead.env));
      const ok = t - bare <= 2000;
      deadOk &&= ok;
      console.log(
        `  ${kind} cache adds: ${(t - bare).toFixed(0)} ms (target <= 2000 ms): ${ok ? 'met' : 'MISSED'}`
      );
    } finally {
      dead.close();
    }
  }
  process.exitCode = warmOk && coldOk && rssOk && deadOk ? 0 : 1;
} finally {
  mirrorChild.kill();
  rmSync(work, {recursive: true, force: true});
}
