// bootstrap.sh with the real apt-get, in the python:3.13-slim stand-in (`bash scripts/e2e/containers.sh
// all`), against the test mirror's apt repository: from apt's first request on, every request is
// answered 503 for 30 s (CI_ACTIONS_OUTAGE_S to change it). The step's defaults (action.yml) ride it
// out within the retry budget and curl gets installed. The container uses the host network only.
import {spawn, spawnSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {startMirror, type Mirror} from '../../scripts/lib/mirror.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ACTION_DIR = join(ROOT, 'actions', 'bootstrap');
const OUTAGE_MS = Number(process.env.CI_ACTIONS_OUTAGE_S ?? 30) * 1000;
const APT_REPO = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'apt-repo'
);
const IMAGE = 'python:3.13-slim';

function ready(): boolean {
  const probe = spawnSync('docker', ['image', 'inspect', IMAGE], {
    stdio: 'ignore',
    timeout: 30_000
  });
  return probe.status === 0 && spawnSync('test', ['-f', join(APT_REPO, 'Packages')]).status === 0;
}
// On CI a missing engine, image or repository fails the test instead of skipping it.
const describeContainer = ready() || process.env.CI ? describe : describe.skip;

/** The step's env from action.yml's defaults, as the runner builds it. */
function defaultEnv(packages: string): string[] {
  const action = parse(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8')) as {
    inputs: Record<string, {default?: string}>;
    runs: {steps: {env?: Record<string, string>}[]};
  };
  const env: string[] = [];
  for (const [key, expr] of Object.entries(action.runs.steps[0].env ?? {})) {
    const input = /inputs\.([a-z0-9-]+)/.exec(expr)?.[1] ?? '';
    const value = input === 'packages' ? packages : (action.inputs[input]?.default ?? '');
    env.push('-e', `${key}=${value}`);
  }
  return env;
}

describeContainer('bootstrap through an apt mirror outage (container)', () => {
  let mirror: Mirror;
  let empty: string;
  const names: string[] = [];
  const timers: NodeJS.Timeout[] = [];

  beforeAll(async () => {
    empty = mkdtempSync(join(tmpdir(), 'bootstrap-outage-'));
    mirror = await startMirror({root: empty, mounts: {'/apt': APT_REPO}});
  });
  afterEach(() => {
    for (const timer of timers) clearInterval(timer);
    // Only the containers this test started, by name.
    for (const name of names.splice(0)) spawnSync('docker', ['rm', '-f', name], {stdio: 'ignore'});
    mirror.setFaults(null);
  });
  afterAll(async () => {
    await mirror?.close();
    rmSync(empty, {recursive: true, force: true});
  });

  it(`installs curl with apt-get through a ${OUTAGE_MS / 1000} s outage`, async () => {
    const name = `ci-actions-bootstrap-outage-${randomUUID().slice(0, 8)}`;
    names.push(name);
    let outageStart = 0;
    let outageEnd = 0;
    // 503 from apt's first request on; lifted OUTAGE_MS after it.
    mirror.setFaults({rules: [{match: '', kind: '503', times: Infinity}]});
    const poll = setInterval(() => {
      if (!mirror.stats.requests.some(r => r.path.startsWith('/apt/'))) return;
      clearInterval(poll);
      outageStart = Date.now();
      timers.push(
        setTimeout(() => {
          mirror.setFaults(null);
          outageEnd = Date.now();
        }, OUTAGE_MS)
      );
    }, 20);
    timers.push(poll);
    const script = [
      'rm -f /etc/apt/sources.list /etc/apt/sources.list.d/*',
      `echo "deb [trusted=yes] ${mirror.url}/apt/ ./" > /etc/apt/sources.list.d/mirror.list`,
      'exec sh /action/bootstrap.sh'
    ].join(' && ');
    const started = Date.now();
    const child = spawn(
      'docker',
      [
        'run',
        '--rm',
        '--name',
        name,
        '--network',
        'host',
        '--pull=never',
        '-v',
        `${ACTION_DIR}:/action:ro`,
        ...defaultEnv('curl'),
        IMAGE,
        'sh',
        '-c',
        script
      ],
      {stdio: ['ignore', 'pipe', 'pipe']}
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
    const code = await new Promise<number | null>(done => child.on('close', done));
    const seconds = (Date.now() - started) / 1000;
    const faults = mirror.stats.requests.filter(r => r.fault).length;
    console.log(
      `bootstrap (apt-get, curl) through a ${OUTAGE_MS / 1000} s outage: ${seconds.toFixed(1)} s, ${faults} requests answered 503`
    );
    if (code !== 0) throw new Error(`exit ${code}\n${stdout}\n${stderr}`);
    expect(stdout).toContain('installed=curl\n');
    expect(faults).toBeGreaterThan(0);
    expect(outageStart).toBeGreaterThan(0);
    expect(outageEnd).toBeGreaterThan(0);
    expect(stdout).toMatch(
      /apt-get (update|install) failed with exit code \d+ \(attempt 1 of at most 20\)(: [^\n]*)?; retrying in \d+s/
    );
    // curl's package came from the mirror after the outage.
    const debs = mirror.stats.requests.filter(r => /\/apt\/curl_.*\.deb$/.test(r.path));
    expect(debs.at(-1)).toMatchObject({status: 200, fault: null});
  }, 300_000);
});
