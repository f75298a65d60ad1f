// Runs the committed bundle (dist/setup-helm-kubeconform) as a runner does, under
// Node 20 and Node 24, against a loopback mirror serving release-layout archives built here.
import {execFile, execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {cacheEnv, startCacheServer} from '../helpers/cache-server';
import {startMirror, type FaultRule, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';

const ACTION = 'setup-helm-kubeconform';
const HELM = '3.99.1';
const KC = '0.99.1';
const HELM_ARCHIVE = `helm-v${HELM}-linux-amd64.tar.gz`;
const KC_ARCHIVE = 'kubeconform-linux-amd64.tar.gz';
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const REAL_HELM = join(
  process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions'),
  'bin',
  'helm'
);

function pack(archive: string, dir: string, members: string[]): void {
  mkdirSync(join(archive, '..'), {recursive: true});
  execFileSync('tar', ['-czf', archive, '-C', dir, ...members]);
}

function fakeTool(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), {recursive: true});
  writeFileSync(join(dir, path), `#!/bin/sh\necho "${text} $*"\n`, {mode: 0o755});
}

/** Mirror tree: helm/ and kc/ (upstream layouts), empty/ (404 everywhere). */
function buildMirror(root: string): {helmSha: string; kcSha: string} {
  const src = mkdtempSync(join(tmpdir(), 'shk-src-'));
  fakeTool(src, 'linux-amd64/helm', `fake helm ${HELM}`);
  writeFileSync(join(src, 'linux-amd64', 'LICENSE'), 'Apache-2.0\n');
  pack(join(root, 'helm', HELM_ARCHIVE), src, ['linux-amd64/helm', 'linux-amd64/LICENSE']);
  fakeTool(src, 'kubeconform', `fake kubeconform ${KC}`);
  pack(join(root, 'kc', `v${KC}`, KC_ARCHIVE), src, ['kubeconform']);
  const helmSha = sha256(join(root, 'helm', HELM_ARCHIVE));
  const kcSha = sha256(join(root, 'kc', `v${KC}`, KC_ARCHIVE));
  writeFileSync(join(root, 'helm', `${HELM_ARCHIVE}.sha256sum`), `${helmSha}  ${HELM_ARCHIVE}\n`);
  writeFileSync(
    join(root, 'kc', `v${KC}`, 'CHECKSUMS'),
    `${'0'.repeat(64)}  kubeconform-darwin-amd64.tar.gz\n${kcSha}  ${KC_ARCHIVE}\n`
  );
  // A fake archive under helm 3.16.4's real name whose checksum file matches it: the built-in
  // digest must win and fail closed.
  pack(join(root, 'helm', 'helm-v3.16.4-linux-amd64.tar.gz'), src, ['linux-amd64/helm']);
  writeFileSync(
    join(root, 'helm', 'helm-v3.16.4-linux-amd64.tar.gz.sha256sum'),
    `${sha256(join(root, 'helm', 'helm-v3.16.4-linux-amd64.tar.gz'))}  helm-v3.16.4-linux-amd64.tar.gz\n`
  );
  mkdirSync(join(root, 'empty'), {recursive: true});
  rmSync(src, {recursive: true, force: true});
  // An archive bomb: 1.5 GB of zeros in 15 members, about 1.5 MB compressed.
  mkdirSync(join(root, 'bomb'), {recursive: true});
  execFileSync('python3', [
    '-c',
    `
import sys, tarfile, io
class Zeros(io.RawIOBase):
    def __init__(self, n): self.n = n
    def readable(self): return True
    def readinto(self, b):
        k = min(len(b), self.n); b[:k] = bytes(k); self.n -= k; return k
with tarfile.open(sys.argv[1], 'w:gz', compresslevel=1) as tar:
    for i in range(15):
        info = tarfile.TarInfo('linux-amd64/helm' if i == 14 else f'linux-amd64/pad{i}')
        info.size = 100 * 1024 * 1024
        tar.addfile(info, io.BufferedReader(Zeros(info.size), 1 << 20))
`,
    join(root, 'bomb', HELM_ARCHIVE)
  ]);
  return {helmSha, kcSha};
}

