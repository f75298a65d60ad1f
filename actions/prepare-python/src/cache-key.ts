import {createHash} from 'node:crypto';

// The Actions-cache key of the uv cache. Lower-case (act-derived cache servers lower-case keys, and
// a strict comparison would then re-upload every run), no commas, at most 512 characters.

export const CACHE_KEY_VERSION = 'v1';
export const NO_DEPENDENCY_FILES = 'no-dependency-files';

export interface KeyParts {
  /** `linux`, `darwin`, `win32`, plus the distribution when known: `linux-debian-13`. */
  readonly os: string;
  /** uv's architecture name, e.g. `x86_64`. */
  readonly arch: string;
  readonly libc: string;
  /** `3.13`, or `3.13t` for a free-threaded build. */
  readonly python: string;
  /** SHA-256 over the dependency files, or undefined when none matched. */
  readonly dependencyHash?: string;
  readonly suffix?: string;
}

export interface CacheKeys {
  readonly key: string;
  /** Restore falls back to the newest entry with this prefix (another dependency hash). */
  readonly restoreKeys: string[];
}

/** Lower-case, keeps `[a-z0-9._-]`, every other run of characters becomes one `-`. */
export function sanitize(part: string): string {
  return part
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function cacheKeys(parts: KeyParts): CacheKeys {
  const prefix = [
    'prepare-python',
    CACHE_KEY_VERSION,
    sanitize(parts.os),
    sanitize(parts.arch),
    sanitize(parts.libc),
    `py${sanitize(parts.python)}`
  ].join('-');
  const suffix = parts.suffix ? sanitize(parts.suffix) : '';
  const hash = parts.dependencyHash ?? NO_DEPENDENCY_FILES;
  const key = `${prefix}-${hash}${suffix ? `-${suffix}` : ''}`.slice(0, 512);
  return {key, restoreKeys: [`${prefix}-`]};
}

export interface HashedFile {
  /** Path relative to the working directory, `/`-separated. */
  readonly path: string;
  readonly content: Buffer;
}

/** SHA-256 over the files' paths and contents, in path order; undefined for no files. */
export function dependencyHash(files: readonly HashedFile[]): string | undefined {
  if (files.length === 0) return undefined;
  const outer = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const inner = createHash('sha256').update(file.content).digest('hex');
    outer.update(`${file.path}\0${inner}\n`);
  }
  return outer.digest('hex');
}

/** `3.13` from `3.13.7`, `3.13t` for free-threaded builds. */
export function pythonMajorMinor(version: string, freeThreaded = false): string | undefined {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}${freeThreaded ? 't' : ''}` : undefined;
}

/** `debian-13` from /etc/os-release text; undefined when it says nothing usable. */
export function osReleaseId(text: string): string | undefined {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) fields[match[1]] = match[2].replace(/^["']|["']$/g, '');
  }
  const id = fields.ID;
  if (!id) return undefined;
  const version = fields.VERSION_ID ?? fields.VERSION_CODENAME ?? fields.BUILD_ID;
  return version ? `${id}-${version}` : id;
}
