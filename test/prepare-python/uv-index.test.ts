import {ActionFailure} from '@ci-actions/core';
import {uvTarget, type UvPlatform} from '../../actions/prepare-python/src/target';
import {
  installableVersions,
  parseHtmlPage,
  parseIndexPage,
  parseJsonPage,
  parseWheel,
  platformTags,
  projectPageUrl,
  selectWheel,
  UvIndexError,
  wheelBinaries,
  wheelsOf,
  type IndexFile
} from '../../actions/prepare-python/src/uv-index';

const PAGE = 'https://index.example/simple/uv/';
const A = 'a'.repeat(64);
const B = 'B'.repeat(64);
const GNU_X64 = 'uv-0.9.30-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl';

describe('projectPageUrl', () => {
  it.each([
    ['https://pypi.org/simple', 'https://pypi.org/simple/uv/'],
    ['https://pypi.org/simple/', 'https://pypi.org/simple/uv/'],
    ['http://127.0.0.1:8080/a/b//', 'http://127.0.0.1:8080/a/b/uv/']
  ])('%s -> %s', (index, page) => expect(projectPageUrl(index)).toBe(page));
});

describe('parseHtmlPage (PEP 503, PEP 592)', () => {
  it.each<[string, string, IndexFile[]]>([
    [
      'a relative href with a sha256 fragment',
      `<a href="${GNU_X64}#sha256=${A}">${GNU_X64}</a>`,
      [{filename: GNU_X64, url: `${PAGE}${GNU_X64}`, sha256: A, yanked: false}]
    ],
    [
      'a parent-relative href, upper-case digest, single quotes',
      `<a href='../../packages/ab/${GNU_X64}#sha256=${B}' data-requires-python="&gt;=3.8">${GNU_X64}</a>`,
      [
        {
          filename: GNU_X64,
          url: `https://index.example/packages/ab/${GNU_X64}`,
          sha256: B.toLowerCase(),
          yanked: false
        }
      ]
    ],
    [
      'an absolute href on another host, entities in the URL',
      `<A HREF="https://files.example/p/${GNU_X64}?a=1&amp;b=2#sha256=${A}">${GNU_X64}</A>`,
      [
        {
          filename: GNU_X64,
          url: `https://files.example/p/${GNU_X64}?a=1&b=2`,
          sha256: A,
          yanked: false
        }
      ]
    ],
    [
      'no fragment: no digest',
      `<a href="/f/${GNU_X64}">${GNU_X64}</a>`,
      [{filename: GNU_X64, url: `https://index.example/f/${GNU_X64}`, yanked: false}]
    ],
    [
      'another hash name is no sha256',
      `<a href="${GNU_X64}#md5=0123456789abcdef0123456789abcdef">${GNU_X64}</a>`,
      [{filename: GNU_X64, url: `${PAGE}${GNU_X64}`, yanked: false}]
    ],
    [
      'data-yanked with a reason, and bare',
      `<a href="x.whl#sha256=${A}" data-yanked="broken build">x.whl</a>\n<a data-yanked href="y.whl">y.whl</a>`,
      [
        {filename: 'x.whl', url: `${PAGE}x.whl`, sha256: A, yanked: true},
        {filename: 'y.whl', url: `${PAGE}y.whl`, yanked: true}
      ]
    ],
    [
      'data-yanked empty still means yanked',
      `<a href="x.whl" data-yanked="">x.whl</a>`,
      [{filename: 'x.whl', url: `${PAGE}x.whl`, yanked: true}]
    ],
    [
      'a <base href> moves relative links',
      `<base href="https://cdn.example/uv/"><a href="x.whl">x.whl</a>`,
      [{filename: 'x.whl', url: 'https://cdn.example/uv/x.whl', yanked: false}]
    ],
    [
      'an anchor without text takes the name from the URL; no href and non-http links are skipped',
      `<a href="d/uv%2B1.whl"></a><a name="top">x</a><a href="javascript:alert(1)">y.whl</a>`,
      [{filename: 'uv+1.whl', url: `${PAGE}d/uv%2B1.whl`, yanked: false}]
    ]
  ])('%s', (_name, html, files) => {
    expect(parseHtmlPage(`<html><body>\n${html}\n</body></html>`, PAGE)).toEqual(files);
  });
});

