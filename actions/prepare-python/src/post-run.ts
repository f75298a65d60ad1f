import {formatDuration} from '@ci-actions/core/duration';
import {errorMessage} from '@ci-actions/core/errors';
import {coreLogger, type Logger} from '@ci-actions/core/logger';
import {existsSync} from 'node:fs';
import {state, type ToolSave} from './state';

// The post step: saves the uv cache when the install phase succeeded, even if a later step of the
// job failed (post-if: always()); skips after an exact hit; prunes first. Every problem is a
// warning: the post step never fails the job, and deadlines on prune and save keep it from hanging.
// It reads its state first and loads the cache and process code only when there is a save.

export const PRUNE_TIMEOUT_MS = 120_000;
export const SAVE_TIMEOUT_MS = 300_000;

/** `uv cache prune --ci`, with `--force` (do not wait for the cache lock) from uv 0.8.24 on. */
export function pruneArgs(uvVersion: string): string[] {
  const [major, minor, patch] = uvVersion.split('.').map(Number);
  const force = major > 0 || minor > 8 || (minor === 8 && patch >= 24);
  return ['cache', 'prune', '--ci', ...(force ? ['--force'] : [])];
}

export type SaveDecision = {save: true} | {save: false; reason: string};

/** Whether to save the uv cache, from the state main left behind. Pure. */
export function decideSave(values: {
  key: string;
  matchedKey: string;
  installOk: string;
}): SaveDecision {
  if (!values.key) {
    return {save: false, reason: 'caching is off, or the main step stopped before the cache key'};
  }
  if (values.installOk !== 'true') {
    return {save: false, reason: 'the install phase did not succeed'};
  }
  if (values.matchedKey && values.matchedKey.toLowerCase() === values.key.toLowerCase()) {
    return {save: false, reason: `the cache was restored from this exact key (${values.key})`};
  }
  return {save: true};
}

async function prune(uv: string, version: string, logger: Logger): Promise<void> {
  const args = pruneArgs(version);
  logger.info(`uv ${args.join(' ')}`);
  const {runProcess} = await import('@ci-actions/core/process');
  const result = await runProcess({
    command: uv,
    args,
    timeoutMs: PRUNE_TIMEOUT_MS,
    killGraceMs: 5000
  });
  if (result.timedOut) {
    logger.warning(
      `uv cache prune did not finish within ${formatDuration(PRUNE_TIMEOUT_MS)} and was stopped; saving the cache unpruned`
    );
  } else if (result.exitCode !== 0) {
    logger.warning(
      `uv cache prune failed (exit code ${result.exitCode}${result.spawnError ? `: ${result.spawnError}` : ''}); saving the cache unpruned`
    );
  }
}

async function saveUvCache(logger: Logger): Promise<void> {
  const key = state.get('cache-key');
  const decision = decideSave({
    key,
    matchedKey: state.get('cache-matched-key'),
    installOk: state.get('install-ok')
  });
  if (!decision.save) {
    logger.info(`Not saving the uv cache: ${decision.reason}.`);
    return;
  }
  const {cacheFailedEarlier, cacheServiceConfigured, saveCache} =
    await import('@ci-actions/core/cache');
  if (!cacheServiceConfigured()) {
    logger.info(
      'Not saving the uv cache: the Actions cache service is not available on this runner.'
    );
    return;
  }
  // Before the prune, which only serves a save.
  if (cacheFailedEarlier(logger, key)) return;
  const dir = state.get('cache-dir');
  if (!dir || !existsSync(dir)) {
    logger.info(`Not saving the uv cache: ${dir || 'its directory'} does not exist.`);
    return;
  }
  const uv = state.get('uv-path');
  if (state.get('prune') === 'true' && uv) await prune(uv, state.get('uv-version'), logger);
  await saveCache([dir], key, {logger, timeoutMs: SAVE_TIMEOUT_MS});
}

async function saveUvBinary(logger: Logger): Promise<void> {
  const saved = state.getJson<ToolSave>('tool-save', logger);
  if (!saved) return;
  const {saveCache} = await import('@ci-actions/core/cache');
  await saveCache([...saved.cachePaths], saved.cacheKey, {logger, timeoutMs: SAVE_TIMEOUT_MS});
}

export async function postRun(logger: Logger = coreLogger): Promise<void> {
  for (const step of [saveUvBinary, saveUvCache]) {
    try {
      await step(logger);
    } catch (error) {
      logger.warning(`prepare-python post step: ${errorMessage(error)}`);
    }
  }
}
