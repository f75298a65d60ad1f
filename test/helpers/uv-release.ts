// The real uv, packed into the upstream release layout, plus an offline wheelhouse and a small
// locked project, for prepare-python's integration tests and benchmark. Everything is produced on
// first use and kept in the shared tool cache outside the clone:
//
//   $C/wheels/uv-<V>-...manylinux...x86_64.whl          pip download (PyPI, once), shared with scripts/e2e
//   $C/wheels/nox-<N>-py3-none-any.whl + deps, iniconfig  the wheelhouse (UV_FIND_LINKS, UV_NO_INDEX)
//   $C/prepare-python/mirror/uv/<V>/uv-x86_64-unknown-linux-gnu.tar.gz (+ .sha256)
//   $C/prepare-python/bin/uv                            for building the test project's uv.lock
//
// The archive is rebuilt deterministically (sorted, mtime 0, owner 0:0, gzip -n), so its digest is
// stable but differs from the published upstream digest of the same version.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';

/** A version the built-in digest table knows (and scripts/e2e/tools.sh pins). */
export const UV_VERSION = '0.9.30';
/** A version past the built-in table (scripts/e2e/tools.sh fetches its wheel too). */
export const UV_INDEX_VERSION = '0.13.9';
export const NOX_VERSION = '2026.10.20';
export const TARGET = 'x86_64-unknown-linux-gnu';
export const ARCHIVE = `uv-${TARGET}.tar.gz`;

export function cacheRoot(): string {
  return process.env.CI_ACTIONS_CACHE || join(homedir(), '.cache', 'ci-actions');
}

export interface UvRelease {
  /** The mirror root to serve: `<root>/uv/<version>/<archive>`. */
  readonly mirrorRoot: string;
  readonly version: string;
  readonly archive: string;
  /** SHA-256 of our repacked archive. */
  readonly sha256: string;
  /** A uv binary for the test process. */
  readonly uv: string;
  readonly wheelhouse: string;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function pipDownload(dest: string, args: string[]): void {
  mkdirSync(dest, {recursive: true});
  execFileSync(
    'python3',
    [
      '-m',
      'pip',
      'download',
      '--quiet',
      '--disable-pip-version-check',
      '--only-binary=:all:',
      '--dest',
      dest,
      ...args
    ],
    {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, PIP_FIND_LINKS: ''}}
  );
}

function findWheel(dir: string, test: (name: string) => boolean): string | undefined {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find(test);
  return name ? join(dir, name) : undefined;
}

/** The real manylinux x86_64 wheel of uv `version` in `wheels`, downloaded once if absent. */
export function uvWheel(wheels: string, version: string): string {
  const test = (n: string) =>
    n.startsWith(`uv-${version}-`) && n.includes('manylinux') && n.includes('x86_64');
  let wheel = findWheel(wheels, test);
  if (!wheel) {
    pipDownload(wheels, [
      '--no-deps',
      '--platform',
      'manylinux_2_17_x86_64',
      '--platform',
      'manylinux2014_x86_64',
      `uv==${version}`
    ]);
    wheel = findWheel(wheels, test);
  }
  if (!wheel) throw new Error(`no uv ${version} manylinux x86_64 wheel in ${wheels}`);
  return wheel;
}

/** nox and its dependencies plus iniconfig (the test project's one dependency). */
function ensureWheelhouse(wheels: string): void {
  const has = (prefix: string) => findWheel(wheels, n => n.startsWith(prefix)) !== undefined;
  if (!has(`nox-${NOX_VERSION}-`) || !has('virtualenv-') || !has('colorlog-')) {
    pipDownload(wheels, [`nox==${NOX_VERSION}`]);
  }
  if (!has('iniconfig-')) pipDownload(wheels, ['iniconfig']);
}