describe('parseJsonPage (PEP 691)', () => {
  const file = (extra: Record<string, unknown>) => ({
    filename: GNU_X64,
    url: `../../files/${GNU_X64}`,
    hashes: {sha256: A},
    ...extra
  });
  it.each<[string, Record<string, unknown>, Partial<IndexFile>]>([
    ['hashes.sha256, relative URL', {}, {sha256: A, yanked: false}],
    ['yanked true', {yanked: true}, {yanked: true}],
    ['yanked with a reason', {yanked: 'CVE'}, {yanked: true}],
    ['yanked false', {yanked: false}, {yanked: false}],
    ['no sha256 in hashes', {hashes: {md5: 'x'}}, {sha256: undefined}],
    ['a malformed sha256 is none', {hashes: {sha256: 'abc'}}, {sha256: undefined}],
    [
      'hashes.sha256 wins over a fragment',
      {url: `../../files/${GNU_X64}#sha256=${'c'.repeat(64)}`, hashes: {sha256: B}},
      {sha256: B.toLowerCase()}
    ]
  ])('%s', (_name, extra, expected) => {
    const [parsed] = parseJsonPage({meta: {'api-version': '1.1'}, files: [file(extra)]}, PAGE);
    // toEqual: an undefined sha256 must be absent.
    expect(parsed).toEqual({
      filename: GNU_X64,
      url: `https://index.example/files/${GNU_X64}`,
      sha256: A,
      yanked: false,
      ...expected
    });
  });

  it('skips entries without a filename or url', () => {
    expect(parseJsonPage({files: [{filename: 'x.whl'}, {url: 'y.whl'}, null]}, PAGE)).toEqual([]);
  });

  it("rejects JSON without a 'files' list, naming the page", () => {
    expect(() => parseJsonPage({name: 'uv'}, PAGE)).toThrow(UvIndexError);
    expect(() => parseJsonPage({name: 'uv'}, PAGE)).toThrow(PAGE);
  });
});

describe('parseIndexPage', () => {
  it('tells JSON from HTML by the body', () => {
    const json = JSON.stringify({files: [{filename: 'x.whl', url: 'x.whl', hashes: {sha256: A}}]});
    expect(parseIndexPage(`\uFEFF  ${json}`, PAGE)).toEqual([
      {filename: 'x.whl', url: `${PAGE}x.whl`, sha256: A, yanked: false}
    ]);
    expect(parseIndexPage('<!DOCTYPE html><a href="x.whl">x.whl</a>', PAGE)).toHaveLength(1);
  });

  it('names the page when its JSON is broken', () => {
    expect(() => parseIndexPage('{"files": [', PAGE)).toThrow(/not valid JSON/);
  });
});

describe('parseWheel', () => {
  const wheel = (filename: string) => parseWheel({filename, url: PAGE + filename, yanked: false});
  it.each<[string, string | undefined, string[] | undefined]>([
    [GNU_X64, '0.9.30', ['manylinux_2_17_x86_64', 'manylinux2014_x86_64']],
    ['uv-0.13.9-py3-none-musllinux_1_1_aarch64.whl', '0.13.9', ['musllinux_1_1_aarch64']],
    ['uv-0.8.0-1-py3-none-win_amd64.whl', '0.8.0', ['win_amd64']],
    ['uv-0.9.30.tar.gz', undefined, undefined],
    ['uv-0.9.30rc1-py3-none-any.whl', undefined, undefined],
    ['uv_build-0.9.30-py3-none-any.whl', undefined, undefined],
    ['uvicorn-0.30.0-py3-none-any.whl', undefined, undefined]
  ])('%s -> %s', (filename, version, platforms) => {
    const parsed = wheel(filename);
    expect(parsed?.version).toBe(version);
    expect(parsed?.platforms).toEqual(platforms);
  });
});

