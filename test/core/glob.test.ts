import {glob} from '@ci-actions/core/glob';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'core-glob-'));
  for (const file of [
    'uv.lock',
    'pyproject.toml',
    'requirements.txt',
    'sub/pyproject.toml',
    'sub/requirements-dev.txt',
    'node_modules/x/pyproject.toml',
    '.venv/lib/pyproject.toml',
    '.config/requirements.txt',
    'docs/requirements.txt',
    'req1.txt',
    'reqa.txt',
    'a/b/c.py',
    'charts/app/Chart.yaml',
    'charts/db/Chart.yaml',
    'real/requirements-linked.txt'
  ]) {
    mkdirSync(join(root, dirname(file)), {recursive: true});
    writeFileSync(join(root, file), file);
  }
  symlinkSync(join(root, 'real'), join(root, 'linked-dir'));
  symlinkSync(join(root, 'uv.lock'), join(root, 'linked.lock'));
  // A cycle must not make the walk loop.
  symlinkSync(root, join(root, 'real', 'loop'));
});
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('glob', () => {
  it('finds the default dependency files at any depth, sorted, skipping environments', async () => {
    expect(await glob(root, ['**/uv.lock', '**/pyproject.toml', '**/requirements*.txt'])).toEqual([
      '.config/requirements.txt',
      'docs/requirements.txt',
      'linked-dir/requirements-linked.txt',
      'pyproject.toml',
      'real/requirements-linked.txt',
      'requirements.txt',
      'sub/pyproject.toml',
      'sub/requirements-dev.txt',
      'uv.lock'
    ]);
  });

  it.each<[string[], string[]]>([
    [['uv.lock'], ['uv.lock']],
    [['./pyproject.toml'], ['pyproject.toml']],
    [['req?.txt'], ['req1.txt', 'reqa.txt']],
    [['req[0-9].txt'], ['req1.txt']],
    // A negated class never matches the separator.
    [['req[!0-9].txt'], ['reqa.txt']],
    [['a[!x]b/c.py'], []],
    [['{uv.lock,pyproject.toml}'], ['pyproject.toml', 'uv.lock']],
    [['a/**'], ['a/b/c.py']],
    [['*.lock'], ['linked.lock', 'uv.lock']],
    [
      ['**/requirements*.txt', '!docs/**', '!**/.config/**'],
      [
        'linked-dir/requirements-linked.txt',
        'real/requirements-linked.txt',
        'requirements.txt',
        'sub/requirements-dev.txt'
      ]
    ],
    [[], []],
    [['!uv.lock'], []],
    [['**/poetry.lock'], []]
  ])('%j selects %j', async (patterns, expected) => {
    expect(await glob(root, patterns)).toEqual(expected);
  });

  it('takes an absolute pattern inside the root', async () => {
    expect(await glob(root, [join(root, 'sub', '*.toml')])).toEqual(['sub/pyproject.toml']);
  });

  it.each<[string[], string[]]>([
    [['charts/*'], ['charts/app', 'charts/db']],
    [['charts/app/'], ['charts/app']],
    [['.'], ['.']],
    [['charts/{app,none}'], ['charts/app']]
  ])('matches directories: %j -> %j', async (patterns, expected) => {
    expect(await glob(root, patterns, {directories: true})).toEqual(expected);
  });
});
