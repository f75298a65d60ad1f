import {ActionFailure} from '@ci-actions/core';
import {detectLibc} from '@ci-actions/core/platform';
import {KNOWN_CHECKSUMS} from '../../actions/prepare-python/src/inputs';
import {
  archiveName,
  archiveUrl,
  binaryMember,
  builtInDigest,
  uvTarget,
  type UvPlatform
} from '../../actions/prepare-python/src/target';

describe('uvTarget', () => {
  it.each<[UvPlatform, string, string]>([
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'x86_64-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'x64', libc: 'musl'}, 'x86_64-unknown-linux-musl', 'tar.gz'],
    [{os: 'linux', arch: 'arm64', libc: 'glibc'}, 'aarch64-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'arm64', libc: 'musl'}, 'aarch64-unknown-linux-musl', 'tar.gz'],
    [{os: 'linux', arch: 'arm', libc: 'glibc'}, 'armv7-unknown-linux-gnueabihf', 'tar.gz'],
    [{os: 'linux', arch: 'arm', libc: 'musl'}, 'armv7-unknown-linux-musleabihf', 'tar.gz'],
    [{os: 'linux', arch: 'ia32', libc: 'glibc'}, 'i686-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'ia32', libc: 'musl'}, 'i686-unknown-linux-musl', 'tar.gz'],
    [{os: 'linux', arch: 'ppc64'}, 'powerpc64le-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'ppc64', endianness: 'BE'}, 'powerpc64-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 's390x', libc: 'glibc'}, 's390x-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'riscv64', libc: 'glibc'}, 'riscv64gc-unknown-linux-gnu', 'tar.gz'],
    [{os: 'linux', arch: 'riscv64', libc: 'musl'}, 'riscv64gc-unknown-linux-musl', 'tar.gz'],
    [{os: 'linux', arch: 'loong64'}, 'loongarch64-unknown-linux-gnu', 'tar.gz'],
    [{os: 'darwin', arch: 'x64'}, 'x86_64-apple-darwin', 'tar.gz'],
    [{os: 'darwin', arch: 'arm64', libc: 'musl'}, 'aarch64-apple-darwin', 'tar.gz'],
    [{os: 'windows', arch: 'x64'}, 'x86_64-pc-windows-msvc', 'zip'],
    [{os: 'windows', arch: 'arm64'}, 'aarch64-pc-windows-msvc', 'zip'],
    [{os: 'windows', arch: 'ia32'}, 'i686-pc-windows-msvc', 'zip']
  ])('%o -> %s (.%s)', (platform, triple, extension) => {
    const target = uvTarget(platform);
    expect(target.triple).toBe(triple);
    expect(target.extension).toBe(extension);
  });

  it.each<UvPlatform>([
    {os: 'linux', arch: 's390x', libc: 'musl'},
    {os: 'linux', arch: 'ppc64', libc: 'musl'},
    {os: 'linux', arch: 'mips'},
    {os: 'darwin', arch: 'ia32'},
    {os: 'windows', arch: 'arm'},
    {os: 'windows', arch: 'ppc64'}
  ])('has no build for %o', platform => {
    expect(() => uvTarget(platform)).toThrow(ActionFailure);
  });

  it('names every target the table of 0.9.30 has a digest for', () => {
    const platforms: UvPlatform[] = [
      {os: 'linux', arch: 'x64', libc: 'glibc'},
      {os: 'linux', arch: 'x64', libc: 'musl'},
      {os: 'linux', arch: 'arm64', libc: 'musl'},
      {os: 'linux', arch: 'arm', libc: 'musl'},
      {os: 'linux', arch: 'ppc64'},
      {os: 'darwin', arch: 'arm64'},
      {os: 'windows', arch: 'x64'}
    ];
    for (const platform of platforms) {
      expect(builtInDigest(KNOWN_CHECKSUMS, uvTarget(platform), '0.9.30')).toMatch(
        /^[0-9a-f]{64}$/
      );
    }
  });
});

describe('musl selection', () => {
  const libc = (probe: Parameters<typeof detectLibc>[0]) => detectLibc(probe);

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
    expect(archiveName(uvTarget({os: 'linux', arch: 'x64', libc: libc(probe)}))).toBe(archive);
  });

  it('selects the musl arm build with the hard-float ABI', () => {
    const target = uvTarget({
      os: 'linux',
      arch: 'arm',
      libc: libc({glibcVersionRuntime: '', libEntries: ['ld-musl-armhf.so.1']})
    });
    expect(archiveName(target)).toBe('uv-armv7-unknown-linux-musleabihf.tar.gz');
  });
});

describe('archive layout', () => {
  it.each<[UvPlatform, string, string]>([
    [
      {os: 'linux', arch: 'x64', libc: 'glibc'},
      'https://m.example/uv/0.9.30/uv-x86_64-unknown-linux-gnu.tar.gz',
      'uv-x86_64-unknown-linux-gnu/uv'
    ],
    [
      {os: 'windows', arch: 'x64'},
      'https://m.example/uv/0.9.30/uv-x86_64-pc-windows-msvc.zip',
      'uv.exe'
    ]
  ])('%o', (platform, url, member) => {
    const target = uvTarget(platform);
    expect(archiveUrl('https://m.example/uv/', '0.9.30', target)).toBe(url);
    expect(binaryMember(target)).toBe(member);
  });
});
