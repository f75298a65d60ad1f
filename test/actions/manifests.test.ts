import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import {ROOT} from '../helpers/runner';

// What every action.yml must hold for GitHub, act and Forgejo alike.

interface Manifest {
  name: string;
  description: string;
  inputs?: Record<string, {description?: string; default?: unknown; required?: boolean}>;
  outputs?: Record<string, {description?: string}>;
  runs: {
    using: string;
    main?: string;
    post?: string;
    'post-if'?: string;
    steps?: readonly Record<string, unknown>[];
  };
}

/** The `github.action_path` expressions in a composite step's fields (run, env, with, working-directory). */
function actionPathExpressions(step: Record<string, unknown>): string[] {
  const found: string[] = [];
  const visit = (field: string, value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\$\{\{[^}]*\}\}/g)) {
        if (/\bgithub\.action_path\b|\bgithub\[\s*'action_path'\s*\]/.test(m[0])) {
          found.push(`${field}: ${m[0]}`);
        }
      }
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(`${field}.${key}`, inner);
    }
  };
  for (const [field, value] of Object.entries(step)) {
    if (field !== 'name') visit(field, value);
  }
  return found;
}

const actions = readdirSync(join(ROOT, 'actions')).filter(name =>
  existsSync(join(ROOT, 'actions', name, 'action.yml'))
);
const load = (name: string) =>
  parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as Manifest;

describe.each(actions)('actions/%s/action.yml', name => {
  const manifest = load(name);

  it('is named after its directory and described', () => {
    expect(manifest.name).toBe(name);
    expect(manifest.description.length).toBeGreaterThan(20);
  });

  it('uses input and output names that survive act and Forgejo ([a-z0-9-])', () => {
    const names = [...Object.keys(manifest.inputs ?? {}), ...Object.keys(manifest.outputs ?? {})];
    expect(names.filter(n => !/^[a-z0-9-]+$/.test(n))).toEqual([]);
  });

  it('describes every input and output, without expressions act would refuse', () => {
    for (const [input, spec] of Object.entries({...manifest.inputs, ...manifest.outputs})) {
      expect(`${input}: ${spec.description ?? ''}`).toMatch(/^[a-z0-9-]+: \S/);
      expect(`${input}: ${spec.description}`).not.toContain('${{');
    }
    for (const [input, spec] of Object.entries(manifest.inputs ?? {})) {
      expect(`${input}: ${String(spec.default ?? '')}`).not.toContain('${{');
    }
  });

  it('is a node24 action with committed bundles, or a composite', () => {
    const node = manifest.runs.using !== 'composite';
    const hasPost = existsSync(join(ROOT, 'actions', name, 'src', 'post.ts'));
    const expected = node
      ? {
          using: 'node24',
          main: `../../dist/${name}/main/index.js`,
          ...(hasPost ? {post: `../../dist/${name}/post/index.js`} : {})
        }
      : {using: 'composite'};
    expect({
      using: manifest.runs.using,
      main: manifest.runs.main,
      post: manifest.runs.post
    }).toEqual(expected);
    const bundles = [manifest.runs.main, manifest.runs.post].filter((p): p is string => !!p);
    expect(bundles.filter(p => !existsSync(join(ROOT, 'actions', name, p)))).toEqual([]);
  });

  // In a GitHub container job `${{ github.action_path }}` is the host's path, which does not exist in
  // the container; the runner translates only the GITHUB_ACTION_PATH variable.
  it('names its own directory through $GITHUB_ACTION_PATH, never ${{ github.action_path }}', () => {
    const steps = manifest.runs.steps ?? [];
    expect(steps.flatMap(actionPathExpressions)).toEqual([]);
  });
});

describe('the github.action_path check', () => {
  it.each([
    [{run: 'sh "${{ github.action_path }}/x.sh"'}, ['run: ${{ github.action_path }}']],
    [{run: 'cd ${{github.action_path}} && ./x'}, ['run: ${{github.action_path}}']],
    [{run: "x ${{ github['action_path'] }}"}, ["run: ${{ github['action_path'] }}"]],
    [
      {'working-directory': '${{ github.action_path }}'},
      ['working-directory: ${{ github.action_path }}']
    ],
    [{env: {DIR: '${{ github.action_path }}/lib'}}, ['env.DIR: ${{ github.action_path }}']],
    [{run: 'sh "$GITHUB_ACTION_PATH/x.sh"'}, []],
    [{run: 'echo ${{ github.action_repository }}'}, []],
    [{name: 'uses ${{ github.action_path }} in a title only', run: 'true'}, []]
  ])('%j -> %j', (step, expected) => {
    expect(actionPathExpressions(step)).toEqual(expected);
  });
});
