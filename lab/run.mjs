#!/usr/bin/env node
// The flake lab (`npm run lab`, lab/README.md): the problem statement's CI (lab/workflows/before.yml, container jobs
// in python:3.13-slim) and the re-tiered one built on ci-actions (lab/workflows/after.yml, in the pre-warmed image
// built from that python:3.13-slim), run by act against a fault-injecting mirror on 127.0.0.1, N times per event
// and fault model; one table, one final line. after-slim.yml (--workflows) is after.yml in python:3.13-slim.
//
//   npm run lab -- [--runs N] [--pr-runs M] [--model independent|outage|dead-cache|all] [--p P] [--window W]
//                  [--fail-rate 0.7] [--seed S] [--no-contention] [--smoke] [--keep]
// Per index the workflows go one at a time, each with its push and pull-request runs at once (one mirror, project and
// cache service each, so a run's requests and faults stay its own); the runs of a workflow stay in order, its
// caches warming as on a real runner.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {mulberry32, startMirror} from '../scripts/lib/mirror.mjs';
import {archiveDigests, prepareMirrorRoot, toolEnv} from '../scripts/e2e/lib.mjs';
import {relock, repositoriesYaml} from '../scripts/e2e/relock-chart.mjs';
import {TAGS} from '../scripts/image.mjs';
import {KINDS, calibrate, clientOf, fetchGroups, survival} from './lib/calibrate.mjs';
import {absorbed, failures, runCause} from './lib/classify.mjs';
import {
  accountFaults,
  actLedgerPath,
  collectActLedger,
  mismatches,
  readLedgers,
  retriesAbsorbed
} from './lib/ledgers.mjs';
import {finalLine, formatTable, row} from './lib/table.mjs';
import {median} from './lib/stats.mjs';
import {jobSpans, stepSeconds} from './lib/timings.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const C = process.env.CI_ACTIONS_CACHE ?? path.join(os.homedir(), '.cache', 'ci-actions');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'lab-project');
const CANONICAL = 'http://127.0.0.1:8879';
const JOB_TOOL_CACHE = '/tmp/runner-tool-cache';
const STALL_MS = 40_000; // longer than every client's stall timeout (pip 15 s, uv and our actions 30 s)
const RUN_DEADLINE_S = 900;
const HEAVY = ['integration_tests', 'e2e_tests', 'helm'];
const MODELS = ['independent', 'outage', 'dead-cache'];
// --smoke skips the calibration run and uses the p the last full run calibrated (README.md, flake lab).
const SMOKE_P = 0.006028;

const say = (/** @type {string} */ s) => process.stdout.write(`${s}\n`);
const note = (/** @type {string} */ s) => process.stderr.write(`[lab] ${s}\n`);

function parseArgs(argv) {
  const o = {
    runs: 10,
    prRuns: /** @type {number | null} */ (null),
    model: 'independent',
    p: /** @type {number | null} */ (null),
    window: 30,
    failRate: 0.7,
    seed: 1,
    contention: true,
    smoke: false,
    keep: false,
    retable: /** @type {string | null} */ (null),
    workflows: ['before', 'after']
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const num = (/** @type {string} */ name, /** @type {string} */ s, lo = 0, hi = Infinity) => {
      const n = Number(s);
      if (!Number.isFinite(n) || n < lo || n > hi) {
        throw new Error(`${name} must be a number in [${lo}, ${hi}], got "${s}"`);
      }
      return n;
    };
    if (a === '--runs') o.runs = num('--runs', v(), 1, 1000);
    else if (a === '--pr-runs') o.prRuns = num('--pr-runs', v(), 0, 1000);
    else if (a === '--model') {
      o.model = v();
      if (![...MODELS, 'all'].includes(o.model)) {
        throw new Error(
          `--model must be one of ${[...MODELS, 'all'].join(', ')}, got "${o.model}"`
        );
      }
    } else if (a === '--p') o.p = num('--p', v(), 0, 1);
    else if (a === '--window') o.window = num('--window', v(), 1, 600);
    else if (a === '--fail-rate') o.failRate = num('--fail-rate', v(), 0.01, 0.99);
    else if (a === '--seed') o.seed = num('--seed', v());
    else if (a === '--no-contention') o.contention = false;
    else if (a === '--smoke') o.smoke = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--retable') o.retable = v();
    else if (a === '--workflows') {
      o.workflows = v().split(',');
      const bad = o.workflows.filter(w => !['before', 'after', 'after-slim'].includes(w));
      if (bad.length > 0)
        throw new Error(
          `--workflows takes before, after and/or after-slim, got "${bad.join(',')}"`
        );
    } else throw new Error(`unknown argument "${a}" (see the header of lab/run.mjs)`);
  }
  if (o.smoke) {
    o.runs = 1;
    o.prRuns = 1;
    o.contention = false;
    o.p ??= SMOKE_P;
  }
  o.prRuns ??= Math.max(1, Math.ceil(o.runs / 5));
  return o;
}