/** The job's flake ledger as `kind: error` lines. */
function ledgerKinds(dir: string): string[] {
  return readFileSync(join(dir, 'temp', 'ci-actions', 'ledger.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as {kind: string; error: string})
    .map(line => `${line.kind}: ${line.error}`);
}

const supported = process.platform === 'linux' && process.arch === 'x64';
const describeLinux = supported ? describe : describe.skip;

describeLinux('setup-helm-kubeconform bundle', () => {
  let root: string;
  let mirror: Mirror;
  let digests: {helmSha: string; kcSha: string};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'shk-mirror-'));
    digests = buildMirror(root);
    mirror = await startMirror({root, stallMs: 500});
  }, 120_000);
  afterAll(async () => {
    await mirror?.close();
    if (root) rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    mirror.setFaults(null);
    mirror.resetStats();
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    'helm-version': HELM,
    'kubeconform-version': `v${KC}`,
    'helm-mirrors': `${mirror.url}/helm`,
    'kubeconform-mirrors': `${mirror.url}/kc`,
    'kubernetes-version': '1.31.0',
    ...extra
  });
  const errors = (r: BundleResult) =>
    r.commands.filter(c => c.command === 'error').map(c => c.message);

  describe.each(nodeBinaries())('under $label', ({path: node}) => {
    it('runs that share one tool cache install side by side', async () => {
      const shared = newRunnerDir();
      const toolCache = join(shared, 'tool-cache');
      const runs = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          runBundle({action: ACTION, node, inputs: inputs(), env: {RUNNER_TOOL_CACHE: toolCache}})
        )
      );
      expect(runs.flatMap(errors)).toEqual([]);
      expect(runs.map(r => r.exitCode)).toEqual([0, 0, 0, 0, 0]);
      expect(execFileSync(runs[0].outputs['helm-path'], ['version'], {encoding: 'utf8'})).toBe(
        `fake helm ${HELM} version\n`
      );
    });

    it('installs cold, then a second run with the same tool cache makes no request', async () => {
      const cold = await runBundle({action: ACTION, node, inputs: inputs()});
      expect(errors(cold)).toEqual([]);
      expect(cold.exitCode).toBe(0);
      const toolCache = join(cold.dir, 'tool-cache');
      expect(cold.outputs).toEqual({
        'faults-absorbed': '0',
        'helm-path': join(toolCache, 'helm', HELM, 'x64', 'helm'),
        'helm-version': HELM,
        'kubeconform-path': join(toolCache, 'kubeconform', KC, 'x64', 'kubeconform'),
        'kubeconform-version': KC,
        'cache-hit': 'false',
        'schema-cache-dir': join(cold.dir, 'home', '.cache', 'ci-actions-kubeconform'),
        'kubeconform-args': `-cache ${join(cold.dir, 'home', '.cache', 'ci-actions-kubeconform')} -schema-location default -kubernetes-version 1.31.0`,
        'charts-cache-hit': 'false'
      });
      expect(existsSync(cold.outputs['schema-cache-dir'])).toBe(true);
      expect(cold.path).toEqual([
        join(toolCache, 'helm', HELM, 'x64'),
        join(toolCache, 'kubeconform', KC, 'x64')
      ]);
      expect(execFileSync(cold.outputs['helm-path'], ['version'], {encoding: 'utf8'})).toBe(
        `fake helm ${HELM} version\n`
      );
      expect(cold.stdout).toContain('checksum file');
      expect(mirror.stats.requests.map(r => r.path).sort()).toEqual([
        `/helm/${HELM_ARCHIVE}`,
        `/helm/${HELM_ARCHIVE}.sha256sum`,
        `/kc/v${KC}/CHECKSUMS`,
        `/kc/v${KC}/${KC_ARCHIVE}`
      ]);

      // The installs run at the same time, yet each group holds only its own tool's lines.
      const groups = [...cold.stdout.matchAll(/^::group::(.*)\n([^]*?)^::endgroup::$/gm)];
      expect(groups.map(g => g[1])).toEqual(['helm', 'kubeconform', 'schemas']);
      expect(groups[0][2]).toContain(`/helm/${HELM_ARCHIVE}`);
      expect(groups[0][2]).not.toMatch(/kubeconform|\/kc\//);
      expect(groups[1][2]).toContain(`/kc/v${KC}/${KC_ARCHIVE}`);
      expect(groups[1][2]).not.toMatch(/helm/);
      expect(cold.stdout.match(/^::group::/gm)).toHaveLength(3);
      expect(cold.summary).toContain('### setup-helm-kubeconform');
      expect(cold.summary).toContain(
        `| \`helm\` | ${HELM} | mirror \`${mirror.url}/helm/${HELM_ARCHIVE}\` | \`${digests.helmSha}\` (the checksum file) |`
      );
      expect(cold.summary).toContain(
        `| \`kubeconform\` | ${KC} | mirror \`${mirror.url}/kc/v${KC}/${KC_ARCHIVE}\` | \`${digests.kcSha}\` (the checksum file) |`
      );
      expect(cold.summary).toContain('**schema cache:** miss');
      expect(cold.summary).toMatch(/\*\*time:\*\* .*helm [\d.]+m?s/);

      mirror.resetStats();
      const warm = await runBundle({action: ACTION, node, inputs: inputs(), dir: cold.dir});
      expect(warm.exitCode).toBe(0);
      expect(warm.outputs['cache-hit']).toBe('true');
      expect(warm.outputs['helm-path']).toBe(cold.outputs['helm-path']);
      expect(mirror.stats.requests).toEqual([]);
      expect(warm.summary).toContain(`| \`helm\` | ${HELM} | tool cache |`);

      const quiet = await runBundle({
        action: ACTION,
        node,
        inputs: inputs({summary: 'false'}),
        dir: cold.dir
      });
      expect(quiet.exitCode).toBe(0);
      expect(quiet.summary).toBe('');
    });

    it.each<[string, FaultRule[], boolean]>([
      [
        '500 then ok (helm), 429 with Retry-After (kubeconform)',
        [
          {match: `/helm/${HELM_ARCHIVE}`, kind: '500', times: 1},
          {match: `/kc/v${KC}/${KC_ARCHIVE}`, kind: '429', times: 1, retryAfter: 1}
        ],
        false
      ],
      [
        'reset mid-body (helm), truncated body (kubeconform)',
        [
          {match: `/helm/${HELM_ARCHIVE}`, kind: 'reset', times: 1},
          {match: `/kc/v${KC}/${KC_ARCHIVE}`, kind: 'truncate', times: 1}
        ],
        false
      ],
      [
        'stalled body (helm), 404 on the first mirror (kubeconform)',
        [{match: `/helm/${HELM_ARCHIVE}`, kind: 'stall', times: 1}],
        true
      ]
    ])('recovers: %s', async (_label, faults, firstMirrorMissing) => {
      mirror.setFaults(faults);
      const mirrors: Record<string, string> = firstMirrorMissing
        ? {'kubeconform-mirrors': `${mirror.url}/empty\n${mirror.url}/kc`}
        : {};
      const result = await runBundle({action: ACTION, node, inputs: inputs(mirrors)});
      expect(errors(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.outputs['kubeconform-version']).toBe(KC);
      expect(mirror.stats.faults).toBe(faults.length);
      // On a missing first mirror: one 404 for the checksum file, no retry; the archive then comes
      // from the mirror whose checksum file gave the digest.
      const first = mirror.stats.requests.filter(r => r.path.startsWith('/empty/'));
      expect(first.map(r => r.status)).toEqual(firstMirrorMissing ? [404] : []);
    });

    it('fails closed on a wrong digest, naming URL, expected and actual', async () => {
      const wrong = 'ab'.repeat(32);
      const result = await runBundle({
        action: ACTION,
        node,
        inputs: inputs({'helm-sha256': wrong.toUpperCase()})
      });
      expect(result.exitCode).toBe(1);
      const [message] = errors(result);
      expect(message).toContain(`${mirror.url}/helm/${HELM_ARCHIVE}`);
      expect(message).toContain(`expected sha256 ${wrong} (from the sha256 input)`);
      expect(message).toContain(`got ${digests.helmSha}`);
      expect(existsSync(join(result.dir, 'tool-cache', 'helm'))).toBe(false);
      expect(result.outputs['helm-path']).toBeUndefined();
    });

    it("the built-in digest of helm 3.16.4 wins over the mirror's checksum file", async () => {
      const result = await runBundle({
        action: ACTION,
        node,
        inputs: inputs({'helm-version': '3.16.4', 'kubeconform-version': 'none'})
      });
      expect(result.exitCode).toBe(1);
      expect(errors(result)[0]).toMatch(
        /expected sha256 fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179 \(from the action's table of published digests\)/
      );
      expect(mirror.stats.requests.map(r => r.path)).toEqual([
        '/helm/helm-v3.16.4-linux-amd64.tar.gz'
      ]);
    });

    it.each([
      ['helm-version', 'latest', /Input 'helm-version' must be an exact version.*got 'latest'/],
      ['kubeconform-version', '0.7', /Input 'kubeconform-version' must be an exact version/],
      ['helm-sha256', 'abc', /Input 'helm-sha256' must be a SHA-256 digest.*got 'abc'/],
      [
        'helm-mirrors',
        'ftp://x',
        /Input 'helm-mirrors' must be a list of http:\/\/ or https:\/\/.*'ftp:\/\/x'/
      ],
      ['kubernetes-version', 'v1.31', /Input 'kubernetes-version' must be 'master' or a version/],
      ['attempts', '0', /Input 'attempts' must be an integer from 1 to 100/],
      ['retry-budget', '5 min', /Input 'retry-budget' must be a duration such as .*, got '5 min'/]
    ])('rejects %s=%p before any download', async (name, value, pattern) => {
      const result = await runBundle({action: ACTION, node, inputs: inputs({[name]: value})});
      expect(result.exitCode).toBe(1);
      expect(errors(result)[0]).toMatch(pattern);
      expect(mirror.stats.requests).toEqual([]);
    });

    it('post saves fresh installs to the Actions cache; the next runner restores them', async () => {
      const server = await startCacheServer();
      try {
        const env = cacheEnv(server.url);
        const main = await runBundle({action: ACTION, node, inputs: inputs(), env});
        expect(main.exitCode).toBe(0);
        const post = await runBundle({
          action: ACTION,
          node,
          entry: 'post',
          inputs: inputs(),
          env,
          state: main.state,
          dir: main.dir
        });
        expect(errors(post)).toEqual([]);
        expect(post.exitCode).toBe(0);
        expect(server.keys().sort()).toEqual([
          `ci-actions-tool-helm-${HELM}-linux-amd64-${digests.helmSha.slice(0, 16)}`,
          `ci-actions-tool-kubeconform-${KC}-linux-amd64-${digests.kcSha.slice(0, 16)}`
        ]);
        // An ephemeral runner: same paths, empty tool cache.
        rmSync(join(main.dir, 'tool-cache'), {recursive: true});
        mkdirSync(join(main.dir, 'tool-cache'));
        mirror.resetStats();
        const again = await runBundle({action: ACTION, node, inputs: inputs(), env, dir: main.dir});
        expect(again.exitCode).toBe(0);
        expect(again.outputs['cache-hit']).toBe('true');
        expect(mirror.stats.requests.filter(r => r.path.endsWith('.tar.gz'))).toEqual([]);
        expect(again.state.tools).toBeUndefined();
      } finally {
        await server.close();
      }
    });

    it.each([
      ['3.16.4 (built-in digest)', '3.16.4', {}, 1, /expected sha256 fc3073/, undefined],
      [
        `${HELM} (sha256 input)`,
        HELM,
        {'helm-sha256': 'from-the-mirror'},
        0,
        /^$/,
        `fake helm ${HELM} version\n`
      ]
    ])(
      'discards a poisoned Actions cache entry for helm %s and installs from the mirror',
      async (_label, version, extra: Record<string, string>, exitCode, error, helmOutput) => {
        const server = await startCacheServer();
        try {
          const dir = newRunnerDir();
          const env = {...cacheEnv(server.url), RUNNER_TEMP: join(dir, 'temp')};
          const archiveName = `helm-v${version}-linux-amd64.tar.gz`;
          const published =
            version === '3.16.4'
              ? 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179'
              : digests.helmSha;
          // The attacker's entry under the key and paths the action uses: its own archive with
          // its own helm, and a marker naming the published digest and its binary's digest.
          const tool = join(dir, 'tool-cache', 'helm', version, 'x64');
          const planted = `${tool}.archive`;
          const src = mkdtempSync(join(tmpdir(), 'shk-evil-'));
          fakeTool(src, 'linux-amd64/helm', 'attacker helm');
          pack(join(planted, archiveName), src, ['linux-amd64/helm']);
          writeFileSync(
            join(planted, '.ci-actions-tool.json'),
            JSON.stringify({
              sha256: published,
              binaries: {helm: sha256(join(src, 'linux-amd64/helm'))}
            })
          );
          rmSync(src, {recursive: true, force: true});
          const key = `ci-actions-tool-helm-${version}-linux-amd64-${published.slice(0, 16)}`;
          const plant = await runBundle({
            action: ACTION,
            node,
            entry: 'post',
            inputs: inputs(),
            env,
            state: {tools: JSON.stringify([{key, paths: [planted]}])},
            dir
          });
          expect(plant.exitCode).toBe(0);
          expect(server.keys()).toEqual([key]);
          rmSync(join(dir, 'tool-cache'), {recursive: true});
          mkdirSync(join(dir, 'tool-cache'));

          const result = await runBundle({
            action: ACTION,
            node,
            inputs: inputs({
              'helm-version': version,
              'kubeconform-version': 'none',
              'schema-cache': 'false',
              ...(extra['helm-sha256'] ? {'helm-sha256': digests.helmSha} : {})
            }),
            env,
            dir
          });
          const warnings = result.commands.filter(c => c.command === 'warning');
          expect(warnings.map(w => w.message).join('\n')).toMatch(
            new RegExp(
              `discarding the Actions cache entry ${key}: its ${archiveName.replace(/\./g, '\\.')} has sha256 [0-9a-f]{64}, not ${published}`
            )
          );
          expect(mirror.stats.requests.map(r => r.path)).toEqual([`/helm/${archiveName}`]);
          // The attacker's helm is nowhere on PATH, nor in the tool cache. The mirror's 3.16.4 is
          // not the published archive either: that install fails closed.
          const helms = [...result.path, tool]
            .map(entry => join(entry, 'helm'))
            .filter(helm => existsSync(helm))
            .map(helm => readFileSync(helm, 'utf8'));
          expect(helms.join('\n')).not.toContain('attacker');
          expect(result.exitCode).toBe(exitCode);
          expect(errors(result).join('\n')).toMatch(error);
          const helmPath = result.outputs['helm-path'];
          const ran = helmPath && execFileSync(helmPath, ['version'], {encoding: 'utf8'});
          expect(ran).toBe(helmOutput);
          // @actions/cache stages its archives in RUNNER_TEMP under UUID names; none of ours is left.
          const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
          // ci-actions/ holds the job's flake ledger: the discarded entry, then the mirror's
          // mismatch when that failed the step.
          expect(readdirSync(join(dir, 'temp')).filter(name => !uuid.test(name))).toEqual([
            'ci-actions'
          ]);
          const failedStep = exitCode === 0 ? [] : ['unabsorbed: IntegrityError'];
          expect(ledgerKinds(dir).map(line => line.split(': Checksum')[0])).toEqual([
            'cache-failed: sha256 mismatch',
            ...failedStep
          ]);
        } finally {
          await server.close();
        }
      }
    );

    it.each([
      ['file:', 'file:///etc/passwd', 'refused redirect to file:'],
      ['ftp:', 'ftp://127.0.0.1/x.tar.gz', 'refused redirect to ftp:'],
      ['data:', 'data:text/plain,x', 'refused redirect to data:'],
      ['an invalid URL', 'http://[::1', 'redirect to an invalid URL'],
      ['itself (a loop)', undefined, 'redirect loop']
    ])(
      'a mirror redirecting to %s is skipped for the next one; no temp file is left',
      async (_label, location, reason) => {
        mirror.setFaults([{match: '/redirect/', kind: 'redirect', location, times: Infinity}]);
        const result = await runBundle({
          action: ACTION,
          node,
          inputs: inputs({
            'helm-mirrors': `${mirror.url}/redirect\n${mirror.url}/helm`,
            'helm-sha256': digests.helmSha,
            'kubeconform-version': 'none'
          })
        });
        expect(errors(result)).toEqual([]);
        expect(result.exitCode).toBe(0);
        const warnings = result.commands.filter(c => c.command === 'warning').map(c => c.message);
        expect(warnings.join('\n')).toContain(reason);
        expect(mirror.stats.requests.map(r => [r.path, r.status])).toEqual([
          [`/redirect/${HELM_ARCHIVE}`, 302],
          [`/helm/${HELM_ARCHIVE}`, 200]
        ]);
        // Only the job's flake ledger: the skipped mirror is its one line.
        expect(readdirSync(join(result.dir, 'temp'))).toEqual(['ci-actions']);
        expect(ledgerKinds(result.dir)).toEqual([expect.stringMatching(/^mirror-fallback: /)]);
        const archives = join(result.dir, 'tool-cache', 'helm', HELM, 'x64.archive');
        expect(readdirSync(archives)).toEqual([HELM_ARCHIVE]);
      }
    );

    it('refuses an archive bomb given with its matching digest, naming the URL and the limit', async () => {
      const result = await runBundle({
        action: ACTION,
        node,
        inputs: inputs({
          'helm-mirrors': `${mirror.url}/bomb`,
          'helm-sha256': sha256(join(root, 'bomb', HELM_ARCHIVE)),
          'kubeconform-version': 'none'
        })
      });
      expect(result.exitCode).toBe(1);
      expect(errors(result)[0]).toMatch(
        new RegExp(
          `^setup-helm-kubeconform: The archive from ${mirror.url}/bomb/${HELM_ARCHIVE.replace(/\./g, '\\.')} is too large when uncompressed: .*the limit is \\d+ bytes in total \\(1073741824 at most, 100x the archive\\)`
        )
      );
      expect(existsSync(join(result.dir, 'tool-cache', 'helm', HELM, 'x64', 'helm'))).toBe(false);
      // Only the job's flake ledger, naming the failure.
      expect(readdirSync(join(result.dir, 'temp'))).toEqual(['ci-actions']);
      expect(ledgerKinds(result.dir)).toEqual([expect.stringMatching(/^unabsorbed: .*too large/)]);
    });

    it('a broken cache server only warns', async () => {
      const server = await startCacheServer({fault: '500'});
      try {
        const result = await runBundle({
          action: ACTION,
          node,
          inputs: inputs({'schema-cache': 'false'}),
          env: cacheEnv(server.url)
        });
        expect(result.exitCode).toBe(0);
        expect(result.outputs['cache-hit']).toBe('false');
        const post = await runBundle({
          action: ACTION,
          node,
          entry: 'post',
          inputs: inputs(),
          env: cacheEnv(server.url),
          state: result.state,
          dir: result.dir
        });
        expect(post.exitCode).toBe(0);
        expect(post.commands.some(c => c.command === 'warning')).toBe(true);
        expect(server.requests.length).toBeGreaterThan(0);
      } finally {
        await server.close();
      }
    }, 60_000);

    it('restores the schema cache while the tools install, not after', async () => {
      // Each cache call may take its whole deadline (2 min) when the cache service hangs: the
      // schema restore must overlap the installs instead of adding to them. Here the download
      // fails after two 429s 2 s apart (no tool cache lookup with cache: false); the schema lookup
      // must have been made meanwhile (it used to start only after the installs succeeded).
      mirror.setFaults([{match: `/helm/${HELM_ARCHIVE}`, kind: '429', times: 2, retryAfter: 2}]);
      const server = await startCacheServer();
      try {
        const result = await runBundle({
          action: ACTION,
          node,
          inputs: inputs({
            cache: 'false',
            attempts: '2',
            'kubeconform-version': 'none',
            'helm-sha256': digests.helmSha
          }),
          env: cacheEnv(server.url)
        });
        expect(result.exitCode).toBe(1);
        expect(server.requests.filter(r => r.method === 'GET' && r.path !== '/')).toHaveLength(1);
      } finally {
        await server.close();
      }
    }, 60_000);
  });

  // The real helm comes from `bash scripts/e2e/tools.sh helm` (.ci/run runs it first); on CI its
  // absence fails the test instead of skipping it.
  const describeChart = existsSync(REAL_HELM) || process.env.CI ? describe : describe.skip;
  describeChart('with the real helm (bash scripts/e2e/tools.sh helm)', () => {
    it('caches chart dependencies keyed on Chart.lock (real helm)', async () => {
      const server = await startCacheServer();
      const repo = join(root, 'charts');
      const work = mkdtempSync(join(tmpdir(), 'shk-chart-'));
      try {
        // A chart repository: one packaged chart and its index, served by the mirror.
        const helmEnv = {
          ...process.env,
          HELM_CACHE_HOME: join(work, 'hc'),
          HELM_CONFIG_HOME: join(work, 'hcfg')
        };
        // Asynchronous: the mirror answers from this process.
        const helm = (...args: string[]) =>
          new Promise<void>((resolve, reject) =>
            execFile(REAL_HELM, args, {env: helmEnv, cwd: work}, (error, _out, stderr) =>
              error ? reject(new Error(`helm ${args.join(' ')}: ${stderr}`)) : resolve()
            )
          );
        await helm('create', join(work, 'dep'));
        mkdirSync(repo, {recursive: true});
        await helm('package', join(work, 'dep'), '--version', '0.1.0', '-d', repo);
        await helm('repo', 'index', repo, '--url', `${mirror.url}/charts`);
        // A real helm in the upstream layout, installed by the action from the mirror.
        const src = join(work, 'src');
        mkdirSync(join(src, 'linux-amd64'), {recursive: true});
        execFileSync('cp', [REAL_HELM, join(src, 'linux-amd64', 'helm')]);
        pack(join(root, 'real', 'helm-v3.99.2-linux-amd64.tar.gz'), src, ['linux-amd64/helm']);
        const realSha = sha256(join(root, 'real', 'helm-v3.99.2-linux-amd64.tar.gz'));

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

        const env = cacheEnv(server.url);
        const chartInputs = inputs({
          'helm-version': '3.99.2',
          'helm-sha256': realSha,
          'helm-mirrors': `${mirror.url}/real`,
          'kubeconform-version': 'none',
          charts: 'deploy/*'
        });
        const main = await runBundle({
          action: ACTION,
          inputs: chartInputs,
          env,
          dir,
          timeoutMs: 120_000
        });
        expect(errors(main)).toEqual([]);
        expect(main.outputs['charts-cache-hit']).toBe('false');
        expect(existsSync(join(chart, 'charts', 'dep-0.1.0.tgz'))).toBe(true);
        const post = await runBundle({
          action: ACTION,
          entry: 'post',
          inputs: chartInputs,
          env,
          state: main.state,
          dir
        });
        expect(post.exitCode).toBe(0);
        expect(server.keys().some(k => k.startsWith('ci-actions-helm-deps-v1-'))).toBe(true);

        rmSync(join(chart, 'charts'), {recursive: true});
        mirror.resetStats();
        const again = await runBundle({action: ACTION, inputs: chartInputs, env, dir});
        expect(errors(again)).toEqual([]);
        expect(again.outputs['charts-cache-hit']).toBe('true');
        expect(existsSync(join(chart, 'charts', 'dep-0.1.0.tgz'))).toBe(true);
        expect(mirror.stats.requests.filter(r => r.path.startsWith('/charts/'))).toEqual([]);
        expect(again.state.charts).toBeUndefined();
      } finally {
        await server.close();
        rmSync(work, {recursive: true, force: true});
      }
    }, 180_000);
  });
});
