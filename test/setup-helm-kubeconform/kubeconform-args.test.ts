// `kubeconform-args` is shell-quoted. The READMEs and examples document one line that turns it back
// into words; this runs that exact line under bash, dash and busybox sh with values that break naive
// word splitting, and checks every place that consumes the output uses that line.
import {spawnSync} from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {
  kubeconformArgs,
  shellQuote
} from '../../actions/setup-helm-kubeconform/src/kubeconform-args';
import {ROOT} from '../helpers/runner';

const DOCUMENTED_LINE = 'eval "set -- $KUBECONFORM_ARGS"';
const IN_CI = process.env.CI === 'true';

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

// As a runner starts `shell: bash` and `shell: sh` steps (`bash --noprofile --norc -eo pipefail {0}`,
// `sh -e {0}`), with dash and busybox standing in for the `sh` of Debian and Alpine images.
const SHELLS = [
  {label: 'bash', program: 'bash', argv: ['--noprofile', '--norc', '-eo', 'pipefail']},
  {label: 'dash', program: 'dash', argv: ['-e']},
  {label: 'busybox sh', program: 'busybox', argv: ['sh', '-e']}
];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-args-'));
  dirs.push(dir);
  return dir;
}

/** Runs a step script as a runner does: written to a file, the shell given the file. */
function runStep(
  shell: readonly string[],
  script: string,
  options: {cwd: string; env: Record<string, string>; input?: string}
) {
  const file = join(tempDir(), 'step.sh');
  writeFileSync(file, script);
  return spawnSync(shell[0], [...shell.slice(1), file], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
    env: {PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env}
  });
}

/** Runs the documented line, then prints each word of "$@" NUL-terminated; returns the words. */
function wordsIn(shell: readonly string[], value: string, cwd: string): string[] {
  const script = `${DOCUMENTED_LINE}\nfor word in "$@"; do printf '%s\\0' "$word"; done\n`;
  const proc = runStep(shell, script, {cwd, env: {KUBECONFORM_ARGS: value}});
  expect(proc.stderr).toBe('');
  expect(proc.status).toBe(0);
  return proc.stdout === '' ? [] : proc.stdout.slice(0, -1).split('\0');
}

const HARD_VALUES = [
  'https://schemas.example.com/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json',
  '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
  '/home/runner/my schemas/with  two spaces',
  "it's",
  "'",
  "''",
  "'\\''",
  '"double" and "$HOME"',
  '$HOME $(touch pwned) `touch pwned` ${X:-y}',
  'back\\slash \\n \\\\ trailing\\',
  '*',
  '~/cache',
  '-leading-dash',
  'tab\there',
  'new\nline',
  '; | & < > ( ) # !',
  'ünïcödé ✓',
  ''
];

