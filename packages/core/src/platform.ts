import {readdirSync} from 'node:fs';

// Operating system, architecture and libc of the runner in one vocabulary for every action; each
// action maps them to its own tool's release names. Pure functions over Node's `process.platform` /
// `process.arch` values, table-tested; `detectLibc()` is the only one that looks at the machine.

export type OsName = 'linux' | 'darwin' | 'windows';
export type Libc = 'glibc' | 'musl';

export interface Platform {
  readonly os: OsName;
  /** Node's name: x64, arm64, arm, ia32, ppc64, s390x, riscv64, loong64. */
  readonly arch: string;
  /** Linux only; ignored elsewhere. */
  readonly libc?: Libc;
}

/** The runner's platform, or undefined on an OS no action supports. */
export function currentPlatform(): Platform | undefined {
  const os = osName(process.platform);
  if (!os) return undefined;
  return {os, arch: process.arch, ...(os === 'linux' ? {libc: detectLibc()} : {})};
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
