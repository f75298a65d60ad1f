export const id = 731;
export const ids = [731];
export const modules = {

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheFailedEarlier: () => (/* binding */ cacheFailedEarlier),
/* harmony export */   cacheServiceConfigured: () => (/* binding */ cacheServiceConfigured),
/* harmony export */   saveCache: () => (/* binding */ saveCache)
/* harmony export */ });
/* unused harmony exports MAX_KEY_LENGTH, PROBE_TIMEOUT_MS, CACHE_UNUSABLE_STATE, normaliseCacheKey, cacheServiceUrl, restoreCache, resetCacheHealth */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9713);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8306);
/* harmony import */ var _runner__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8643);




const MAX_KEY_LENGTH = 512;
/** How long the probe waits for any HTTP answer from the cache service. */
const PROBE_TIMEOUT_MS = 1500;
/** The state main hands to post once the cache failed (STATE_<name>). */
const CACHE_UNUSABLE_STATE = 'CI_ACTIONS_CACHE_UNUSABLE';
/** Lower-case, commas replaced (a comma is not allowed in a key), cut to 512 characters. */
function normaliseCacheKey(key) {
    return key.toLowerCase().replace(/,/g, '-').slice(0, MAX_KEY_LENGTH);
}
/** The environment-only check @actions/cache makes, without loading it. */
function cacheServiceConfigured(env = process.env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** The base URL @actions/cache talks to (v2 only on github.com-like hosts, as it decides). */
function cacheServiceUrl(env = process.env) {
    let host = 'github.com';
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        // an unparsable server URL: @actions/cache throws on it, the calls below warn
    }
    const v2Host = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
    if (v2Host && env.ACTIONS_CACHE_SERVICE_V2)
        return env.ACTIONS_RESULTS_URL ?? '';
    return env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL || '';
}
let cacheModule;
let probe;
let unavailableLogged = false;
/** Why the cache is not used for the rest of the step; set once. */
let unusable;
let skipLogged = false;
function unavailable(logger) {
    if (!unavailableLogged) {
        logger.info('The Actions cache service is not available on this runner; caching is skipped.');
        unavailableLogged = true;
    }
    return undefined;
}
function markUnusable(reason) {
    if (unusable)
        return;
    unusable = reason;
    skipLogged = true; // the warning that set it is this step's one warning
    try {
        _runner__WEBPACK_IMPORTED_MODULE_3__.saveState(CACHE_UNUSABLE_STATE, reason);
    }
    catch {
        // only a reason holding the file's delimiter throws; this step's skips hold regardless
    }
}
/** Where the service can be named in a log: its origin only (the path may identify the repo). */
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'the configured URL';
    }
}
/** One short request: any HTTP answer means alive; a refusal, reset or silence means dead. */
async function probeService(url, timeoutMs) {
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
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
    }
    catch (error) {
        return error instanceof CacheTimeout
            ? `${origin(url)} did not answer within ${(0,_duration__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`
            : `${origin(url)} is unreachable (${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`;
    }
    finally {
        client.dispose();
    }
}
/**
 * True, with one warning per step (info after it), once the cache failed earlier in this step or
 * in the main step before this post step.
 */
