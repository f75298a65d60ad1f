import {coreLogger, errorMessage, runner} from '@ci-actions/core';
import {saveCache} from '@ci-actions/core/cache';
import {existsSync, readdirSync} from 'node:fs';
import {STATE_CHARTS, STATE_SCHEMAS, STATE_TOOLS, type SaveItem} from './run';
import {schemaKey} from './schemas';

// The post step saves only what main made and verified (fresh tool installs, freshly built chart
// dependencies) and the schema cache when kubeconform added files. It never fails the job: every
// save is bounded and a failure is a warning.

const SAVE_TIMEOUT_MS = 120_000;

function parse<T>(name: string): T | undefined {
  const text = runner.getState(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    coreLogger.warning(`Ignoring unreadable state ${name}: ${errorMessage(error)}`);
    return undefined;
  }
}

export async function postRun(): Promise<void> {
  const logger = coreLogger;
  const items = [
    ...(parse<SaveItem[]>(STATE_TOOLS) ?? []),
    ...(parse<SaveItem[]>(STATE_CHARTS) ?? [])
  ];
  const schemas = parse<{dir: string; prefix: string; matchedKey: string}>(STATE_SCHEMAS);
  if (schemas && existsSync(schemas.dir)) {
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
  // One at a time: after the first failure the cache is skipped, so a broken service costs one save.
  for (const item of items) {
    await saveCache(item.paths, item.key, {logger, timeoutMs: SAVE_TIMEOUT_MS});
  }
}
