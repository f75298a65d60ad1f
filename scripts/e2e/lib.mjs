// Shared pieces of the end-to-end suite (run-all.mjs), the demo (scripts/demo.sh) and the bench
// (bench/e2e-bootstrap.bench.mjs): tool locations, the mirror root (release archives + chart repository + schemas),
// the mirror process and its control endpoints, and one workflow run through run-workflow.sh.
// Plain Node ESM, builtins only.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
// E2E_REPO: run the workflows from another checkout (e.g. a patched copy while debugging); default this one.
export const REPO = path.resolve(process.env.E2E_REPO ?? path.resolve(HERE, '..', '..'));
export const TOOLS_SH = path.join(HERE, 'tools.sh');
export const RUN_WORKFLOW = path.join(HERE, 'run-workflow.sh');
export const MIRROR_CLI = path.join(REPO, 'scripts', 'lib', 'mirror.mjs');
export const FIXTURES = path.join(REPO, 'test', 'fixtures', 'e2e');

/** @returns {Record<string, string>} the exports of `tools.sh env` */
export function toolEnv() {
  const out = execFileSync('bash', [TOOLS_SH, 'env'], {encoding: 'utf8'});
  /** @type {Record<string, string>} */
  const env = {};
  for (const line of out.split('\n')) {
    const m = /^export ([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  return env;
}

/** The Node versions the suite runs under: {20: 'v20.x.y', 24: 'v24.x.y'} (20 = the `node` on PATH). */
export function nodeVersions(env = toolEnv()) {
  const v20 = execFileSync('node', ['--version'], {encoding: 'utf8'}).trim();
  const v24 = execFileSync(env.NODE24_BIN, ['--version'], {encoding: 'utf8'}).trim();
  return {20: v20, 24: v24};
}

/**
 * The digests of our (repacked) release archives, from the mirror's manifest.json.
 * @param {string} mirrorRoot
 */
export function archiveDigests(mirrorRoot) {
  const manifest = JSON.parse(fs.readFileSync(path.join(mirrorRoot, 'manifest.json'), 'utf8'));
  /** @param {string} tool */
  const sha = tool => {
    const a = manifest.archives.find((/** @type {{tool: string}} */ x) => x.tool === tool);
    if (!a) throw new Error(`manifest.json has no ${tool} archive`);
    return /** @type {string} */ (a.sha256);
  };
  return {UV_SHA256: sha('uv'), HELM_SHA256: sha('helm'), KUBECONFORM_SHA256: sha('kubeconform')};
}

/**
 * Builds the mirror root for one suite run in `dir`: links to the packed releases and the wheelhouse
 * (`$C/mirror/*`), a chart repository under `charts/` made with the real `helm package` + `helm repo index`
 * from test/fixtures/e2e/chart-repo-src/*, and kubeconform schemas under `schemas/` (copied from the fixtures).
 * @param {string} dir
 * @param {Record<string, string>} [env]
 */
export function prepareMirrorRoot(dir, env = toolEnv()) {
  fs.mkdirSync(dir, {recursive: true});
  for (const name of fs.readdirSync(env.MIRROR_ROOT)) {
    const link = path.join(dir, name);
    fs.rmSync(link, {recursive: true, force: true});
    fs.symlinkSync(path.join(env.MIRROR_ROOT, name), link);
  }
  const charts = path.join(dir, 'charts');
  fs.mkdirSync(charts, {recursive: true});
  const helmHome = fs.mkdtempSync(path.join(dir, '.helm-'));
  const helmEnv = {
    ...process.env,
    HELM_CACHE_HOME: path.join(helmHome, 'cache'),
    HELM_CONFIG_HOME: path.join(helmHome, 'config'),
    HELM_DATA_HOME: path.join(helmHome, 'data')
  };
  const src = path.join(FIXTURES, 'chart-repo-src');
  for (const chart of fs.readdirSync(src).sort()) {
    execFileSync(env.HELM_BIN, ['package', path.join(src, chart), '-d', charts], {
      env: helmEnv,
      stdio: ['ignore', 'ignore', 'inherit']
    });
  }
  // relative URLs in index.yaml: the repository works at whatever port the mirror gets
  execFileSync(env.HELM_BIN, ['repo', 'index', charts], {env: helmEnv, stdio: 'inherit'});
  fs.rmSync(helmHome, {recursive: true, force: true});
  fs.cpSync(path.join(FIXTURES, 'schemas'), path.join(dir, 'schemas'), {recursive: true});
  return dir;
}

/**
 * Starts scripts/lib/mirror.mjs as a child process (its CLI). Resolves once it prints its URL.
 * @param {{root: string, faults?: string, statsFile?: string}} options
 */
export async function startMirrorProcess(options) {
  const args = [MIRROR_CLI, '--root', options.root, '--port', '0'];
  if (options.faults) args.push('--faults', options.faults);
  if (options.statsFile) args.push('--stats', options.statsFile);
  const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit']});
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', d => {
      buf += d;
      const m = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(buf);
      if (m) resolve(m[1]);
    });
    child.once('exit', code => reject(new Error(`mirror exited with ${code}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const done = new Promise(resolve => child.once('exit', resolve));
    child.kill('SIGTERM');
    await done;
  };
  return {url: /** @type {string} */ (url), child, stop};
}

/** Control endpoints of a running mirror (scripts/lib/mirror.mjs). */
export function mirrorControl(/** @type {string} */ url) {
  return {
    /** @returns {Promise<{total: number, downloads: number, faults: number, faultsByKind: Record<string, number>, byPath: Record<string, {requests: number, downloads: number, faults: number}>, requests: {path: string, status: number, fault: string | null}[]}>} */
    stats: async () => (await fetch(`${url}/__mirror/stats`)).json(),
    reset: async () => {
      await fetch(`${url}/__mirror/reset-stats`, {method: 'POST'});
    },
    /** @param {unknown} faults JSON fault config (`{rate: {...}}`, `[]` for none) */
    setFaults: async faults => {
      const r = await fetch(`${url}/__mirror/faults`, {
        method: 'POST',
        body: JSON.stringify(faults)
      });
      if (!r.ok) throw new Error(`mirror faults: ${r.status} ${await r.text()}`);
    }
  };
}

/**
 * Runs one workflow through run-workflow.sh (act or forgejo-runner exec, host mode; forgejo takes
 * FORGEJO_RUNNER_BIN from the environment).
 * @param {{workflow: string, node: 20 | 24, event?: string, payload?: string, secrets?: Record<string, string>,
 *   env?: Record<string, string>, cacheDir: string, workDir: string, log: string, mirrorUrl?: string,
 *   runner?: 'act' | 'forgejo', job?: string, actionRepo?: string}} o
 * @returns {Promise<{rc: number, seconds: number, log: string}>}
 */
export function runWorkflow(o) {
  const args = [
    RUN_WORKFLOW,
    '--workflow',
    path.resolve(REPO, o.workflow),
    '--runner',
    o.runner ?? 'act',
    '--node',
    String(o.node),
    '--event',
    o.event ?? 'push',
    '--cache-dir',
    o.cacheDir,
    '--work-dir',
    o.workDir,
    '--log',
    o.log,
    '--repo',
    REPO,
    '--quiet'
  ];
  if (o.payload) args.push('--payload', path.resolve(REPO, o.payload));
  if (o.mirrorUrl) args.push('--mirror-url', o.mirrorUrl);
  if (o.job) args.push('--job', o.job);
  if (o.actionRepo) args.push('--action-repo', o.actionRepo);
  for (const [k, v] of Object.entries(o.secrets ?? {})) args.push('--secret', `${k}=${v}`);
  for (const [k, v] of Object.entries(o.env ?? {})) args.push('--env', `${k}=${v}`);
  const t0 = process.hrtime.bigint();
  return new Promise(resolve => {
    const child = spawn('bash', args, {cwd: REPO, stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', d => (stderr += d));
    child.on('exit', code => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0 && code !== 1) fs.appendFileSync(o.log, `\n# run-workflow stderr:\n${stderr}`);
      resolve({rc: code ?? 128, seconds, log: o.log});
    });
  });
}

