import {
  cacheKeys,
  dependencyHash,
  osReleaseId,
  pythonMajorMinor,
  sanitize,
  type KeyParts
} from '../../actions/prepare-python/src/cache-key';

const BASE: KeyParts = {
  os: 'linux-debian-13',
  arch: 'x86_64',
  libc: 'glibc',
  python: '3.13',
  dependencyHash: 'abc123'
};

describe('cacheKeys', () => {
  it.each<[Partial<KeyParts>, string, string]>([
    [{}, 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-abc123', ''],
    [{suffix: 'Lint'}, 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-abc123-lint', ''],
    [{suffix: 'a,b c'}, 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-abc123-a-b-c', ''],
    [
      {os: 'Linux-Ubuntu-24.04'},
      'prepare-python-v1-linux-ubuntu-24.04-x86_64-glibc-py3.13-abc123',
      ''
    ],
    [{python: '3.13t'}, 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13t-abc123', ''],
    [
      {libc: 'musl', os: 'linux-alpine-3.22'},
      'prepare-python-v1-linux-alpine-3.22-x86_64-musl-py3.13-abc123',
      ''
    ],
    [
      {dependencyHash: undefined},
      'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-no-dependency-files',
      ''
    ]
  ])('%o -> %s', (change, key) => {
    const keys = cacheKeys({...BASE, ...change});
    expect(keys.key).toBe(key);
    expect(keys.key).toBe(keys.key.toLowerCase());
    expect(keys.key).not.toContain(',');
  });

  it('restores from the same prefix without the dependency hash', () => {
    const keys = cacheKeys({...BASE, suffix: 'x'});
    expect(keys.restoreKeys).toEqual(['prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-']);
    expect(keys.key.startsWith(keys.restoreKeys[0])).toBe(true);
  });

  it('differs by python minor, not by patch', () => {
    expect(cacheKeys({...BASE, python: pythonMajorMinor('3.13.7')!}).key).toBe(
      cacheKeys({...BASE, python: pythonMajorMinor('3.13.1')!}).key
    );
    expect(cacheKeys({...BASE, python: '3.12'}).key).not.toBe(cacheKeys(BASE).key);
  });

  it('stays within 512 characters', () => {
    expect(cacheKeys({...BASE, suffix: 'x'.repeat(600)}).key.length).toBeLessThanOrEqual(512);
  });
});

describe('dependencyHash', () => {
  const lock = {path: 'uv.lock', content: Buffer.from('lock v1')};
  const project = {path: 'pyproject.toml', content: Buffer.from('[project]')};

  it('is undefined without files', () => {
    expect(dependencyHash([])).toBeUndefined();
  });

  it('does not depend on the order the files were found in', () => {
    expect(dependencyHash([lock, project])).toBe(dependencyHash([project, lock]));
  });

  it('changes when uv.lock changes', () => {
    const changed = {...lock, content: Buffer.from('lock v2')};
    expect(dependencyHash([changed, project])).not.toBe(dependencyHash([lock, project]));
  });

  it('changes when a file moves', () => {
    const moved = {...lock, path: 'sub/uv.lock'};
    expect(dependencyHash([moved])).not.toBe(dependencyHash([lock]));
  });

  it('is 64 hex characters', () => {
    expect(dependencyHash([lock])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('helpers', () => {
  it.each([
    ['3.13.7', false, '3.13'],
    ['3.14.0', true, '3.14t'],
    ['3.9.18+', false, '3.9'],
    ['garbage', false, undefined]
  ])('pythonMajorMinor(%p, %p) -> %p', (version, ft, expected) => {
    expect(pythonMajorMinor(version, ft)).toBe(expected);
  });

  it.each([
    ['ID=debian\nVERSION_ID="13"\n', 'debian-13'],
    ['NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\n', 'alpine-3.22.1'],
    ['ID=arch\nBUILD_ID=rolling\n', 'arch-rolling'],
    ['ID="ubuntu"\nVERSION_ID="24.04"\nVERSION_CODENAME=noble', 'ubuntu-24.04'],
    ['ID=gentoo\n', 'gentoo'],
    ['', undefined]
  ])('osReleaseId(%p) -> %p', (text, expected) => {
    expect(osReleaseId(text)).toBe(expected);
  });

  it('sanitizes to lower case without commas', () => {
    expect(sanitize('A,B  C/D')).toBe('a-b-c-d');
  });
});
