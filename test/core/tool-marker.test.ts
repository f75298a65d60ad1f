import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  markerMismatch,
  readMarker,
  MARKER_FILE,
  type ToolMarker
} from '@ci-actions/core/tool-marker';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('tool marker', () => {
  let dir: string;
  const marker: ToolMarker = {
    name: 'tool',
    version: '1.0.0',
    os: 'linux',
    arch: 'amd64',
    archive: 'tool.tar.gz',
    sha256: 'a'.repeat(64),
    digestSource: 'the sha256 input',
    binaries: {a: sha('alpha'), b: sha('beta')},
    sizes: {a: 5, b: 4}
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marker-test-'));
    writeFileSync(join(dir, 'a'), 'alpha');
    writeFileSync(join(dir, 'b'), 'beta');
    writeFileSync(join(dir, MARKER_FILE), JSON.stringify(marker));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('reads a marker back; a broken or partial one is none', () => {
    expect(readMarker(dir)).toEqual(marker);
    writeFileSync(join(dir, MARKER_FILE), '{');
    expect(readMarker(dir)).toBeUndefined();
    writeFileSync(join(dir, MARKER_FILE), JSON.stringify({...marker, sizes: undefined}));
    expect(readMarker(dir)).toBeUndefined();
  });

  it.each([
    ['size', 'b', 'beta', /^$/],
    ['sha256', 'b', 'beta', /^$/],
    ['size', 'b', 'BETA', /^$/],
    ['sha256', 'b', 'BETA', /b does not match the sha256 recorded/],
    ['size', 'b', 'betas', /b does not match the size recorded/],
    ['sha256', 'a', 'alphA', /a does not match the sha256 recorded/]
  ] as const)('check %p with %p changed to %p -> %p', async (check, name, content, expected) => {
    writeFileSync(join(dir, name), content);
    const problem = await markerMismatch(dir, marker, ['a', 'b'], check);
    expect(problem ?? '').toMatch(expected);
  });

  it('a missing binary is a mismatch', async () => {
    rmSync(join(dir, 'a'));
    expect(await markerMismatch(dir, marker, ['a', 'b'], 'size')).toMatch(/a is missing/);
  });
});
