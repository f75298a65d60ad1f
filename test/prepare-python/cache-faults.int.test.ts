// A broken Actions cache service through the built bundles dist/prepare-python/{main,post}, under
// Node 20 and Node 24: a refusing or hanging service costs one probe and one warning per step, an
// upload answered badly costs a warning, and no fault fails a step.
// Build first: `node scripts/build.mjs prepare-python`.
import {jest} from '@jest/globals';
import {execFileSync} from 'node:child_process';
import {createServer} from 'node:net';
import {dirname, join} from 'node:path';
import {cacheEnv, startCacheServer, type CacheFault} from '../helpers/cache-server';
import {startMirror, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';
import {ensureUvRelease, offlineEnv, writeProject, type UvRelease} from '../helpers/uv-release';

jest.setTimeout(300_000);

let release: UvRelease;
let mirror: Mirror;
let pythonDir: string;

beforeAll(async () => {
  release = ensureUvRelease();
  mirror = await startMirror({root: release.mirrorRoot});
  pythonDir = dirname(
    execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {encoding: 'utf8'}).trim()
  );
});

afterAll(async () => {
  await mirror?.close();
});

/** A cache URL on which nothing listens: a port just released. */
async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as {port: number};
  await new Promise(resolve => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

function step(
  node: string,
  dir: string,
  entry: 'main' | 'post',
  cacheUrl: string | undefined,
  state?: Record<string, string>
): Promise<BundleResult> {
  return runBundle({
    action: 'prepare-python',
    entry,
    node,
    dir,
    timeoutMs: 200_000,
    state,
    inputs: {
      'uv-version': release.version,
      'uv-sha256': release.sha256,
      'uv-mirrors': `${mirror.url}/uv`
    },
    env: {
      ...offlineEnv(release),
      PATH: `${pythonDir}:${process.env.PATH}`,
      ...(cacheUrl ? cacheEnv(cacheUrl) : {})
    }
  });
}

function projectDir(): string {
  const dir = newRunnerDir();
  writeProject(join(dir, 'workspace'), release);
  return dir;
}

const warnings = (r: BundleResult) =>
  r.commands.filter(c => c.command === 'warning' || c.command === 'error').map(c => c.message);

function expectOk(result: BundleResult): void {
  if (result.exitCode !== 0) {
    throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  }
}

describe.each(nodeBinaries())('prepare-python with a broken cache under $label', ({path: node}) => {
  it.each(['refusing', 'hanging'] as const)(
    'a %s cache service costs one probe and one warning per step, not the toolkit retries',
    async kind => {
      // The same job without a cache service, for the time the cache adds.
      const bare = projectDir();
      const bareMain = await step(node, bare, 'main', undefined);
      expectOk(bareMain);
      const barePost = await step(node, bare, 'post', undefined, bareMain.state);
      expectOk(barePost);

      const server = kind === 'hanging' ? await startCacheServer({fault: 'hang'}) : undefined;
      try {
        const url = server?.url ?? (await refusingUrl());
        const dir = projectDir();
        const main = await step(node, dir, 'main', url);
        const post = await step(node, dir, 'post', url, main.state);
        const added = main.durationMs + post.durationMs - bareMain.durationMs - barePost.durationMs;
        console.log(
          `prepare-python, ${kind} cache service: main ${main.durationMs} ms + post ${post.durationMs} ms, ${added} ms more than without a cache service`
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
        expect(post.stdout).not.toMatch(/^uv cache prune/m);
        // The hanging service saw the probe of main only.
        expect(server?.requests).toEqual(
          kind === 'hanging' ? [{method: 'GET', path: '/', status: 0}] : undefined
        );
        // Before: 40 s more (refusing) to minutes (hanging). The bound allows for the noise of the
        // install on a loaded machine, which the difference between two jobs carries too.
        expect(added).toBeLessThan(12_000);
      } finally {
        await server?.close();
      }
    }
  );

  describe('an upload answered badly', () => {
    let dir: string;
    let state: Record<string, string>;
    beforeAll(async () => {
      const server = await startCacheServer();
      try {
        dir = projectDir();
        const main = await step(node, dir, 'main', server.url);
        expectOk(main);
        state = main.state;
      } finally {
        await server.close();
      }
    });

    it.each(['upload-500', 'upload-413', 'upload-204', 'upload-reset'] as CacheFault[])(
      '%s: the post step warns, saves nothing and succeeds',
      async fault => {
        const server = await startCacheServer({fault});
        try {
          const post = await step(node, dir, 'post', server.url, state);
          expectOk(post);
          expect(post.stdout + post.stderr).not.toMatch(/EBADF|ESPIPE|file read failed/);
          expect(post.stdout).toMatch(
            /Cache was not saved for key \S+: the service does not list it/
          );
          expect(warnings(post).length).toBeGreaterThan(0);
          expect(server.keys()).toEqual([]);
          // The first save's failure skips the second: one upload attempt series only.
          const reserves = server.requests.filter(
            r => r.method === 'POST' && r.path.endsWith('/caches')
          );
          expect(reserves).toHaveLength(1);
          expect(server.requests.some(r => r.method === 'PATCH')).toBe(true);
        } finally {
          await server.close();
        }
      }
    );
  });
});
