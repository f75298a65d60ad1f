// Every workflow example, in a README's ```yaml block or under examples/, is linted by the real
// actionlint with this repository's actions in place of the published ones (so each `with:` input and
// each `steps.<id>.outputs.<name>` is checked against our action.yml files), and each job must get
// the tools its scripts call (nox, uv, helm, kubeconform; git in a container) from an earlier step.
import {spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse, stringify} from 'yaml';
import {ROOT} from '../helpers/runner';

const IN_CI = process.env.CI === 'true';

interface Example {
  /** Where it is: `README.md:120` or `examples/github/ci.yml`. */
  readonly where: string;
  readonly workflow: Record<string, unknown>;
}

const READMES = [
  'README.md',
  'images/README.md',
  ...readdirSync(join(ROOT, 'actions'))
    .map(name => join('actions', name, 'README.md'))
    .filter(file => existsSync(join(ROOT, file)))
];

/** The ```yaml blocks of a Markdown file, with their first line numbers. */
function yamlBlocks(file: string): {line: number; text: string}[] {
  const blocks: {line: number; text: string}[] = [];
  let current: {line: number; lines: string[]} | undefined;
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!current && /^```ya?ml\s*$/.test(line)) current = {line: i + 2, lines: []};
      else if (current && /^```\s*$/.test(line)) {
        blocks.push({line: current.line, text: current.lines.join('\n')});
        current = undefined;
      } else current?.lines.push(line);
    });
  return blocks;
}

/** A README block as a whole workflow: a full one, a `jobs:` mapping, or a list of steps. */
function asWorkflow(text: string, forgejo: boolean): Record<string, unknown> | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const on = {push: {branches: ['main']}, pull_request: {}};
  if (Array.isArray(doc)) {
    const container = forgejo ? {container: {image: 'python:3.13-slim'}} : {};
    return {
      name: 'example',
      on,
      jobs: {example: {'runs-on': forgejo ? 'docker' : 'ubuntu-latest', ...container, steps: doc}}
    };
  }
  if (doc && typeof doc === 'object' && 'jobs' in doc) return {name: 'example', on, ...doc};
  return undefined;
}

const examples: Example[] = [];
const notWorkflows: string[] = [];
for (const file of READMES) {
  for (const block of yamlBlocks(file)) {
    const forgejo = /uses: https:\/\//.test(block.text);
    const workflow = asWorkflow(block.text, forgejo);
    if (workflow) examples.push({where: `${file}:${block.line}`, workflow});
    else notWorkflows.push(`${file}:${block.line}`);
  }
}
for (const file of readdirSync(join(ROOT, 'examples'), {recursive: true, encoding: 'utf8'})) {
  if (!file.endsWith('.yml')) continue;
  const workflow = parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as Record<
    string,
    unknown
  >;
  examples.push({where: join('examples', file), workflow});
}

/** `uses:` of a published ci-actions action, as GitHub or Forgejo write it, to the local path. */
const OURS = /^(?:https:\/\/github\.com\/)?cleveragents\/ci-actions\/(actions\/[a-z0-9-]+)@\S+$/;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Job {
  container?: string | {image?: string};
  steps?: Step[];
  [key: string]: unknown;
}
const jobsOf = (workflow: Record<string, unknown>) =>
  Object.entries((workflow.jobs ?? {}) as Record<string, Job>);

function localised(workflow: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(workflow);
  for (const [, job] of jobsOf(copy)) {
    for (const step of job.steps ?? []) {
      const m = typeof step.uses === 'string' ? OURS.exec(step.uses) : null;
      if (m) step.uses = `./${m[1]}`;
    }
  }
  return copy;
}

