// The pre-warmed image pins what the actions pin: tools.env and the README's table come from the actions'
// own tables (scripts/image-tools.mjs), and the build passes no digest of its own.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_NOX_VERSION, KNOWN_CHECKSUMS} from '../../actions/prepare-python/src/inputs';
import {resolveUvVersion, tableVersions} from '../../actions/prepare-python/src/versions';
import {
  DEFAULT_HELM_VERSION,
  DEFAULT_KUBECONFORM_VERSION,
  HELM_SHA256,
  KUBECONFORM_SHA256
} from '../../actions/setup-helm-kubeconform/src/versions';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function toolsEnv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter(line => /^[A-Z_]+=/.test(line))
      .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  );
}

const uv = resolveUvVersion('', tableVersions(KNOWN_CHECKSUMS)).version;
const expected: [tool: string, version: string, amd64: string, arm64: string][] = [
  [
    'uv',
    uv,
    KNOWN_CHECKSUMS[`x86_64-unknown-linux-gnu-${uv}`],
    KNOWN_CHECKSUMS[`aarch64-unknown-linux-gnu-${uv}`]
  ],
  [
    'helm',
    DEFAULT_HELM_VERSION,
    HELM_SHA256[DEFAULT_HELM_VERSION]['linux-amd64'],
    HELM_SHA256[DEFAULT_HELM_VERSION]['linux-arm64']
  ],
  [
    'kubeconform',
    DEFAULT_KUBECONFORM_VERSION,
    KUBECONFORM_SHA256[DEFAULT_KUBECONFORM_VERSION]['linux-amd64'],
    KUBECONFORM_SHA256[DEFAULT_KUBECONFORM_VERSION]['linux-arm64']
  ]
];

describe('images/python-3.13-ci pins', () => {
  it("the lab's after-slim.yml is after.yml with its jobs in python:3.13-slim and the runner's tool cache", () => {
    const after = read('lab/workflows/after.yml');
    const slim = read('lab/workflows/after-slim.yml');
    const jobs = after.match(
      /^ {6}image: ghcr\.io\/cleveragents\/ci\/python-3\.13-uv:local$/gm
    )?.length;
    expect(jobs).toBeGreaterThan(0);
    expect(after).toMatch(/^env:\n {2}RUNNER_TOOL_CACHE: \/opt\/ci\/tool-cache$/m);
    expect(slim.match(/^ {6}image: python:3\.13-slim$/gm)?.length).toBe(jobs);
    expect(slim).not.toMatch(/python-3\.13-uv|RUNNER_TOOL_CACHE/);
    expect(slim).toMatch(/^name: after-slim$/m);
  });

  it("tools.env installs the actions' default versions", () => {
    expect(toolsEnv(read('images/python-3.13-ci/tools.env'))).toEqual({
      UV_VERSION: uv,
      NOX_VERSION: DEFAULT_NOX_VERSION,
      HELM_VERSION: DEFAULT_HELM_VERSION,
      KUBECONFORM_VERSION: DEFAULT_KUBECONFORM_VERSION
    });
  });

  it.each(expected)(
    "images/README.md lists %s %s with the tables' linux digests",
    (tool, version, amd64, arm64) => {
      expect(amd64).toMatch(/^[0-9a-f]{64}$/);
      expect(arm64).toMatch(/^[0-9a-f]{64}$/);
      const row = read('images/README.md')
        .split('\n')
        .find(line => line.startsWith(`| ${tool} `));
      expect(row?.split('|').map(cell => cell.trim())).toEqual(
        expect.arrayContaining([tool, version, `\`${amd64}\``, `\`${arm64}\``])
      );
    }
  );

  it('the build passes no digest of its own: the bundles check against their tables', () => {
    const dockerfile = read('images/python-3.13-ci/Dockerfile');
    for (const arg of ['UV_SHA256', 'HELM_SHA256', 'KUBECONFORM_SHA256']) {
      expect(dockerfile).toMatch(new RegExp(`^ARG ${arg}=$`, 'm'));
    }
    for (const file of [
      'images/python-3.13-ci/Dockerfile',
      'images/python-3.13-ci/install-tools.sh',
      'images/python-3.13-ci-dind/Dockerfile',
      '.github/workflows/image.yml'
    ]) {
      expect(read(file)).not.toMatch(/\b[0-9a-f]{64}\b/);
    }
    expect(read('images/python-3.13-ci/install-tools.sh')).toMatch(
      /node "\$HERE\/setup-helm-kubeconform\/index\.js"[\s\S]*node "\$HERE\/prepare-python\/index\.js"/
    );
  });
});