/** Packs `uv` and `uvx` from the wheel as `uv-<target>/{uv,uvx}` in a deterministic tar.gz. */
function packArchive(wheel: string, out: string): void {
  const stage = mkdtempSync(join(tmpdir(), 'uv-release-'));
  try {
    const top = join(stage, `uv-${TARGET}`);
    mkdirSync(top);
    const unzip = join(stage, 'unzip');
    execFileSync('unzip', [
      '-q',
      '-o',
      wheel,
      '*.data/scripts/uv',
      '*.data/scripts/uvx',
      '-d',
      unzip
    ]);
    const scripts = readdirSync(unzip).find(n => n.endsWith('.data'));
    if (!scripts) throw new Error(`${wheel}: no .data directory`);
    for (const name of ['uv', 'uvx']) {
      copyFileSync(join(unzip, scripts, 'scripts', name), join(top, name));
      chmodSync(join(top, name), 0o755);
    }
    mkdirSync(join(out, '..'), {recursive: true});
    const tmp = `${out}.tmp`;
    execFileSync('bash', [
      '-c',
      'set -o pipefail; tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu ' +
        '-cf - -C "$1" "$2" | gzip -n > "$3"',
      'pack',
      stage,
      `uv-${TARGET}`,
      tmp
    ]);
    renameSync(tmp, out);
  } finally {
    rmSync(stage, {recursive: true, force: true});
  }
}

let memo: UvRelease | undefined;

/** The release for UV_VERSION, produced if absent. Takes seconds once, milliseconds afterwards. */
export function ensureUvRelease(): UvRelease {
  if (memo) return memo;
  const root = cacheRoot();
  const wheels = join(root, 'wheels');
  const base = join(root, 'prepare-python');
  const mirrorRoot = join(base, 'mirror');
  const archive = join(mirrorRoot, 'uv', UV_VERSION, ARCHIVE);
  const uv = join(base, 'bin', 'uv');
  if (!existsSync(archive) || !existsSync(`${archive}.sha256`)) {
    packArchive(uvWheel(wheels, UV_VERSION), archive);
    writeFileSync(`${archive}.sha256`, `${sha256(archive)}  ${ARCHIVE}\n`);
  }
  if (!existsSync(uv)) {
    mkdirSync(join(base, 'bin'), {recursive: true});
    execFileSync('tar', ['-xzf', archive, '-C', join(base, 'bin'), '--strip-components=1']);
  }
  ensureWheelhouse(wheels);
  memo = {
    mirrorRoot,
    version: UV_VERSION,
    archive,
    sha256: readFileSync(`${archive}.sha256`, 'utf8').split(/\s/)[0],
    uv,
    wheelhouse: wheels
  };
  return memo;
}

/**
 * Offline settings for uv: only the wheelhouse, no index, no Python downloads. uv 0.9 reads no
 * environment variable for `--no-index`, so a config file (UV_CONFIG_FILE) says it.
 */
export function offlineEnv(release: UvRelease): Record<string, string> {
  const config = join(cacheRoot(), 'prepare-python', 'uv-offline.toml');
  const text = `no-index = true\nfind-links = [${JSON.stringify(release.wheelhouse)}]\n`;
  if (!existsSync(config) || readFileSync(config, 'utf8') !== text) writeFileSync(config, text);
  return {
    UV_CONFIG_FILE: config,
    UV_NO_INDEX: '1',
    UV_FIND_LINKS: release.wheelhouse,
    UV_PYTHON_DOWNLOADS: 'never'
  };
}

export const PROJECT_PYPROJECT = `[project]
name = "demo"
version = "0.1.0"
requires-python = ">=3.10"
dependencies = ["iniconfig"]

[tool.uv]
package = false
`;

/**
 * A small project in `dir` (pyproject.toml + uv.lock) whose one dependency comes from the
 * wheelhouse; the lock is made by the real uv, offline.
 */
export function writeProject(dir: string, release: UvRelease, extra = ''): void {
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, 'pyproject.toml'), PROJECT_PYPROJECT + extra);
  execFileSync(release.uv, ['lock', '--offline', '--quiet'], {
    cwd: dir,
    env: {
      ...process.env,
      ...offlineEnv(release),
      UV_CACHE_DIR: join(dir, '.lock-cache')
    },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  rmSync(join(dir, '.lock-cache'), {recursive: true, force: true});
}

/** Serves a copy of our archive under another version, with a checksum file of its own. */
export function aliasVersion(release: UvRelease, root: string, version: string): string {
  const dir = join(root, 'uv', version);
  mkdirSync(dir, {recursive: true});
  const target = join(dir, ARCHIVE);
  copyFileSync(release.archive, target);
  writeFileSync(`${target}.sha256`, `${release.sha256}  ${ARCHIVE}\n`);
  return target;
}