/**
 * The step results and outputs act printed: `✅  Success - Main NAME [1.2s]`, `::set-output:: k=v`.
 * @param {string} text
 */
export function parseActLog(text) {
  /** @type {{job: string, step: string, result: string, seconds: number, outputs: Record<string, string>}[]} */
  const steps = [];
  const durations = {ms: 1e-3, µs: 1e-6, us: 1e-6, s: 1, m: 60, ns: 1e-9};
  for (const line of text.split('\n')) {
    let m =
      /^\[([^\]]+)\]\s+(✅|❌)\s+(Success|Failure) - (.*?)(?: \[([0-9.]+)(ms|µs|us|ns|s|m)\])?\s*$/.exec(
        line
      );
    if (m) {
      const unit = /** @type {keyof typeof durations} */ (m[6] ?? 's');
      steps.push({
        job: m[1].trim(),
        step: m[4],
        result: m[3].toLowerCase(),
        seconds: m[5] ? Number(m[5]) * durations[unit] : 0,
        outputs: {}
      });
      continue;
    }
    m = /^\[([^\]]+)\]\s+⚙\s+::set-output:: ([^=]+)=(.*)$/.exec(line);
    if (m && steps.length > 0) steps[steps.length - 1].outputs[m[2]] = m[3];
  }
  return steps;
}

/** @param {string} dir */
export function rmrf(dir) {
  fs.rmSync(dir, {recursive: true, force: true});
}