describe('afterSlim', () => {
  // image-tools.mjs loads typescript and prettier: run it in a child process, as npm run lint does
  const afterSlim = (after: string) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {afterSlim} from ${JSON.stringify(join(ROOT, 'scripts/image-tools.mjs'))};
         process.stdout.write(afterSlim(process.argv[1]));`,
        after
      ],
      {encoding: 'utf8'}
    );
  const after = read('lab/workflows/after.yml');

  it('drops every comment line above the tool cache env, however many', () => {
    const longer = after.replace(
      /^(# .*\n)(env:\n {2}RUNNER_TOOL_CACHE:)/m,
      '$1# a second line of the same comment\n$2'
    );
    expect(longer).toContain('# a second line of the same comment');
    const r = afterSlim(longer);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(read('lab/workflows/after-slim.yml'));
  });

  it.each([
    ['a job in another image', after.replace(/python-3\.13-uv:local/g, 'python-3.13-uv:2')],
    ['no tool cache env', after.replace(/^env:\n {2}RUNNER_TOOL_CACHE: .*\n/m, '')],
    ['another name', after.replace(/^name: after$/m, 'name: ci')]
  ])('fails naming after-slim.yml on %s', (_what, changed) => {
    const r = afterSlim(changed);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no longer has the shape lab/workflows/after-slim.yml is made from');
  });
});

describe('scripts/image-tools.mjs --check', () => {
  let dir: string;
  const FILES = [
    'scripts/image-tools.mjs',
    'scripts/image.mjs',
    'scripts/lib/mirror.mjs',
    'actions/prepare-python/action.yml',
    'actions/prepare-python/src/known-checksums.json',
    'actions/setup-helm-kubeconform/action.yml',
    'actions/setup-helm-kubeconform/src/versions.ts',
    'images/README.md',
    'images/python-3.13-ci/tools.env',
    'lab/workflows/after.yml',
    'lab/workflows/after-slim.yml',
    '.prettierrc.json'
  ];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'image-tools-'));
    for (const file of FILES) {
      execFileSync('mkdir', ['-p', dirname(join(dir, file))]);
      cpSync(join(ROOT, file), join(dir, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  const check = () =>
    spawnSync(process.execPath, [join(dir, 'scripts/image-tools.mjs'), '--check'], {
      encoding: 'utf8'
    });

  it('passes on the committed files', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails, naming the README, when a table digest changes', () => {
    const file = join(dir, 'actions/setup-helm-kubeconform/src/versions.ts');
    const digest = HELM_SHA256[DEFAULT_HELM_VERSION]['linux-amd64'];
    writeFileSync(file, readFileSync(file, 'utf8').replace(digest, 'f'.repeat(64)));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('images/README.md out of date');
  });

  it('fails, naming tools.env, when a default version changes', () => {
    const file = join(dir, 'actions/prepare-python/action.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(`'${DEFAULT_NOX_VERSION}'`, "'2099.1.1'")
    );
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('images/python-3.13-ci/tools.env');
  });

  it("fails, naming after-slim.yml, when the lab's after.yml changes", () => {
    const file = join(dir, 'lab/workflows/after.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('timeout-minutes: 20', 'timeout-minutes: 25')
    );
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lab/workflows/after-slim.yml');
  });

  it('fails when the pinned helm version has no linux digest in the table', () => {
    const file = join(dir, 'actions/setup-helm-kubeconform/src/versions.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        `DEFAULT_HELM_VERSION = '${DEFAULT_HELM_VERSION}'`,
        "DEFAULT_HELM_VERSION = '9.9.9'"
      )
    );
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the helm 9.9.9 table has no linux-amd64 digest');
  });
});