describe('shellQuote', () => {
  it.each([
    ['default', 'default'],
    ['1.31.0', '1.31.0'],
    ['/home/runner/.cache/ci-actions-kubeconform', '/home/runner/.cache/ci-actions-kubeconform'],
    ['https://x/a.json', 'https://x/a.json'],
    ['a b', "'a b'"],
    ["it's", `'it'\\''s'`],
    ['', "''"],
    ['~/x', "'~/x'"],
    ['$HOME', "'$HOME'"]
  ])('%j -> %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });
});

describe.each(SHELLS)(`${DOCUMENTED_LINE} under $label`, ({label, program, argv}) => {
  const path = which(program);
  if (!path) {
    if (IN_CI) {
      it(`${program} is installed (needed in CI)`, () => {
        expect(which(program)).toBeDefined();
      });
    } else {
      // eslint-disable-next-line jest/no-disabled-tests -- visible skip with its reason, outside CI only
      it.skip(`${label} (skipped: ${program} is not installed)`, () => {
        expect(which(program)).toBeDefined();
      });
    }
    return;
  }
  const shell = [path, ...argv];

  it('gives back the exact words of the output: cache dir, each schema location, the version', () => {
    const cwd = tempDir();
    const cacheDir = join(cwd, "cache dir with 'quotes' and $dollar");
    const value = kubeconformArgs({
      cacheDir,
      schemaLocations: ['default', ...HARD_VALUES],
      kubernetesVersion: '1.31.0'
    });
    expect(wordsIn(shell, value, cwd)).toEqual([
      '-cache',
      cacheDir,
      ...['default', ...HARD_VALUES].flatMap(location => ['-schema-location', location]),
      '-kubernetes-version',
      '1.31.0'
    ]);
    // nothing in a value ran: no command substitution, no glob expansion
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each(HARD_VALUES.map(v => [v]))('keeps %j as one word', value => {
    expect(wordsIn(shell, shellQuote(value), tempDir())).toEqual([value]);
  });

  it('keeps 300 random strings of printable ASCII, tab and newline intact', () => {
    // A fixed-seed generator: the same strings on every run.
    let seed = 20261201;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet =
      Array.from({length: 95}, (_, i) => String.fromCharCode(32 + i)).join('') + '\t\n';
    const values = Array.from({length: 300}, () =>
      Array.from({length: next() % 24}, () => alphabet[next() % alphabet.length]).join('')
    );
    const cwd = tempDir();
    expect(wordsIn(shell, values.map(shellQuote).join(' '), cwd)).toEqual(values);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('gives no words for an empty output', () => {
    expect(wordsIn(shell, '', tempDir())).toEqual([]);
  });
});

// The same line, with the real kubeconform, a template location and a schema directory whose path a
// shell would split and expand.
describe(`kubeconform with ${DOCUMENTED_LINE}`, () => {
  const C = process.env.CI_ACTIONS_CACHE || join(process.env.HOME ?? '', '.cache', 'ci-actions');
  const kubeconform = process.env.KUBECONFORM_BIN || join(C, 'bin', 'kubeconform');
  if (!existsSync(kubeconform) && !IN_CI) {
    // eslint-disable-next-line jest/no-disabled-tests -- visible skip with its reason, outside CI only
    it.skip(`validates against templated local schemas (skipped: no ${kubeconform}; bash scripts/e2e/tools.sh kubeconform)`, () => {
      expect(existsSync(kubeconform)).toBe(true);
    });
    return;
  }
  it.each(SHELLS.filter(s => which(s.program)))(
    'validates against templated local schemas under $label',
    ({program, argv}) => {
      const shell = [which(program) ?? program, ...argv];
      const dir = tempDir();
      const root = join(dir, "schemas 'a' $b {c}");
      const versionDir = join(root, 'v1.31.0-standalone-strict');
      mkdirSync(versionDir, {recursive: true});
      const fixtures = join(
        ROOT,
        'test',
        'fixtures',
        'e2e',
        'schemas',
        'v1.31.0-standalone-strict'
      );
      for (const file of readdirSync(fixtures))
        copyFileSync(join(fixtures, file), join(versionDir, file));
      const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n';
      const value = kubeconformArgs({
        cacheDir: join(dir, 'cache dir'),
        schemaLocations: [
          `${root}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`
        ],
        kubernetesVersion: '1.31.0'
      });
      mkdirSync(join(dir, 'cache dir'));
      const script = `${DOCUMENTED_LINE}\n"$KC" "$@" -strict -summary -\n`;
      const env = {KUBECONFORM_ARGS: value, KC: kubeconform};
      const proc = runStep(shell, script, {cwd: dir, env, input: manifest});
      expect(proc.stdout + proc.stderr).toContain('Valid: 1, Invalid: 0, Errors: 0, Skipped: 0');
      expect(proc.status).toBe(0);
      // the same manifest with a wrong type fails: the schemas were really read
      const brokenManifest = manifest.replace('a: b', 'a: [1]');
      const broken = runStep(shell, script, {cwd: dir, env, input: brokenManifest});
      expect(broken.stdout + broken.stderr).toContain('Invalid: 1');
      expect(broken.status).not.toBe(0);
    }
  );
});

// Every README and example that reads the output turns it into words with the tested line.
describe('documentation and examples', () => {
  const files = [
    'README.md',
    'actions/setup-helm-kubeconform/README.md',
    ...readdirSync(join(ROOT, 'examples'), {recursive: true, encoding: 'utf8'})
      .filter(f => f.endsWith('.yml'))
      .map(f => join('examples', f))
  ];
  // In a README only the lines of its code blocks count.
  const codeLines = (file: string): {where: string; line: string}[] => {
    let inCode = !file.endsWith('.md');
    return readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        if (file.endsWith('.md') && line.trim().startsWith('```')) inCode = !inCode;
        return inCode ? [{where: `${file}:${i + 1}`, line: line.trim()}] : [];
      });
  };
  const uses = files
    .flatMap(codeLines)
    .filter(({line}) => /KUBECONFORM_ARGS|kubeconform-args \}\}/.test(line));

  it('passes the output through the environment as KUBECONFORM_ARGS', () => {
    const direct = uses.filter(
      ({line}) => /kubeconform-args \}\}/.test(line) && !/^KUBECONFORM_ARGS: \$\{\{/.test(line)
    );
    expect(direct).toEqual([]);
  });

  it(`reads KUBECONFORM_ARGS only with ${DOCUMENTED_LINE}`, () => {
    const reads = uses.filter(({line}) => !/^KUBECONFORM_ARGS: \$\{\{/.test(line));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(reads.filter(({line}) => line !== DOCUMENTED_LINE)).toEqual([]);
  });
});
