import {coreLogger, type Logger} from '@ci-actions/core/logger';
import {existsSync, readdirSync} from 'node:fs';
import {state, type SaveItem, type SchemaState} from './state';

// The post step saves only what main made and verified (fresh tool installs, freshly built chart
// dependencies) and the schema cache when kubeconform added files. It never fails the job: every
// save is bounded and a failure is a warning. The cache code (and node:crypto, for the schema
// key) loads only when there may be a save.

const SAVE_TIMEOUT_MS = 120_000;

export async function postRun(logger: Logger = coreLogger): Promise<void> {
  const items = [
    ...(state.getJson<SaveItem[]>('tools', logger) ?? []),
    ...(state.getJson<SaveItem[]>('charts', logger) ?? [])
  ];
  const schemas = state.getJson<SchemaState>('schemas', logger);
  if (schemas && existsSync(schemas.dir)) {
    const {schemaKey} = await import('./schemas');
    const files = readdirSync(schemas.dir);
    const key = schemaKey(schemas.prefix, files);
    if (files.length === 0) logger.info('The schema cache is empty; nothing to save.');
    else if (key === schemas.matchedKey.toLowerCase()) {
      logger.info(`The schema cache is unchanged (${key}); not saved again.`);
    } else items.push({key, paths: [schemas.dir]});
  }
  if (items.length === 0) {
    logger.info('Nothing new to save.');
    return;
  }
  const {saveCache} = await import('@ci-actions/core/cache');
  // One at a time: after the first failure the cache is skipped, so a broken service costs one save.
  for (const item of items) {
    await saveCache(item.paths, item.key, {logger, timeoutMs: SAVE_TIMEOUT_MS});
  }
}
