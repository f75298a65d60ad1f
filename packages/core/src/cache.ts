import {errorMessage} from './errors';
import {formatDuration} from './duration';
import {recordFault} from './ledger';
import type {Logger} from './logger';
import * as runner from './runner';

// Never-throwing wrappers over @actions/cache: a cache that is absent, slow, broken or full costs a
// warning and a bounded delay, never a failure. Keys are lower-cased (act-based cache servers
// lower-case them) and a matched key is compared case-insensitively. @actions/cache (which loads
// @actions/core and the HTTP stack) is imported only when the cache service is configured.
//
// The service is probed once per step before its first use, and the first failure of any kind
// (refused, timed out, an error thrown or emitted by the toolkit, a save that did not land) makes
// the cache unusable for the rest of the step and, through the step's state, for its post step:
// a dead service costs one probe and one warning per step, not the toolkit's retries per call.

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
/** How long the probe waits for any HTTP answer from the cache service. */
export const PROBE_TIMEOUT_MS = 1500;
/** The state main hands to post once the cache failed (STATE_<name>). */
export const CACHE_UNUSABLE_STATE = 'CI_ACTIONS_CACHE_UNUSABLE';

/** Lower-case, commas replaced (a comma is not allowed in a key), cut to 512 characters. */
export function normaliseCacheKey(key: string): string {
  return key.toLowerCase().replace(/,/g, '-').slice(0, MAX_KEY_LENGTH);
}

/** The environment-only check @actions/cache makes, without loading it. */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

/** The base URL @actions/cache talks to (v2 only on github.com-like hosts, as it decides). */
export function cacheServiceUrl(env: NodeJS.ProcessEnv = process.env): string {
  let host = 'github.com';
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  } catch {
    // an unparsable server URL: @actions/cache throws on it, the calls below warn
  }
  const v2Host = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
  if (v2Host && env.ACTIONS_CACHE_SERVICE_V2) return env.ACTIONS_RESULTS_URL ?? '';
  return env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL || '';
}

type CacheModule = typeof import('@actions/cache');
let cacheModule: Promise<CacheModule> | undefined;
let probe: Promise<string | undefined> | undefined;
let unavailableLogged = false;
/** Why the cache is not used for the rest of the step; set once. */
let unusable: string | undefined;
let skipLogged = false;

function unavailable(logger: Logger): undefined {
  if (!unavailableLogged) {
    logger.info('The Actions cache service is not available on this runner; caching is skipped.');
    unavailableLogged = true;
  }
  return undefined;
}

function markUnusable(reason: string): void {
  if (unusable) return;
  unusable = reason;
  skipLogged = true; // the warning that set it is this step's one warning
  try {
    runner.saveState(CACHE_UNUSABLE_STATE, reason);
  } catch {
    // only a reason holding the file's delimiter throws; this step's skips hold regardless
  }
}

/** Where the service can be named in a log: its origin only (the path may identify the repo). */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the configured URL';
  }
}

/** One short request: any HTTP answer means alive; a refusal, reset or silence means dead. */
async function probeService(url: string, timeoutMs: number): Promise<string | undefined> {
  const {HttpClient} = await import('@actions/http-client');
  const client = new HttpClient('ci-actions-cache-probe', [], {
    allowRetries: false,
    maxRetries: 0,
    keepAlive: false,
    socketTimeout: timeoutMs
  });
  try {
    const response = await withDeadline(client.get(url), timeoutMs);
    response.message.destroy();
    return undefined;
  } catch (error) {
    return error instanceof CacheTimeout
      ? `${origin(url)} did not answer within ${formatDuration(timeoutMs)}`
      : `${origin(url)} is unreachable (${errorMessage(error)})`;
  } finally {
    client.dispose();
  }
}

/**
 * True, with one warning per step (info after it), once the cache failed earlier in this step or
 * in the main step before this post step.
 */
export function cacheFailedEarlier(logger: Logger, key = 'cache'): boolean {
  unusable ??= runner.getState(CACHE_UNUSABLE_STATE) || undefined;
  if (!unusable) return false;
  recordFault({
    kind: 'cache-skipped',
    target: normaliseCacheKey(key),
    error: unusable,
    outcome: 'without-cache'
  });
  const message = `The Actions cache is skipped: it failed earlier in this job (${unusable}).`;
  if (skipLogged) logger.info(message);
  else logger.warning(message);
  skipLogged = true;
  return true;
}

