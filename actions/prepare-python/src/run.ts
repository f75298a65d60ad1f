import {
  ActionFailure,
  causeOf,
  CommandError,
  ConfigurationError,
  code,
  errorMessage,
  INSTALL_HEAD,
  installRow,
  Phases,
  renderSummary,
  formatDuration,
  resolvePath,
  resolveRunDeps,
  runProcess,
  runRetriedCommand,
  stepLedger,
  runner,
  withCause,
  type Logger,
  type RunDeps
} from '@ci-actions/core';
import {cacheServiceConfigured, restoreCache} from '@ci-actions/core/cache';
import {glob} from '@ci-actions/core/glob';
import {currentPlatform} from '@ci-actions/core/platform';
import {DownloadError, fetchText} from '@ci-actions/core/download';
import {
  findInstalled,
  installTool,
  parseChecksumList,
  type InstallOptions,
  type InstallResult,
  type ToolBinary
} from '@ci-actions/core/tool-install';
import {existsSync, readFileSync} from 'node:fs';
import {endianness, homedir, release} from 'node:os';
import {join, resolve} from 'node:path';
import {cacheKeys, dependencyHash, osReleaseId, pythonMajorMinor} from './cache-key';
import {readInputs, KNOWN_CHECKSUMS, type Inputs} from './inputs';
import {
  installArgs,
  noxArgs,
  planEnvironment,
  planInstall,
  PlanError,
  pythonFindArgs,
  pythonInstallArgs,
  parsePythonProbe,
  PYTHON_VERSION_SCRIPT,
  venvArgs,
  venvBinDir,
  type InstallPlan
} from './install';
import {state} from './state';
import {
  archiveName,
  archiveUrl,
  binaryMember,
  builtInDigest,
  uvTarget,
  type Target
} from './target';
import {externallyManaged, runUvOnce, UV_RETRY_ON} from './uv-command';
import {
  INDEX_ACCEPT,
  installableVersions,
  parseIndexPage,
  projectPageUrl,
  selectWheel,
  UvIndexError,
  wheelBinaries,
  wheelsOf
} from './uv-index';
import {pickVersion, type Resolved} from './versions';

const PYTHON_FIND_TIMEOUT_MS = 60_000;

/** `uv <args>` in the working directory, retried on transient network and index failures. */
async function uvRetried(
  uv: string,
  args: readonly string[],
  inputs: Inputs,
  logger: Logger
): Promise<void> {
  await runRetriedCommand({
    command: uv,
    args,
    label: `uv ${args.join(' ')}`,
    cwd: inputs.workingDirectory,
    attempts: inputs.attempts,
    budgetMs: inputs.retryBudgetMs,
    retryOn: UV_RETRY_ON,
    logger
  });
}

/** Checks the project files now, so that a bad `install` fails before anything is downloaded. */
function plan(inputs: Inputs): InstallPlan {
  const dir = inputs.workingDirectory;
  const present = inputs.requirements.filter(file => existsSync(resolve(dir, file)));
  try {
    return planInstall(
      inputs.install,
      {
        hasLock: existsSync(join(dir, 'uv.lock')),
        requirements: present,
        missingRequirements: inputs.requirements.filter(file => !present.includes(file))
      },
      inputs.pythonEnvironment
    );
  } catch (error) {
    if (error instanceof PlanError) throw new ConfigurationError(error.message);
    throw error;
  }
}

function currentTarget(): Target {
  const platform = currentPlatform();
  if (!platform) throw new ActionFailure(`uv publishes no build for ${process.platform}.`);
  return uvTarget({...platform, endianness: endianness()});
}

function osId(): string {
  if (process.platform === 'linux') {
    try {
      return `linux-${osReleaseId(readFileSync('/etc/os-release', 'utf8')) ?? 'unknown'}`;
    } catch {
      return 'linux';
    }
  }
  if (process.platform === 'darwin') return `darwin-${release().split('.')[0]}`;
  return process.platform;
}

