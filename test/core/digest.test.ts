import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {IntegrityError} from '@ci-actions/core/download';
import {
  describeDigest,
  isSha256,
  knownDigest,
  parseChecksumList,
  parseSha256,
  resolveDigest,
  sha256File,
  verifySha256
} from '@ci-actions/core/digest';
import {nullLogger} from '@ci-actions/core';

describe('isSha256', () => {
  it.each([
    ['a'.repeat(64), true],
    ['A'.repeat(64), true],
    ['0123456789abcdefABCDEF'.padEnd(64, '0'), true],
    ['a'.repeat(63), false],
    ['a'.repeat(65), false],
    ['g'.repeat(64), false],
    [`${'a'.repeat(64)}\n`, false],
    ['', false]
  ])('%p -> %p', (value, expected) => {
    expect(isSha256(value)).toBe(expected);
  });
});

describe('parseSha256', () => {
  it.each([
    [undefined, undefined],
    ['AB'.repeat(32), 'ab'.repeat(32)],
    [`sha256:${'ab'.repeat(32)}`, 'ab'.repeat(32)],
    [`SHA256:${'AB'.repeat(32)}`, 'ab'.repeat(32)]
  ])('%p -> %p', (value, expected) => {
    expect(parseSha256('helm-sha256', value)).toBe(expected);
  });

  it.each(['g'.repeat(64), 'ab', `md5:${'ab'.repeat(32)}`, ''])('rejects %p', value => {
    expect(() => parseSha256('uv-sha256', value)).toThrow(
      `Input 'uv-sha256' must be a SHA-256 digest of 64 hexadecimal characters, got '${value}'.`
    );
  });
});

describe('parseChecksumList', () => {
  it.each([
    [`${'a'.repeat(64)}  helm-v3.16.4-linux-amd64.tar.gz\n`, 'a'.repeat(64)],
    [
      `${'b'.repeat(64)}  other.tar.gz\n${'C'.repeat(64)}  helm-v3.16.4-linux-amd64.tar.gz\n`,
      'c'.repeat(64)
    ],
    [`${'d'.repeat(64)}\n`, 'd'.repeat(64)],
    [`${'e'.repeat(64)} *helm-v3.16.4-linux-amd64.tar.gz`, 'e'.repeat(64)],
    [`${'f'.repeat(64)}  ./helm-v3.16.4-linux-amd64.tar.gz\r\n`, 'f'.repeat(64)],
    [`${'b'.repeat(64)}  other.tar.gz\n`, undefined],
    [`${'a'.repeat(63)}  helm-v3.16.4-linux-amd64.tar.gz\n`, undefined],
    ['<html>not found</html>', undefined]
  ])('parseChecksumList(%p)', (text, expected) => {
    expect(parseChecksumList(text, 'helm-v3.16.4-linux-amd64.tar.gz')).toBe(expected);
  });
});

describe('expected digests', () => {
  it.each([
    [
      {input: 'A'.repeat(64), builtIn: 'b'.repeat(64)},
      {sha256: 'a'.repeat(64), source: 'input'}
    ],
    [{builtIn: 'B'.repeat(64)}, {sha256: 'b'.repeat(64), source: 'built-in'}],
    [{}, undefined]
  ])('knownDigest(%p) -> %p', (sources, expected) => {
    expect(knownDigest(sources)).toEqual(expected);
  });

  it.each([
    [{source: 'input'}, 'the sha256 input'],
    [{source: 'built-in'}, "the action's table of published digests"],
    [{source: 'checksum-file', url: 'https://m/x.sha256'}, 'the checksum file https://m/x.sha256'],
    [{source: 'index', url: 'https://i/simple/uv/'}, 'the package index page https://i/simple/uv/'],
    [{source: 'tool-cache-marker'}, 'the tool cache marker']
  ] as const)('describeDigest(%p) -> %p', (digest, expected) => {
    expect(describeDigest(digest)).toBe(expected);
  });

  it.each([
    [{input: 'A'.repeat(64), index: {sha256: 'b'.repeat(64), url: 'u'}}, 'input', 'a'],
    [{index: {sha256: 'B'.repeat(64), url: 'https://i/uv/'}}, 'index', 'b']
  ] as const)('resolveDigest takes %p before any checksum file', async (sources, source, hex) => {
    const checksumFile = {urls: ['http://127.0.0.1:9/never'], parse: () => 'c'.repeat(64)};
    const digest = await resolveDigest({...sources, checksumFile}, 'x.whl', {
      attempts: 1,
      logger: nullLogger
    });
    expect(digest).toMatchObject({sha256: hex.repeat(64), source});
  });

  it('verifySha256 fails closed naming the URL, both digests and the source', () => {
    const wrong = '0'.repeat(64);
    const actual = 'A'.repeat(64);
    expect(() => verifySha256('https://m/a.tgz', wrong, actual, 'the sha256 input')).toThrow(
      new IntegrityError('https://m/a.tgz', wrong, 'a'.repeat(64), 'the sha256 input')
    );
    expect(() => verifySha256('u', actual, 'a'.repeat(64))).not.toThrow();
  });

  it('sha256File hashes a file as a stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-test-'));
    try {
      writeFileSync(join(dir, 'f'), 'abc');
      expect(await sha256File(join(dir, 'f'))).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      );
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
