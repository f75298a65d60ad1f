import {execFileSync} from 'node:child_process';
import {createHash, randomBytes} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';
import {ActionFailure} from '@ci-actions/core';
import {
  DEFAULT_LIMITS,
  extractMembers,
  feedTarGz,
  listZip,
  validateEntryPath,
  type ArchiveLimits
} from '@ci-actions/core/archive';

// Archives made by the real GNU tar (each format it writes) and Info-ZIP, read back as streams.

const long = `${'d'.repeat(60)}/${'e'.repeat(70)}/binary-with-a-long-name`;
const HELM = '#!/bin/sh\necho helm\n';
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let work: string;
beforeEach(() => (work = mkdtempSync(join(tmpdir(), 'archive-test-'))));
afterEach(() => rmSync(work, {recursive: true, force: true}));

function tree(): string {
  const root = join(work, 'root');
  mkdirSync(join(root, 'linux-amd64'), {recursive: true});
  mkdirSync(join(root, long, '..'), {recursive: true});
  writeFileSync(join(root, 'linux-amd64', 'helm'), HELM);
  writeFileSync(join(root, long), 'long');
  writeFileSync(join(root, 'empty'), '');
  symlinkSync('linux-amd64/helm', join(root, 'link'));
  return root;
}

function tarGz(format: string, members = ['.']): string {
  const out = join(work, `a-${format}.tar.gz`);
  execFileSync('tar', [`--format=${format}`, '-czf', out, '-C', tree(), '--sort=name', ...members]);
  return out;
}

const out = () => {
  const dir = join(work, 'out');
  mkdirSync(dir, {recursive: true});
  return dir;
};

