// A broken Actions cache service through the built bundles dist/setup-helm-kubeconform/{main,post},
// under Node 20 and Node 24, with release-layout archives from a loopback mirror: a refusing or
// hanging service costs one probe and one warning per step, an upload answered badly costs a
// warning, and no fault fails a step. Build first: `node scripts/build.mjs setup-helm-kubeconform`.
import {jest} from '@jest/globals';
import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cacheEnv, startCacheServer, type CacheFault} from '../helpers/cache-server';
import {startMirror, type Mirror} from '../helpers/mirror';
import {nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';

jest.setTimeout(300_000);

const ACTION = 'setup-helm-kubeconform';
const HELM = '3.98.1';
const KC = '0.98.1';
const HELM_ARCHIVE = `helm-v${HELM}-linux-amd64.tar.gz`;
const KC_ARCHIVE = 'kubeconform-linux-amd64.tar.gz';

/** A script padded past 2 MB of incompressible bytes (after its `exit`): archives large enough
 * that an upload answered early leaves the archive stream still reading. */
function fakeTool(dir: string, path: string, name: string): void {
  mkdirSync(join(dir, path, '..'), {recursive: true});
  const script = Buffer.from(`#!/bin/sh\necho "fake ${name} $*"\nexit 0\n`);
  writeFileSync(join(dir, path), Buffer.concat([script, randomBytes(2_500_000)]), {mode: 0o755});
}

/** helm/ and kc/ in their upstream layouts, each with its checksum file. */
function buildMirror(root: string): void {
  const src = mkdtempSync(join(tmpdir(), 'shk-faults-src-'));
  fakeTool(src, 'linux-amd64/helm', 'helm');
  fakeTool(src, 'kubeconform', 'kubeconform');
  mkdirSync(join(root, 'helm'), {recursive: true});
  mkdirSync(join(root, 'kc', `v${KC}`), {recursive: true});
  const helm = join(root, 'helm', HELM_ARCHIVE);
  const kc = join(root, 'kc', `v${KC}`, KC_ARCHIVE);
  execFileSync('tar', ['-czf', helm, '-C', src, 'linux-amd64/helm']);
  execFileSync('tar', ['-czf', kc, '-C', src, 'kubeconform']);
  const sum = (file: string) => execFileSync('sha256sum', [file], {encoding: 'utf8'}).split(' ')[0];
  writeFileSync(`${helm}.sha256sum`, `${sum(helm)}  ${HELM_ARCHIVE}\n`);
  writeFileSync(join(root, 'kc', `v${KC}`, 'CHECKSUMS'), `${sum(kc)}  ${KC_ARCHIVE}\n`);
  rmSync(src, {recursive: true, force: true});
}

/** A cache URL on which nothing listens: a port just released. */
async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as {port: number};
  await new Promise(resolve => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

const warnings = (r: BundleResult) =>
  r.commands.filter(c => c.command === 'warning' || c.command === 'error').map(c => c.message);

function expectOk(result: BundleResult): void {
  if (result.exitCode !== 0) {
    throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  }
}

const supported = process.platform === 'linux' && process.arch === 'x64';
const describeLinux = supported ? describe : describe.skip;

describeLinux('setup-helm-kubeconform with a broken cache', () => {
  let root: string;
  let mirror: Mirror;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'shk-faults-mirror-'));
    buildMirror(root);
    mirror = await startMirror({root});
  }, 120_000);
  afterAll(async () => {
    await mirror?.close();
    if (root) rmSync(root, {recursive: true, force: true});
  });

  const step = (
    node: string,
    entry: 'main' | 'post',
    cacheUrl: string | undefined,
    from?: BundleResult
  ): Promise<BundleResult> =>
    runBundle({
      action: ACTION,
      entry,
      node,
      inputs: {
        'helm-version': HELM,
        'kubeconform-version': `v${KC}`,
        'kubernetes-version': '1.31.0',
        'helm-mirrors': `${mirror.url}/helm`,
        'kubeconform-mirrors': `${mirror.url}/kc`
      },
      env: cacheUrl ? cacheEnv(cacheUrl) : {},
      state: from?.state,
      dir: from?.dir,
      timeoutMs: 200_000
    });

  describe.each(nodeBinaries())('under $label', ({path: node}) => {
    it.each(['refusing', 'hanging'] as const)(
      'a %s cache service costs one probe and one warning per step',
      async kind => {
        const bareMain = await step(node, 'main', undefined);
        expectOk(bareMain);
        const barePost = await step(node, 'post', undefined, bareMain);
        expectOk(barePost);

        const server = kind === 'hanging' ? await startCacheServer({fault: 'hang'}) : undefined;
        try {
          const url = server?.url ?? (await refusingUrl());
          const main = await step(node, 'main', url);
          const post = await step(node, 'post', url, main);
          const added =
            main.durationMs + post.durationMs - bareMain.durationMs - barePost.durationMs;
          console.log(
            `setup-helm-kubeconform, ${kind} cache service: main ${main.durationMs} ms + post ${post.durationMs} ms, ${added} ms more than without a cache service`
          );
          expectOk(main);
          expect(main.outputs['cache-hit']).toBe('false');
          expect(warnings(main)).toEqual([
            expect.stringMatching(
              kind === 'hanging'
                ? /^The Actions cache service http:\/\/127\.0\.0\.1:\d+ did not answer within 1\.5s; caching is skipped for this job\.$/
                : /^The Actions cache service http:\/\/127\.0\.0\.1:\d+ is unreachable \(.*ECONNREFUSED.*\); caching is skipped for this job\.$/
            )
          ]);
          expectOk(post);
          expect(warnings(post)).toEqual([
            expect.stringMatching(/^The Actions cache is skipped: it failed earlier in this job/)
          ]);
          expect(server?.requests).toEqual(
            kind === 'hanging' ? [{method: 'GET', path: '/', status: 0}] : undefined
          );
          // Before: the toolkit's retries and waits on each of three lookups and two saves.
          expect(added).toBeLessThan(6000);
        } finally {
          await server?.close();
        }
      }
    );

    it.each(['upload-500', 'upload-413', 'upload-204', 'upload-reset'] as CacheFault[])(
      'an upload answered with %s: the post step warns, saves nothing and succeeds',
      async fault => {
        const working = await startCacheServer();
        let main: BundleResult;
        try {
          main = await step(node, 'main', working.url);
          expectOk(main);
        } finally {
          await working.close();
        }
        const server = await startCacheServer({fault});
        try {
          const post = await step(node, 'post', server.url, main);
          expectOk(post);
          expect(post.stdout + post.stderr).not.toMatch(/EBADF|ESPIPE|file read failed/);
          expect(post.stdout).toMatch(
            /Cache was not saved for key \S+: the service does not list it/
          );
          expect(warnings(post).length).toBeGreaterThan(0);
          expect(server.keys()).toEqual([]);
          // helm's save failed; kubeconform's was skipped, not tried against the same fault.
          const reserves = server.requests.filter(
            r => r.method === 'POST' && r.path.endsWith('/caches')
          );
          expect(reserves).toHaveLength(1);
          expect(post.stdout).toMatch(
            /The Actions cache is skipped: it failed earlier in this job/
          );
        } finally {
          await server.close();
        }
      },
      120_000
    );
  });
});