/** The environment later steps (and our own uv commands) get. */
function exportEnvironment(inputs: Inputs): {cacheDir: string; toolBinDir: string} {
  const cwd = process.cwd();
  const cacheDir = resolvePath(process.env.UV_CACHE_DIR || join(homedir(), '.cache', 'uv'), cwd);
  runner.exportVariable('UV_CACHE_DIR', cacheDir);
  runner.exportVariable('NOX_DEFAULT_VENV_BACKEND', 'uv');
  if (!inputs.pythonDownloads) runner.exportVariable('UV_PYTHON_DOWNLOADS', 'never');
  if (inputs.pythonVersion) runner.exportVariable('UV_PYTHON', inputs.pythonVersion);
  const toolBinDir = resolvePath(
    process.env.UV_TOOL_BIN_DIR || join(homedir(), '.local', 'bin'),
    cwd
  );
  runner.exportVariable('UV_TOOL_BIN_DIR', toolBinDir);
  runner.addPath(toolBinDir);
  return {cacheDir, toolBinDir};
}

const INDEX_PAGE_MAX_BYTES = 32 * 1024 * 1024;

interface UvInstall {
  readonly tool: InstallResult;
  readonly uv: Resolved;
}

function installOptions(inputs: Inputs, target: Target, logger: Logger): InstallOptions {
  return {
    attempts: inputs.attempts,
    logger,
    toolCacheArch: target.triple,
    actionsCache: inputs.cache
  };
}

function toolSpec(version: string, target: Target, binaries: readonly ToolBinary[]) {
  return {name: 'uv', version, os: process.platform, arch: target.triple, binaries};
}

/** From the release mirrors: `{base}/{version}/uv-{target}.tar.gz`. */
async function installFromMirrors(
  inputs: Inputs,
  uv: Resolved,
  target: Target,
  logger: Logger
): Promise<UvInstall> {
  const version = uv.version;
  const name = archiveName(target);
  const urls = inputs.mirrors.map(base => archiveUrl(base, version, target));
  const builtIn = builtInDigest(KNOWN_CHECKSUMS, target, version);
  if (!inputs.uvSha256 && !builtIn) {
    logger.warning(
      `uv ${version} for ${target.triple} is not in the built-in digest table; its digest will come from the mirror's ${name}.sha256 file. Give 'uv-sha256' to pin it.`
    );
  }
  const member = (file: string) => binaryMember({...target, binary: file as 'uv'});
  const exe = target.extension === 'zip' ? '.exe' : '';
  const tool = await installTool(
    {
      ...toolSpec(version, target, [
        {member: member(`uv${exe}`), name: `uv${exe}`},
        {member: member(`uvx${exe}`), name: `uvx${exe}`}
      ]),
      archiveName: name,
      urls,
      format: target.extension,
      digest: {
        input: inputs.uvSha256,
        builtIn,
        checksumFile: {urls: urls.map(url => `${url}.sha256`), parse: parseChecksumList}
      }
    },
    installOptions(inputs, target, logger)
  );
  return {tool, uv};
}

/**
 * From a simple index: the project page, the version (a range from its list), the wheel for the
 * platform, verified against `uv-sha256` or the index's sha256 (none at all: fail closed).
 */
