import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, mkdirSync, readFileSync, readlinkSync, rmSync, utimesSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  buildIndex,
  normalizeName,
  wheelMetadata,
  wheelProject
} from '../../scripts/e2e/pypi-index.mjs';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// A real zip (deflated, with a directory entry and a comment) made by Python's zipfile, as wheels are.
function makeWheel(dir: string, file: string, metadata: string): string {
  const target = join(dir, file);
  execFileSync('python3', [
    '-c',
    `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    dist = sys.argv[2]
    z.writestr(dist + '/__init__.py', 'x = 1\\n' * 50)
    z.writestr(dist + '.dist-info/METADATA', sys.argv[3])
    z.writestr(dist + '.dist-info/RECORD', '')
    z.comment = b'made by the test'`,
    target,
    file.split('-').slice(0, 2).join('-'),
    metadata
  ]);
  return target;
}

describe('scripts/e2e/pypi-index.mjs', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'pypi-index-test-'));
  });
  afterEach(() => rmSync(work, {recursive: true, force: true}));

  it.each([
    ['Foo_Bar', 'foo-bar'],
    ['zope.interface', 'zope-interface'],
    ['A--B__c..D', 'a-b-c-d']
  ])('normalises %s as %s (PEP 503)', (name, want) => {
    expect(normalizeName(name)).toBe(want);
  });

  it.each([
    ['dependency_groups-1.3.2-py3-none-any.whl', 'dependency-groups'],
    ['pkg-1.0-1build-cp313-cp313-manylinux_2_17_x86_64.whl', 'pkg'],
    ['not-a-wheel.whl', null]
  ])('reads the project of %s', (file, want) => {
    expect(wheelProject(file)).toBe(want);
  });

  it('builds project pages with #sha256 links, PEP 658 metadata and Requires-Python; reuses and rebuilds', async () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    mkdirSync(a);
    mkdirSync(b);
    const meta = 'Metadata-Version: 2.4\nName: Demo_Pkg\nVersion: 1.0\nRequires-Python: >=3.11\n';
    const wheel = makeWheel(a, 'Demo_Pkg-1.0-py3-none-any.whl', meta);
    makeWheel(b, 'Demo_Pkg-1.0-py3-none-any.whl', 'shadowed by the first directory');
    makeWheel(b, 'other-2.0-py3-none-any.whl', 'Metadata-Version: 2.1\nName: other\n');
    expect((await wheelMetadata(wheel))?.toString()).toBe(meta);

    const out = join(work, 'simple');
    expect(await buildIndex(out, [a, b])).toEqual({reused: false, wheels: 2, projects: 2});
    const root = readFileSync(join(out, 'index.html'), 'utf8');
    expect(root).toContain('<a href="demo-pkg/">demo-pkg</a>');
    expect(root).toContain('<a href="other/">other</a>');
    const page = readFileSync(join(out, 'demo-pkg', 'index.html'), 'utf8');
    const digest = sha256(readFileSync(wheel));
    const metaDigest = sha256(Buffer.from(meta));
    expect(page).toContain(
      `<a href="Demo_Pkg-1.0-py3-none-any.whl#sha256=${digest}" data-dist-info-metadata="sha256=${metaDigest}" data-core-metadata="sha256=${metaDigest}" data-requires-python="&gt;=3.11">`
    );
    expect(readlinkSync(join(out, 'demo-pkg', 'Demo_Pkg-1.0-py3-none-any.whl'))).toBe(wheel);
    expect(
      readFileSync(join(out, 'demo-pkg', 'Demo_Pkg-1.0-py3-none-any.whl.metadata'), 'utf8')
    ).toBe(meta);
    expect(readFileSync(join(out, 'other', 'index.html'), 'utf8')).not.toContain(
      'data-requires-python'
    );

    expect(await buildIndex(out, [a, b])).toEqual({reused: true, wheels: 2});
    utimesSync(wheel, new Date(), new Date(Date.now() + 5000)); // the wheel set changed
    expect((await buildIndex(out, [a, b])).reused).toBe(false);
    expect((await buildIndex(out, [a])).projects).toBe(1);
    expect(() => readFileSync(join(out, 'other', 'index.html'))).toThrow();
  });

  it('names a missing wheel directory', async () => {
    await expect(buildIndex(join(work, 'out'), [join(work, 'nope')])).rejects.toThrow(
      /wheel directory .*nope does not exist/
    );
  });
});