// Wheel names as uv publishes them.
const PUBLISHED = [
  'uv-0.13.9-py3-none-macosx_10_12_x86_64.whl',
  'uv-0.13.9-py3-none-macosx_11_0_arm64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_ppc64le.manylinux2014_ppc64le.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_s390x.manylinux2014_s390x.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'uv-0.13.9-py3-none-manylinux_2_31_riscv64.whl',
  'uv-0.13.9-py3-none-musllinux_1_1_aarch64.whl',
  'uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl',
  'uv-0.13.9-py3-none-win32.whl',
  'uv-0.13.9-py3-none-win_amd64.whl',
  'uv-0.13.9-py3-none-win_arm64.whl',
  'uv-0.13.9.tar.gz'
];
const files = (names: readonly string[], yanked: readonly string[] = []): IndexFile[] =>
  names.map(filename => ({
    filename,
    url: PAGE + filename,
    sha256: A,
    yanked: yanked.includes(filename)
  }));

describe('selectWheel', () => {
  it.each<[UvPlatform, string]>([
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'manylinux_2_17_x86_64.manylinux2014_x86_64'],
    [{os: 'linux', arch: 'x64', libc: 'musl'}, 'musllinux_1_1_x86_64'],
    [{os: 'linux', arch: 'arm64', libc: 'glibc'}, 'manylinux_2_17_aarch64.manylinux2014_aarch64'],
    [{os: 'linux', arch: 'arm64', libc: 'musl'}, 'musllinux_1_1_aarch64'],
    [{os: 'linux', arch: 'arm', libc: 'glibc'}, 'manylinux_2_17_armv7l.manylinux2014_armv7l'],
    [{os: 'linux', arch: 'ia32', libc: 'glibc'}, 'manylinux_2_17_i686.manylinux2014_i686'],
    [{os: 'linux', arch: 'ppc64'}, 'manylinux_2_17_ppc64le.manylinux2014_ppc64le'],
    [{os: 'linux', arch: 's390x'}, 'manylinux_2_17_s390x.manylinux2014_s390x'],
    [{os: 'linux', arch: 'riscv64'}, 'manylinux_2_31_riscv64'],
    [{os: 'darwin', arch: 'x64'}, 'macosx_10_12_x86_64'],
    [{os: 'darwin', arch: 'arm64'}, 'macosx_11_0_arm64'],
    [{os: 'windows', arch: 'x64'}, 'win_amd64'],
    [{os: 'windows', arch: 'ia32'}, 'win32'],
    [{os: 'windows', arch: 'arm64'}, 'win_arm64']
  ])('%o -> %s', (platform, tags) => {
    const wheel = selectWheel(wheelsOf(files(PUBLISHED)), '0.13.9', uvTarget(platform), PAGE);
    expect(wheel.filename).toBe(`uv-0.13.9-py3-none-${tags}.whl`);
    expect(wheel.url).toBe(PAGE + wheel.filename);
  });

  const x64 = uvTarget({os: 'linux', arch: 'x64', libc: 'glibc'});

  it('prefers an arch-specific macOS wheel to a universal2 one', () => {
    const names = [
      'uv-0.5.0-py3-none-macosx_10_12_universal2.whl',
      'uv-0.5.0-py3-none-macosx_11_0_arm64.whl'
    ];
    const target = uvTarget({os: 'darwin', arch: 'arm64'});
    expect(selectWheel(wheelsOf(files(names)), '0.5.0', target, PAGE).filename).toBe(names[1]);
    expect(selectWheel(wheelsOf(files(names.slice(0, 1))), '0.5.0', target, PAGE).filename).toBe(
      names[0]
    );
  });

  it('never takes a yanked file, and says so', () => {
    const name = 'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl';
    const attempt = () => selectWheel(wheelsOf(files(PUBLISHED, [name])), '0.13.9', x64, PAGE);
    expect(attempt).toThrow(UvIndexError);
    expect(attempt).toThrow(/no unyanked uv 0\.13\.9 wheel for linux x86_64 glibc/);
    expect(attempt).toThrow(`${name} (yanked)`);
  });

  it('names the platform and the wheels seen when none fits', () => {
    const musl = uvTarget({os: 'linux', arch: 'x64', libc: 'musl'});
    const names = PUBLISHED.filter(n => !n.includes('musllinux'));
    const attempt = () => selectWheel(wheelsOf(files(names)), '0.13.9', musl, PAGE);
    expect(attempt).toThrow(ActionFailure);
    expect(attempt).toThrow(
      /for linux x86_64 musl \(musllinux_\*_x86_64\); its uv 0\.13\.9 wheels: /
    );
    expect(attempt).toThrow(
      /wheels: uv-0\.13\.9-py3-none-macosx_10_12_x86_64\.whl, .*win_arm64\.whl\.$/
    );
    const more = [...names, 'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'];
    expect(() => selectWheel(wheelsOf(files(more)), '0.13.9', musl, PAGE)).toThrow(
      /win_arm64\.whl, and 1 more\.$/
    );
  });

  it('names the versions the page has when the version is missing', () => {
    const attempt = () => selectWheel(wheelsOf(files(PUBLISHED)), '0.13.10', x64, PAGE);
    expect(attempt).toThrow(
      `${PAGE} has no uv 0.13.10 wheel (it has 1 version(s), 0.13.9 to 0.13.9)`
    );
    expect(() => selectWheel([], '0.13.10', x64, PAGE)).toThrow(/it has no uv wheel/);
  });
});

