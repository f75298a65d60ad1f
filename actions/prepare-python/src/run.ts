import {
  ActionFailure,
  causeOf,
  ConfigurationError,
  coreLogger,
  errorMessage,
  runProcess,
  runner,
  withCause,
  type Logger
} from '@ci-actions/core';
import {cacheServiceConfigured, restoreCache} from '@ci-actions/core/cache';
import {glob} from '@ci-actions/core/glob';
import {currentPlatform} from '@ci-actions/core/platform';
import {installTool, parseChecksumList} from '@ci-actions/core/tool-install';
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
import {archiveName, archiveUrl, binaryMember, knownDigest, uvTarget, type Target} from './target';
import {runUvOnce, runUvWithRetry, UvCommandError} from './uv-command';

const PYTHON_FIND_TIMEOUT_MS = 60_000;

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

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

/** The environment later steps (and our own uv commands) get. */
function exportEnvironment(inputs: Inputs): {cacheDir: string; toolBinDir: string} {
  const cacheDir = resolve(expandHome(process.env.UV_CACHE_DIR || join(homedir(), '.cache', 'uv')));
  runner.exportVariable('UV_CACHE_DIR', cacheDir);
  runner.exportVariable('NOX_DEFAULT_VENV_BACKEND', 'uv');
  if (!inputs.pythonDownloads) runner.exportVariable('UV_PYTHON_DOWNLOADS', 'never');
  if (inputs.pythonVersion) runner.exportVariable('UV_PYTHON', inputs.pythonVersion);
  const toolBinDir = resolve(
    expandHome(process.env.UV_TOOL_BIN_DIR || join(homedir(), '.local', 'bin'))
  );
  runner.exportVariable('UV_TOOL_BIN_DIR', toolBinDir);
  runner.addPath(toolBinDir);
  return {cacheDir, toolBinDir};
}

async function installUv(inputs: Inputs, target: Target, logger: Logger) {
  const version = inputs.uv.version;
  const name = archiveName(target);
  const urls = inputs.mirrors.map(base => archiveUrl(base, version, target));
  const builtIn = knownDigest(KNOWN_CHECKSUMS, target, version);
  if (!inputs.uvSha256 && !builtIn) {
    logger.warning(
      `uv ${version} for ${target.triple} is not in the built-in digest table; its digest will come from the mirror's ${name}.sha256 file. Give 'uv-sha256' to pin it.`
    );
  }
  const member = (file: string) => binaryMember({...target, binary: file as 'uv'});
  const exe = target.extension === 'zip' ? '.exe' : '';
  return installTool(
    {
      name: 'uv',
      version,
      os: process.platform,
      arch: target.triple,
      archiveName: name,
      urls,
      format: target.extension,
      binaries: [
        {member: member(`uv${exe}`), name: `uv${exe}`},
        {member: member(`uvx${exe}`), name: `uvx${exe}`}
      ],
      digest: {
        input: inputs.uvSha256,
        builtIn,
        checksumFile: {urls: urls.map(url => `${url}.sha256`), parse: parseChecksumList}
      }
    },
    {
      attempts: inputs.attempts,
      logger,
      toolCacheArch: target.triple,
      actionsCache: inputs.cache
    }
  );
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
    await runUvWithRetry(pythonInstallArgs(inputs.pythonVersion), {
      uv,
      cwd,
      attempts: inputs.attempts,
      logger
    });
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

async function hashDependencies(inputs: Inputs, logger: Logger): Promise<string | undefined> {
  const dir = inputs.workingDirectory;
  const files = await glob(dir, inputs.dependencyGlobs);
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

export async function run(): Promise<void> {
  const logger = coreLogger;
  // 1. Everything that can be wrong with the inputs fails here, before any download.
  const inputs = readInputs();
  const installPlan = plan(inputs);
  const target = currentTarget();
  logger.info(`uv ${inputs.uv.version} (${inputs.uv.reason}) for ${target.triple}`);

  // 2. uv.
  const {cacheDir} = exportEnvironment(inputs);
  const tool = await installUv(inputs, target, logger);
  const uv = tool.paths[target.extension === 'zip' ? 'uv.exe' : 'uv'];
  runner.setOutput('uv-version', inputs.uv.version);
  runner.setOutput('uv-path', uv);
  state.set('uv-path', uv);
  state.set('uv-version', inputs.uv.version);
  if (tool.needsSave) {
    state.set('tool-save', JSON.stringify({cacheKey: tool.cacheKey, cachePaths: tool.cachePaths}));
  }

  // 3. Python, the cache key and the uv cache. @actions/cache takes ~100 ms to load: let it load
  // while uv looks for the interpreter.
  if (inputs.cache && cacheServiceConfigured())
    void import('@actions/cache').catch(() => undefined);
  const dependencyHash = hashDependencies(inputs, logger);
  const python = await findPython(uv, inputs, logger);
  runner.setOutput('python-version', python.version);
  runner.setOutput('python-path', python.path);
  logger.info(`Python ${python.version} at ${python.path}`);
  const keys = cacheKeys({
    os: osId(),
    arch: target.arch,
    libc: target.libc,
    python: python.majorMinor,
    dependencyHash: await dependencyHash,
    suffix: inputs.cacheSuffix
  });
  runner.setOutput('cache-key', keys.key);
  let matchedKey = '';
  if (inputs.cache) {
    const restored = await restoreCache([cacheDir], keys.key, keys.restoreKeys, {logger});
    matchedKey = restored.matchedKey ?? '';
    state.set('cache-key', keys.key);
    state.set('cache-matched-key', matchedKey);
    state.set('cache-dir', cacheDir);
    state.set('prune', String(inputs.pruneCache));
  }
  runner.setOutput('cache-hit', String(matchedKey !== '' && matchedKey.toLowerCase() === keys.key));
  runner.setOutput('cache-matched-key', matchedKey);

  // 4. The project's dependencies (in a virtual environment unless `python-environment: system`)
  // and nox, each under the retry loop.
  const cwd = inputs.workingDirectory;
  const projectEnvironment = resolve(cwd, process.env.UV_PROJECT_ENVIRONMENT || '.venv');
  const venv = planEnvironment(installPlan, projectEnvironment);
  try {
    if (venv && installPlan.kind === 'requirements') {
      await runUvWithRetry(venvArgs(python.path, venv), {
        uv,
        cwd,
        attempts: inputs.attempts,
        logger
      });
    }
    const args = installArgs(installPlan, projectEnvironment);
    if (args) await runUvWithRetry(args, {uv, cwd, attempts: inputs.attempts, logger});
    else if (installPlan.kind === 'none')
      logger.info(`No dependencies installed: ${installPlan.reason}`);
    const nox = noxArgs(inputs.noxVersion);
    if (nox) await runUvWithRetry(nox, {uv, cwd, attempts: inputs.attempts, logger});
  } catch (error) {
    if (error instanceof UvCommandError) {
      throw withCause(
        new ActionFailure(
          `${error.message}${error.transient ? ` after ${inputs.attempts} attempt(s)` : ' (the output matched no transient-failure pattern, so it was not retried)'}${error.externallyManaged ? ". The interpreter is externally managed (PEP 668) and refuses a system install: use 'python-environment: venv' (the default)" : ''}`
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
}
