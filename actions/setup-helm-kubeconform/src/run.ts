import {glob} from '@ci-actions/core/glob';
import {
  absorbFault,
  ActionFailure,
  commandTarget,
  coreLogger,
  formatDuration,
  retry,
  runProcess,
  runner,
  withCause,
  type Logger
} from '@ci-actions/core';
import {restoreCache} from '@ci-actions/core/cache';
import {installTool, parseChecksumList, type InstallResult} from '@ci-actions/core/tool-install';
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {isAbsolute, join, relative, sep} from 'node:path';
import {chartCacheKey, httpRepositories, missingArchives, parseChartLock} from './charts';
import {readInputs, type Inputs} from './inputs';
import {kubeconformArgs} from './kubeconform-args';
import {schemaKeyPrefix} from './schemas';
import {helmDownload, kubeconformDownload, type Download} from './versions';

export interface SaveItem {
  readonly key: string;
  readonly paths: string[];
}

export const STATE_TOOLS = 'tools';
export const STATE_CHARTS = 'charts';
export const STATE_SCHEMAS = 'schemas';

const COMMAND_BACKOFF = {delayMs: 2000, multiplier: 2, maxDelayMs: 30_000, jitter: true};

function unsupported(tool: string): ActionFailure {
  return new ActionFailure(
    `${tool} publishes no build for ${process.platform}/${process.arch}; set its version to 'none' on this runner.`
  );
}

