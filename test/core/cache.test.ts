import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  cacheServiceConfigured,
  normaliseCacheKey,
  restoreCache,
  saveCache
} from '@ci-actions/core/cache';
import {cacheEnv, startCacheServer, type CacheServer} from '../helpers/cache-server';
import {useCleanEnv} from '../helpers/env';
import {recordingLogger} from '../helpers/logger';

describe('cache wrappers against the fake v1 cache server', () => {
  useCleanEnv();
  let server: CacheServer;
  let work: string;
  let dir: string;

  beforeEach(async () => {
    server = await startCacheServer();
    Object.assign(process.env, cacheEnv(server.url));
    delete process.env.ACTIONS_RESULTS_URL;
    work = mkdtempSync(join(tmpdir(), 'cache-test-'));
    dir = join(work, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'file.txt'), 'cached content');
  });
  afterEach(async () => {
    await server.close();
    rmSync(work, {recursive: true, force: true});
  });

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
  }, 40_000);

  it('a hanging server costs one deadline with a warning; later calls skip it', async () => {
    server.setFault('hang');
    const logger = recordingLogger();
    const started = Date.now();
    expect(await restoreCache([dir], 'k', [], {logger, timeoutMs: 500})).toEqual({hit: 'none'});
    expect(await saveCache([dir], 'k', {logger, timeoutMs: 500})).toBe(false);
    expect(await restoreCache([dir], 'k2', [], {logger, timeoutMs: 500})).toEqual({hit: 'none'});
    expect(Date.now() - started).toBeLessThan(1500);
    expect(logger.lines.filter(l => l.includes('did not finish within 500ms'))).toHaveLength(1);
    expect(logger.lines.filter(l => l.includes('did not answer in time earlier'))).toHaveLength(2);
    expect(server.requests).toHaveLength(1);

    await server.settleHungCalls();
    expect(server.requests.filter(r => r.status === 500)).toHaveLength(1);
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
});