async function installFromIndex(
  inputs: Inputs,
  index: string,
  target: Target,
  logger: Logger
): Promise<UvInstall> {
  const options = installOptions(inputs, target, logger);
  // An exact version already in the tool cache needs no request at all.
  if (inputs.uv && inputs.uvRequest.kind !== 'range') {
    const binaries = wheelBinaries(inputs.uv.version, target);
    const tool = await findInstalled(
      {...toolSpec(inputs.uv.version, target, binaries), digest: {input: inputs.uvSha256}},
      options
    );
    if (tool) return {tool, uv: inputs.uv};
  }
  const page = projectPageUrl(index);
  let text: string;
  try {
    ({text} = await fetchText([page], {
      attempts: inputs.attempts,
      budgetMs: inputs.retryBudgetMs,
      logger,
      headers: {Accept: INDEX_ACCEPT},
      maxTextBytes: INDEX_PAGE_MAX_BYTES
    }));
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    throw new UvIndexError(
      `The index page ${page} could not be read: ${error.failures.map(f => f.error).join('; ')}.`
    );
  }
  const wheels = wheelsOf(parseIndexPage(text, page));
  let uv = inputs.uv;
  if (!uv || inputs.uvRequest.kind === 'range') {
    try {
      uv = pickVersion(inputs.uvRequest, installableVersions(wheels, target), `the index ${page}`);
    } catch (error) {
      if (error instanceof ConfigurationError) throw new UvIndexError(error.message);
      throw error;
    }
    logger.info(`uv ${uv.version} (${uv.reason}) for ${target.triple}`);
  }
  const wheel = selectWheel(wheels, uv.version, target, page);
  if (!inputs.uvSha256 && !wheel.sha256) {
    throw new ActionFailure(
      `The index page ${page} gives no sha256 for ${wheel.filename} (neither a '#sha256=' fragment nor 'hashes.sha256'), so it cannot be verified; nothing was installed. Give its digest as 'uv-sha256', or use an index that publishes digests.`
    );
  }
  const tool = await installTool(
    {
      ...toolSpec(uv.version, target, wheelBinaries(wheel.version, target)),
      archiveName: wheel.filename,
      urls: [wheel.url],
      format: 'zip',
      digest: {
        input: inputs.uvSha256,
        index: wheel.sha256 ? {sha256: wheel.sha256, url: page} : undefined
      }
    },
    options
  );
  return {tool, uv};
}

/** The index first when there is one, then the release mirrors. */
async function installUv(inputs: Inputs, target: Target, logger: Logger): Promise<UvInstall> {
  if (!inputs.uvIndex) return installFromMirrors(inputs, inputs.uv!, target, logger);
  try {
    return await installFromIndex(inputs, inputs.uvIndex, target, logger);
  } catch (error) {
    // A download failure of the wheel or an index that cannot serve it: the release mirrors may.
    // A digest mismatch or a missing digest is never passed over.
    const fallback = error instanceof UvIndexError || error instanceof DownloadError;
    if (!fallback) throw error;
    if (inputs.mirrors.length === 0) {
      throw new ActionFailure(
        `${errorMessage(error)} There is no release mirror to try instead ('uv-mirrors' is 'none').`
      );
    }
    if (!inputs.uv) {
      throw new ActionFailure(
        `${errorMessage(error)} The release mirrors cannot be tried instead: the built-in digest table knows no release in '${inputs.uvRequest.kind === 'range' ? inputs.uvRequest.text : ''}'.`
      );
    }
    logger.warning(`${errorMessage(error)} Trying the release mirrors.`);
    if (inputs.uvRequest.kind === 'range') {
      logger.info(`uv ${inputs.uv.version} (${inputs.uv.reason}) for ${target.triple}`);
    }
    return installFromMirrors(inputs, inputs.uv, target, logger);
  }
}

interface Python {
  readonly path: string;
  readonly version: string;
  readonly majorMinor: string;
}

/** Runs the version script with `python`; undefined when it cannot start or says nothing usable. */
async function probePython(python: string, cwd: string): Promise<Python | undefined> {
  let out = '';
  const probe = await runProcess({
    command: python,
    args: ['-I', '-S', '-c', PYTHON_VERSION_SCRIPT],
    cwd,
    timeoutMs: PYTHON_FIND_TIMEOUT_MS,
    killGraceMs: 1000,
    stdout: chunk => (out += chunk.toString('utf8'))
  });
  const parsed = probe.exitCode === 0 ? parsePythonProbe(out) : undefined;
  const majorMinor = parsed && pythonMajorMinor(parsed.version, parsed.freeThreaded);
  if (!parsed || !majorMinor) return undefined;
  return {path: parsed.executable || python, version: parsed.version, majorMinor};
}

/**
 * The interpreter uv will use. Without a `python-version` or a `.python-version` file that is the
 * `python3` on PATH, asked directly (one fast process); otherwise `uv python find` decides.
 */