describe('workflow examples', () => {
  it('finds the examples of every README and of examples/', () => {
    expect(examples.filter(e => e.where.startsWith('examples/')).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter(e => e.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(8);
    for (const name of [
      'bootstrap',
      'prepare-python',
      'retry-run',
      'secret-guard',
      'setup-helm-kubeconform'
    ]) {
      expect(examples.some(e => e.where.startsWith(`actions/${name}/README.md`))).toBe(true);
    }
  });

  // Other YAML (expressions, fragments) goes in a ```text block, so nothing escapes the checks.
  it('has only workflow YAML in the READMEs (steps, jobs or whole workflows)', () => {
    expect(notWorkflows).toEqual([]);
  });
});

// Which tools a step makes available to later steps of its job.
function provides(step: Step): string[] {
  const m =
    typeof step.uses === 'string'
      ? (OURS.exec(step.uses) ?? /^\.\/(actions\/[a-z0-9-]+)$/.exec(step.uses))
      : null;
  switch (m?.[1]) {
    case 'actions/prepare-python':
      return ['uv', 'uvx', ...(String(step.with?.['nox-version'] ?? '') === 'none' ? [] : ['nox'])];
    case 'actions/setup-helm-kubeconform':
      return [
        ...(String(step.with?.['helm-version'] ?? '') === 'none' ? [] : ['helm']),
        ...(String(step.with?.['kubeconform-version'] ?? '') === 'none' ? [] : ['kubeconform'])
      ];
    case 'actions/bootstrap':
      return String(step.with?.packages ?? '')
        .split(/\s+/)
        .filter(Boolean);
    default:
      return [];
  }
}

/** The tools of TRACKED that a script calls as a command. */
const TRACKED = ['nox', 'uv', 'uvx', 'helm', 'kubeconform', 'git'];
function commandsCalled(script: string): string[] {
  const found = new Set<string>();
  for (const line of script.split('\n')) {
    const code = line.replace(/(^|\s)#.*$/, '');
    for (const segment of code.split(/\|\||&&|[|;&(`]|\b(?:then|do|else|if|while|until)\b/)) {
      const words = segment
        .trim()
        .split(/\s+/)
        .filter(w => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
      const command = words[0] === '!' || words[0] === 'exec' ? words[1] : words[0];
      if (command && TRACKED.includes(command)) found.add(command);
    }
  }
  return [...found];
}

/** Commands a job's scripts call before any earlier step provided them. */
function missingCommands(workflow: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const [name, job] of jobsOf(workflow)) {
    // a GitHub-hosted or Forgejo host job has git; a container image need not
    const have = new Set<string>(job.container ? [] : ['git']);
    (job.steps ?? []).forEach((step, i) => {
      const script = [step.run, step.with?.run]
        .filter((s): s is string => typeof s === 'string')
        .join('\n');
      for (const command of commandsCalled(script)) {
        if (!have.has(command)) missing.push(`${name}, step ${i + 1}: ${command}`);
      }
      for (const tool of provides(step)) have.add(tool);
    });
  }
  return missing;
}

describe('commandsCalled', () => {
  it.each([
    ['nox -s tests', ['nox']],
    ['helm template x | kubeconform "$@" -strict', ['helm', 'kubeconform']],
    ['test "$(git config --get user.name)" = x', ['git']],
    ['if true; then uv sync; fi', ['uv']],
    ['echo "nox is used" # nox -s x', []],
    ['curl -fsS https://x/nox', []]
  ])('%j -> %j', (script, expected) => {
    expect(commandsCalled(script)).toEqual(expected);
  });
});

const actionOf = (step: Step) =>
  typeof step.uses === 'string'
    ? (OURS.exec(step.uses) ?? /^\.\/(actions\/[a-z0-9-]+)$/.exec(step.uses))?.[1]
    : undefined;

/** Matrix jobs whose prepare-python steps share one cache key across the matrix. */
function sharedCacheKeys(workflow: Record<string, unknown>): string[] {
  return jobsOf(workflow)
    .filter(
      ([, job]) => job.strategy && typeof job.strategy === 'object' && 'matrix' in job.strategy
    )
    .flatMap(([name, job]) =>
      (job.steps ?? [])
        .filter(step => actionOf(step) === 'actions/prepare-python')
        .filter(step => !/\$\{\{[^}]*\bmatrix\./.test(String(step.with?.['cache-suffix'] ?? '')))
        .map(() => `${name}: prepare-python without a matrix cache-suffix`)
    );
}

/** retry-run steps that would retry a real failure of a nox session (no output filter). */
function retriedTestRuns(workflow: Record<string, unknown>): string[] {
  return jobsOf(workflow).flatMap(([name, job]) =>
    (job.steps ?? [])
      .filter(step => actionOf(step) === 'actions/retry-run')
      .filter(step => /\bnox\b/.test(String(step.with?.run ?? '')))
      .filter(step => !/--install-only/.test(String(step.with?.run ?? '')))
      .filter(step => !step.with?.['retry-presets'] && !step.with?.['retry-if-output-matches'])
      .map(step => `${name}: ${String(step.with?.run).trim()} retried on any failure`)
  );
}

/** A concurrency group that mixes workflows or cancels runs of the default branch. */
function badConcurrency(workflow: Record<string, unknown>): string[] {
  const c = workflow.concurrency as {group?: string; 'cancel-in-progress'?: unknown} | undefined;
  if (!c) return [];
  const problems: string[] = [];
  if (!String(c.group ?? c).includes('github.workflow'))
    problems.push('group without github.workflow');
  if (c['cancel-in-progress'] === true) problems.push('cancel-in-progress: true cancels main too');
  return problems;
}

describe.each(examples.map(e => [e.where, e] as const))('%s', (_where, example) => {
  it('gets every command its scripts call from an earlier step (or the runner)', () => {
    expect(missingCommands(example.workflow)).toEqual([]);
  });

  it('gives each matrix entry its own prepare-python cache key', () => {
    expect(sharedCacheKeys(example.workflow)).toEqual([]);
  });

  it('retries a nox session only on matching output (not a failing test)', () => {
    expect(retriedTestRuns(example.workflow)).toEqual([]);
  });

  it('has a concurrency group per workflow that never cancels main', () => {
    expect(badConcurrency(example.workflow)).toEqual([]);
  });
});

describe('the example rules', () => {
  const job = (steps: Step[], extra: Record<string, unknown> = {}) => ({
    jobs: {t: {'runs-on': 'ubuntu-latest', ...extra, steps}}
  });
  const pp = 'cleveragents/ci-actions/actions/prepare-python@v1';
  const rr = 'cleveragents/ci-actions/actions/retry-run@v1';
  it.each<[string, Record<string, unknown>, string[]]>([
    ['nox before prepare-python', job([{run: 'nox -s lint'}, {uses: pp}]), ['t, step 1: nox']],
    ['nox after it', job([{uses: pp}, {run: 'nox -s lint'}]), []],
    [
      'nox-version none',
      job([{uses: pp, with: {'nox-version': 'none'}}, {run: 'nox -s x'}]),
      ['t, step 2: nox']
    ],
    [
      'git in a container',
      job([{run: 'git status'}], {container: 'python:3.13-slim'}),
      ['t, step 1: git']
    ],
    [
      'git from bootstrap',
      job(
        [
          {uses: 'cleveragents/ci-actions/actions/bootstrap@v1', with: {packages: 'git curl'}},
          {run: 'git status'}
        ],
        {container: 'python:3.13-slim'}
      ),
      []
    ],
    ['retry-run script', job([{uses: rr, with: {run: 'helm version'}}]), ['t, step 1: helm']]
  ])('missing commands: %s', (_name, workflow, expected) => {
    expect(missingCommands(workflow)).toEqual(expected);
  });

  it('finds a shared matrix cache key, a retried test run and a bad concurrency group', () => {
    const matrix = {strategy: {matrix: {session: ['a', 'b']}}};
    expect(sharedCacheKeys(job([{uses: pp}], matrix))).toHaveLength(1);
    expect(
      sharedCacheKeys(job([{uses: pp, with: {'cache-suffix': '${{ matrix.session }}'}}], matrix))
    ).toEqual([]);
    expect(retriedTestRuns(job([{uses: rr, with: {run: 'nox -s tests'}}]))).toHaveLength(1);
    expect(
      retriedTestRuns(job([{uses: rr, with: {run: 'nox -s tests', 'retry-presets': 'network'}}]))
    ).toEqual([]);
    expect(retriedTestRuns(job([{uses: rr, with: {run: 'nox -s tests --install-only'}}]))).toEqual(
      []
    );
    expect(
      badConcurrency({concurrency: {group: 'ci-${{ github.ref }}', 'cancel-in-progress': true}})
    ).toHaveLength(2);
    expect(
      badConcurrency({
        concurrency: {
          group: '${{ github.workflow }}-${{ github.ref }}',
          'cancel-in-progress': "${{ github.ref != 'refs/heads/main' }}"
        }
      })
    ).toEqual([]);
  });
});

/** A project actionlint recognises (it needs `.git` to resolve `./actions/x`) holding our actions. */
function project(dir: string): void {
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '.github', 'workflows'), {recursive: true});
  symlinkSync(join(ROOT, 'actions'), join(dir, 'actions'));
  symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
}

describe('actionlint on every example, with the local actions', () => {
  const C = process.env.CI_ACTIONS_CACHE || join(process.env.HOME ?? '', '.cache', 'ci-actions');
  const actionlint = join(C, 'bin', 'actionlint');
  if (!existsSync(actionlint) && !IN_CI) {
    // eslint-disable-next-line jest/no-disabled-tests -- visible skip with its reason, outside CI only
    it.skip(`passes (skipped: no ${actionlint}; bash scripts/e2e/tools.sh actionlint)`, () => {
      expect(existsSync(actionlint)).toBe(true);
    });
    return;
  }
  let dir: string;
  afterAll(() => {
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('reports nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'examples-actionlint-'));
    project(dir);
    // The repository's configuration, its ignores applied to every file here.
    const config = parse(readFileSync(join(ROOT, '.github', 'actionlint.yaml'), 'utf8')) as {
      'self-hosted-runner'?: unknown;
      paths?: Record<string, {ignore?: string[]}>;
    };
    const ignore = [...new Set(Object.values(config.paths ?? {}).flatMap(p => p.ignore ?? []))];
    writeFileSync(
      join(dir, '.github', 'actionlint.yaml'),
      stringify({'self-hosted-runner': config['self-hosted-runner'], paths: {'**/*.yml': {ignore}}})
    );
    const names = examples.map((example, i) => {
      const name = `${String(i).padStart(2, '0')}-${example.where.replace(/[^A-Za-z0-9]+/g, '-')}.yml`;
      writeFileSync(
        join(dir, '.github', 'workflows', name),
        stringify(localised(example.workflow))
      );
      return name;
    });
    const proc = spawnSync(
      actionlint,
      [
        '-config-file',
        '.github/actionlint.yaml',
        ...names.map(n => join('.github', 'workflows', n))
      ],
      {cwd: dir, encoding: 'utf8', timeout: 120_000}
    );
    expect(proc.stdout + proc.stderr).toBe('');
    expect(proc.status).toBe(0);
  });

  it('would catch an input that does not exist', () => {
    const probe = mkdtempSync(join(tmpdir(), 'examples-actionlint-probe-'));
    try {
      project(probe);
      writeFileSync(
        join(probe, '.github', 'workflows', 'probe.yml'),
        stringify(
          localised({
            on: 'push',
            jobs: {
              x: {
                'runs-on': 'ubuntu-latest',
                steps: [
                  {
                    uses: 'cleveragents/ci-actions/actions/prepare-python@v1',
                    with: {'python-enviroment': 'venv'}
                  }
                ]
              }
            }
          })
        )
      );
      const proc = spawnSync(actionlint, [join('.github', 'workflows', 'probe.yml')], {
        cwd: probe,
        encoding: 'utf8',
        timeout: 120_000
      });
      expect(proc.stdout).toMatch(/input "python-enviroment" is not defined/);
      expect(proc.status).not.toBe(0);
    } finally {
      rmSync(probe, {recursive: true, force: true});
    }
  });
});
