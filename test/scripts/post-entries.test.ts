// A post step with nothing to do must cost little more than Node's start: its entry's static import
// graph stays out of the main step's modules and out of the heavy core modules (cache, download,
// install, glob, process), which it may load only with `await import()` once it has read its state.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';

const ROOT = process.cwd();
const CORE = join(ROOT, 'packages', 'core', 'src');
const POST_ACTIONS = readdirSync(join(ROOT, 'actions')).filter(name =>
  existsSync(join(ROOT, 'actions', name, 'src', 'post.ts'))
);
const HEAVY_CORE = ['index', 'cache', 'download', 'tool-install', 'glob', 'process', 'archive'];
const MAX_POST_BUNDLE_BYTES = 48 * 1024;

// Static imports and re-exports; `import type` is erased and `import()` is lazy.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier === '@ci-actions/core') return join(CORE, 'index.ts');
  if (specifier.startsWith('@ci-actions/core/')) {
    return join(CORE, `${specifier.slice('@ci-actions/core/'.length)}.ts`);
  }
  if (!specifier.startsWith('.')) return undefined; // node: built-ins and packages
  const base = resolve(dirname(from), specifier);
  return existsSync(base) && statSync(base).isFile() ? base : `${base}.ts`;
}

/** Every source file and package the entry loads before its first `await import()`. */
function staticGraph(entry: string): {files: string[]; packages: string[]} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file) || !file.endsWith('.ts')) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, specifier);
      if (target) visit(target);
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  visit(entry);
  return {files: [...files].map(file => relative(ROOT, file)).sort(), packages: [...packages]};
}

describe('post entries', () => {
  it('finds the main modules from a main entry (the check can fail)', () => {
    const {files} = staticGraph(join(ROOT, 'actions', 'setup-helm-kubeconform', 'src', 'main.ts'));
    expect(files).toEqual(
      expect.arrayContaining([
        'actions/setup-helm-kubeconform/src/run.ts',
        'actions/setup-helm-kubeconform/src/inputs.ts',
        'packages/core/src/cache.ts',
        'packages/core/src/tool-install.ts'
      ])
    );
  });

  it('has actions with a post step', () => {
    expect(POST_ACTIONS).toEqual(
      expect.arrayContaining(['prepare-python', 'setup-helm-kubeconform'])
    );
  });

  describe.each(POST_ACTIONS)('%s', name => {
    const src = join('actions', name, 'src');
    const {files, packages} = staticGraph(join(ROOT, src, 'post.ts'));

    it("never loads the main step's modules or heavy core modules up front", () => {
      const forbidden = [
        ...['main', 'run', 'inputs'].map(file => join(src, `${file}.ts`)),
        ...HEAVY_CORE.map(file => join('packages', 'core', 'src', `${file}.ts`))
      ];
      expect(files.filter(file => forbidden.includes(file))).toEqual([]);
      expect(packages).toEqual([]);
    });

    it('keeps its state keys in its own state.ts, which main uses too', () => {
      expect(files).toContain(join(src, 'state.ts'));
      const run = readFileSync(join(ROOT, src, 'run.ts'), 'utf8');
      expect(run).toMatch(/from '\.\/state'/);
      expect(run).not.toMatch(/runner\.(saveState|getState)\(/);
    });

    it('has a small committed bundle that holds none of the main step', () => {
      const dir = join(ROOT, 'dist', name, 'post');
      expect(statSync(join(dir, 'index.js')).size).toBeLessThanOrEqual(MAX_POST_BUNDLE_BYTES);
      for (const chunk of readdirSync(dir).filter(file => file.endsWith('.js'))) {
        const text = readFileSync(join(dir, chunk), 'utf8');
        expect([chunk, text.includes(`./${src}/run.ts`)]).toEqual([chunk, false]);
      }
    });
  });
});
