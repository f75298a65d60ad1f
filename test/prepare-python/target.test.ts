import {ActionFailure} from '@ci-actions/core';
import {detectLibc} from '@ci-actions/core/platform';
import {KNOWN_CHECKSUMS} from '../../actions/prepare-python/src/inputs';
import {
  archiveName,
  archiveUrl,
  binaryMember,
  knownDigest,
  uvTarget,
  type Platform
} from '../../actions/prepare-python/src/target';

describe('uvTarget', () => {
  it.each<[Platform, string, string]>([
    [{platform: 'linux', arch: 'x64', libc: 'gnu'}, 'x86_64-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'x64', libc: 'musl'}, 'x86_64-unknown-linux-musl', 'tar.gz'],
    [{platform: 'linux', arch: 'arm64', libc: 'gnu'}, 'aarch64-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'arm64', libc: 'musl'}, 'aarch64-unknown-linux-musl', 'tar.gz'],
    [{platform: 'linux', arch: 'arm', libc: 'gnu'}, 'armv7-unknown-linux-gnueabihf', 'tar.gz'],
    [{platform: 'linux', arch: 'arm', libc: 'musl'}, 'armv7-unknown-linux-musleabihf', 'tar.gz'],
    [{platform: 'linux', arch: 'ia32', libc: 'gnu'}, 'i686-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'ia32', libc: 'musl'}, 'i686-unknown-linux-musl', 'tar.gz'],
    [{platform: 'linux', arch: 'ppc64'}, 'powerpc64le-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'ppc64', endianness: 'BE'}, 'powerpc64-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 's390x', libc: 'gnu'}, 's390x-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'riscv64', libc: 'gnu'}, 'riscv64gc-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'linux', arch: 'riscv64', libc: 'musl'}, 'riscv64gc-unknown-linux-musl', 'tar.gz'],
    [{platform: 'linux', arch: 'loong64'}, 'loongarch64-unknown-linux-gnu', 'tar.gz'],
    [{platform: 'darwin', arch: 'x64'}, 'x86_64-apple-darwin', 'tar.gz'],
    [{platform: 'darwin', arch: 'arm64', libc: 'musl'}, 'aarch64-apple-darwin', 'tar.gz'],
    [{platform: 'win32', arch: 'x64'}, 'x86_64-pc-windows-msvc', 'zip'],
    [{platform: 'win32', arch: 'arm64'}, 'aarch64-pc-windows-msvc', 'zip'],
    [{platform: 'win32', arch: 'ia32'}, 'i686-pc-windows-msvc', 'zip']
  ])('%o -> %s (.%s)', (platform, triple, extension) => {
    const target = uvTarget(platform);
    expect(target.triple).toBe(triple);
    expect(target.extension).toBe(extension);
  });

  it.each<Platform>([
    {platform: 'linux', arch: 's390x', libc: 'musl'},
    {platform: 'linux', arch: 'ppc64', libc: 'musl'},
    {platform: 'linux', arch: 'mips'},
    {platform: 'darwin', arch: 'ia32'},
    {platform: 'win32', arch: 'arm'},
    {platform: 'freebsd', arch: 'x64'},
    {platform: 'aix', arch: 'ppc64'}
  ])('has no build for %o', platform => {
    expect(() => uvTarget(platform)).toThrow(ActionFailure);
  });

  it('names every target the table of 0.9.30 has a digest for', () => {
    const platforms: Platform[] = [
      {platform: 'linux', arch: 'x64', libc: 'gnu'},
      {platform: 'linux', arch: 'x64', libc: 'musl'},
      {platform: 'linux', arch: 'arm64', libc: 'musl'},
      {platform: 'linux', arch: 'arm', libc: 'musl'},
      {platform: 'linux', arch: 'ppc64'},
      {platform: 'darwin', arch: 'arm64'},
      {platform: 'win32', arch: 'x64'}
    ];
    for (const platform of platforms) {
      expect(knownDigest(KNOWN_CHECKSUMS, uvTarget(platform), '0.9.30')).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('musl selection', () => {
  const libc = (probe: Parameters<typeof detectLibc>[0]) =>
    detectLibc(probe) === 'musl' ? ('musl' as const) : ('gnu' as const);

  it.each<[Parameters<typeof detectLibc>[0], string]>([
    // Alpine: no glibc runtime in the process report, musl's loader in /lib
    [
      {glibcVersionRuntime: '', libEntries: ['ld-musl-x86_64.so.1']},
      'uv-x86_64-unknown-linux-musl.tar.gz'
    ],
    // Debian with musl-tools installed: glibc still wins
    [
      {glibcVersionRuntime: '2.36', libEntries: ['ld-musl-x86_64.so.1', 'x86_64-linux-gnu']},
      'uv-x86_64-unknown-linux-gnu.tar.gz'
    ],
    [{glibcVersionRuntime: '2.41', libEntries: []}, 'uv-x86_64-unknown-linux-gnu.tar.gz']
  ])('%o -> %s', (probe, archive) => {
    expect(archiveName(uvTarget({platform: 'linux', arch: 'x64', libc: libc(probe)}))).toBe(
      archive
    );
  });

  it('selects the musl arm build with the hard-float ABI', () => {
    const target = uvTarget({
      platform: 'linux',
      arch: 'arm',
      libc: libc({glibcVersionRuntime: '', libEntries: ['ld-musl-armhf.so.1']})
    });
    expect(archiveName(target)).toBe('uv-armv7-unknown-linux-musleabihf.tar.gz');
  });
});

describe('archive layout', () => {
  it.each<[Platform, string, string]>([
    [
      {platform: 'linux', arch: 'x64', libc: 'gnu'},
      'https://m.example/uv/0.9.30/uv-x86_64-unknown-linux-gnu.tar.gz',
      'uv-x86_64-unknown-linux-gnu/uv'
    ],
    [
      {platform: 'win32', arch: 'x64'},
      'https://m.example/uv/0.9.30/uv-x86_64-pc-windows-msvc.zip',
      'uv.exe'
    ]
  ])('%o', (platform, url, member) => {
    const target = uvTarget(platform);
    expect(archiveUrl('https://m.example/uv/', '0.9.30', target)).toBe(url);
    expect(binaryMember(target)).toBe(member);
  });
});
