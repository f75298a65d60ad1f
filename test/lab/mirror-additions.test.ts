// What the flake lab added to scripts/lib/mirror.mjs: the 503 kind and the User-Agent in the request log.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startMirror, type Mirror} from '../../scripts/lib/mirror.mjs';

let root: string;
let mirror: Mirror | undefined;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lab-mirror-'));
  writeFileSync(join(root, 'a.txt'), 'hello\n');
});

afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
  rmSync(root, {recursive: true, force: true});
});

it('answers 503 for the 503 kind, records it as a fault, then serves the file', async () => {
  mirror = await startMirror({root, faults: [{match: '/a.txt', kind: '503'}]});
  const first = await fetch(`${mirror.url}/a.txt`, {headers: {'User-Agent': 'curl/8.14.1'}});
  expect(first.status).toBe(503);
  await first.text();
  const second = await fetch(`${mirror.url}/a.txt`, {headers: {'User-Agent': 'pip/25.3'}});
  expect(second.status).toBe(200);
  expect(await second.text()).toBe('hello\n');
  expect(mirror.stats.faultsByKind).toEqual({'503': 1});
  expect(mirror.stats.requests.map(r => [r.status, r.fault, r.agent])).toEqual([
    [503, '503', 'curl/8.14.1'],
    [200, null, 'pip/25.3']
  ]);
});

it('fails every request during a 503 outage rule and none after it is lifted', async () => {
  mirror = await startMirror({root, faults: {rules: [{match: '', kind: '503', times: Infinity}]}});
  for (let i = 0; i < 3; i++) {
    const r = await fetch(`${mirror.url}/a.txt`);
    await r.text();
    expect(r.status).toBe(503);
  }
  mirror.setFaults(null);
  const r = await fetch(`${mirror.url}/a.txt`);
  expect(r.status).toBe(200);
  await r.text();
  expect(mirror.stats.faults).toBe(3);
});