describe('installableVersions', () => {
  const x64 = uvTarget({os: 'linux', arch: 'x64', libc: 'glibc'});
  it('lists the versions with an unyanked wheel for the platform, oldest first', () => {
    const names = [
      'uv-0.13.9-py3-none-manylinux_2_17_x86_64.whl',
      'uv-0.13.10-py3-none-manylinux_2_17_x86_64.whl',
      'uv-0.13.11-py3-none-manylinux_2_17_x86_64.whl',
      'uv-0.13.12-py3-none-manylinux_2_17_aarch64.whl',
      'uv-0.9.30-py3-none-manylinux_2_17_x86_64.whl',
      'uv-0.9.30-py3-none-win_amd64.whl'
    ];
    expect(installableVersions(wheelsOf(files(names, [names[2]])), x64)).toEqual([
      '0.9.30',
      '0.13.9',
      '0.13.10'
    ]);
  });
});

describe('platformTags', () => {
  it.each<[UvPlatform, string, boolean]>([
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'manylinux1_x86_64', true],
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'manylinux_2_28_x86_64', true],
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'musllinux_1_1_x86_64', false],
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'manylinux_2_17_aarch64', false],
    [{os: 'linux', arch: 'x64', libc: 'glibc'}, 'linux_x86_64', false],
    [{os: 'linux', arch: 'x64', libc: 'musl'}, 'manylinux_2_17_x86_64', false],
    [{os: 'darwin', arch: 'x64'}, 'macosx_10_12_universal2', true],
    [{os: 'darwin', arch: 'x64'}, 'macosx_11_0_arm64', false],
    [{os: 'windows', arch: 'x64'}, 'win32', false]
  ])('%o %s -> %s', (platform, tag, expected) => {
    expect(platformTags(uvTarget(platform)).matches(tag)).toBe(expected);
  });
});

describe('wheelBinaries', () => {
  it.each<[UvPlatform, string[]]>([
    [{os: 'linux', arch: 'x64'}, ['uv-0.9.30.data/scripts/uv', 'uv-0.9.30.data/scripts/uvx']],
    [
      {os: 'windows', arch: 'x64'},
      ['uv-0.9.30.data/scripts/uv.exe', 'uv-0.9.30.data/scripts/uvx.exe']
    ]
  ])('%o', (platform, members) => {
    expect(wheelBinaries('0.9.30', uvTarget(platform)).map(b => b.member)).toEqual(members);
  });
});
