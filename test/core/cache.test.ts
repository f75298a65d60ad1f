import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  CACHE_UNUSABLE_STATE,
  PROBE_TIMEOUT_MS,
  cacheServiceConfigured,
  cacheServiceUrl,
  normaliseCacheKey,
  resetCacheHealth,
  restoreCache,
  saveCache
} from '@ci-actions/core/cache';
import {resetLedger, stepLedger} from '@ci-actions/core/ledger';
import {cacheEnv, startCacheServer, type CacheServer} from '../helpers/cache-server';
import {useCleanEnv} from '../helpers/env';
import {recordingLogger} from '@ci-actions/core';

const warnings = (logger: {lines: string[]}) =>
  logger.lines.filter(l => l.startsWith('warning:') || l.startsWith('error:'));

/** A URL on which nothing listens: a port just released. */
async function refusingUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
  const {port} = probe.address() as {port: number};
  await new Promise(resolve => probe.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

describe('cache wrappers against the fake v1 cache server', () => {
  useCleanEnv();
  let server: CacheServer;
  let work: string;
  let dir: string;
  let stateFile: string;

  beforeEach(async () => {
    resetCacheHealth();
    resetLedger();
    server = await startCacheServer();
    Object.assign(process.env, cacheEnv(server.url));
    delete process.env.ACTIONS_RESULTS_URL;
    work = mkdtempSync(join(tmpdir(), 'cache-test-'));
    dir = join(work, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'file.txt'), 'cached content');
    stateFile = join(work, 'state');
    writeFileSync(stateFile, '');
    process.env.GITHUB_STATE = stateFile;
  });
  afterEach(async () => {
    await server.close();
    // Toolkit calls cut off by a deadline settle once the server is gone (a retry 5 s later).
    const deadline = Date.now() + 20_000;
    while (process.hasUncaughtExceptionCaptureCallback() && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    rmSync(work, {recursive: true, force: true});
  }, 30_000);

  it('misses, saves with a lower-case key, then hits exactly and partially', async () => {
    const logger = recordingLogger();
    expect(await restoreCache([dir], 'Key-A', [], {logger})).toEqual({hit: 'none'});
    expect(await saveCache([dir], 'Key-A', {logger})).toBe(true);
    expect(server.keys()).toEqual(['key-a']);

    rmSync(dir, {recursive: true});
    expect(await restoreCache([dir], 'KEY-A', [], {logger})).toEqual({
      hit: 'exact',
      matchedKey: 'key-a'
    });
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toBe('cached content');

    expect(await restoreCache([dir], 'key-b', ['KEY-'], {logger})).toEqual({
      hit: 'partial',
      matchedKey: 'key-a'
    });
  });

  it('a second save of the same key is no failure', async () => {
    const logger = recordingLogger();
    expect(await saveCache([dir], 'k', {logger})).toBe(true);
    expect(await saveCache([dir], 'k', {logger})).toBe(false);
    expect(logger.lines.some(l => l.startsWith('warning:'))).toBe(false);
  });

  it('a save of a missing path only warns', async () => {
    const logger = recordingLogger();
    expect(await saveCache([join(work, 'nope')], 'k', {logger})).toBe(false);
    expect(logger.lines.join('\n')).toMatch(/warning: Cache save for key k failed/);
  });

  it('a server answering 500 costs a warning, never a throw', async () => {
    server.setFault('500');
    const logger = recordingLogger();
    expect(await restoreCache([dir], 'k', [], {logger, timeoutMs: 20_000})).toEqual({hit: 'none'});
    expect(await saveCache([dir], 'k', {logger, timeoutMs: 20_000})).toBe(false);
    expect(logger.lines.join('\n')).toMatch(/not saved for key k: the service does not list it/);
  }, 40_000);

  it('a hanging service costs one probe and one warning; every later call skips it', async () => {
    server.setFault('hang');
    const logger = recordingLogger();
    const started = Date.now();
    expect(await restoreCache([dir], 'k', [], {logger})).toEqual({hit: 'none'});
    expect(await saveCache([dir], 'k', {logger})).toBe(false);
    expect(await restoreCache([dir], 'k2', [], {logger})).toEqual({hit: 'none'});
    expect(Date.now() - started).toBeLessThan(PROBE_TIMEOUT_MS + 3000);
    expect(warnings(logger)).toEqual([
      expect.stringMatching(/did not answer within 1\.5s; caching is skipped for this job/)
    ]);
    expect(server.requests).toEqual([{method: 'GET', path: '/', status: 0}]);
    expect(readFileSync(stateFile, 'utf8')).toContain(CACHE_UNUSABLE_STATE);
  }, 30_000);

  it('a refusing service costs one probe and one warning, and the post step inherits it', async () => {
    process.env.ACTIONS_CACHE_URL = await refusingUrl();
    const logger = recordingLogger();
    const started = Date.now();
    expect(await restoreCache([dir], 'k', [], {logger})).toEqual({hit: 'none'});
    expect(await restoreCache([dir], 'k2', [], {logger})).toEqual({hit: 'none'});
    expect(Date.now() - started).toBeLessThan(3000);
    expect(warnings(logger)).toEqual([expect.stringMatching(/is unreachable \(.*ECONNREFUSED/)]);
    // One fault (the probe), then the calls it made the step skip.
    const origin = new URL(process.env.ACTIONS_CACHE_URL!).origin;
    expect(stepLedger().lines.map(l => [l.kind, l.target, l.outcome])).toEqual([
      ['cache-failed', origin, 'without-cache'],
      ['cache-skipped', 'k2', 'without-cache']
    ]);
    expect(stepLedger().lines[0].error).toMatch(/unreachable \(.*ECONNREFUSED/);

    // The post step: the state main wrote, a service that works again, no call made.
    const state = readFileSync(stateFile, 'utf8');
    const value = /CI_ACTIONS_CACHE_UNUSABLE<<(\S+)\n([^\n]*)\n/.exec(state);
    expect(value).not.toBeNull();
    resetCacheHealth();
    process.env[`STATE_${CACHE_UNUSABLE_STATE}`] = value![2];
    process.env.ACTIONS_CACHE_URL = server.url;
    const post = recordingLogger();
    expect(await saveCache([dir], 'k', {logger: post})).toBe(false);
    expect(await saveCache([dir], 'k2', {logger: post})).toBe(false);
    expect(warnings(post)).toEqual([
      expect.stringMatching(/skipped: it failed earlier in this job \(.*unreachable/)
    ]);
    expect(server.requests).toEqual([]);
  }, 30_000);

  // The service answers the chunk upload at once, without reading it. Before the fix of
  // scripts/patch-deps.mjs the archive stream read on after its descriptor was closed and threw
  // EBADF/ESPIPE from a stream listener, an uncaught exception that failed the step.
  it.each(['upload-500', 'upload-413', 'upload-204', 'upload-reset'] as const)(
    'an upload answered with %s is a false save with a warning, no throw, no uncaught error',
    async fault => {
      writeFileSync(join(dir, 'big.bin'), randomBytes(3_000_000));
      server.setFault(fault);
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      try {
        const logger = recordingLogger();
        expect(await saveCache([dir], 'k', {logger, timeoutMs: 60_000})).toBe(false);
        expect(logger.lines.join('\n')).toMatch(
          /not saved for key k: the service does not list it/
        );
        expect(await saveCache([dir], 'k2', {logger})).toBe(false);
        expect(logger.lines.join('\n')).toMatch(/skipped: it failed earlier in this job/);
        // A stale stream would fail within moments of the upload's end.
        await new Promise(resolve => setTimeout(resolve, 500));
        expect(uncaught).toEqual([]);
        expect(server.keys()).toEqual([]);
        expect(server.requests.filter(r => r.method === 'PATCH').length).toBeGreaterThan(0);
      } finally {
        process.off('uncaughtException', onUncaught);
      }
    },
    60_000
  );

  it('an upload that hangs costs the save deadline, then the cache is skipped', async () => {
    server.setFault('upload-hang');
    const logger = recordingLogger();
    expect(await saveCache([dir], 'k', {logger, timeoutMs: 1000})).toBe(false);
    expect(await saveCache([dir], 'k2', {logger, timeoutMs: 1000})).toBe(false);
    expect(warnings(logger)).toEqual([expect.stringMatching(/did not finish within 1s; skipped/)]);
    expect(stepLedger().lines.map(l => [l.kind, l.target, l.error])).toEqual([
      ['cache-failed', 'k', 'a save did not finish within 1s'],
      ['cache-skipped', 'k2', 'a save did not finish within 1s']
    ]);
    expect(stepLedger().lines[0].waited_ms).toBeGreaterThanOrEqual(900);
    expect(logger.lines.join('\n')).toMatch(/skipped: it failed earlier in this job/);
    expect(server.keys()).toEqual([]);
  }, 30_000);

  it('an exception the toolkit throws outside any promise fails only the cache call', async () => {
    // A chunk upload whose stream emits an error no one handles, as in the toolkit's old upload.
    server.setFault('upload-hang');
    const logger = recordingLogger();
    const saving = saveCache([dir], 'k', {logger, timeoutMs: 20_000});
    while (!server.requests.some(r => r.method === 'PATCH')) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    setImmediate(() => {
      throw new Error('file read failed with EBADF: bad file descriptor, read');
    });
    expect(await saving).toBe(false);
    expect(warnings(logger)).toEqual([expect.stringMatching(/EBADF: bad file descriptor/)]);
    expect(process.hasUncaughtExceptionCaptureCallback()).toBe(true);
  }, 30_000);

  it('skips quietly when no cache service is configured', async () => {
    delete process.env.ACTIONS_CACHE_URL;
    const logger = recordingLogger();
    expect(await restoreCache([dir], 'k', [], {logger})).toEqual({hit: 'none'});
    expect(await saveCache([dir], 'k', {logger})).toBe(false);
    expect(server.requests).toHaveLength(0);
    expect(logger.lines.every(l => l.startsWith('info:'))).toBe(true);
  });
});

describe('cache keys', () => {
  it.each([
    ['Tool-Helm-3.16.4', 'tool-helm-3.16.4'],
    ['a,b', 'a-b'],
    ['x'.repeat(600), 'x'.repeat(512)]
  ])('normalises %p', (key, expected) => {
    expect(normaliseCacheKey(key)).toBe(expected);
  });

  it.each([
    [{}, false],
    [{ACTIONS_CACHE_URL: 'http://127.0.0.1:1/'}, true],
    [{ACTIONS_RESULTS_URL: 'https://results'}, true]
  ])('service configured in %p: %p', (env, expected) => {
    expect(cacheServiceConfigured(env)).toBe(expected);
  });

  it.each([
    [{ACTIONS_CACHE_URL: 'http://a/'}, 'http://a/'],
    [{ACTIONS_RESULTS_URL: 'http://r/'}, 'http://r/'],
    [{ACTIONS_CACHE_URL: 'http://a/', ACTIONS_RESULTS_URL: 'http://r/'}, 'http://a/'],
    [
      {
        ACTIONS_CACHE_URL: 'http://a/',
        ACTIONS_RESULTS_URL: 'http://r/',
        ACTIONS_CACHE_SERVICE_V2: 'true'
      },
      'http://r/'
    ],
    [
      {
        ACTIONS_CACHE_URL: 'http://a/',
        ACTIONS_RESULTS_URL: 'http://r/',
        ACTIONS_CACHE_SERVICE_V2: 'true',
        GITHUB_SERVER_URL: 'https://forgejo.example.test'
      },
      'http://a/'
    ]
  ])('service URL for %p: %p', (env, expected) => {
    expect(cacheServiceUrl(env)).toBe(expected);
  });
});
