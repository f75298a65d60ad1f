import {glob} from '@ci-actions/core/glob';
import {
  ActionFailure,
  causeOf,
  code,
  CommandError,
  INSTALL_HEAD,
  installRow,
  Phases,
  renderSummary,
  runRetriedCommand,
  resolveRunDeps,
  stepLedger,
  runner,
  withCause,
  workspaceDir,
  type Logger,
  type RunDeps
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
import {state, type SaveItem, type SchemaState} from './state';
import {helmDownload, kubeconformDownload, type Download} from './versions';

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
    {
      logger,
      attempts: inputs.attempts,
      budgetMs: inputs.retryBudgetMs,
      actionsCache: inputs.cache,
      addToPath: false
    }
  );
}

/** A path inside the workspace as a relative one (a stable cache version across runners). */
function cachePath(path: string): string {
  const rel = relative(workspaceDir(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

async function findChartDirs(patterns: readonly string[]): Promise<string[]> {
  const root = workspaceDir();
  const found = await glob(root, patterns, {directories: true});
  return found.map(dir => join(root, dir)).filter(dir => existsSync(join(dir, 'Chart.lock')));
}

/** A helm command that reaches chart repositories, retried on helm's and the network's transient errors. */
async function helmCommand(helm: string, args: string[], inputs: Inputs, logger: Logger) {
  logger.info(`helm ${args.join(' ')}`);
  try {
    await runRetriedCommand({
      command: helm,
      args,
      label: `helm ${args.join(' ')}`,
      cwd: workspaceDir(),
      timeoutMs: 10 * 60_000,
      attempts: inputs.attempts,
      budgetMs: inputs.retryBudgetMs,
      retryOn: ['helm', 'network', 'http'],
      logger
    });
  } catch (error) {
    if (error instanceof CommandError) {
      throw withCause(
        new ActionFailure(
          error.result.spawnError
            ? `cannot run ${helm}: ${error.result.spawnError}`
            : `${error.message}${error.transient ? ` after ${error.attempt} attempt(s) (${error.transient})` : ''}`
        ),
        causeOf(error)
      );
    }
    throw error;
  }
}

async function chartDependencies(
  inputs: Inputs,
  helm: string,
  logger: Logger
): Promise<{allHit: boolean; saves: SaveItem[]; rows: string[][]}> {
  const dirs = await findChartDirs(inputs.charts);
  if (dirs.length === 0) {
    logger.warning(`No chart directory with a Chart.lock matches ${inputs.charts.join(', ')}`);
    return {allHit: false, saves: [], rows: []};
  }
  const saves: SaveItem[] = [];
  const rows: string[][] = [];
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
      rows.push([code(rel), `${deps.length}`, 'Actions cache (hit)']);
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
    rows.push([code(rel), `${deps.length}`, `${code('helm dependency build')} (cache miss)`]);
  }
  return {allHit, saves, rows};
}

export function schemaCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'ci-actions-kubeconform');
}

/** Creates the schema cache directory (kubeconform needs it to exist) and restores it. */
async function restoreSchemaCache(inputs: Inputs, logger: Logger): Promise<SchemaState> {
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

export async function run(deps: RunDeps<Inputs> = {}): Promise<void> {
  const {inputs, logger} = resolveRunDeps(deps, readInputs);
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

  const phases = new Phases(logger);
  // Both tools at once; a failure of either fails the step after both have settled.
  const installs = Promise.allSettled([
    helm
      ? phases.run('helm', () => install(helm, inputs.helmSha256, inputs, logger))
      : Promise.resolve(undefined),
    kubeconform
      ? phases.run('kubeconform', () =>
          install(kubeconform, inputs.kubeconformSha256, inputs, logger)
        )
      : Promise.resolve(undefined)
  ]);
  // The schema cache is restored while the tools install: each cache call may take up to its
  // deadline when the cache service hangs, and one after the other they would add up.
  const schemas = inputs.schemaCache
    ? phases.run('schemas', () => restoreSchemaCache(inputs, logger))
    : undefined;
  // Awaited below; when an install fails first, the step ends without it.
  schemas?.catch(() => undefined);
  const settled = await installs;
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
  if (toolSaves.length) state.setJson('tools', toolSaves);
  if (failure) throw (failure as PromiseRejectedResult).reason;
  // In a fixed order (the installs ran in parallel): helm, then kubeconform.
  for (const result of installed) runner.addPath(result.dir);

  runner.setOutput('helm-path', helmResult?.paths[helm!.binary] ?? '');
  runner.setOutput('helm-version', helmResult?.version ?? '');
  runner.setOutput('kubeconform-path', kubeconformResult?.paths[kubeconform!.binary] ?? '');
  runner.setOutput('kubeconform-version', kubeconformResult?.version ?? '');
  runner.setOutput('cache-hit', String(installed.every(r => r.source !== 'download')));

  let cacheDir: string | undefined;
  let schemaCache = 'off';
  if (schemas) {
    const restored = await schemas;
    cacheDir = restored.dir;
    schemaCache = restored.matchedKey ? `hit ${code(restored.matchedKey)}` : 'miss';
    state.setJson('schemas', restored);
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

  let chartRows: string[][] = [];
  if (inputs.charts.length) {
    const helmPath = helmResult?.paths[helm!.binary] ?? 'helm';
    const charts = await phases.run('charts', () => chartDependencies(inputs, helmPath, logger));
    if (charts.saves.length) state.setJson('charts', charts.saves);
    runner.setOutput('charts-cache-hit', String(charts.allHit));
    chartRows = charts.rows;
  } else {
    runner.setOutput('charts-cache-hit', 'false');
  }
  if (inputs.summary) {
    runner.appendSummary(
      renderSummary({
        title: 'setup-helm-kubeconform',
        faultsAbsorbed: stepLedger().absorbed(),
        tables: [
          {head: INSTALL_HEAD, rows: installed.map(installRow)},
          {head: ['chart', 'dependencies', 'from'], rows: chartRows}
        ],
        notes: [`**schema cache:** ${schemaCache}`],
        phases: phases.list()
      })
    );
  }
}