// The lab's own draws (per-run seeds, where in its span an outage opens) are reproducible from --seed; the spans
// come from measured fault-free runs.
const prng = mulberry32;

/** The mirror, restartable on its port (an outage that refuses connections closes it for a while). */
async function labMirror(root) {
  /** @type {import('../scripts/lib/mirror.mjs').RequestRecord[]} */
  let earlier = [];
  let faults = null;
  let m = await startMirror({root, stallMs: STALL_MS});
  const port = m.port;
  return {
    url: m.url,
    setFaults(f) {
      faults = f;
      m.setFaults(f);
    },
    reset() {
      earlier = [];
      m.resetStats();
    },
    requests: () => [...earlier, ...m.stats.requests],
    async refuse() {
      earlier.push(...m.stats.requests);
      await m.close();
    },
    async reopen() {
      m = await startMirror({root, stallMs: STALL_MS, port, faults});
    },
    close: () => m.close()
  };
}

/** after.yml runs in the pre-warmed image, which lab/prepare.sh builds (`node scripts/image.mjs build`). */
function imageBuilt() {
  try {
    execFileSync('docker', ['image', 'inspect', TAGS.ci], {
      stdio: 'ignore'
    });
    return true;
  } catch {
    return false;
  }
}

/** A cache service that is dead: refusing connections (not listening), then hanging (accepting, never answering). */
function deadCache(port) {
  /** @type {net.Server | null} */
  let server = null;
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  let hung = 0;
  return {
    url: `http://127.0.0.1:${port}`,
    hung: () => hung,
    async hang() {
      server = net.createServer(s => {
        hung += 1;
        sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => sockets.delete(s));
      });
      await new Promise((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, '127.0.0.1', () => resolve(undefined));
      });
    },
    async refuse() {
      for (const s of sockets) s.destroy();
      if (server) await new Promise(resolve => server?.close(() => resolve(undefined)));
      server = null;
    },
    reset() {
      hung = 0;
    }
  };
}

async function freePort() {
  const s = net.createServer();
  await new Promise(resolve => s.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {net.AddressInfo} */ (s.address()).port;
  await new Promise(resolve => s.close(() => resolve(undefined)));
  return port;
}

/** The fixture as a git repository of its own, pointed at the mirror; `breakLint` adds a lint finding. */
function prepareProject(dir, mirrorUrl, {breakLint = false} = {}) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(FIXTURE, dir, {recursive: true});
  for (const f of ['pyproject.toml', 'uv.lock']) {
    const file = path.join(dir, f);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split(CANONICAL).join(mirrorUrl));
  }
  relock(path.join(dir, 'charts', 'app'), {'lab-charts': `${mirrorUrl}/charts`});
  fs.mkdirSync(path.join(dir, '.lab', 'helm'), {recursive: true});
  fs.writeFileSync(
    path.join(dir, '.lab', 'helm', 'repositories.yaml'),
    repositoriesYaml({'lab-charts': `${mirrorUrl}/charts`})
  );
  const pip = fs.readdirSync(path.join(C, 'lab-wheels')).find(f => /^pip-.*\.whl$/.test(f));
  if (!pip)
    throw new Error(`no pip wheel in ${path.join(C, 'lab-wheels')} (run: bash lab/prepare.sh)`);
  fs.copyFileSync(path.join(C, 'lab-wheels', pip), path.join(dir, '.lab', 'pip.whl'));
  if (breakLint) {
    fs.appendFileSync(path.join(dir, 'src', 'lab_app', 'version.py'), '\nimport os\n');
  }
  const git = (/** @type {string[]} */ args) =>
    execFileSync('git', args, {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']});
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git([
    '-c',
    'user.name=lab',
    '-c',
    'user.email=lab@example.invalid',
    'commit',
    '-q',
    '-m',
    'lab fixture'
  ]);
  return dir;
}

/** Container ids and names of our jobs' containers, with their cgroup CPU use (cgroup v1 or v2). */
function cpuSampler(prefix) {
  /** @type {Map<string, {name: string, ns: number}>} */
  const seen = new Map();
  const read = id => {
    for (const f of [
      `/sys/fs/cgroup/cpuacct/docker/${id}/cpuacct.usage`,
      `/sys/fs/cgroup/cpu,cpuacct/docker/${id}/cpuacct.usage`
    ]) {
      try {
        return Number(fs.readFileSync(f, 'utf8'));
      } catch {
        // next layout
      }
    }
    for (const f of [
      `/sys/fs/cgroup/system.slice/docker-${id}.scope/cpu.stat`,
      `/sys/fs/cgroup/docker/${id}/cpu.stat`
    ]) {
      try {
        const m = /usage_usec (\d+)/.exec(fs.readFileSync(f, 'utf8'));
        if (m) return Number(m[1]) * 1000;
      } catch {
        // next layout
      }
    }
    return null;
  };
  let timer = null;
  const sample = () => {
    let out;
    try {
      out = execFileSync('docker', ['ps', '--no-trunc', '--format', '{{.ID}} {{.Names}}'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      });
    } catch {
      return;
    }
    for (const line of out.trim().split('\n')) {
      const [id, name] = line.split(' ');
      if (!name?.startsWith(prefix)) continue;
      const ns = read(id);
      if (ns === null) continue;
      const prev = seen.get(id);
      if (!prev || ns > prev.ns) seen.set(id, {name, ns});
    }
  };
  return {
    start() {
      timer = setInterval(sample, 500);
    },
    stop() {
      if (timer) clearInterval(timer);
      sample();
      return [...seen.values()];
    }
  };
}

/**
 * Removes the containers of our jobs that act left behind (a killed run); `others`: prefixes of workflows run at
 * the same time that start with this one (`act-after-slim-` starts with `act-after-`).
 */
function removeContainers(prefix, others = /** @type {string[]} */ ([])) {
  try {
    const ids = execFileSync(
      'docker',
      ['ps', '-a', '--filter', `name=^${prefix}`, '--format', '{{.ID}} {{.Names}}'],
      {encoding: 'utf8'}
    )
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(l => l.split(' '))
      .filter(
        ([, name]) => !others.some(o => o !== prefix && o.startsWith(prefix) && name.startsWith(o))
      )
      .map(([id]) => id);
    if (ids.length > 0) execFileSync('docker', ['rm', '-f', ...ids], {stdio: 'ignore'});
  } catch {
    // nothing to remove
  }
}

/** Removes the volumes act made for our jobs (workspace, env) and left behind: every name starts with `prefix`. */
function removeVolumes(prefix) {
  try {
    const names = execFileSync('docker', ['volume', 'ls', '-q', '--filter', `name=^${prefix}`], {
      encoding: 'utf8'
    })
      .trim()
      .split('\n')
      .filter(Boolean);
    if (names.length > 0)
      execFileSync('docker', ['volume', 'rm', '-f', ...names], {stdio: 'ignore'});
  } catch {
    // nothing to remove, or in use
  }
}

/** The act runs under way: killed with their containers when the lab is interrupted. */
/** @type {Set<{pid: number, prefix: string}>} */
const current = new Set();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const c of current) {
      try {
        process.kill(-c.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      removeContainers(c.prefix);
    }
    process.exit(130);
  });
}

