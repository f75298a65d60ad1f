import {
  getWorkingDirectory,
  ConfigurationError,
  getBoolean,
  getEnum,
  getInt,
  getList,
  getOptional,
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
import {resolveUvVersion, tableVersions, type Resolved} from './versions';

export const DEFAULT_MIRROR = 'https://github.com/astral-sh/uv/releases/download';
export const DEFAULT_NOX_VERSION = '2026.10.20';
export const DEFAULT_DEPENDENCY_GLOBS = ['**/uv.lock', '**/pyproject.toml', '**/requirements*.txt'];

export const KNOWN_CHECKSUMS: Readonly<Record<string, string>> = knownChecksums;

export interface Inputs {
  readonly uv: Resolved;
  readonly uvSha256?: string;
  readonly mirrors: readonly string[];
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
  readonly attempts: number;
}

// PEP 440 release versions with optional pre, post and dev parts.
const NOX_VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;
// A uv Python request: `3.13`, `3.13.1`, `>=3.12`, `cpython@3.13`, `pypy3.10`, a path.
const PYTHON_REQUEST = /^[A-Za-z0-9._@+:/\\<>=!~*, -]+$/;

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
  const uv = resolveUvVersion(getOptional('uv-version') ?? '', tableVersions(KNOWN_CHECKSUMS));
  const globs = getList('cache-dependency-glob');
  return {
    uv,
    uvSha256: parseSha256('uv-sha256', getOptional('uv-sha256')),
    mirrors: parseMirrors('uv-mirrors', getList('uv-mirrors'), {
      fallback: DEFAULT_MIRROR,
      layout: '{base}/{version}/uv-{target}.tar.gz'
    }),
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
    attempts: getInt('attempts', {min: 1, max: 10, fallback: 3})
  };
}