async function findPython(uv: string, inputs: Inputs, logger: Logger): Promise<Python> {
  const cwd = inputs.workingDirectory;
  if (!inputs.pythonVersion && !existsSync(join(cwd, '.python-version'))) {
    const onPath = await probePython(process.platform === 'win32' ? 'python' : 'python3', cwd);
    if (onPath) return onPath;
  }
  if (inputs.pythonDownloads && inputs.pythonVersion) {
    await uvRetried(uv, pythonInstallArgs(inputs.pythonVersion), inputs, logger);
  }
  const find = await runUvOnce(pythonFindArgs(inputs.pythonVersion), {
    uv,
    cwd,
    capture: true,
    timeoutMs: PYTHON_FIND_TIMEOUT_MS
  });
  const path = find.stdout.trim().split('\n').pop()?.trim() ?? '';
  if (find.result.exitCode !== 0 || !path) {
    throw new ActionFailure(
      `uv found no Python interpreter${inputs.pythonVersion ? ` for '${inputs.pythonVersion}'` : ''} ` +
        `(uv python find: exit code ${find.result.exitCode}). Use an image with Python` +
        `${inputs.pythonDownloads ? '' : ", or set 'python-downloads: true' with a 'python-version'"}.`
    );
  }
  const found = await probePython(path, cwd);
  if (!found) throw new ActionFailure(`Could not read the version of the Python at ${path}.`);
  return {...found, path};
}

/** The hash of the files `cache-dependency-glob` matches (found in `files`); logs which. */
function hashDependencies(
  inputs: Inputs,
  files: readonly string[],
  logger: Logger
): string | undefined {
  const dir = inputs.workingDirectory;
  if (files.length === 0) {
    // Without caching a key that never changes harms nothing.
    if (!inputs.cache) return undefined;
    logger.warning(
      `No file matches 'cache-dependency-glob' (${inputs.dependencyGlobs.join(', ')}) in ${dir}: the uv cache key will never change, so the cache will only grow stale.`
    );
    return undefined;
  }
  logger.info(`Cache key from ${files.length} file(s): ${files.join(', ')}`);
  return dependencyHash(files.map(path => ({path, content: readFileSync(join(dir, path))})));
}

interface Report {
  uv?: InstallResult;
  python?: Python;
  installed?: string;
  nox?: string;
  cache: string;
}

function summary(inputs: Inputs, report: Report, phases: Phases): string {
  const rows = [
    report.uv ? installRow(report.uv) : [],
    report.python ? [code('python'), report.python.version, code(report.python.path), ''] : [],
    report.nox ? [code('nox'), report.nox, code('uv tool install'), ''] : []
  ].filter(row => row.length);
  return renderSummary({
    title: 'prepare-python',
    faultsAbsorbed: stepLedger().absorbed(),
    tables: [{head: INSTALL_HEAD, rows}],
    notes: [
      `**dependencies:** ${report.installed ?? 'none'}`,
      `**uv cache:** ${inputs.cache ? report.cache : 'off'}`
    ],
    phases: phases.list()
  });
}

