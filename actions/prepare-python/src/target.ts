import {ActionFailure} from '@ci-actions/core';
import type {Libc, Platform} from '@ci-actions/core/platform';

// The uv release target triple for a platform (core's vocabulary) and, for ppc64, the endianness.

export interface UvPlatform extends Platform {
  /** `os.endianness()`, for ppc64. Default LE. */
  readonly endianness?: 'LE' | 'BE';
}

export interface Target {
  /** e.g. `x86_64-unknown-linux-gnu`. */
  readonly triple: string;
  /** The uv architecture name, e.g. `x86_64`. */
  readonly arch: string;
  readonly libc: Libc | 'none';
  readonly extension: 'tar.gz' | 'zip';
  /** The binary's file name inside the archive. */
  readonly binary: 'uv' | 'uv.exe';
}

const LINUX_ARCH: Readonly<Record<string, string>> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  arm: 'armv7',
  ia32: 'i686',
  s390x: 's390x',
  riscv64: 'riscv64gc',
  loong64: 'loongarch64'
};
const DARWIN_ARCH: Readonly<Record<string, string>> = {x64: 'x86_64', arm64: 'aarch64'};
const WINDOWS_ARCH: Readonly<Record<string, string>> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  ia32: 'i686'
};

function unsupported(p: UvPlatform): ActionFailure {
  return new ActionFailure(
    `uv publishes no build for ${p.os}/${p.arch}${p.libc ? ` (${p.libc})` : ''}; ` +
      'supported: linux x64/arm64/arm/ia32/ppc64le/s390x/riscv64/loong64, darwin x64/arm64, windows x64/arm64/ia32.'
  );
}

export function uvTarget(p: UvPlatform): Target {
  if (p.os === 'linux') {
    const libc: Libc = p.libc ?? 'glibc';
    let arch = LINUX_ARCH[p.arch];
    if (p.arch === 'ppc64') arch = p.endianness === 'BE' ? 'powerpc64' : 'powerpc64le';
    if (!arch) throw unsupported(p);
    // Only gnu builds exist for these.
    if (libc === 'musl' && ['powerpc64', 'powerpc64le', 's390x', 'loongarch64'].includes(arch)) {
      throw unsupported(p);
    }
    const abi = `${libc === 'musl' ? 'musl' : 'gnu'}${arch === 'armv7' ? 'eabihf' : ''}`;
    return {
      triple: `${arch}-unknown-linux-${abi}`,
      arch,
      libc,
      extension: 'tar.gz',
      binary: 'uv'
    };
  }
  if (p.os === 'darwin') {
    const arch = DARWIN_ARCH[p.arch];
    if (!arch) throw unsupported(p);
    return {
      triple: `${arch}-apple-darwin`,
      arch,
      libc: 'none',
      extension: 'tar.gz',
      binary: 'uv'
    };
  }
  if (p.os === 'windows') {
    const arch = WINDOWS_ARCH[p.arch];
    if (!arch) throw unsupported(p);
    return {
      triple: `${arch}-pc-windows-msvc`,
      arch,
      libc: 'none',
      extension: 'zip',
      binary: 'uv.exe'
    };
  }
  throw unsupported(p);
}

/** `uv-<triple>.<ext>`. */
export function archiveName(target: Target): string {
  return `uv-${target.triple}.${target.extension}`;
}

/** `{base}/{version}/uv-{triple}.{ext}`, the upstream release layout. */
export function archiveUrl(base: string, version: string, target: Target): string {
  return `${base.replace(/\/+$/, '')}/${version}/${archiveName(target)}`;
}

/** The archive's member path of the binary: tarballs have a top directory, Windows zips none. */
export function binaryMember(target: Target): string {
  return target.extension === 'zip' ? target.binary : `uv-${target.triple}/${target.binary}`;
}

/** The built-in digest for a target and version, if the table has one. */
export function builtInDigest(
  table: Readonly<Record<string, string>>,
  target: Target,
  version: string
): string | undefined {
  return table[`${target.triple}-${version}`];
}
