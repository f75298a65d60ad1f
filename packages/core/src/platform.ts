import {readdirSync} from 'node:fs';

// Operating system, architecture and libc of the runner, and the names each project gives them.
// Pure functions over plain inputs (Node's `process.platform` / `process.arch` values), so the
// mapping tables are table-tested; `detectLibc()` is the only one that looks at the machine.

export type OsName = 'linux' | 'darwin' | 'windows';
export type Libc = 'glibc' | 'musl';

export interface Platform {
  readonly os: OsName;
  /** Node's name: x64, arm64, arm, ia32, ppc64, s390x, riscv64, loong64. */
  readonly arch: string;
  /** Linux only. */
  readonly libc?: Libc;
}

export function osName(platform: string): OsName | undefined {
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'darwin';
  if (platform === 'win32') return 'windows';
  return undefined;
}

/** Go's GOARCH for a Node arch. */
export function goArch(arch: string): string | undefined {
  const table: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    x32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64'
  };
  return table[arch];
}

/** What helm publishes (get.helm.sh), by `{os}-{goarch}`. */
const HELM_PLATFORMS = new Set([
  'darwin-amd64',
  'darwin-arm64',
  'linux-386',
  'linux-amd64',
  'linux-arm',
  'linux-arm64',
  'linux-ppc64le',
  'linux-s390x',
  'linux-riscv64',
  'windows-amd64',
  'windows-arm64'
]);

/** helm's `{os}-{arch}` for a Node platform and arch, or undefined when helm publishes none. */
export function helmPlatform(
  platform: string,
  arch: string
): {os: OsName; arch: string} | undefined {
  const os = osName(platform);
  const go = goArch(arch);
  if (!os || !go || !HELM_PLATFORMS.has(`${os}-${go}`)) return undefined;
  return {os, arch: go};
}

/** What kubeconform 0.7.0 publishes (goreleaser: `armv6` for arm), by `{os}-{arch}`. */
const KUBECONFORM_PLATFORMS = new Set([
  'darwin-amd64',
  'darwin-arm64',
  'linux-386',
  'linux-amd64',
  'linux-arm64',
  'linux-armv6',
  'windows-386',
  'windows-amd64',
  'windows-arm64',
  'windows-armv6'
]);

export function kubeconformPlatform(
  platform: string,
  arch: string
): {os: OsName; arch: string} | undefined {
  const os = osName(platform);
  const go = goArch(arch);
  if (!os || !go) return undefined;
  const name = go === 'arm' ? 'armv6' : go;
  if (!KUBECONFORM_PLATFORMS.has(`${os}-${name}`)) return undefined;
  return {os, arch: name};
}

/**
 * The Rust target triple (uv's release names), or undefined when none fits. Linux needs the libc.
 */
export function rustTarget(platform: string, arch: string, libc?: Libc): string | undefined {
  const os = osName(platform);
  if (os === 'darwin') {
    return {x64: 'x86_64-apple-darwin', arm64: 'aarch64-apple-darwin'}[arch];
  }
  if (os === 'windows') {
    return {
      x64: 'x86_64-pc-windows-msvc',
      arm64: 'aarch64-pc-windows-msvc',
      ia32: 'i686-pc-windows-msvc'
    }[arch];
  }
  if (os !== 'linux') return undefined;
  const musl = libc === 'musl';
  const table: Record<string, [string, string | undefined]> = {
    x64: ['x86_64-unknown-linux-gnu', 'x86_64-unknown-linux-musl'],
    arm64: ['aarch64-unknown-linux-gnu', 'aarch64-unknown-linux-musl'],
    ia32: ['i686-unknown-linux-gnu', 'i686-unknown-linux-musl'],
    arm: ['armv7-unknown-linux-gnueabihf', 'armv7-unknown-linux-musleabihf'],
    ppc64: ['powerpc64le-unknown-linux-gnu', undefined],
    s390x: ['s390x-unknown-linux-gnu', undefined],
    riscv64: ['riscv64gc-unknown-linux-gnu', 'riscv64gc-unknown-linux-musl'],
    loong64: ['loongarch64-unknown-linux-gnu', undefined]
  };
  const entry = table[arch];
  return entry ? (musl ? entry[1] : entry[0]) : undefined;
}

/**
 * musl or glibc from what Node reports: a glibc runtime version in the process report means glibc;
 * otherwise a `/lib/ld-musl-*` loader means musl. Inputs are injectable for tests.
 */
export function detectLibc(
  probe: {glibcVersionRuntime?: string; libEntries?: readonly string[]} = {}
): Libc {
  const glibc = probe.glibcVersionRuntime ?? glibcRuntime();
  if (glibc) return 'glibc';
  const entries = probe.libEntries ?? listLib();
  return entries.some(name => name.startsWith('ld-musl-')) ? 'musl' : 'glibc';
}

function glibcRuntime(): string | undefined {
  try {
    const report = process.report?.getReport() as {header?: {glibcVersionRuntime?: string}};
    return report?.header?.glibcVersionRuntime;
  } catch {
    return undefined;
  }
}

function listLib(): string[] {
  try {
    return readdirSync('/lib');
  } catch {
    return [];
  }
}