export async function run(deps: RunDeps<Inputs> = {}): Promise<void> {
  // 1. Everything that can be wrong with the inputs fails here, before any download.
  const {inputs, logger} = resolveRunDeps(deps, readInputs);
  const installPlan = plan(inputs);
  const target = currentTarget();
  // A range with an index is resolved (and logged) once the index page is read.
  if (inputs.uv && (!inputs.uvIndex || inputs.uvRequest.kind !== 'range')) {
    logger.info(`uv ${inputs.uv.version} (${inputs.uv.reason}) for ${target.triple}`);
  }
  const phases = new Phases(logger);
  const report: Report = {cache: 'miss'};

  // 2. uv.
  const {cacheDir} = exportEnvironment(inputs);
  const {tool, uv: resolved} = await phases.run('uv', () => installUv(inputs, target, logger));
  report.uv = tool;
  const uv = tool.paths[target.extension === 'zip' ? 'uv.exe' : 'uv'];
  runner.setOutput('uv-version', resolved.version);
  runner.setOutput('uv-path', uv);
  state.set('uv-path', uv);
  state.set('uv-version', resolved.version);
  if (tool.needsSave) {
    state.setJson('tool-save', {cacheKey: tool.cacheKey, cachePaths: tool.cachePaths});
  }

  // 3. Python, the cache key and the uv cache. @actions/cache takes ~100 ms to load: let it load
  // while uv looks for the interpreter.
  if (inputs.cache && cacheServiceConfigured())
    void import('@actions/cache').catch(() => undefined);
  const dependencyFiles = glob(inputs.workingDirectory, inputs.dependencyGlobs);
  dependencyFiles.catch(() => undefined);
  const python = await phases.run('python', () => findPython(uv, inputs, logger));
  report.python = python;
  runner.setOutput('python-version', python.version);
  runner.setOutput('python-path', python.path);
  logger.info(`Python ${python.version} at ${python.path}`);
  const keys = cacheKeys({
    os: osId(),
    arch: target.arch,
    libc: target.libc,
    python: python.majorMinor,
    dependencyHash: hashDependencies(inputs, await dependencyFiles, logger),
    suffix: inputs.cacheSuffix
  });
  runner.setOutput('cache-key', keys.key);
  let matchedKey = '';
  if (inputs.cache) {
    const restored = await phases.run('cache', () =>
      restoreCache([cacheDir], keys.key, keys.restoreKeys, {logger})
    );
    matchedKey = restored.matchedKey ?? '';
    state.set('cache-key', keys.key);
    state.set('cache-matched-key', matchedKey);
    state.set('cache-dir', cacheDir);
    state.set('prune', String(inputs.pruneCache));
  }
  const cacheHit = matchedKey !== '' && matchedKey.toLowerCase() === keys.key;
  report.cache = cacheHit
    ? `hit ${code(keys.key)}`
    : matchedKey
      ? `restored ${code(matchedKey)} for ${code(keys.key)}`
      : `miss ${code(keys.key)}`;
  runner.setOutput('cache-hit', String(cacheHit));
  runner.setOutput('cache-matched-key', matchedKey);

  // 4. The project's dependencies (in a virtual environment unless `python-environment: system`)
  // and nox, each under the retry loop.
  const cwd = inputs.workingDirectory;
  const projectEnvironment = resolve(cwd, process.env.UV_PROJECT_ENVIRONMENT || '.venv');
  const venv = planEnvironment(installPlan, projectEnvironment);
  try {
    await phases.run('dependencies', async () => {
      if (venv && installPlan.kind === 'requirements') {
        await uvRetried(uv, venvArgs(python.path, venv), inputs, logger);
      }
      const args = installArgs(installPlan, projectEnvironment);
      if (args) {
        await uvRetried(uv, args, inputs, logger);
        report.installed = `${code(`uv ${args.join(' ')}`)}${venv ? ` into ${code(venv)}` : ''}`;
      } else if (installPlan.kind === 'none')
        logger.info(`No dependencies installed: ${installPlan.reason}`);
    });
    const nox = noxArgs(inputs.noxVersion);
    if (nox) {
      await phases.run('nox', () => uvRetried(uv, nox, inputs, logger));
      report.nox = inputs.noxVersion;
    }
  } catch (error) {
    if (error instanceof CommandError) {
      throw withCause(
        new ActionFailure(
          `${error.message}${error.transient ? ` after ${error.attempt} attempt(s) (${error.transient}; 'retry-budget' ${formatDuration(inputs.retryBudgetMs)})` : ' (the output matched no transient-failure pattern, so it was not retried)'}${externallyManaged(error.result.tail) ? ". The interpreter is externally managed (PEP 668) and refuses a system install: use 'python-environment: venv' (the default)" : ''}`
        ),
        causeOf(error)
      );
    }
    throw new ActionFailure(errorMessage(error));
  }
  // Later steps run in the environment: its bin first on PATH, VIRTUAL_ENV for uv, pip and tools.
  if (venv) {
    runner.exportVariable('VIRTUAL_ENV', venv);
    runner.addPath(venvBinDir(venv, process.platform));
    logger.info(`Virtual environment ${venv} activated for later steps`);
  }
  runner.setOutput('nox-version', inputs.noxVersion === 'none' ? '' : inputs.noxVersion);
  state.set('install-ok', 'true');
  if (inputs.summary) runner.appendSummary(summary(inputs, report, phases));
}
