import {
  detectLibc,
  goArch,
  helmPlatform,
  kubeconformPlatform,
  osName,
  rustTarget
} from '@ci-actions/core/platform';

describe('platform names', () => {
  it.each([
    ['linux', 'linux'],
    ['darwin', 'darwin'],
    ['win32', 'windows'],
    ['freebsd', undefined]
  ])('osName(%p) = %p', (platform, expected) => {
    expect(osName(platform)).toBe(expected);
  });

  it.each([
    ['x64', 'amd64'],
    ['arm64', 'arm64'],
    ['arm', 'arm'],
    ['ia32', '386'],
    ['ppc64', 'ppc64le'],
    ['s390x', 's390x'],
    ['riscv64', 'riscv64'],
    ['mips', undefined]
  ])('goArch(%p) = %p', (arch, expected) => {
    expect(goArch(arch)).toBe(expected);
  });

  it.each([
    ['linux', 'x64', 'linux-amd64'],
    ['linux', 'arm64', 'linux-arm64'],
    ['linux', 'arm', 'linux-arm'],
    ['linux', 'ia32', 'linux-386'],
    ['linux', 'ppc64', 'linux-ppc64le'],
    ['linux', 's390x', 'linux-s390x'],
    ['linux', 'riscv64', 'linux-riscv64'],
    ['darwin', 'x64', 'darwin-amd64'],
    ['darwin', 'arm64', 'darwin-arm64'],
    ['win32', 'x64', 'windows-amd64'],
    ['win32', 'arm64', 'windows-arm64'],
    ['darwin', 'ia32', undefined],
    ['win32', 'ia32', undefined],
    ['freebsd', 'x64', undefined]
  ])('helm on %s/%s: %p', (platform, arch, expected) => {
    const result = helmPlatform(platform, arch);
    expect(result ? `${result.os}-${result.arch}` : undefined).toBe(expected);
  });

  it.each([
    ['linux', 'x64', 'linux-amd64'],
    ['linux', 'arm64', 'linux-arm64'],
    ['linux', 'arm', 'linux-armv6'],
    ['linux', 'ia32', 'linux-386'],
    ['darwin', 'x64', 'darwin-amd64'],
    ['darwin', 'arm64', 'darwin-arm64'],
    ['win32', 'x64', 'windows-amd64'],
    ['win32', 'arm64', 'windows-arm64'],
    ['win32', 'ia32', 'windows-386'],
    ['win32', 'arm', 'windows-armv6'],
    ['linux', 's390x', undefined],
    ['linux', 'ppc64', undefined]
  ])('kubeconform on %s/%s: %p', (platform, arch, expected) => {
    const result = kubeconformPlatform(platform, arch);
    expect(result ? `${result.os}-${result.arch}` : undefined).toBe(expected);
  });

  it.each([
    ['linux', 'x64', 'glibc', 'x86_64-unknown-linux-gnu'],
    ['linux', 'x64', 'musl', 'x86_64-unknown-linux-musl'],
    ['linux', 'arm64', 'musl', 'aarch64-unknown-linux-musl'],
    ['linux', 'arm', 'glibc', 'armv7-unknown-linux-gnueabihf'],
    ['linux', 's390x', 'musl', undefined],
    ['darwin', 'arm64', undefined, 'aarch64-apple-darwin'],
    ['win32', 'x64', undefined, 'x86_64-pc-windows-msvc']
  ] as const)('rustTarget(%s, %s, %s) = %p', (platform, arch, libc, expected) => {
    expect(rustTarget(platform, arch, libc)).toBe(expected);
  });

  it.each([
    [{glibcVersionRuntime: '2.36', libEntries: []}, 'glibc'],
    [
      {glibcVersionRuntime: '', libEntries: ['ld-musl-x86_64.so.1', 'libc.musl-x86_64.so.1']},
      'musl'
    ],
    [{glibcVersionRuntime: '', libEntries: ['x86_64-linux-gnu']}, 'glibc']
  ] as const)('detectLibc(%p) = %p', (probe, expected) => {
    expect(detectLibc(probe)).toBe(expected);
  });
});