async function loadCache(logger: Logger, key: string): Promise<CacheModule | undefined> {
  if (!cacheServiceConfigured()) return unavailable(logger);
  if (cacheFailedEarlier(logger, key)) return undefined;
  const started = Date.now();
  probe ??= probeService(cacheServiceUrl(), PROBE_TIMEOUT_MS);
  const dead = await probe;
  if (dead && !unusable) {
    logger.warning(`The Actions cache service ${dead}; caching is skipped for this job.`);
    markUnusable(dead);
    recordFault({
      kind: 'cache-failed',
      target: origin(cacheServiceUrl()),
      error: dead,
      waitedMs: Date.now() - started,
      outcome: 'without-cache'
    });
    return undefined;
  }
  // A call running alongside may have failed meanwhile.
  if (cacheFailedEarlier(logger, key)) return undefined;
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

// While toolkit calls are in flight, an exception thrown from one of its callbacks or stream
// listeners (which no caller can catch, and which runAction would report as the step's failure)
// is captured here: it fails the calls in flight with a warning instead.
const inFlight = new Set<(error: unknown) => void>();
let captureInstalled = false;

function captureToolkitErrors(error: unknown): void {
  for (const fail of inFlight) fail(error);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  if (!captureInstalled && !process.hasUncaughtExceptionCaptureCallback()) {
    process.setUncaughtExceptionCaptureCallback(captureToolkitErrors);
    captureInstalled = true;
  }
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  inFlight.add(fail);
  const running = work();
  // The toolkit's work may outlive a deadline; the capture stays until it has settled.
  void running
    .catch(() => undefined)
    .finally(() => {
      inFlight.delete(fail);
      if (inFlight.size === 0 && captureInstalled) {
        process.setUncaughtExceptionCaptureCallback(null);
        captureInstalled = false;
      }
    });
  return Promise.race([running, failed]);
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
  const started = Date.now();
  try {
    const cache = await loadCache(logger, primary);
    if (!cache) return {hit: 'none'};
    boundSegmentTimeout(timeoutMs);
    const matched = await withDeadline(
      guarded(() =>
        cache.restoreCache(
          [...paths],
          primary,
          restoreKeys.map(normaliseCacheKey),
          {lookupOnly: options.lookupOnly ?? false, segmentTimeoutInMs: timeoutMs},
          options.enableCrossOsArchive ?? false
        )
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
    const reason =
      error instanceof CacheTimeout
        ? `a restore did not finish within ${formatDuration(timeoutMs)}`
        : `a restore failed: ${errorMessage(error)}`;
    const first = !unusable;
    markUnusable(reason);
    recordCacheFailure(primary, reason, started);
    const message = `Cache restore for key ${primary}: ${reason}; going on without it`;
    if (first) logger.warning(message);
    else logger.info(message);
    return {hit: 'none'};
  }
}

function recordCacheFailure(key: string, reason: string, started: number): void {
  const error = reason.replace(/^a (restore|save) failed: /, '');
  recordFault({
    kind: 'cache-failed',
    target: key,
    error,
    waitedMs: Date.now() - started,
    outcome: 'without-cache'
  });
}

function isValidationError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  return error.name === 'ValidationError' || error.message.startsWith('Path Validation Error');
}

/**
 * Saves `paths` under `key`; false on any failure. @actions/cache reports a failed save only in its
 * log (it returns the reserved id all the same), so a save counts once a lookup finds the key.
 */
export async function saveCache(
  paths: readonly string[],
  key: string,
  options: CacheCallOptions
): Promise<boolean> {
  const {logger} = options;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const primary = normaliseCacheKey(key);
  const crossOs = options.enableCrossOsArchive ?? false;
  const started = Date.now();
  try {
    const cache = await loadCache(logger, primary);
    if (!cache) return false;
    const landed = await withDeadline(
      guarded(async () => {
        const id = await cache.saveCache([...paths], primary, undefined, crossOs);
        const found = await cache.restoreCache(
          [...paths],
          primary,
          [],
          {lookupOnly: true},
          crossOs
        );
        if (found?.toLowerCase() !== primary) return 'lost';
        return id === -1 ? 'present' : 'saved';
      }),
      timeoutMs
    );
    if (landed === 'present') {
      logger.info(
        `Cache for key ${primary} exists already (saved by another job); not saved again`
      );
      return false;
    }
    if (landed === 'lost') {
      markUnusable(`the save for key ${primary} did not land`);
      recordCacheFailure(primary, 'the save did not land', started);
      logger.info(
        `Cache was not saved for key ${primary}: the service does not list it (see the messages above); the cache is skipped for the rest of this job`
      );
      return false;
    }
    logger.info(`Cache saved with key ${primary}`);
    return true;
  } catch (error) {
    // A path or key the toolkit rejects says nothing about the service.
    if (isValidationError(error)) {
      recordCacheFailure(primary, error.message, started);
      logger.warning(`Cache save for key ${primary} failed: ${error.message}`);
      return false;
    }
    const reason =
      error instanceof CacheTimeout
        ? `a save did not finish within ${formatDuration(timeoutMs)}`
        : `a save failed: ${errorMessage(error)}`;
    const first = !unusable;
    markUnusable(reason);
    recordCacheFailure(primary, reason, started);
    const message = `Cache save for key ${primary}: ${reason}; skipped`;
    if (first) logger.warning(message);
    else logger.info(message);
    return false;
  }
}

/** Forgets the step's probe and failures (tests run many steps in one process). */
export function resetCacheHealth(): void {
  probe = undefined;
  unusable = undefined;
  skipLogged = false;
}