describe('extractMembers (tar.gz)', () => {
  it.each(['gnu', 'posix', 'ustar', 'oldgnu'])('reads the %s format', async format => {
    const dir = out();
    const files = await extractMembers(
      tarGz(format),
      'tar.gz',
      [
        {member: 'linux-amd64/helm', name: 'helm'},
        {member: long, name: 'long'},
        {member: 'empty', name: 'empty'}
      ],
      dir,
      'https://mirror.test/a.tar.gz'
    );
    expect(readFileSync(join(dir, 'helm'), 'utf8')).toBe(HELM);
    expect(readFileSync(join(dir, 'long'), 'utf8')).toBe('long');
    expect(statSync(join(dir, 'helm')).mode & 0o777).toBe(0o755);
    expect(files.helm).toEqual({path: join(dir, 'helm'), sha256: sha(HELM), size: HELM.length});
    expect(files.empty.size).toBe(0);
    // Only the named members, and no temp file left.
    expect(readdirSync(dir).sort()).toEqual(['empty', 'helm', 'long']);
  });

  it('refuses a symlink named as a binary', async () => {
    await expect(
      extractMembers(tarGz('gnu'), 'tar.gz', [{member: 'link', name: 'helm'}], out(), 'u')
    ).rejects.toThrow(/'(\.\/)?link' in the archive is not a regular file\./);
  });

  it('names the entries when a member is missing', async () => {
    await expect(
      extractMembers(tarGz('gnu'), 'tar.gz', [{member: 'nope', name: 'x'}], out(), 'u')
    ).rejects.toThrow(/The archive has no 'nope' \(entries: .*linux-amd64\/helm/);
  });

  it('extracts nothing when a later entry has an unsafe path', async () => {
    const script = `
import io, sys, tarfile
with tarfile.open(sys.argv[1], 'w:gz') as tar:
    for name in ['linux-amd64/helm', '../escape']:
        info = tarfile.TarInfo(name); info.size = 2
        tar.addfile(info, io.BytesIO(b'x\\n'))
`;
    const archive = join(work, 'evil.tar.gz');
    execFileSync('python3', ['-c', script, archive]);
    const dir = out();
    await expect(
      extractMembers(archive, 'tar.gz', [{member: 'linux-amd64/helm', name: 'helm'}], dir, 'u')
    ).rejects.toThrow("Unsafe path in archive: '../escape'");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(work, 'escape'))).toBe(false);
  });

  it.each([
    ['a damaged header', (gz: Buffer) => damageTar(gz, tar => tar.fill(0x41, 0, 10))],
    ['a cut body', (gz: Buffer) => damageTar(gz, tar => tar.subarray(0, 512 + 5))],
    ['not gzip at all', () => Buffer.from('<html>not found</html>'.repeat(40))]
  ])('fails closed on %s, leaving nothing behind', async (_name, damage) => {
    const archive = join(work, 'bad.tar.gz');
    writeFileSync(archive, damage(readFileSync(tarGz('gnu', ['linux-amd64/helm']))));
    const dir = out();
    await expect(
      extractMembers(archive, 'tar.gz', [{member: 'linux-amd64/helm', name: 'helm'}], dir, 'u')
    ).rejects.toThrow(ActionFailure);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads a large member as a stream (memory stays bounded)', async () => {
    const root = join(work, 'big');
    mkdirSync(root);
    // 96 MiB of incompressible-ish data is not needed: zeros inflate just as far.
    execFileSync('dd', [
      'if=/dev/zero',
      `of=${join(root, 'big')}`,
      'bs=1M',
      'count=96',
      'status=none'
    ]);
    const archive = join(work, 'big.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', root, 'big']);
    const before = process.memoryUsage().rss;
    const files = await extractMembers(
      archive,
      'tar.gz',
      [{member: 'big', name: 'big'}],
      out(),
      'u',
      {
        ...DEFAULT_LIMITS,
        maxRatio: 2000
      }
    );
    expect(files.big.size).toBe(96 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('feedTarGz (an archive extracted as it downloads)', () => {
  const members = [{member: 'linux-amd64/helm', name: 'helm'}];
  /** Feeds `bytes` in chunks of `size`, waiting whenever the feed asks to. */
  async function feedAll(
    feed: {write(c: Buffer): Promise<void> | void},
    bytes: Buffer,
    size: number
  ) {
    for (let at = 0; at < bytes.length; at += size) await feed.write(bytes.subarray(at, at + size));
  }

  /** A tar.gz whose helm is several MiB of random bytes: larger than a block, barely compressible. */
  function bigTarGz(): {archive: Buffer; helm: Buffer} {
    const root = join(work, 'big');
    mkdirSync(join(root, 'linux-amd64'), {recursive: true});
    const helm = randomBytes(5 * 1024 * 1024);
    writeFileSync(join(root, 'linux-amd64', 'helm'), helm);
    const file = join(work, 'big.tar.gz');
    execFileSync('tar', ['-czf', file, '-C', root, 'linux-amd64/helm']);
    return {archive: readFileSync(file), helm};
  }

  it.each([511, 64 * 1024, 3 * 1024 * 1024])(
    'extracts what is fed in chunks of %p bytes, committing only on commit()',
    async size => {
      const {archive, helm} = bigTarGz();
      const dir = out();
      const feed = feedTarGz('a.tar.gz', members, dir, 'u', archive.length);
      await feedAll(feed, archive, size);
      feed.end();
      expect(feed.complete).toBe(true);
      expect(existsSync(join(dir, 'helm'))).toBe(false);
      const files = await feed.commit();
      expect(files.helm).toEqual({path: join(dir, 'helm'), sha256: sha(helm), size: helm.length});
      expect(statSync(join(dir, 'helm')).mode & 0o777).toBe(0o755);
      expect(readdirSync(dir)).toEqual(['helm']);
    }
  );

  it('abort() leaves nothing: no target, no temp file, and commit() fails', async () => {
    const {archive} = bigTarGz();
    const dir = out();
    const feed = feedTarGz('a.tar.gz', members, dir, 'u', archive.length);
    const temps = () => readdirSync(dir).filter(name => name.startsWith('.helm.'));
    // Aborted while the member is being written: its temp file exists.
    let at = 0;
    for (; at < archive.length - 100 && temps().length === 0; at += 64 * 1024) {
      await feed.write(archive.subarray(at, at + 64 * 1024));
    }
    expect(at).toBeLessThan(archive.length - 100);
    const [temp] = temps();
    // Unverified bytes are not executable.
    expect(statSync(join(dir, temp)).mode & 0o777).toBe(0o600);
    feed.abort();
    feed.end();
    expect(feed.complete).toBe(false);
    await feed.discard();
    expect(readdirSync(dir)).toEqual([]);
    await expect(feed.commit()).rejects.toThrow(/interrupted/);
  });

  it('after a fault it takes the rest without waiting; commit() reports the fault', async () => {
    const script = `
import io, sys, tarfile
with tarfile.open(sys.argv[1], 'w:gz') as tar:
    for name, size in [('linux-amd64/helm', 2), ('../escape', 2), ('padding', 4 << 20)]:
        info = tarfile.TarInfo(name); info.size = size
        tar.addfile(info, io.BytesIO(bytes(size)))
`;
    const file = join(work, 'evil.tar.gz');
    execFileSync('python3', ['-c', script, file]);
    const archive = readFileSync(file);
    const dir = out();
    const feed = feedTarGz('evil.tar.gz', members, dir, 'u', archive.length, {
      ...DEFAULT_LIMITS,
      maxRatio: 1e6
    });
    await feedAll(feed, archive, 1024);
    feed.end();
    await expect(feed.commit()).rejects.toThrow("Unsafe path in archive: '../escape'");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(work, 'escape'))).toBe(false);
  });

  it('fails, not hangs, when a member asked for has an unsafe path', async () => {
    const {archive} = bigTarGz();
    const dir = out();
    const feed = feedTarGz(
      'a.tar.gz',
      [{member: '../helm', name: 'helm'}],
      dir,
      'u',
      archive.length
    );
    // The parser never runs: every write must still return (before the fix the second block hung).
    await feedAll(feed, archive, 64 * 1024);
    feed.end();
    expect(feed.complete).toBe(true);
    await expect(feed.commit()).rejects.toThrow("Unsafe path in archive: '../helm'");
    expect(readdirSync(dir)).toEqual([]);
  });
});

function damageTar(gz: Buffer, damage: (tar: Buffer) => Buffer): Buffer {
  return gzipSync(damage(Buffer.from(gunzipSync(gz))));
}

describe('size limits', () => {
  const small: ArchiveLimits = {
    maxTotalBytes: 1024 * 1024,
    maxMemberBytes: 256 * 1024,
    maxRatio: 10,
    minRatioBytes: 64 * 1024
  };
  function zeros(mib: number, name = 'big'): string {
    const root = join(work, `z${mib}`);
    mkdirSync(root);
    writeFileSync(join(root, name), Buffer.alloc(mib * 1024 * 1024));
    const archive = join(work, `z${mib}.tar.gz`);
    execFileSync('tar', ['-czf', archive, '-C', root, name]);
    return archive;
  }

  it.each([
    [
      'an entry above the per-entry limit',
      {...small, maxTotalBytes: 8 << 20, maxRatio: 1e6},
      /'big' is 2097152 bytes; the limit is 262144 bytes per entry/
    ],
    [
      'a total above the byte limit',
      {...small, maxMemberBytes: 8 << 20, maxRatio: 1e6},
      /inflates to more than 1048576 bytes/
    ],
    [
      'a total above the ratio to the archive size',
      {...small, maxTotalBytes: 8 << 20, maxMemberBytes: 8 << 20},
      /the limit is 65536 bytes in total/
    ]
  ])('refuses %s, naming the URL and the limit', async (_name, limits, message) => {
    const archive = zeros(2);
    const dir = out();
    const error = await extractMembers(
      archive,
      'tar.gz',
      [{member: 'big', name: 'big'}],
      dir,
      'https://mirror.test/uv.tar.gz',
      limits
    ).then(
      () => undefined,
      (e: Error) => e
    );
    expect(error?.message).toMatch(
      /^The archive from https:\/\/mirror\.test\/uv\.tar\.gz is too large when uncompressed/
    );
    expect(error?.message).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the defaults are documented and far above real releases', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxTotalBytes: 1 << 30,
      maxMemberBytes: 1 << 29,
      maxRatio: 100,
      minRatioBytes: 64 << 20
    });
  });
});