async function install(
  download: Download,
  inputSha256: string | undefined,
  inputs: Inputs,
  logger: Logger
): Promise<InstallResult> {
  return installTool(
    {
      name: download.name,
      version: download.version,
      os: download.os,
      arch: download.arch,
      archiveName: download.archiveName,
      urls: download.urls,
      binaries: [{member: download.member, name: download.binary}],
      digest: {
        input: inputSha256,
        builtIn: download.builtInSha256,
        checksumFile: {urls: download.checksumUrls, parse: parseChecksumList}
      }
    },
    {logger, attempts: inputs.attempts, actionsCache: inputs.cache, addToPath: false}
  );
}

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** A path inside the workspace as a relative one (a stable cache version across runners). */
function cachePath(path: string): string {
  const rel = relative(workspace(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

async function findChartDirs(patterns: readonly string[]): Promise<string[]> {
  const root = workspace();
  const found = await glob(root, patterns, {directories: true});
  return found.map(dir => join(root, dir)).filter(dir => existsSync(join(dir, 'Chart.lock')));
}

async function helmCommand(helm: string, args: string[], inputs: Inputs, logger: Logger) {
  await retry(
    async ({attempt}) => {
      logger.info(`helm ${args.join(' ')}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      const result = await runProcess({
        command: helm,
        args,
        cwd: workspace(),
        timeoutMs: 10 * 60_000,
        killGraceMs: 5000
      });
      if (result.spawnError) throw new ActionFailure(`cannot run ${helm}: ${result.spawnError}`);
      if (result.exitCode !== 0) {
        throw withCause(
          new ActionFailure(`helm ${args.join(' ')} failed with exit code ${result.exitCode}`),
          {target: commandTarget(['helm', ...args]), error: `exit code ${result.exitCode}`}
        );
      }
    },
    {
      attempts: inputs.attempts,
      backoff: COMMAND_BACKOFF,
      onRetry: ({error, attempt, delayMs}) =>
        absorbFault(
          logger,
          {
            kind: 'command-retry',
            target: commandTarget(['helm', ...args]),
            attempt,
            error: (error as Error).message.replace(/^.* failed with /, ''),
            waitedMs: delayMs,
            outcome: 'retried'
          },
          `${(error as Error).message} (attempt ${attempt} of ${inputs.attempts}); retrying in ${formatDuration(delayMs)}`
        )
    }
  );
}

async function chartDependencies(
  inputs: Inputs,
  helm: string,
  logger: Logger
): Promise<{allHit: boolean; saves: SaveItem[]}> {
  const dirs = await findChartDirs(inputs.charts);
  if (dirs.length === 0) {
    logger.warning(`No chart directory with a Chart.lock matches ${inputs.charts.join(', ')}`);
    return {allHit: false, saves: []};
  }
  const saves: SaveItem[] = [];
  let allHit = true;
  const addedRepos = new Set<string>();
  for (const dir of dirs) {
    const lock = readFileSync(join(dir, 'Chart.lock'), 'utf8');
    const deps = parseChartLock(lock);
    const rel = cachePath(dir);
    const key = chartCacheKey(rel, lock);
    const chartsDir = join(dir, 'charts');
    const paths = [cachePath(chartsDir)];
    const restored = await restoreCache(paths, key, [], {logger});
    const present = existsSync(chartsDir) ? readdirSync(chartsDir) : [];
    const missing = missingArchives(deps, present);
    if (restored.hit === 'exact' && missing.length === 0) {
      logger.info(`${rel}: chart dependencies restored from the cache`);
      continue;
    }
    allHit = false;
    for (const repo of httpRepositories(deps)) {
      if (addedRepos.has(repo.url)) continue;
      await helmCommand(
        helm,
        ['repo', 'add', '--force-update', repo.name, repo.url],
        inputs,
        logger
      );
      addedRepos.add(repo.url);
    }
    await helmCommand(helm, ['dependency', 'build', dir], inputs, logger);
    const after = existsSync(chartsDir) ? readdirSync(chartsDir) : [];
    const still = missingArchives(deps, after);
    if (still.length) {
      throw new ActionFailure(`${rel}: helm dependency build left out ${still.join(', ')}`);
    }
    saves.push({key, paths});
  }
  return {allHit, saves};
}

export function schemaCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'ci-actions-kubeconform');
}

/** Creates the schema cache directory (kubeconform needs it to exist) and restores it. */
async function restoreSchemaCache(
  inputs: Inputs,
  logger: Logger
): Promise<{dir: string; prefix: string; matchedKey: string}> {
  const dir = schemaCacheDir();
  mkdirSync(dir, {recursive: true});
  const prefix = schemaKeyPrefix({
    kubernetesVersion: inputs.kubernetesVersion,
    schemaLocations: inputs.schemaLocations,
    now: new Date()
  });
  const restored = await restoreCache([dir], `${prefix}restore`, [prefix], {logger});
  return {dir, prefix, matchedKey: restored.matchedKey ?? ''};
}

export async function run(): Promise<void> {
  const inputs = readInputs();
  const logger = coreLogger;
  const helm = inputs.helmVersion
    ? helmDownload(inputs.helmVersion, process.platform, process.arch, inputs.helmMirrors)
    : undefined;
  if (inputs.helmVersion && !helm) throw unsupported('helm');
  const kubeconform = inputs.kubeconformVersion
    ? kubeconformDownload(
        inputs.kubeconformVersion,
        process.platform,
        process.arch,
        inputs.kubeconformMirrors
      )
    : undefined;
  if (inputs.kubeconformVersion && !kubeconform) throw unsupported('kubeconform');

  // The schema cache is restored while the tools install: each cache call may take up to its
  // deadline when the cache service hangs, and one after the other they would add up.
  const schemas = inputs.schemaCache ? restoreSchemaCache(inputs, logger) : undefined;
  // Awaited below; when an install fails first, the step ends without it.
  schemas?.catch(() => undefined);

  // Both tools at once; a failure of either fails the step after both have settled.
  const settled = await Promise.allSettled([
    helm ? install(helm, inputs.helmSha256, inputs, logger) : Promise.resolve(undefined),
    kubeconform
      ? install(kubeconform, inputs.kubeconformSha256, inputs, logger)
      : Promise.resolve(undefined)
  ]);
  const failure = settled.find(s => s.status === 'rejected');
  const [helmResult, kubeconformResult] = settled.map(s =>
    s.status === 'fulfilled' ? s.value : undefined
  );
  const installed = [helmResult, kubeconformResult].filter(
    (r): r is InstallResult => r !== undefined
  );
  const toolSaves = installed
    .filter(r => r.needsSave)
    .map(r => ({key: r.cacheKey, paths: [...r.cachePaths]}));
  if (toolSaves.length) runner.saveState(STATE_TOOLS, JSON.stringify(toolSaves));
  if (failure) throw (failure as PromiseRejectedResult).reason;
  // In a fixed order (the installs ran in parallel): helm, then kubeconform.
  for (const result of installed) runner.addPath(result.dir);

  runner.setOutput('helm-path', helmResult?.paths[helm!.binary] ?? '');
  runner.setOutput('helm-version', helmResult?.version ?? '');
  runner.setOutput('kubeconform-path', kubeconformResult?.paths[kubeconform!.binary] ?? '');
  runner.setOutput('kubeconform-version', kubeconformResult?.version ?? '');
  runner.setOutput('cache-hit', String(installed.every(r => r.source !== 'download')));

  let cacheDir: string | undefined;
  if (schemas) {
    const restored = await schemas;
    cacheDir = restored.dir;
    runner.saveState(STATE_SCHEMAS, JSON.stringify(restored));
  }
  runner.setOutput('schema-cache-dir', cacheDir ?? '');
  runner.setOutput(
    'kubeconform-args',
    kubeconformArgs({
      cacheDir,
      schemaLocations: inputs.schemaLocations,
      kubernetesVersion: inputs.kubernetesVersion
    })
  );

  if (inputs.charts.length) {
    const helmPath = helmResult?.paths[helm!.binary] ?? 'helm';
    const charts = await chartDependencies(inputs, helmPath, logger);
    if (charts.saves.length) runner.saveState(STATE_CHARTS, JSON.stringify(charts.saves));
    runner.setOutput('charts-cache-hit', String(charts.allHit));
  } else {
    runner.setOutput('charts-cache-hit', 'false');
  }
}
