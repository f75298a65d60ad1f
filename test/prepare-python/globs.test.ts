import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {findFiles, globToRegExp} from '../../actions/prepare-python/src/globs';

describe('globToRegExp', () => {
  it.each<[string, string, boolean]>([
    ['**/uv.lock', 'uv.lock', true],
    ['**/uv.lock', 'a/b/uv.lock', true],
    ['**/uv.lock', 'a/xuv.lock', false],
    ['**/requirements*.txt', 'requirements.txt', true],
    ['**/requirements*.txt', 'ci/requirements-dev.txt', true],
    ['**/requirements*.txt', 'ci/requirements/dev.txt', false],
    ['uv.lock', 'uv.lock', true],
    ['uv.lock', 'sub/uv.lock', false],
    ['./pyproject.toml', 'pyproject.toml', true],
    ['src/**', 'src/a/b.py', true],
    ['req?.txt', 'req1.txt', true],
    ['req[0-9].txt', 'req5.txt', true],
    ['req[!0-9].txt', 'req5.txt', false]
  ])('%s vs %s -> %p', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('findFiles', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'prepare-python-globs-'));
    for (const file of [
      'uv.lock',
      'pyproject.toml',
      'requirements.txt',
      'sub/pyproject.toml',
      'sub/requirements-dev.txt',
      'node_modules/x/pyproject.toml',
      '.venv/lib/pyproject.toml',
      'docs/requirements.txt'
    ]) {
      mkdirSync(join(root, dirname(file)), {recursive: true});
      writeFileSync(join(root, file), file);
    }
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it('finds the default files at any depth, sorted, skipping environments', () => {
    expect(findFiles(root, ['**/uv.lock', '**/pyproject.toml', '**/requirements*.txt'])).toEqual([
      'docs/requirements.txt',
      'pyproject.toml',
      'requirements.txt',
      'sub/pyproject.toml',
      'sub/requirements-dev.txt',
      'uv.lock'
    ]);
  });

  it('honours negation', () => {
    expect(findFiles(root, ['**/requirements*.txt', '!docs/**'])).toEqual([
      'requirements.txt',
      'sub/requirements-dev.txt'
    ]);
  });

  it('finds nothing for no pattern or no match', () => {
    expect(findFiles(root, [])).toEqual([]);
    expect(findFiles(root, ['**/poetry.lock'])).toEqual([]);
  });
});
