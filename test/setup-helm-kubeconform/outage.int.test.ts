// setup-helm-kubeconform's committed bundle through a mirror outage: every request is answered 503
// for 30 s from the first one on (CI_ACTIONS_OUTAGE_S to change it), so both downloads ride it out
// within the default retry-budget; then the chart repository answers 503 three more times, which
// the real helm's `repo add` and `dependency build` are retried through.
import {execFile, execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {startMirror, type Mirror} from '../../scripts/lib/mirror.mjs';
import {newRunnerDir, nodeBinaries, runBundle} from '../helpers/runner';

const OUTAGE_MS = Number(process.env.CI_ACTIONS_OUTAGE_S ?? 30) * 1000;
const REAL_HELM = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'bin',
  'helm'
);
const HELM = '3.99.3';
const KC = '0.99.3';
const HELM_ARCHIVE = `helm-v${HELM}-linux-amd64.tar.gz`;
const KC_ARCHIVE = 'kubeconform-linux-amd64.tar.gz';
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// The real helm comes from `bash scripts/e2e/tools.sh helm`; on CI its absence fails the test.
const supported = process.platform === 'linux' && process.arch === 'x64';
const describeOutage =
  supported && (existsSync(REAL_HELM) || process.env.CI) ? describe : describe.skip;

describeOutage('setup-helm-kubeconform through a mirror outage', () => {
  let work: string;
  let mirror: Mirror;
  const timers: NodeJS.Timeout[] = [];
  const helm = (...args: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile(
        REAL_HELM,
        args,
        {
          env: {
            ...process.env,
            HELM_CACHE_HOME: join(work, 'hc'),
            HELM_CONFIG_HOME: join(work, 'hcfg')
          }
        },
        (error, _out, stderr) =>
          error ? reject(new Error(`helm ${args.join(' ')}: ${stderr}`)) : resolve()
      )
    );

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shk-outage-'));
    const root = join(work, 'mirror');
    const src = join(work, 'src');
    mkdirSync(join(src, 'linux-amd64'), {recursive: true});
    execFileSync('cp', [REAL_HELM, join(src, 'linux-amd64', 'helm')]);
    writeFileSync(join(src, 'kubeconform'), '#!/bin/sh\necho kubeconform\n', {mode: 0o755});
    mkdirSync(join(root, 'helm'), {recursive: true});
    mkdirSync(join(root, 'kc', `v${KC}`), {recursive: true});
    execFileSync('tar', ['-czf', join(root, 'helm', HELM_ARCHIVE), '-C', src, 'linux-amd64/helm']);
    execFileSync('tar', ['-czf', join(root, 'kc', `v${KC}`, KC_ARCHIVE), '-C', src, 'kubeconform']);
    mirror = await startMirror({root});
    // A chart repository with one chart, served by the mirror.
    mkdirSync(join(root, 'charts'));
    await helm('create', join(work, 'dep'));
    await helm('package', join(work, 'dep'), '--version', '0.1.0', '-d', join(root, 'charts'));
    await helm('repo', 'index', join(root, 'charts'), '--url', `${mirror.url}/charts`);
  }, 120_000);
  afterAll(async () => {
    for (const timer of timers) clearTimeout(timer);
    await mirror?.close();
    if (work) rmSync(work, {recursive: true, force: true});
  });

  const node = nodeBinaries()[0];

  it(`installs both tools and the chart dependencies through a ${OUTAGE_MS / 1000} s outage (${node.label})`, async () => {
    const root = join(work, 'mirror');
    const dir = newRunnerDir();
    const chart = join(dir, 'workspace', 'deploy', 'app');
    mkdirSync(chart, {recursive: true});
    writeFileSync(
      join(chart, 'Chart.yaml'),
      `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: dep\n    version: 0.1.0\n    repository: ${mirror.url}/charts\n`
    );
    await helm('repo', 'add', 'local', `${mirror.url}/charts`);
    await helm('dependency', 'update', chart);
    rmSync(join(chart, 'charts'), {recursive: true, force: true});

    mirror.resetStats();
    mirror.setFaults({rules: [{match: '', kind: '503', times: Infinity}]});
    const started = Date.now();
    let lifted = 0;
    timers.push(
      setTimeout(() => {
        lifted = Date.now();
        mirror.setFaults({rules: [{match: '/charts/', kind: '503', times: 3}]});
      }, OUTAGE_MS)
    );
    const result = await runBundle({
      action: 'setup-helm-kubeconform',
      node: node.path,
      dir,
      timeoutMs: 240_000,
      inputs: {
        'helm-version': HELM,
        'helm-sha256': sha256(join(root, 'helm', HELM_ARCHIVE)),
        'helm-mirrors': `${mirror.url}/helm`,
        'kubeconform-version': KC,
        'kubeconform-sha256': sha256(join(root, 'kc', `v${KC}`, KC_ARCHIVE)),
        'kubeconform-mirrors': `${mirror.url}/kc`,
        'kubernetes-version': '1.31.0',
        'schema-cache': 'false',
        cache: 'false',
        charts: 'deploy/*'
      }
    });
    const seconds = (Date.now() - started) / 1000;
    const faults = mirror.stats.requests.filter(r => r.fault);
    console.log(
      `setup-helm-kubeconform through a ${OUTAGE_MS / 1000} s outage: ${seconds.toFixed(1)} s, ${faults.length} requests answered 503`
    );
    if (result.exitCode !== 0)
      throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
    const warnings = result.commands.filter(c => c.command === 'warning').map(c => c.message);
    // Both archives were retried through the outage and came after it.
    for (const archive of [HELM_ARCHIVE, KC_ARCHIVE]) {
      expect(warnings.some(w => w.includes(archive) && w.includes('(HTTP 503); retrying in'))).toBe(
        true
      );
      const last = mirror.stats.requests.filter(r => r.path.endsWith(archive)).pop();
      expect(last).toMatchObject({status: 200, fault: null});
    }
    expect(lifted).toBeGreaterThan(0);
    // helm saw the chart repository's 503s and was retried on its output.
    expect(
      warnings.some(w =>
        /^helm .* \(attempt 1 of 20, output matched preset (helm|http)\); retrying in/.test(w)
      )
    ).toBe(true);
    expect(faults.filter(r => r.path.startsWith('/charts/'))).toHaveLength(3);
    expect(existsSync(join(chart, 'charts', 'dep-0.1.0.tgz'))).toBe(true);
    // No wait is longer than the 15 s cap.
    const waits = warnings
      .map(w => /retrying in ([\d.]+)(ms|s)$/.exec(w))
      .filter(m => m !== null)
      .map(m => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(15_000);
  }, 300_000);
});
