import {ActionFailure} from '@ci-actions/core';
import {readTar} from '@ci-actions/core/tar';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

// Archives made by the real GNU tar in each format it writes, read back by our reader.

const long = `${'d'.repeat(60)}/${'e'.repeat(70)}/binary-with-a-long-name`;

function archive(format: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
  const root = join(dir, 'root');
  mkdirSync(join(root, 'linux-amd64'), {recursive: true});
  mkdirSync(join(root, long, '..'), {recursive: true});
  writeFileSync(join(root, 'linux-amd64', 'helm'), '#!/bin/sh\necho helm\n');
  writeFileSync(join(root, long), 'long');
  writeFileSync(join(root, 'empty'), '');
  symlinkSync('linux-amd64/helm', join(root, 'link'));
  const out = join(dir, 'a.tar');
  execFileSync('tar', [`--format=${format}`, '-cf', out, '-C', root, '--sort=name', '.']);
  return readFileSync(out);
}

describe('readTar', () => {
  it.each(['gnu', 'posix', 'ustar', 'oldgnu'])('reads the %s format', format => {
    const entries = readTar(archive(format));
    const byName = new Map(entries.map(entry => [entry.name.replace(/^\.\//, ''), entry]));
    expect(byName.get('linux-amd64/helm')?.type).toBe('file');
    expect(byName.get('linux-amd64/helm')?.data.toString()).toBe('#!/bin/sh\necho helm\n');
    expect(byName.get('linux-amd64/')?.type ?? byName.get('linux-amd64')?.type).toBe('directory');
    expect(byName.get('link')?.type).toBe('symlink');
    expect(byName.get('empty')?.data.length).toBe(0);
    expect(byName.get(long)?.data.toString()).toBe('long');
  });

  it('stops at the end-of-archive blocks', () => {
    const data = Buffer.concat([archive('gnu'), Buffer.alloc(4096)]);
    expect(readTar(data).length).toBeGreaterThan(3);
  });

  it.each([
    ['a damaged header', (tar: Buffer) => (tar.fill(0x41, 0, 10), tar), 'checksum mismatch'],
    ['a cut body', (tar: Buffer) => tar.subarray(0, 512 + 5), 'Truncated tar archive']
  ])('fails closed on %s', (_name, damage, message) => {
    const tar = Buffer.from(archive('gnu'));
    // Start at the helm member, so that the cut lands inside its body.
    const file = readTar(tar).find(entry => entry.name.endsWith('linux-amd64/helm'))!;
    const start = tar.indexOf(file.data) - 512;
    const damaged = damage(Buffer.from(tar.subarray(start)));
    expect(() => readTar(damaged)).toThrow(ActionFailure);
    expect(() => readTar(damaged)).toThrow(message);
  });
});