/**
 * The workflow as act runs it for an event: named `<tag>-<event>-<name>`. act names a job's container after the
 * workflow and the job and removes a container of that name before it starts one: without a name of its own, a
 * run of the same workflow at the same time (the other event, or a lab in another checkout on this engine) would
 * remove this one's containers.
 */
function workflowFile(ctx, workflow, event) {
  const file = path.join(ctx.work, 'workflows', `${workflow}-${event}.yml`);
  if (!fs.existsSync(file)) {
    const text = fs.readFileSync(path.join(HERE, 'workflows', `${workflow}.yml`), 'utf8');
    if (!/^name: \S/m.test(text)) throw new Error(`lab/workflows/${workflow}.yml has no name:`);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text.replace(/^name: (\S.*)$/m, `name: ${ctx.tag}-${event}-$1`));
  }
  return file;
}

/** @param {string} volume */
function volumeMountPoint(volume) {
  return execFileSync('docker', ['volume', 'inspect', volume, '--format', '{{.Mountpoint}}'], {
    encoding: 'utf8'
  }).trim();
}

/** The names of a workflow's job containers start with this. */
const prefixOf = (ctx, /** @type {string} */ workflow, /** @type {string} */ event) =>
  `act-${ctx.tag}-${event}-${workflow}-`;

/**
 * One act run of a workflow in container jobs, against the mirror of `mirrorUrl`.
 * @returns {Promise<{rc: number, seconds: number, log: string, timedOut: boolean, jobs: Record<string, [number, number]>}>}
 */
