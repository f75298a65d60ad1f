// `npm test` runs `node scripts/build.mjs --check` before jest so that no test runs a bundle that
// was not rebuilt: the check passes on the committed tree and fails once a bundled source changes.
import {spawnSync} from 'node:child_process';
import {appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const ROOT = process.cwd();
const COPIED = ['actions', 'packages', 'package-lock.json', 'tsconfig.json', 'scripts'];

describe('build --check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-check-'));
    for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), {recursive: true});
    mkdirSync(join(dir, 'dist'));
    cpSync(join(ROOT, 'dist', 'sources.sha256'), join(dir, 'dist', 'sources.sha256'));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  const check = () =>
    spawnSync(process.execPath, ['scripts/build.mjs', '--check'], {cwd: dir, encoding: 'utf8'});

  it('passes when dist/ was built from these sources', () => {
    expect(check()).toMatchObject({status: 0, stderr: ''});
  });

  it.each([
    ['packages/core/src/runner.ts'],
    ['actions/retry-run/src/run.ts'],
    ['package-lock.json']
  ])('fails after %s changes', file => {
    const path = join(dir, file);
    const saved = spawnSync('cat', [path], {encoding: 'utf8'}).stdout;
    appendFileSync(path, '\n');
    try {
      const result = check();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("run 'npm run build' first");
    } finally {
      cpSync(join(ROOT, file), path);
      expect(spawnSync('cat', [path], {encoding: 'utf8'}).stdout).toBe(saved);
    }
  });
});
