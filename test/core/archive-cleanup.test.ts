import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import * as realFs from 'node:fs';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {jest} from '@jest/globals';

// A member's temp file whose open() is slow: aborting meanwhile must still leave nothing.
let opened: Promise<void> = Promise.resolve();
let created: () => void = () => undefined;
const started = new Promise<void>(resolve => (created = resolve));
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  default: realFs,
  createWriteStream: (path: string, options: Record<string, unknown>) => {
    let done: () => void = () => undefined;
    opened = new Promise(resolve => (done = resolve));
    created();
    const slowOpen = (...args: unknown[]) => {
      const callback = args.pop() as (...r: unknown[]) => void;
      setTimeout(
        () =>
          (realFs.open as (...a: unknown[]) => void)(...args, (...result: unknown[]) => {
            callback(...result);
            done();
          }),
        100
      );
    };
    return realFs.createWriteStream(path, {...options, fs: {...realFs, open: slowOpen}});
  }
}));
const {feedTarGz} = await import('@ci-actions/core/archive');

let work: string;
beforeEach(() => (work = mkdtempSync(join(tmpdir(), 'archive-cleanup-'))));
afterEach(() => rmSync(work, {recursive: true, force: true}));

it('abort() while a temp file is still opening leaves no temp file', async () => {
  const root = join(work, 'root');
  mkdirSync(join(root, 'linux-amd64'), {recursive: true});
  writeFileSync(join(root, 'linux-amd64', 'helm'), randomBytes(4 * 1024 * 1024));
  execFileSync('tar', ['-czf', join(work, 'a.tar.gz'), '-C', root, 'linux-amd64/helm']);
  const archive = readFileSync(join(work, 'a.tar.gz'));
  const dir = join(work, 'out');
  mkdirSync(dir);
  const feed = feedTarGz(
    'a.tar.gz',
    [{member: 'linux-amd64/helm', name: 'helm'}],
    dir,
    'u',
    archive.length
  );
  let aborted = false;
  void started.then(() => {
    feed.abort();
    aborted = true;
  });
  for (let at = 0; at < archive.length && !aborted; at += 64 * 1024) {
    await feed.write(archive.subarray(at, at + 64 * 1024));
  }
  expect(aborted).toBe(true);
  await feed.discard();
  // The slow open has finished: a file it created after discard() would show now.
  await opened;
  expect(readdirSync(dir)).toEqual([]);
});