function actRun(
  ctx,
  {workflow, event, project, cacheDir, cacheUrl, logFile, mirrorUrl, ledgerDir}
) {
  const work = path.join(ctx.work, 'act');
  fs.mkdirSync(work, {recursive: true});
  const secretFile = `${logFile}.secrets`;
  const empty = path.join(ctx.work, '.empty');
  fs.writeFileSync(empty, '');
  fs.writeFileSync(secretFile, '', {mode: 0o600});
  if (event === 'push') {
    // dummy keys: the fixture's clients only check that a key is there
    const keys = [
      'ANTHROPIC_API_KEY',
      'OPENAI_API_KEY',
      'GOOGLE_API_KEY',
      'FORGEJO_TOKEN',
      'FORGEJO_PAT'
    ];
    fs.writeFileSync(secretFile, keys.map(k => `${k}=lab-${k.toLowerCase()}`).join('\n') + '\n');
  }
  const payload = path.join(
    REPO,
    'test',
    'e2e',
    'events',
    event === 'push' ? 'push.json' : 'fork-pr.json'
  );
  const args = [
    event === 'push' ? 'push' : 'pull_request',
    '-W',
    workflowFile(ctx, workflow, event),
    '-C',
    project,
    '-e',
    payload,
    '--pull=false',
    '--container-daemon-socket',
    '-',
    '-P',
    'docker=python:3.13-slim',
    '--local-repository',
    `cleveragents/ci-actions@v1=${ctx.actions}`,
    '--action-offline-mode',
    '--action-cache-path',
    work,
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-path',
    cacheDir,
    // every job of a stage at once, as on a runner with enough slots (act's default is one per CPU)
    '--concurrent-jobs',
    '16',
    '--secret-file',
    secretFile,
    '--env-file',
    empty,
    '--var-file',
    empty,
    '--input-file',
    empty
  ];
  if (cacheUrl) args.push('--cache-server-external-url', cacheUrl);
  // Every job's flake ledger, in act's tool cache volume (lib/ledgers.mjs), moved to ledgerDir after.
  const ledgerRun = ledgerDir ? path.basename(ledgerDir) : undefined;
  if (ledgerRun) args.push('--env', `CI_ACTIONS_LEDGER=${actLedgerPath(ledgerRun)}`);
  // Forgejo's runner gives every job a tool cache of its own; act shares one volume between all jobs and runs.
  // A folder of the job's container instead for after-slim.yml (--env wins over the workflow's env: not for
  // after.yml, whose tool cache is the image's).
  if (workflow === 'after-slim') args.push('--env', `RUNNER_TOOL_CACHE=${JOB_TOOL_CACHE}`);
  for (const [k, v] of Object.entries(ctx.jobEnv(project, mirrorUrl)))
    args.push('--env', `${k}=${v}`);
  const t0 = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - t0) / 1e9;
  return new Promise(resolve => {
    const out = fs.openSync(logFile, 'w');
    const child = spawn(ctx.env.ACT_BIN, args, {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, ACT_DISABLE_VERSION_CHECK: '1'},
      detached: true
    });
    // each line stamped as it arrives, for the jobs' spans; the log itself stays act's output
    /** @type {{t: number, line: string}[]} */
    const stamped = [];
    let partial = '';
    const take = (/** @type {Buffer} */ chunk) => {
      fs.writeSync(out, chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      const t = since();
      for (const line of lines) if (line.startsWith('[')) stamped.push({t, line});
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const self = {pid: /** @type {number} */ (child.pid), prefix: prefixOf(ctx, workflow, event)};
    current.add(self);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
      } catch {
        // already gone
      }
    }, RUN_DEADLINE_S * 1000);
    child.on('close', code => {
      clearTimeout(timer);
      const seconds = since();
      fs.closeSync(out);
      fs.rmSync(secretFile, {force: true});
      current.delete(self);
      removeContainers(
        prefixOf(ctx, workflow, event),
        ctx.workflows.flatMap((/** @type {string} */ w) =>
          ['push', 'pr'].map(e => prefixOf(ctx, w, e))
        )
      );
      if (ledgerRun) collectActLedger(ledgerRun, ledgerDir, volumeMountPoint);
      resolve({
        rc: code ?? 128,
        seconds,
        log: fs.readFileSync(logFile, 'utf8'),
        timedOut,
        jobs: jobSpans(stamped)
      });
    });
  });
}

/** The goals (after.yml completes every run and is not slower) and where the time goes, from the runs' records. */
function goalsAndTimes(records, models, workflows) {
  /** @type {string[]} */
  const out = [];
  const times = (/** @type {string} */ w, /** @type {string} */ m) =>
    records
      .filter(r => r.workflow === w && r.model === m && r.event === 'push')
      .sort((x, y) => x.run - y.run);
  for (const model of models) {
    const b = times('before', model);
    for (const w of workflows.filter(x => x !== 'before')) {
      const a = times(w, model);
      if (b.length === 0 || a.length === 0) continue;
      const both = b
        .map(x => [x, a.find(y => y.run === x.run)])
        .filter(([x, y]) => x.completed && y?.completed)
        .map(([x, y]) => [x.seconds, y.seconds]);
      const mb = median(both.map(x => x[0]));
      const ma = median(both.map(x => x[1]));
      const ca = a.filter(r => r.completed).length;
      out.push(
        `goal (${model}, push): ${w} completes every run: ${ca === a.length ? 'met' : `NOT met (${ca}/${a.length})`}; before completes ${b.filter(r => r.completed).length}/${b.length}` +
          (mb !== null && ma !== null
            ? `; median where both completed (${both.length} run(s)): before ${Math.round(mb)}s, ${w} ${Math.round(ma)}s (${ma <= mb ? `${w} not slower` : `${w} SLOWER`})`
            : '; no run index where both completed')
      );
    }
  }
  for (const model of models) for (const w of workflows) out.push(...timeLines(times(w, model)));
  return out;
}