function cacheFailedEarlier(logger, key = 'cache') {
    unusable ??= _runner__WEBPACK_IMPORTED_MODULE_3__.getState(CACHE_UNUSABLE_STATE) || undefined;
    if (!unusable)
        return false;
    (0,_ledger__WEBPACK_IMPORTED_MODULE_2__/* .recordFault */ .QD)({
        kind: 'cache-skipped',
        target: normaliseCacheKey(key),
        error: unusable,
        outcome: 'without-cache'
    });
    const message = `The Actions cache is skipped: it failed earlier in this job (${unusable}).`;
    if (skipLogged)
        logger.info(message);
    else
        logger.warning(message);
    skipLogged = true;
    return true;
}
async function loadCache(logger, key) {
    if (!cacheServiceConfigured())
        return unavailable(logger);
    if (cacheFailedEarlier(logger, key))
        return undefined;
    const started = Date.now();
    probe ??= probeService(cacheServiceUrl(), PROBE_TIMEOUT_MS);
    const dead = await probe;
    if (dead && !unusable) {
        logger.warning(`The Actions cache service ${dead}; caching is skipped for this job.`);
        markUnusable(dead);
        (0,_ledger__WEBPACK_IMPORTED_MODULE_2__/* .recordFault */ .QD)({
            kind: 'cache-failed',
            target: origin(cacheServiceUrl()),
            error: dead,
            waitedMs: Date.now() - started,
            outcome: 'without-cache'
        });
        return undefined;
    }
    // A call running alongside may have failed meanwhile.
    if (cacheFailedEarlier(logger, key))
        return undefined;
    cacheModule ??= Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 289));
    const cache = await cacheModule;
    if (!cache.isFeatureAvailable())
        return unavailable(logger);
    return cache;
}
class CacheTimeout extends Error {
}
async function withDeadline(work, timeoutMs) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CacheTimeout()), timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
// While toolkit calls are in flight, an exception thrown from one of its callbacks or stream
// listeners (which no caller can catch, and which runAction would report as the step's failure)
// is captured here: it fails the calls in flight with a warning instead.
const inFlight = new Set();
let captureInstalled = false;
function captureToolkitErrors(error) {
    for (const fail of inFlight)
        fail(error);
}
async function guarded(work) {
    if (!captureInstalled && !process.hasUncaughtExceptionCaptureCallback()) {
        process.setUncaughtExceptionCaptureCallback(captureToolkitErrors);
        captureInstalled = true;
    }
    let fail = () => undefined;
    const failed = new Promise((_, reject) => {
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
function boundSegmentTimeout(timeoutMs) {
    if (process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS)
        return;
    const minutes = Math.max(1, Math.ceil(timeoutMs / 60_000));
    process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS = String(minutes);
}
async function restoreCache(paths, key, restoreKeys, options) {
    const { logger } = options;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const primary = normaliseCacheKey(key);
    const started = Date.now();
    try {
        const cache = await loadCache(logger, primary);
        if (!cache)
            return { hit: 'none' };
        boundSegmentTimeout(timeoutMs);
        const matched = await withDeadline(guarded(() => cache.restoreCache([...paths], primary, restoreKeys.map(normaliseCacheKey), { lookupOnly: options.lookupOnly ?? false, segmentTimeoutInMs: timeoutMs }, options.enableCrossOsArchive ?? false)), timeoutMs);
        if (!matched) {
            logger.info(`Cache not found for key ${primary}`);
            return { hit: 'none' };
        }
        const hit = matched.toLowerCase() === primary ? 'exact' : 'partial';
        logger.info(hit === 'exact'
            ? `Cache restored from key ${matched}`
            : `Cache restored from key ${matched} (a partial match for ${primary})`);
        return { hit, matchedKey: matched };
    }
    catch (error) {
        const reason = error instanceof CacheTimeout
            ? `a restore did not finish within ${formatDuration(timeoutMs)}`
            : `a restore failed: ${errorMessage(error)}`;
        const first = !unusable;
        markUnusable(reason);
        recordCacheFailure(primary, reason, started);
        const message = `Cache restore for key ${primary}: ${reason}; going on without it`;
        if (first)
            logger.warning(message);
        else
            logger.info(message);
        return { hit: 'none' };
    }
}
function recordCacheFailure(key, reason, started) {
    const error = reason.replace(/^a (restore|save) failed: /, '');
    (0,_ledger__WEBPACK_IMPORTED_MODULE_2__/* .recordFault */ .QD)({
        kind: 'cache-failed',
        target: key,
        error,
        waitedMs: Date.now() - started,
        outcome: 'without-cache'
    });
}
function isValidationError(error) {
    if (!(error instanceof Error))
        return false;
    return error.name === 'ValidationError' || error.message.startsWith('Path Validation Error');
}
/**
 * Saves `paths` under `key`; false on any failure. @actions/cache reports a failed save only in its
 * log (it returns the reserved id all the same), so a save counts once a lookup finds the key.
 */
async function saveCache(paths, key, options) {
    const { logger } = options;
    const timeoutMs = options.timeoutMs ?? 300_000;
    const primary = normaliseCacheKey(key);
    const crossOs = options.enableCrossOsArchive ?? false;
    const started = Date.now();
    try {
        const cache = await loadCache(logger, primary);
        if (!cache)
            return false;
        const landed = await withDeadline(guarded(async () => {
            const id = await cache.saveCache([...paths], primary, undefined, crossOs);
            const found = await cache.restoreCache([...paths], primary, [], { lookupOnly: true }, crossOs);
            if (found?.toLowerCase() !== primary)
                return 'lost';
            return id === -1 ? 'present' : 'saved';
        }), timeoutMs);
        if (landed === 'present') {
            logger.info(`Cache for key ${primary} exists already (saved by another job); not saved again`);
            return false;
        }
        if (landed === 'lost') {
            markUnusable(`the save for key ${primary} did not land`);
            recordCacheFailure(primary, 'the save did not land', started);
            logger.info(`Cache was not saved for key ${primary}: the service does not list it (see the messages above); the cache is skipped for the rest of this job`);
            return false;
        }
        logger.info(`Cache saved with key ${primary}`);
        return true;
    }
    catch (error) {
        // A path or key the toolkit rejects says nothing about the service.
        if (isValidationError(error)) {
            recordCacheFailure(primary, error.message, started);
            logger.warning(`Cache save for key ${primary} failed: ${error.message}`);
            return false;
        }
        const reason = error instanceof CacheTimeout
            ? `a save did not finish within ${(0,_duration__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`
            : `a save failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
        const first = !unusable;
        markUnusable(reason);
        recordCacheFailure(primary, reason, started);
        const message = `Cache save for key ${primary}: ${reason}; skipped`;
        if (first)
            logger.warning(message);
        else
            logger.info(message);
        return false;
    }
}
/** Forgets the step's probe and failures (tests run many steps in one process). */
function resetCacheHealth() {
    probe = undefined;
    unusable = undefined;
    skipLogged = false;
}


/***/ })

};