describe('extractMembers (zip)', () => {
  function zip(): string {
    const dir = join(work, 'zip');
    mkdirSync(join(dir, 'windows-amd64'), {recursive: true});
    writeFileSync(join(dir, 'windows-amd64', 'helm.exe'), `MZ fake${' padding'.repeat(100)}`);
    writeFileSync(join(dir, 'windows-amd64', 'LICENSE'), 'x');
    writeFileSync(join(dir, 'stored'), 'abc');
    symlinkSync('windows-amd64/LICENSE', join(dir, 'link'));
    execFileSync('zip', ['-qry', 'a.zip', 'windows-amd64'], {cwd: dir});
    execFileSync('zip', ['-qy0', 'a.zip', 'stored', 'link'], {cwd: dir});
    return join(dir, 'a.zip');
  }

  it('lists the central directory', async () => {
    expect((await listZip(zip())).map(e => [e.name, e.isFile]).sort()).toEqual([
      ['link', false],
      ['stored', true],
      ['windows-amd64/', false],
      ['windows-amd64/LICENSE', true],
      ['windows-amd64/helm.exe', true]
    ]);
  });

  it('extracts deflated and stored members, hashing them', async () => {
    const dir = out();
    const files = await extractMembers(
      zip(),
      'zip',
      [
        {member: 'windows-amd64/helm.exe', name: 'helm.exe'},
        {member: 'stored', name: 'stored'}
      ],
      dir,
      'u'
    );
    const helm = `MZ fake${' padding'.repeat(100)}`;
    expect(readFileSync(join(dir, 'helm.exe'), 'utf8')).toBe(helm);
    expect(files['helm.exe'].sha256).toBe(sha(helm));
    expect(readFileSync(join(dir, 'stored'), 'utf8')).toBe('abc');
    expect(readdirSync(dir).sort()).toEqual(['helm.exe', 'stored']);
  });

  it('refuses a symlink named as a binary', async () => {
    await expect(
      extractMembers(zip(), 'zip', [{member: 'link', name: 'x'}], out(), 'u')
    ).rejects.toThrow("'link' in the archive is not a regular file.");
  });

  it('refuses what is not a zip', async () => {
    const file = join(work, 'x.zip');
    writeFileSync(file, 'not a zip');
    await expect(
      extractMembers(file, 'zip', [{member: 'a', name: 'a'}], out(), 'u')
    ).rejects.toThrow('Not a zip archive');
  });
});

describe('validateEntryPath', () => {
  it.each([
    ['linux-amd64/helm', 'linux-amd64/helm'],
    ['./kubeconform', 'kubeconform'],
    ['uv-x/uv', 'uv-x/uv']
  ])('accepts %p', (entry, clean) => {
    expect(validateEntryPath(entry)).toBe(clean);
  });

  it.each(['/etc/passwd', '../x', 'a/../../x', 'a\\..\\x', 'C:/x', '\\\\server\\x', ''])(
    'rejects %p',
    entry => {
      expect(() => validateEntryPath(entry)).toThrow(/Unsafe path in archive/);
    }
  );
});