/** --retable DIR: the table of a kept run (results.json and its logs), failures classified again. */
function retable(dir) {
  const {p, window, records} = JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8'));
  /** @type {Map<string, import('./lib/table.mjs').RunResult[]>} */
  const cells = new Map();
  for (const r of records) {
    const key = `${r.workflow}\u0000${r.event}\u0000${r.model}`;
    const cause = r.completed ? null : runCause(fs.readFileSync(path.join(dir, r.log), 'utf8'));
    cells.set(key, [...(cells.get(key) ?? []), {...r, cause}]);
  }
  const rows = [...cells.entries()].map(([k, runs]) => {
    const [w, e, m] = k.split('\u0000');
    return row(w, e, m, runs);
  });
  say(formatTable(rows));
  const first = rows[0]?.model ?? 'independent';
  const pick = (/** @type {string} */ w) =>
    rows.find(r => r.workflow === w && r.event === 'push' && r.model === first) ?? {
      completed: 0,
      runs: 0
    };
  say(finalLine(pick('before'), pick('after'), first, p, window));
  const models = [...new Set(records.map(r => r.model))];
  const workflows = [...new Set(records.map(r => r.workflow))];
  if (records.every(r => r.jobs)) {
    const loads = records.map(r => r.load);
    say(
      `load average (1 min) at the runs' ends: median ${(median(loads) ?? 0).toFixed(1)}, max ${Math.max(0, ...loads).toFixed(1)}`
    );
    for (const l of goalsAndTimes(records, models, workflows)) say(l);
  }
}

/** One mirror, dead cache service and project per workflow and event, so that their runs can go at once. */
async function makeSlot(work, root, workflow, name) {
  const mirror = await labMirror(root);
  const cache = deadCache(await freePort());
  const project = prepareProject(path.join(work, `project-${name}`), mirror.url);
  return {workflow, mirror, cache, project};
}

/**
 * One run of a workflow under a fault model, on its slot.
 * @returns {Promise<object>} the run's record (results.json)
 */
async function runOnce(ctx, slot, {model, event, i, n, seed, start, window}) {
  const {workflow, mirror, cache} = slot;
  mirror.reset();
  cache.reset();
  mirror.setFaults(
    model === 'independent'
      ? {
          rate: {
            rate: ctx.p,
            seed,
            kinds: [...KINDS],
            maxConsecutive: Number.MAX_SAFE_INTEGER,
            retryAfter: 2
          }
        }
      : null
  );
  /** @type {NodeJS.Timeout[]} */
  const timers = [];
  let outageNote = '';
  if (model === 'outage') {
    const refuse = i % 2 === 1;
    outageNote = `, outage ${refuse ? 'refused' : '503'} from ${start.toFixed(0)}s for ${window}s`;
    timers.push(
      setTimeout(() => {
        if (refuse) void mirror.refuse();
        else mirror.setFaults({rules: [{match: '', kind: '503', times: Infinity}]});
        timers.push(
          setTimeout(() => {
            if (refuse) void mirror.reopen();
            else mirror.setFaults(null);
          }, window * 1000)
        );
      }, start * 1000)
    );
  }
  if (model === 'dead-cache') {
    outageNote = `, cache service refusing, then hanging from ${start.toFixed(0)}s`;
    await cache.refuse();
    timers.push(setTimeout(() => void cache.hang(), start * 1000));
  }
  const logFile = path.join(ctx.work, `${workflow}-${event}-${model}-${i + 1}.log`);
  const ledgerDir = path.join(ctx.work, 'ledgers', path.basename(logFile, '.log'));
  const r = await actRun(ctx, {
    workflow,
    event,
    project: slot.project,
    cacheDir: path.join(ctx.work, `cache-${workflow}-${event}-${model}`),
    cacheUrl: model === 'dead-cache' ? cache.url : undefined,
    logFile,
    mirrorUrl: mirror.url,
    ledgerDir
  });
  for (const t of timers) clearTimeout(t);
  if (model === 'outage') {
    mirror.setFaults(null);
    await mirror.reopen().catch(() => {});
  }
  if (model === 'dead-cache') await cache.refuse();
  const reqs = mirror.requests();
  const completed = r.rc === 0 && !r.timedOut;
  const cause = completed ? null : r.timedOut ? 'other' : runCause(r.log);
  const faults = reqs.filter(q => q.fault).length + (model === 'dead-cache' ? cache.hung() : 0);
  // The actions' workflows keep a ledger: its absorbed lines, plus faults the tools (apt, uv)
  // recovered on their own; every injected fault must be accounted for.
  const ledger = readLedgers(ledgerDir);
  const accounted =
    workflow === 'before' ? null : accountFaults(reqs, ledger, mirror.url, clientOf);
  const retries = accounted ? retriesAbsorbed(ledger) + accounted.tool : absorbed(reqs);
  for (const m of accounted ? mismatches(accounted) : [])
    note(`${workflow} ${event} ${model} ${i + 1}: ledger mismatch: ${m}`);
  note(
    `${workflow} ${event} ${model} ${i + 1}/${n}: ${completed ? 'completed' : `failed (${cause}${r.timedOut ? ', deadline' : ''})`} ${Math.round(r.seconds)}s, ${reqs.length} requests, ${faults} faults${outageNote} (load ${os.loadavg()[0].toFixed(1)})`
  );
  return {
    workflow,
    event,
    model,
    run: i + 1,
    completed,
    cause,
    seconds: r.seconds,
    requests: reqs.length,
    faults,
    absorbed: retries,
    load: os.loadavg()[0],
    jobs: r.jobs,
    steps: Object.fromEntries(stepSeconds(r.log)),
    failed: completed ? [] : failures(r.log),
    log: path.basename(logFile)
  };
}

