// A job's bootstrap time through a real runner (nektos/act, host mode, Node 24), for prepare-python and
// setup-helm-kubeconform: the action step's time as act reports it, and the whole act run, cold (empty cache server,
// empty tool cache: everything from the local mirror) and warm (the cache server of the cold run, empty tool cache).
// The warm run must download no file but index pages from the mirror (exit 1 otherwise): prepare-python reads
// uv's digest from the index's page on every run, since a digest that came with the cache could be the cache's
// own. Workflows: test/e2e/*.yml.
// env: BENCH_E2E_ROUNDS (default 3)
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {
  archiveDigests,
  mirrorControl,
  nodeVersions,
  parseActLog,
  prepareMirrorRoot,
  REPO,
  rmrf,
  runWorkflow,
  startMirrorProcess,
  toolEnv
} from '../scripts/e2e/lib.mjs';

const ROUNDS = Number(process.env.BENCH_E2E_ROUNDS ?? '3');
const NODE = 24;

execFileSync(
  'bash',
  [
    path.join(REPO, 'scripts/e2e/tools.sh'),
    'node24',
    'act',
    'helm',
    'kubeconform',
    'uv',
    'nox',
    'wheels'
  ],
  {
    stdio: ['ignore', 'ignore', 'ignore']
  }
);
execFileSync(process.execPath, [path.join(REPO, 'scripts/e2e/pack-releases.mjs'), '--no-install'], {
  stdio: ['ignore', 'ignore', 'inherit']
});

const env = toolEnv();
const versions = nodeVersions(env);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-actions-bench-e2e-'));
const root = prepareMirrorRoot(path.join(tmp, 'mirror-root'), env);
const mirror = await startMirrorProcess({root});
const control = mirrorControl(mirror.url);
const digests = archiveDigests(root);

const actions = [
  {
    name: 'prepare-python',
    workflow: 'test/e2e/prepare-python.yml',
    step: 'Main ./actions/prepare-python',
    indexPage: (/** @type {string} */ p) => p.startsWith('/pypi/') && p.endsWith('/'),
    env: {UV_SHA256: digests.UV_SHA256, WHEELHOUSE: env.WHEELHOUSE}
  },
  {
    name: 'setup-helm-kubeconform',
    workflow: 'test/e2e/setup-helm-kubeconform.yml',
    step: 'Main ./actions/setup-helm-kubeconform',
    env: {HELM_SHA256: digests.HELM_SHA256, KUBECONFORM_SHA256: digests.KUBECONFORM_SHA256}
  }
];

/** @param {number[]} xs */
const fig = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `median ${med.toFixed(2)}s  min ${s[0].toFixed(2)}s  max ${s[s.length - 1].toFixed(2)}s`;
};

let failed = false;
try {
  console.log(
    `act host mode, node ${versions[NODE]}, ${ROUNDS} round(s) of cold + warm per action, mirror ${mirror.url}`
  );
  for (const a of actions) {
    /** @type {Record<'cold' | 'warm', {step: number[], run: number[], downloads: number[]}>} */
    const m = {
      cold: {step: [], run: [], downloads: [], pages: []},
      warm: {step: [], run: [], downloads: [], pages: []}
    };
    const isPage = a.indexPage ?? (() => false);
    for (let round = 0; round < ROUNDS; round++) {
      const cacheDir = path.join(tmp, `cache-${a.name}-${round}`);
      for (const phase of /** @type {const} */ (['cold', 'warm'])) {
        const slot = path.join(tmp, 'slot');
        rmrf(slot); // empty tool cache and runner state at the same path each time
        await control.reset();
        const log = path.join(tmp, `${a.name}-${round}-${phase}.log`);
        const r = await runWorkflow({
          workflow: a.workflow,
          node: NODE,
          cacheDir,
          workDir: slot,
          log,
          mirrorUrl: mirror.url,
          env: {...a.env, EXPECT_NODE: versions[NODE], EXPECT_CACHE_HIT: String(phase === 'warm')}
        });
        const stats = await control.stats();
        const step = parseActLog(fs.readFileSync(log, 'utf8')).find(s => s.step === a.step);
        if (r.rc !== 0 || !step) {
          const keep = path.join(os.tmpdir(), `ci-actions-bench-${a.name}-${phase}.log`);
          fs.copyFileSync(log, keep);
          console.log(`${a.name} ${phase}: act exit ${r.rc} (log: ${keep})`);
          failed = true;
          continue;
        }
        m[phase].step.push(step.seconds);
        m[phase].run.push(r.seconds);
        const byPath = Object.entries(stats.byPath);
        const sum = (/** @type {boolean} */ page) =>
          byPath.filter(([p]) => isPage(p) === page).reduce((n, [, e]) => n + e.downloads, 0);
        m[phase].downloads.push(sum(false));
        m[phase].pages.push(sum(true));
      }
    }
    for (const phase of /** @type {const} */ (['cold', 'warm'])) {
      const d = m[phase];
      if (d.step.length === 0) continue;
      console.log(
        `${a.name.padEnd(23)} ${phase}: action step ${fig(d.step)} | whole act run ${fig(d.run)} | mirror downloads ${d.downloads.join(',')}${d.pages.some(n => n > 0) ? `, index pages ${d.pages.join(',')}` : ''}`
      );
    }
    const warmDownloads = m.warm.downloads.reduce((x, y) => x + y, 0);
    if (m.warm.downloads.length === 0) {
      console.log(`${a.name}: no warm run succeeded: MISSED`);
      failed = true;
    } else if (warmDownloads !== 0) {
      console.log(
        `${a.name}: the warm runs downloaded ${warmDownloads} file(s) other than index pages from the mirror, target 0: MISSED`
      );
      failed = true;
    } else {
      console.log(
        `${a.name}: warm run downloads 0${a.indexPage ? ' besides index pages' : ''} (target 0): met`
      );
    }
  }
} finally {
  await mirror.stop();
  rmrf(tmp);
}
process.exit(failed ? 1 : 0);
