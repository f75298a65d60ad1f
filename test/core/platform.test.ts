import {currentPlatform, detectLibc, goArch, osName} from '@ci-actions/core/platform';

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
    [{glibcVersionRuntime: '2.36', libEntries: []}, 'glibc'],
    [
      {glibcVersionRuntime: '', libEntries: ['ld-musl-x86_64.so.1', 'libc.musl-x86_64.so.1']},
      'musl'
    ],
    [{glibcVersionRuntime: '', libEntries: ['x86_64-linux-gnu']}, 'glibc']
  ] as const)('detectLibc(%p) = %p', (probe, expected) => {
    expect(detectLibc(probe)).toBe(expected);
  });

  it('describes this runner', () => {
    const platform = currentPlatform();
    expect(platform).toMatchObject({os: osName(process.platform), arch: process.arch});
    expect(platform?.libc).toBe(process.platform === 'linux' ? detectLibc() : undefined);
  });
});