/** Where a cell's completed runs spent their time: each job's median span, the steps' median sums over jobs. */
function timeLines(records) {
  const done = records.filter(r => r.completed);
  if (done.length === 0) return [];
  const jobs = [...new Set(done.flatMap(r => Object.keys(r.jobs)))];
  const span = jobs
    .map(j => {
      const xs = done.filter(r => r.jobs[j]);
      return {
        j,
        a: median(xs.map(r => r.jobs[j][0])) ?? 0,
        b: median(xs.map(r => r.jobs[j][1])) ?? 0
      };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b);
  const steps = [...new Set(done.flatMap(r => Object.keys(r.steps)))]
    .map(s => ({s, t: median(done.map(r => r.steps[s] ?? 0)) ?? 0}))
    .sort((x, y) => y.t - x.t)
    .slice(0, 5);
  const {workflow, event, model} = done[0];
  return [
    `time ${workflow}/${event}/${model} (median of ${done.length} completed run(s), wall ${Math.round(median(done.map(r => r.seconds)) ?? 0)}s): jobs ${span.map(x => `${x.j} ${Math.round(x.a)}-${Math.round(x.b)}s`).join(', ')}`,
    `  steps summed over the jobs: ${steps.map(x => `${x.s.replace(/^Main /, '').replace('cleveragents/ci-actions/actions/', '')} ${Math.round(x.t)}s`).join(', ')}`
  ];
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.retable) return retable(o.retable);
  const env = toolEnv();
  for (const bin of ['ACT_BIN', 'HELM_BIN']) {
    if (!fs.existsSync(env[bin])) throw new Error(`${bin} missing: run bash lab/prepare.sh`);
  }
  if (!imageBuilt())
    throw new Error(
      `after.yml runs in the pre-warmed image ${TAGS.ci}, which is not built: run bash lab/prepare.sh`
    );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-actions-lab-'));
  const root = path.join(work, 'mirror-root');
  prepareMirrorRoot(root, env);
  fs.symlinkSync(path.join(C, 'apt-repository'), path.join(root, 'apt'));
  fs.symlinkSync(path.join(C, 'lab-pypi-simple'), path.join(root, 'simple'));
  const digests = archiveDigests(env.MIRROR_ROOT);
  const workflows = [...new Set(['before', 'after', ...o.workflows])];
  /** @type {Record<string, Awaited<ReturnType<typeof makeSlot>>>} */
  const slots = {};
  for (const w of workflows)
    for (const e of ['push', 'pr']) slots[`${w}/${e}`] = await makeSlot(work, root, w, `${w}-${e}`);
  // act copies the whole --local-repository folder into the job container for every action it runs: only
  // what the actions need (action.yml files, bootstrap.sh, the committed bundles), not node_modules.
  const actions = path.join(work, 'ci-actions');
  for (const d of ['actions', 'dist'])
    fs.cpSync(path.join(REPO, d), path.join(actions, d), {recursive: true});
  const ctx = {
    env,
    work,
    actions,
    workflows,
    tag: `lab${process.pid}`,
    p: o.p ?? 0,
    jobEnv: (/** @type {string} */ dir, /** @type {string} */ url) => ({
      LAB_APT_SOURCE: `deb [trusted=yes] ${url}/apt/ ./`,
      PIP_INDEX_URL: `${url}/simple/`,
      UV_DEFAULT_INDEX: `${url}/simple/`,
      UV_PYTHON_DOWNLOADS: 'never',
      MIRROR_URL: url,
      HELM_REPOSITORY_CONFIG: path.join(dir, '.lab', 'helm', 'repositories.yaml'),
      ...digests
    })
  };
  const draw = prng(o.seed);
  note(
    `work ${work}, mirrors ${Object.entries(slots)
      .map(([k, s]) => `${k} ${s.mirror.url}`)
      .join(', ')}, load ${os
      .loadavg()
      .map(x => x.toFixed(1))
      .join(' ')}`
  );

  // Calibration: one fault-free push run of before.yml; its fetches by client give p.
  let p = o.p;
  /** @type {ReturnType<typeof fetchGroups>} */
  let groups = [];
  /** Seconds of each workflow's fault-free push run: the calibration's, and the outage and dead-cache moments'. */
  /** @type {Record<string, number>} */
  const faultFreeSeconds = {};
  /** @type {string[]} */
  const faultFree = [];
  /** A fault-free push run of `workflow` with caches of its own; throws when it fails. */
  const faultFreeRun = async (/** @type {string} */ workflow) => {
    const {mirror, project} = slots[`${workflow}/push`];
    mirror.reset();
    mirror.setFaults(null);
    const r = await actRun(ctx, {
      workflow,
      event: 'push',
      project,
      cacheDir: path.join(work, `cache-baseline-${workflow}`),
      logFile: path.join(work, `baseline-${workflow}.log`),
      mirrorUrl: mirror.url
    });
    faultFree.push(
      `${workflow} ${r.rc === 0 ? 'completed' : 'FAILED'} in ${Math.round(r.seconds)}s`
    );
    if (r.rc !== 0) {
      throw new Error(
        `the fault-free run of ${workflow}.yml failed (${failures(r.log)
          .map(f => `${f.job}: ${f.step}`)
          .join('; ')}); log: ${work}/baseline-${workflow}.log`
      );
    }
    faultFreeSeconds[workflow] = r.seconds;
    return {r, requests: mirror.requests()};
  };
  if (p === null) {
    const b = await faultFreeRun('before');
    groups = fetchGroups(b.requests, clientOf);
    p = calibrate(o.failRate, groups);
    note(
      `calibration: fault-free push run: ${faultFree.join(', ')}; before.yml's fetches ${groups.map(g => `${g.client} ${g.count}x${g.attempts}${g.retried < 1 ? ` (retries ${Math.round(g.retried * 100)}% of kinds)` : ''}`).join(', ')}; p = ${p} (S(p) = ${survival(p, groups).toFixed(3)})`
    );
  }
  ctx.p = p;

  const models = o.model === 'all' ? MODELS : [o.model];
  // An outage starts in the first half of the run it hits, and a dead cache service stops refusing and starts
  // hanging halfway (both at most 60 s in): of each workflow's own fault-free run, since a moment drawn from
  // before.yml's length could come after a shorter workflow has finished.
  const half = (/** @type {string} */ w) => Math.min(60, faultFreeSeconds[w] * 0.5);
  if (models.includes('outage') || models.includes('dead-cache')) {
    for (const w of o.workflows) if (!(w in faultFreeSeconds)) await faultFreeRun(w);
    note(
      `outage windows open in, and a dead cache starts hanging at the end of, the first half of each workflow's fault-free push run: ${o.workflows.map(w => `${w} ${Math.round(faultFreeSeconds[w])}s`).join(', ')}`
    );
  }
  /** @type {ReturnType<typeof row>[]} */
  const rows = [];
  /** @type {Record<string, {completed: number, runs: number, times: number[]}>} */
  const headline = {};
  /** @type {string[]} */
  const giveUps = [];
  /** @type {any[]} */
  const records = [];
  for (const model of models) {
    // Every run's faults are drawn before any run starts, in cell, index and workflow order, so that a seed gives
    // the same faults.
    const cells = ['push', 'pr']
      .map(event => {
        const n = event === 'push' ? o.runs : o.prRuns;
        const plans = Array.from({length: n}, () =>
          o.workflows.map(workflow => ({
            workflow,
            seed: Math.floor(draw() * 2 ** 31),
            // outage: when the window opens; dead-cache: when the refusing service starts hanging
            start:
              model === 'outage'
                ? draw() * half(workflow)
                : model === 'dead-cache'
                  ? half(workflow)
                  : 0
          }))
        );
        return {event, n, plans};
      })
      .filter(c => c.n > 0);
    // Per index, one workflow at a time (the order alternating between indexes), its push and pull-request runs at
    // once. Side by side, the workflow with more jobs running would take CPU from the other (the scheduler shares
    // it per process): the wall times would measure the job graphs' widths, not the workflows.
    /** @type {Record<string, Record<string, any[]>>} */
    const cellRuns = Object.fromEntries(
      cells.map(c => [c.event, Object.fromEntries(o.workflows.map(w => [w, []]))])
    );
    const indexes = Math.max(...cells.map(c => c.n));
    for (let i = 0; i < indexes; i++) {
      const shift = i % o.workflows.length;
      const order = [...o.workflows.slice(shift), ...o.workflows.slice(0, shift)];
      for (const workflow of order) {
        const runs = await Promise.all(
          cells
            .filter(c => i < c.n)
            .map(({event, n, plans}) => {
              const {seed, start} = plans[i][o.workflows.indexOf(workflow)];
              return runOnce(ctx, slots[`${workflow}/${event}`], {
                model,
                event,
                i,
                n,
                seed,
                start,
                window: o.window
              });
            })
        );
        for (const rec of runs) {
          records.push(rec);
          cellRuns[rec.event][rec.workflow].push(rec);
          if (!rec.completed && rec.workflow !== 'before') {
            for (const f of rec.failed)
              giveUps.push(
                `${rec.workflow} ${model}/${rec.event} run ${rec.run}: ${f.job}: ${f.step} (${f.cause}); log ${path.join(work, rec.log)}`
              );
          }
        }
        fs.writeFileSync(
          path.join(work, 'results.json'),
          `${JSON.stringify({p, window: o.window, records}, null, 2)}\n`
        );
      }
    }
    const done = cells.map(({event}) => ({event, cell: cellRuns[event]}));
    for (const {event, cell} of done) {
      for (const workflow of o.workflows) {
        const results = cell[workflow];
        rows.push(row(workflow, event, model, results));
        headline[`${workflow}/${model}/${event}`] = {
          completed: results.filter(r => r.completed).length,
          runs: results.length,
          times: results.map(r => (r.completed ? r.seconds : NaN))
        };
      }
    }
  }

  say('');
  say(formatTable(rows));
  say('');
  const loads = records.map(r => r.load);
  say(
    `machine: ${os.cpus().length} CPUs, load average (1 min) at the runs' ends: median ${(median(loads) ?? 0).toFixed(1)}, max ${Math.max(0, ...loads).toFixed(1)}; per index, one workflow at a time (alternating which goes first), its push and pull-request runs at once`
  );
  if (groups.length > 0) {
    say(
      `calibration: p = ${p} makes before.yml on push fail ${Math.round(o.failRate * 100)}% of runs in the model (S(p) = ${survival(p, groups).toFixed(3)}), from the fetches of a fault-free run: ${groups.map(g => `${g.client} ${g.count} x ${g.attempts} attempt(s)${g.retried < 1 ? ` retrying ${Math.round(g.retried * 100)}% of the fault kinds` : ''}`).join(', ')}`
    );
  }
  if (faultFree.length > 0) say(`fault-free push run: ${faultFree.join(', ')}`);
  for (const l of goalsAndTimes(records, models, o.workflows)) say(l);
  for (const g of giveUps) say(`failed: ${g}`);

  if (o.contention) await contention(ctx, slots, work);
  say(
    'concurrency: act does not implement `concurrency:` (accepted and ignored), so the lab does not measure cancel-in-progress.'
  );

  const model = models[0];
  const b = headline[`before/${model}/push`] ?? {completed: 0, runs: 0};
  const a = headline[`after/${model}/push`] ?? {completed: 0, runs: 0};
  say(finalLine(b, a, model, p, o.window));
  for (const s of Object.values(slots)) {
    await s.mirror.close();
    await s.cache.refuse();
  }
  removeVolumes(`act-${ctx.tag}-`);
  if (!o.keep) fs.rmSync(work, {recursive: true, force: true});
  else note(`kept ${work}`);
  if (o.smoke) {
    const afterRows = rows.filter(r => r.workflow !== 'before');
    const bad = afterRows.filter(r => r.completed !== r.runs);
    if (bad.length > 0) {
      process.stderr.write(
        `lab --smoke: did not complete: ${bad.map(r => `${r.workflow} ${r.event}/${r.model}`).join(', ')}\n`
      );
      process.exitCode = 1;
    }
  }
}

