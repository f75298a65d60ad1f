// prepare-python's committed bundle through a mirror outage: the real uv installs a requirements
// file from the PEP 503 index the mirror serves (`bash scripts/e2e/containers.sh pypi`); from the
// first index request on, every request is answered 503 for 30 s (CI_ACTIONS_OUTAGE_S to change
// it). uv gives up after its own few retries; the retried command outlasts the outage within the
// default retry-budget and the step succeeds.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {startMirror, type Mirror} from '../../scripts/lib/mirror.mjs';
import {newRunnerDir, nodeBinaries, runBundle} from '../helpers/runner';
import {ensureUvRelease, type UvRelease} from '../helpers/uv-release';

const OUTAGE_MS = Number(process.env.CI_ACTIONS_OUTAGE_S ?? 30) * 1000;
const SIMPLE = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'pypi-simple'
);
// On CI a missing index fails the test instead of skipping it.
const describeIndex =
  existsSync(join(SIMPLE, 'iniconfig')) || process.env.CI ? describe : describe.skip;

describeIndex('prepare-python through a mirror outage', () => {
  let release: UvRelease;
  let mirror: Mirror;
  let port = 0;
  let timers: NodeJS.Timeout[] = [];
  // Requests of mirrors closed by a refusing outage.
  let earlier: Mirror['stats']['requests'] = [];
  const open = (listen = 0) =>
    startMirror({root: release.mirrorRoot, mounts: {'/simple': SIMPLE}, port: listen});

  beforeAll(async () => {
    release = ensureUvRelease();
    mirror = await open();
    port = mirror.port;
  });
  afterEach(() => {
    for (const timer of timers) clearInterval(timer);
    timers = [];
    mirror.setFaults(null);
  });
  afterAll(async () => {
    await mirror?.close();
  });

  const requests = () => [...earlier, ...mirror.stats.requests];

  /**
   * From the first request under `prefix` on, for OUTAGE_MS: every request answered 503, or
   * the mirror closed so that connections are refused (then reopened on its port). Resolves with
   * the window.
   */
  function outageFrom(
    prefix: string,
    mode: '503' | 'refused'
  ): Promise<{start: number; end: number}> {
    return new Promise(resolve => {
      const poll = setInterval(() => {
        if (!mirror.stats.requests.some(r => r.path.startsWith(prefix))) return;
        clearInterval(poll);
        const start = Date.now();
        if (mode === '503') mirror.setFaults({rules: [{match: '', kind: '503', times: Infinity}]});
        else {
          earlier.push(...mirror.stats.requests);
          void mirror.close();
        }
        const lift = setTimeout(() => {
          const end = Date.now();
          if (mode === '503') {
            mirror.setFaults(null);
            resolve({start, end});
          } else
            void open(port).then(reopened => {
              mirror = reopened;
              resolve({start, end});
            });
        }, OUTAGE_MS);
        timers.push(lift);
      }, 20);
      timers.push(poll);
    });
  }

  // One runtime per mode is enough for a 30 s window; each runs every other int test of the action.
  it.each([
    {mode: '503' as const, node: nodeBinaries()[1]},
    {mode: 'refused' as const, node: nodeBinaries()[0]}
  ])(
    `installs requirements through a ${OUTAGE_MS / 1000} s outage of the index ($mode, $node.label)`,
    async ({mode, node}) => {
      earlier = [];
      const dir = newRunnerDir();
      const workspace = join(dir, 'workspace');
      writeFileSync(join(workspace, 'requirements.txt'), 'iniconfig\n');
      const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8'
      }).trim();
      mirror.resetStats();
      const window = outageFrom('/simple/', mode);
      const started = Date.now();
      const result = await runBundle({
        action: 'prepare-python',
        node: node.path,
        dir,
        timeoutMs: 240_000,
        inputs: {
          'uv-version': release.version,
          'uv-sha256': release.sha256,
          'uv-mirrors': `http://127.0.0.1:${port}/uv`,
          install: 'requirements',
          'nox-version': 'none',
          cache: 'false'
        },
        env: {
          PATH: `${dirname(python)}:${process.env.PATH}`,
          UV_NO_CONFIG: '1',
          UV_INDEX_URL: `http://127.0.0.1:${port}/simple/`,
          UV_PYTHON_DOWNLOADS: 'never',
          UV_CACHE_DIR: join(dir, 'uv-cache')
        }
      });
      const outage = await window;
      const seconds = (Date.now() - started) / 1000;
      const faults = requests().filter(r => r.fault).length;
      console.log(
        `prepare-python through a ${OUTAGE_MS / 1000} s outage (${mode}, from ${((outage.start - started) / 1000).toFixed(1)} s): ${seconds.toFixed(1)} s, ${faults} requests answered 503`
      );
      if (result.exitCode !== 0)
        throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
      const retries = result.commands
        .filter(c => c.command === 'warning')
        .map(c => c.message)
        .filter(m =>
          /^uv pip install .* \(attempt \d+ of 20, output matched preset (pip|network)\); retrying in /.test(
            m
          )
        );
      expect(retries.length).toBeGreaterThan(0);
      // 503s were answered, or (refused) the index was asked again after the mirror came back.
      const hit =
        mode === '503'
          ? faults > 0
          : earlier.length > 0 && mirror.stats.requests.some(r => r.path.startsWith('/simple/'));
      expect(hit).toBe(true);
      // The install finished after the outage ended, with the package in the activated environment.
      expect(Date.now()).toBeGreaterThanOrEqual(outage.end);
      const lib = join(workspace, '.venv', 'lib');
      const site = join(lib, readdirSync(lib)[0], 'site-packages');
      expect(readdirSync(site).some(name => name.startsWith('iniconfig'))).toBe(true);
      expect(result.env.VIRTUAL_ENV).toBe(join(workspace, '.venv'));
    },
    300_000
  );
});
