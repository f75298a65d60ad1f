import {
  getWorkingDirectory,
  ConfigurationError,
  getBoolean,
  getEnum,
  getRetryBudget,
  getInt,
  getList,
  getOptional,
  DEFAULT_NETWORK_ATTEMPTS,
  parseMirrors
} from '@ci-actions/core';
import {parseSha256} from '@ci-actions/core/digest';
import {
  INSTALL_MODES,
  PYTHON_ENVIRONMENTS,
  type InstallMode,
  type PythonEnvironment
} from './install';
import knownChecksums from './known-checksums.json' with {type: 'json'};
import {
  parseVersionRequest,
  pickVersion,
  tableVersions,
  type Resolved,
  type VersionRequest
} from './versions';

export const DEFAULT_MIRROR = 'https://github.com/astral-sh/uv/releases/download';
export const DEFAULT_NOX_VERSION = '2026.10.20';
export const DEFAULT_DEPENDENCY_GLOBS = ['**/uv.lock', '**/pyproject.toml', '**/requirements*.txt'];

export const KNOWN_CHECKSUMS: Readonly<Record<string, string>> = knownChecksums;

export interface Inputs {
  /** What `uv-version` asks for. */
  readonly uvRequest: VersionRequest;
  /**
   * The version resolved against the built-in table; undefined only for a range the table cannot
   * satisfy when an index is given (the index's version list decides).
   */
  readonly uv?: Resolved;
  readonly uvSha256?: string;
  /** Release mirrors, tried after the index; empty for `none`. */
  readonly mirrors: readonly string[];
  /** A PEP 503/691 simple index, without a trailing slash. */
  readonly uvIndex?: string;
  readonly pythonVersion?: string;
  readonly pythonDownloads: boolean;
  /** An exact nox version, or `none`. */
  readonly noxVersion: string;
  readonly install: InstallMode;
  readonly pythonEnvironment: PythonEnvironment;
  readonly requirements: readonly string[];
  readonly workingDirectory: string;
  readonly cache: boolean;
  readonly dependencyGlobs: readonly string[];
  readonly cacheSuffix?: string;
  readonly pruneCache: boolean;
  /** Upper bound on attempts of each download and network install. */
  readonly attempts: number;
  /** How long each network operation is retried after its first failure. */
  readonly retryBudgetMs: number;
  /** Write what was installed, from where, and the time of each phase to the step summary. */
  readonly summary: boolean;
}

// PEP 440 release versions with optional pre, post and dev parts.
const NOX_VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;
// A uv Python request: `3.13`, `3.13.1`, `>=3.12`, `cpython@3.13`, `pypy3.10`, a path.
const PYTHON_REQUEST = /^[A-Za-z0-9._@+:/\\<>=!~*, -]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The release mirrors; `none` for none (then `uv-index-url` is the only source). */
export function parseUvMirrors(values: readonly string[]): string[] {
  if (values.length === 1 && values[0] === 'none') return [];
  return parseMirrors('uv-mirrors', values, {
    fallback: DEFAULT_MIRROR,
    layout: "{base}/{version}/uv-{target}.tar.gz; or 'none'"
  });
}

export function parseIndexUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isHttpUrl(value) || new URL(value).hash) {
    throw new ConfigurationError(
      `Input 'uv-index-url' must be the http(s) base URL of a simple package index (PEP 503/691) such as 'https://pypi.org/simple', got '${value}'.`
    );
  }
  return value.replace(/\/+$/, '');
}

/**
 * The `uv-version` request and its resolution against the built-in table. With an index a range
 * the table cannot satisfy is left to the index's version list.
 */
export function resolveUv(
  input: string,
  index: string | undefined
): {uvRequest: VersionRequest; uv?: Resolved} {
  const known = tableVersions(KNOWN_CHECKSUMS);
  const uvRequest = parseVersionRequest(input, known[known.length - 1]);
  try {
    return {uvRequest, uv: pickVersion(uvRequest, known)};
  } catch (error) {
    if (index && uvRequest.kind === 'range' && error instanceof ConfigurationError) {
      return {uvRequest, uv: undefined};
    }
    throw error;
  }
}

export function parseNoxVersion(value: string | undefined): string {
  const version = value ?? DEFAULT_NOX_VERSION;
  if (version === 'none') return version;
  const bare = version.replace(/^==/, '');
  if (!NOX_VERSION.test(bare)) {
    throw new ConfigurationError(
      `Input 'nox-version' must be an exact version such as '${DEFAULT_NOX_VERSION}' or 'none', got '${version}'.`
    );
  }
  return bare;
}

export function parsePythonVersion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!PYTHON_REQUEST.test(value)) {
    throw new ConfigurationError(
      `Input 'python-version' must be a uv Python request such as '3.13', '>=3.12' or 'cpython@3.13', got '${value}'.`
    );
  }
  return value;
}

export function readInputs(): Inputs {
  const uvIndex = parseIndexUrl(getOptional('uv-index-url'));
  const mirrors = parseUvMirrors(getList('uv-mirrors'));
  if (mirrors.length === 0 && !uvIndex) {
    throw new ConfigurationError(
      "Input 'uv-mirrors' is 'none' and 'uv-index-url' is empty: there is nowhere to install uv from. Give release mirrors, an index, or both."
    );
  }
  const globs = getList('cache-dependency-glob');
  return {
    ...resolveUv(getOptional('uv-version') ?? '', uvIndex),
    uvSha256: parseSha256('uv-sha256', getOptional('uv-sha256')),
    mirrors,
    uvIndex,
    pythonVersion: parsePythonVersion(getOptional('python-version')),
    pythonDownloads: getBoolean('python-downloads', false),
    noxVersion: parseNoxVersion(getOptional('nox-version')),
    install: getEnum('install', INSTALL_MODES, 'auto'),
    pythonEnvironment: getEnum('python-environment', PYTHON_ENVIRONMENTS, 'venv'),
    requirements: getList('requirements').length ? getList('requirements') : ['requirements.txt'],
    workingDirectory: getWorkingDirectory(),
    cache: getBoolean('cache', true),
    dependencyGlobs: globs.length ? globs : DEFAULT_DEPENDENCY_GLOBS,
    cacheSuffix: getOptional('cache-suffix'),
    pruneCache: getBoolean('prune-cache', true),
    attempts: getInt('attempts', {min: 1, max: 100, fallback: DEFAULT_NETWORK_ATTEMPTS}),
    retryBudgetMs: getRetryBudget(),
    summary: getBoolean('summary', true)
  };
}