/**
 * CPU seconds of the job containers with a failing lint: before.yml (all at once) and after.yml (needs:), the two
 * runs side by side (a container's CPU time is its own).
 */
async function contention(ctx, slots, work) {
  const lines = await Promise.all(
    ['before', 'after'].map(async workflow => {
      const {mirror} = slots[`${workflow}/push`];
      const broken = prepareProject(
        path.join(work, `project-broken-lint-${workflow}`),
        mirror.url,
        {
          breakLint: true
        }
      );
      mirror.reset();
      mirror.setFaults(null);
      const sampler = cpuSampler(prefixOf(ctx, workflow, 'push'));
      sampler.start();
      const r = await actRun(ctx, {
        workflow,
        event: 'push',
        project: broken,
        cacheDir: path.join(work, `cache-contention-${workflow}`),
        logFile: path.join(work, `contention-${workflow}.log`),
        mirrorUrl: mirror.url
      });
      const seen = sampler.stop();
      const cpu = (/** @type {(n: string) => boolean} */ f) =>
        seen.filter(c => f(c.name)).reduce((a, c) => a + c.ns, 0) / 1e9;
      const heavy = cpu(n => HEAVY.some(h => n.includes(h.replace(/_/g, '-')) || n.includes(h)));
      const all = cpu(() => true);
      return `${workflow}.yml: ${seen.length} job containers, ${all.toFixed(1)} CPU s in all, ${heavy.toFixed(1)} CPU s in heavy jobs (${HEAVY.join(', ')}); run ${r.rc === 0 ? 'passed (lint NOT failing?)' : 'failed as expected'} in ${Math.round(r.seconds)}s`;
    })
  );
  say(
    'contention with a failing lint (cgroup CPU time of the job containers, sampled every 0.5 s):'
  );
  for (const l of lines) say(`  ${l}`);
}

main().catch(err => {
  process.stderr.write(`lab: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
