import {errorMessage} from './errors';
import {formatDuration} from './duration';
import type {Logger} from './logger';

// Never-throwing wrappers over @actions/cache: a cache that is absent, slow, broken or full costs a
// warning and a bounded delay, never a failure. Keys are lower-cased (act-based cache servers
// lower-case them) and a matched key is compared case-insensitively. @actions/cache (which loads
// @actions/core and the HTTP stack) is imported only when the cache service is configured.

export type CacheHit = 'exact' | 'partial' | 'none';

export interface CacheCallOptions {
  readonly logger: Logger;
  /** Deadline for the whole call (default 120 s for a restore, 300 s for a save). */
  readonly timeoutMs?: number;
  /** Only look the key up, download nothing. */
  readonly lookupOnly?: boolean;
  readonly enableCrossOsArchive?: boolean;
}

export interface RestoreResult {
  readonly hit: CacheHit;
  readonly matchedKey?: string;
}

export const MAX_KEY_LENGTH = 512;

/** Lower-case, commas replaced (a comma is not allowed in a key), cut to 512 characters. */
export function normaliseCacheKey(key: string): string {
  return key.toLowerCase().replace(/,/g, '-').slice(0, MAX_KEY_LENGTH);
}

/** The environment-only check @actions/cache makes, without loading it. */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

type CacheModule = typeof import('@actions/cache');
let cacheModule: Promise<CacheModule> | undefined;
let unavailableLogged = false;
function unavailable(logger: Logger): undefined {
  if (!unavailableLogged) {
    logger.info('The Actions cache service is not available on this runner; caching is skipped.');
    unavailableLogged = true;
  }
  return undefined;
}

// Once a call has run into its deadline the service is taken as unresponsive for the rest of the
// step, so that one hanging cache costs one deadline, not one per call.
let unresponsive = false;

async function loadCache(logger: Logger): Promise<CacheModule | undefined> {
  if (!cacheServiceConfigured()) return unavailable(logger);
  if (unresponsive) {
    logger.info('The Actions cache service did not answer in time earlier in this step; skipped.');
    return undefined;
  }
  cacheModule ??= import('@actions/cache');
  const cache = await cacheModule;
  if (!cache.isFeatureAvailable()) return unavailable(logger);
  return cache;
}

class CacheTimeout extends Error {}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeout()), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps one stalled segment from using the whole budget: @actions/cache reads this variable. */
function boundSegmentTimeout(timeoutMs: number): void {
  if (process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS) return;
  const minutes = Math.max(1, Math.ceil(timeoutMs / 60_000));
  process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS = String(minutes);
}

export async function restoreCache(
  paths: readonly string[],
  key: string,
  restoreKeys: readonly string[],
  options: CacheCallOptions
): Promise<RestoreResult> {
  const {logger} = options;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const primary = normaliseCacheKey(key);
  try {
    const cache = await loadCache(logger);
    if (!cache) return {hit: 'none'};
    boundSegmentTimeout(timeoutMs);
    const matched = await withDeadline(
      cache.restoreCache(
        [...paths],
        primary,
        restoreKeys.map(normaliseCacheKey),
        {lookupOnly: options.lookupOnly ?? false, segmentTimeoutInMs: timeoutMs},
        options.enableCrossOsArchive ?? false
      ),
      timeoutMs
    );
    if (!matched) {
      logger.info(`Cache not found for key ${primary}`);
      return {hit: 'none'};
    }
    const hit: CacheHit = matched.toLowerCase() === primary ? 'exact' : 'partial';
    logger.info(
      hit === 'exact'
        ? `Cache restored from key ${matched}`
        : `Cache restored from key ${matched} (a partial match for ${primary})`
    );
    return {hit, matchedKey: matched};
  } catch (error) {
    if (error instanceof CacheTimeout) unresponsive = true;
    logger.warning(
      error instanceof CacheTimeout
        ? `Cache restore for key ${primary} did not finish within ${formatDuration(timeoutMs)}; going on without it`
        : `Cache restore for key ${primary} failed: ${errorMessage(error)}; going on without it`
    );
    return {hit: 'none'};
  }
}

/** Saves `paths` under `key`; false (with a warning) on any failure. */
export async function saveCache(
  paths: readonly string[],
  key: string,
  options: CacheCallOptions
): Promise<boolean> {
  const {logger} = options;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const primary = normaliseCacheKey(key);
  try {
    const cache = await loadCache(logger);
    if (!cache) return false;
    const id = await withDeadline(
      cache.saveCache([...paths], primary, undefined, options.enableCrossOsArchive ?? false),
      timeoutMs
    );
    if (id === -1) {
      logger.info(`Cache was not saved for key ${primary} (see the messages above)`);
      return false;
    }
    logger.info(`Cache saved with key ${primary}`);
    return true;
  } catch (error) {
    if (error instanceof CacheTimeout) unresponsive = true;
    logger.warning(
      error instanceof CacheTimeout
        ? `Cache save for key ${primary} did not finish within ${formatDuration(timeoutMs)}; skipped`
        : `Cache save for key ${primary} failed: ${errorMessage(error)}`
    );
    return false;
  }
}
