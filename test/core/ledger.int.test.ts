// The flake ledger through the committed bundles, run as a runner runs them, under Node 20 and
// Node 24: a faulty mirror, a failing command and a dead cache service each leave ledger lines
// that match the injected faults one to one, in one file per job shared by every step.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseLedger, type LedgerLine} from '@ci-actions/core';
import {cacheEnv} from '../helpers/cache-server';
import {LEAK_CORPUS} from '../helpers/leak-corpus';
import {startMirror, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';

const HELM = '3.99.1';
const KC = '0.99.1';
const HELM_ARCHIVE = `helm-v${HELM}-linux-amd64.tar.gz`;
const KC_ARCHIVE = 'kubeconform-linux-amd64.tar.gz';

function buildMirror(root: string): void {
  const src = mkdtempSync(join(tmpdir(), 'ledger-src-'));
  mkdirSync(join(src, 'linux-amd64'));
  writeFileSync(join(src, 'linux-amd64', 'helm'), '#!/bin/sh\necho helm\n', {mode: 0o755});
  writeFileSync(join(src, 'kubeconform'), '#!/bin/sh\necho kubeconform\n', {mode: 0o755});
  mkdirSync(join(root, 'helm'), {recursive: true});
  mkdirSync(join(root, 'kc', `v${KC}`), {recursive: true});
  mkdirSync(join(root, 'empty'), {recursive: true});
  const helm = join(root, 'helm', HELM_ARCHIVE);
  const kc = join(root, 'kc', `v${KC}`, KC_ARCHIVE);
  execFileSync('tar', ['-czf', helm, '-C', src, 'linux-amd64/helm']);
  execFileSync('tar', ['-czf', kc, '-C', src, 'kubeconform']);
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  writeFileSync(`${helm}.sha256sum`, `${sha(helm)}  ${HELM_ARCHIVE}\n`);
  writeFileSync(join(root, 'kc', `v${KC}`, 'CHECKSUMS'), `${sha(kc)}  ${KC_ARCHIVE}\n`);
  rmSync(src, {recursive: true, force: true});
}

/** A URL on which nothing listens: a port just released. */
async function refusingUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
  const {port} = probe.address() as {port: number};
  await new Promise(resolve => probe.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

const ledgerOf = (dir: string): LedgerLine[] => {
  const file = join(dir, 'temp', 'ci-actions', 'ledger.jsonl');
  return existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : [];
};
const errors = (r: BundleResult) =>
  r.commands.filter(c => c.command === 'error').map(c => c.message);
const warnings = (r: BundleResult) =>
  r.commands.filter(c => c.command === 'warning').map(c => c.message);

const supported = process.platform === 'linux' && process.arch === 'x64';
const describeLinux = supported ? describe : describe.skip;

describeLinux('the flake ledger through the bundles', () => {
  let root: string;
  let mirror: Mirror;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ledger-mirror-'));
    buildMirror(root);
    mirror = await startMirror({root, stallMs: 500});
  }, 60_000);
  afterAll(async () => {
    await mirror?.close();
    if (root) rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    mirror.setFaults(null);
    mirror.resetStats();
  });

  const helmInputs = (base = mirror.url) => ({
    'helm-version': HELM,
    'kubeconform-version': `v${KC}`,
    'helm-mirrors': `${base}/helm`,
    'kubeconform-mirrors': `${base}/empty, ${base}/kc`,
    'kubernetes-version': '1.31.0',
    'schema-cache': 'false'
  });

  describe.each(nodeBinaries())('under $label', ({path: node}) => {
    it('a faulty mirror: one line per failed request, the same URL, a warning per URL', async () => {
      mirror.setFaults([
        {match: new RegExp(`/helm/${HELM_ARCHIVE.replace(/\./g, '\\.')}$`), kind: '500', times: 2},
        {
          match: new RegExp(`/kc/v${KC}/${KC_ARCHIVE.replace(/\./g, '\\.')}$`),
          kind: 'reset',
          times: 1
        }
      ]);
      const dir = newRunnerDir();
      const r = await runBundle({
        action: 'setup-helm-kubeconform',
        node,
        dir,
        inputs: helmInputs(),
        env: {GITHUB_ACTION: 'tools'}
      });
      expect(errors(r)).toEqual([]);
      expect(r.exitCode).toBe(0);
      // A 206 is the resumed rest of the reset download, not a failure.
      const failed = mirror.stats.requests.filter(
        q => q.fault !== null || (q.status !== 200 && q.status !== 206)
      );
      // 2 x 500 and a reset (injected), a 404 on the empty mirror's checksum file.
      expect(failed).toHaveLength(4);
      const lines = ledgerOf(dir);
      const key = (target: string, kind: string) => `${kind} ${target}`;
      expect(lines.map(l => key(l.target, l.kind)).sort()).toEqual(
        failed
          .map(q =>
            key(`${mirror.url}${q.path}`, q.status === 404 ? 'mirror-fallback' : 'download-retry')
          )
          .sort()
      );
      for (const line of lines) {
        expect(line).toMatchObject({
          v: 1,
          job: 'test',
          action: 'setup-helm-kubeconform',
          step: 'tools'
        });
      }
      const helmLines = lines.filter(l => l.target.endsWith(HELM_ARCHIVE));
      expect(helmLines.map(l => [l.attempt, l.error, l.outcome])).toEqual([
        [1, 'HTTP 500', 'retried'],
        [2, 'HTTP 500', 'retried']
      ]);
      expect(helmLines.every(l => l.waited_ms > 0)).toBe(true);
      expect(lines.find(l => l.kind === 'mirror-fallback')?.error).toBe('HTTP 404');
      expect(r.outputs['faults-absorbed']).toBe('4');
      // One warning per URL: three URLs failed.
      const urls = new Set(lines.map(l => l.target));
      expect(warnings(r)).toHaveLength(urls.size);
    });

    it('all mirrors failing: the absorbed faults, then the one that failed the step', async () => {
      mirror.setFaults([
        {match: new RegExp(`/helm/${HELM_ARCHIVE.replace(/\./g, '\\.')}$`), kind: '500', times: 10}
      ]);
      const dir = newRunnerDir();
      const r = await runBundle({
        action: 'setup-helm-kubeconform',
        node,
        dir,
        inputs: {...helmInputs(), attempts: '2', 'kubeconform-version': 'none'}
      });
      expect(r.exitCode).toBe(1);
      const target = `${mirror.url}/helm/${HELM_ARCHIVE}`;
      expect(ledgerOf(dir).map(l => [l.kind, l.target, l.attempt, l.error, l.outcome])).toEqual([
        ['download-retry', target, 1, 'HTTP 500', 'retried'],
        ['unabsorbed', target, 2, 'HTTP 500', 'failed']
      ]);
      expect(mirror.stats.requests.filter(q => q.fault !== null)).toHaveLength(2);
      expect(r.outputs['faults-absorbed']).toBe('1');
    });

    it('a dead cache service: one cache-failed line for main, skips after it, post included', async () => {
      const dir = newRunnerDir();
      const dead = await refusingUrl();
      const env = {...cacheEnv(dead), RUNNER_TEMP: join(dir, 'temp'), GITHUB_ACTION: 'tools'};
      const main = await runBundle({
        action: 'setup-helm-kubeconform',
        node,
        dir,
        inputs: helmInputs(),
        env
      });
      expect(main.exitCode).toBe(0);
      const origin = new URL(dead).origin;
      const afterMain = ledgerOf(dir);
      expect(afterMain.filter(l => l.kind === 'cache-failed').map(l => l.target)).toEqual([origin]);
      expect(
        afterMain.filter(l => l.kind !== 'cache-failed' && l.kind !== 'cache-skipped')
      ).toEqual(
        // the empty mirror's 404 on the checksum file
        [expect.objectContaining({kind: 'mirror-fallback'})]
      );
      expect(main.outputs['faults-absorbed']).toBe('2');
      const post = await runBundle({
        action: 'setup-helm-kubeconform',
        entry: 'post',
        node,
        dir,
        inputs: helmInputs(),
        env,
        state: main.state
      });
      expect(post.exitCode).toBe(0);
      const added = ledgerOf(dir).slice(afterMain.length);
      expect(added.length).toBeGreaterThan(0);
      expect(added.map(l => l.kind)).toEqual(added.map(() => 'cache-skipped'));
      expect(added[0].error).toMatch(/unreachable/);
    });

    it('a failing command: a line per retried attempt, then the failure; a recovered one absorbs', async () => {
      const dir = newRunnerDir();
      const counter = join(dir, 'workspace', 'count');
      const flaky = await runBundle({
        action: 'retry-run',
        node,
        dir,
        inputs: {
          run: `n=$(cat "${counter}" 2>/dev/null || echo 0); echo $((n + 1)) > "${counter}"; [ "$n" -ge 2 ]`,
          attempts: '4',
          delay: '10ms',
          'retry-presets': '',
          jitter: 'false'
        },
        env: {GITHUB_ACTION: 'flaky'}
      });
      expect(flaky.exitCode).toBe(0);
      expect(flaky.outputs['faults-absorbed']).toBe('2');
      const broken = await runBundle({
        action: 'retry-run',
        node,
        dir,
        inputs: {
          run: 'echo "Temporary failure resolving deb.example" >&2; exit 100',
          attempts: '3',
          delay: '10ms',
          'retry-presets': 'apt',
          jitter: 'false'
        },
        env: {GITHUB_ACTION: 'broken'}
      });
      expect(broken.exitCode).toBe(1);
      expect(broken.outputs['faults-absorbed']).toBe('2');
      // Both steps wrote to the job's one ledger.
      expect(ledgerOf(dir).map(l => [l.step, l.kind, l.target, l.attempt, l.error])).toEqual([
        ['flaky', 'command-retry', 'script', 1, 'exit code 1: non-zero exit code'],
        ['flaky', 'command-retry', 'script', 2, 'exit code 1: non-zero exit code'],
        ['broken', 'command-retry', 'echo', 1, 'exit code 100: matched preset apt'],
        ['broken', 'command-retry', 'echo', 2, 'exit code 100: matched preset apt'],
        ['broken', 'unabsorbed', 'echo', 3, 'exit code 100: matched preset apt']
      ]);
      expect(
        ledgerOf(dir)
          .slice(0, 2)
          .map(l => l.waited_ms)
      ).toEqual([10, 20]);
      // One warning for the script's three failed attempts, not one per attempt.
      expect(warnings(broken)).toHaveLength(1);
    });

    it('keeps every secret-shaped value out of the ledger', async () => {
      const dir = newRunnerDir();
      const values = Object.values(LEAK_CORPUS);
      // Mirrors with credentials in their URL, and failures on them.
      const secretBase = mirror.url.replace(
        'http://',
        `http://${encodeURIComponent(LEAK_CORPUS.B64_PADDED)}:${encodeURIComponent(LEAK_CORPUS.PEM_KEY)}@`
      );
      mirror.setFaults([
        {match: new RegExp(`/helm/${HELM_ARCHIVE.replace(/\./g, '\\.')}$`), kind: '500', times: 1}
      ]);
      const helm = await runBundle({
        action: 'setup-helm-kubeconform',
        node,
        dir,
        inputs: {...helmInputs(secretBase), 'kubeconform-version': 'none'}
      });
      expect(helm.exitCode).toBe(0);
      // A script that carries every value and fails.
      const script = values
        .map(
          v =>
            `printf '%s' '${Buffer.from(v).toString('base64')}' >/dev/null # ${v.replace(/\r?\n|\r/g, '\n# ')}`
        )
        .join('\n');
      const run = await runBundle({
        action: 'retry-run',
        node,
        dir,
        inputs: {run: `${script}\nexit 1`, attempts: '2', delay: '10ms'},
        env: LEAK_CORPUS
      });
      expect(run.exitCode).toBe(1);
      const text = readFileSync(join(dir, 'temp', 'ci-actions', 'ledger.jsonl'), 'utf8');
      expect(parseLedger(text).map(l => l.kind)).toEqual([
        'download-retry',
        'command-retry',
        'unabsorbed'
      ]);
      for (const [name, value] of Object.entries(LEAK_CORPUS)) {
        const forms = [
          value,
          ...value
            .split(/\r\n|\r|\n/)
            .map(l => l.trim())
            .filter(Boolean),
          Buffer.from(value).toString('base64'),
          JSON.stringify(value).slice(1, -1),
          encodeURIComponent(value)
        ];
        // `true` is JSON's own word; the ledger writes none (attempt is a number or null).
        for (const form of forms) {
          const where = `${name} as ${JSON.stringify(form)}`;
          expect({where, leaks: text.includes(form)}).toEqual({where, leaks: false});
        }
      }
    });

    it('flake-report turns the jobs ledgers into one table', async () => {
      const ledgers = mkdtempSync(join(tmpdir(), 'ledger-artifacts-'));
      try {
        // Two jobs' ledgers as download-artifact lays them out: one folder per artifact.
        const write = (job: string, lines: object[]) => {
          mkdirSync(join(ledgers, job));
          writeFileSync(
            join(ledgers, job, 'ledger.jsonl'),
            lines.map(l => `${JSON.stringify(l)}\n`).join('')
          );
        };
        const line = (kind: string, target: string, waited: number, outcome: string) => ({
          v: 1,
          ts: '2026-12-01T00:00:00.000Z',
          job: 'x',
          action: 'retry-run',
          step: 's',
          kind,
          target,
          attempt: 1,
          error: 'exit code 1',
          waited_ms: waited,
          outcome
        });
        write('flake-ledger-lint-0', [line('command-retry', 'pip install', 1000, 'retried')]);
        write('flake-ledger-test-0', [
          line('command-retry', 'pip install', 2000, 'retried'),
          line('unabsorbed', 'pip install', 0, 'failed')
        ]);
        const r = await runBundle({action: 'flake-report', node, inputs: {path: ledgers}});
        expect(errors(r)).toEqual([]);
        expect(r.exitCode).toBe(0);
        expect(r.outputs).toEqual({
          jobs: '2',
          absorbed: '2',
          unabsorbed: '1',
          'waited-ms': '3000',
          'faults-absorbed': '0'
        });
        expect(r.summary).toContain('| `flake-ledger-lint-0` | 1 | 0 | 1.0 s |');
        expect(r.summary).toContain(
          '| command-retry | `pip install` | 2 | `flake-ledger-lint-0`, `flake-ledger-test-0` | 3.0 s |'
        );
        expect(r.summary).toContain(
          '| `flake-ledger-test-0` | retry-run | `pip install` | `exit code 1` |'
        );
      } finally {
        rmSync(ledgers, {recursive: true, force: true});
      }
    });
  });
});
