// prepare-python's committed bundle through a mirror outage: the real uv installs a requirements
// file from the PEP 503 index the test mirror serves (`bash scripts/e2e/containers.sh pypi`), which
// goes away for 30 s (CI_ACTIONS_OUTAGE_S to change it): every request answered 503, or the port
// refusing connections. uv gives up after its own few retries; the retried command outlasts the
// outage within the default retry-budget and the step succeeds.
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
  // The uv release, always up; the index, on a port of its own, is the one that goes away.
  let releases: Mirror;
  let index: Mirror | undefined;
  let indexPort = 0;
  let timers: NodeJS.Timeout[] = [];
  const openIndex = (port = 0) =>
    startMirror({root: release.mirrorRoot, mounts: {'/simple': SIMPLE}, port});

  beforeAll(async () => {
    release = ensureUvRelease();
    releases = await startMirror({root: release.mirrorRoot});
    const probe = await openIndex();
    indexPort = probe.port;
    await probe.close();
  });
  afterEach(async () => {
    for (const timer of timers) clearInterval(timer);
    timers = [];
    await index?.close();
    index = undefined;
  });
  afterAll(async () => {
    await releases?.close();
  });

  /** Resolves once `seen` holds for the mirror's requests (polled). */
  const when = (seen: () => boolean) =>
    new Promise<void>(resolve => {
      const poll = setInterval(() => {
        if (!seen()) return;
        clearInterval(poll);
        resolve();
      }, 20);
      timers.push(poll);
    });
  const later = (ms: number) =>
    new Promise<void>(resolve => {
      timers.push(setTimeout(resolve, ms));
    });

  /**
   * The index's outage, for OUTAGE_MS: '503' answers every request with 503 from the first one on;
   * 'refused' keeps the port closed until OUTAGE_MS after the uv archive was served (uv asks the
   * index only after that). Resolves with the window.
   */
  async function indexOutage(mode: '503' | 'refused'): Promise<{start: number; end: number}> {
    if (mode === '503') {
      const open = await openIndex(indexPort);
      index = open;
      open.setFaults({rules: [{match: '', kind: '503', times: Infinity}]});
      await when(() => open.stats.requests.length > 0);
      const start = Date.now();
      await later(OUTAGE_MS);
      open.setFaults(null);
      return {start, end: Date.now()};
    }
    await when(() =>
      releases.stats.requests.some(r => r.path.endsWith('.tar.gz') && r.status === 200)
    );
    const start = Date.now();
    await later(OUTAGE_MS);
    index = await openIndex(indexPort);
    return {start, end: Date.now()};
  }

  // One runtime per mode is enough for a 30 s window; each runs every other int test of the action.
  it.each([
    {mode: '503' as const, node: nodeBinaries()[1]},
    {mode: 'refused' as const, node: nodeBinaries()[0]}
  ])(
    `installs requirements through a ${OUTAGE_MS / 1000} s outage of the index ($mode, $node.label)`,
    async ({mode, node}) => {
      releases.resetStats();
      const dir = newRunnerDir();
      const workspace = join(dir, 'workspace');
      writeFileSync(join(workspace, 'requirements.txt'), 'iniconfig\n');
      const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8'
      }).trim();
      const window = indexOutage(mode);
      const started = Date.now();
      const result = await runBundle({
        action: 'prepare-python',
        node: node.path,
        dir,
        timeoutMs: 240_000,
        inputs: {
          'uv-version': release.version,
          'uv-sha256': release.sha256,
          'uv-mirrors': `${releases.url}/uv`,
          install: 'requirements',
          'nox-version': 'none',
          cache: 'false'
        },
        env: {
          PATH: `${dirname(python)}:${process.env.PATH}`,
          UV_NO_CONFIG: '1',
          UV_INDEX_URL: `http://127.0.0.1:${indexPort}/simple/`,
          UV_PYTHON_DOWNLOADS: 'never',
          UV_CACHE_DIR: join(dir, 'uv-cache')
        }
      });
      const seconds = (Date.now() - started) / 1000;
      const outage = await window;
      const faults = index?.stats.requests.filter(r => r.fault).length ?? 0;
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
      // The index answered 503s, or (refused) was first reached after it came back.
      expect(mode === '503' ? faults > 0 : faults === 0).toBe(true);
      expect(
        index?.stats.requests.some(r => r.path.startsWith('/simple/') && r.status === 200)
      ).toBe(true);
      // The install finished after the outage ended, with the package in the activated environment.
      expect(started + seconds * 1000).toBeGreaterThanOrEqual(outage.end);
      const lib = join(workspace, '.venv', 'lib');
      const site = join(lib, readdirSync(lib)[0], 'site-packages');
      expect(readdirSync(site).some(name => name.startsWith('iniconfig'))).toBe(true);
      expect(result.env.VIRTUAL_ENV).toBe(join(workspace, '.venv'));
    },
    300_000
  );
});
