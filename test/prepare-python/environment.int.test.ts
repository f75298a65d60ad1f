// python-environment against an externally managed (PEP 668) interpreter, as Debian's and Ubuntu
// 24.04's python3 are: the built bundle with the REAL uv from the local mirror, requirements from the
// local wheelhouse (offline). Build first: `node scripts/build.mjs prepare-python`.
//
// The interpreter is made here from the machine's python3: a copy of its executable in a prefix of
// our own whose stdlib directory links every entry of the real one, plus an EXTERNALLY-MANAGED file.
// (A virtual environment cannot stand in: uv never treats one as externally managed, and
// `--system` skips virtual environments.)
import {jest} from '@jest/globals';
import {execFileSync, spawnSync} from 'node:child_process';
import {
  copyFileSync,
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
import {basename, join} from 'node:path';
import {startMirror, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';
import {ensureUvRelease, offlineEnv, writeProject, type UvRelease} from '../helpers/uv-release';

jest.setTimeout(180_000);

interface Interpreter {
  readonly bin: string;
  readonly python: string;
  readonly sitePackages: string;
}

const MARKER = 'This Python is managed by the test: install into a virtual environment.';

/** A Python prefix of our own around the machine's interpreter; externally managed on request. */
function makeInterpreter(root: string, externallyManaged: boolean): Interpreter {
  const [executable, stdlib, version] = execFileSync(
    'python3',
    [
      '-c',
      'import os,sys,sysconfig;print(os.path.realpath(sys._base_executable));print(sysconfig.get_path("stdlib"));print("%d.%d" % sys.version_info[:2])'
    ],
    {encoding: 'utf8'}
  )
    .trim()
    .split('\n');
  const bin = join(root, 'bin');
  const lib = join(root, 'lib', `python${version}`);
  mkdirSync(bin, {recursive: true});
  mkdirSync(join(lib, 'site-packages'), {recursive: true});
  copyFileSync(executable, join(bin, `python${version}`));
  symlinkSync(`python${version}`, join(bin, 'python3'));
  for (const entry of readdirSync(stdlib)) {
    if (['site-packages', 'dist-packages', 'EXTERNALLY-MANAGED'].includes(entry)) continue;
    symlinkSync(join(stdlib, entry), join(lib, entry));
  }
  if (externallyManaged) {
    writeFileSync(join(lib, 'EXTERNALLY-MANAGED'), `[externally-managed]\nError=${MARKER}\n`);
  }
  const python = join(bin, 'python3');
  const prefix = execFileSync(python, ['-c', 'import sys; print(sys.prefix)'], {
    encoding: 'utf8'
  }).trim();
  if (prefix !== root) throw new Error(`${python} has prefix ${prefix}, not ${root}`);
  return {bin, python, sitePackages: join(lib, 'site-packages')};
}

let release: UvRelease;
let mirror: Mirror;
let root: string;
let managed: Interpreter;
let plain: Interpreter;

beforeAll(async () => {
  release = ensureUvRelease();
  mirror = await startMirror({root: release.mirrorRoot});
  root = mkdtempSync(join(tmpdir(), 'prepare-python-env-'));
  managed = makeInterpreter(join(root, 'managed'), true);
  plain = makeInterpreter(join(root, 'plain'), false);
});

afterAll(async () => {
  await mirror?.close();
  if (root) rmSync(root, {recursive: true, force: true});
});

function main(
  node: string,
  dir: string,
  python: Interpreter,
  inputs: Record<string, string> = {}
): Promise<BundleResult> {
  return runBundle({
    action: 'prepare-python',
    node,
    dir,
    timeoutMs: 150_000,
    inputs: {
      'uv-version': release.version,
      'uv-sha256': release.sha256,
      'uv-mirrors': `${mirror.url}/uv`,
      'nox-version': 'none',
      ...inputs
    },
    env: {...offlineEnv(release), PATH: `${python.bin}:${process.env.PATH}`}
  });
}

/** A runner directory whose workspace holds a requirements.txt naming a wheel of the wheelhouse. */
function requirementsProject(): string {
  const dir = newRunnerDir();
  writeFileSync(join(dir, 'workspace', 'requirements.txt'), 'iniconfig\n');
  return dir;
}

const messages = (result: BundleResult, command: string) =>
  result.commands.filter(c => c.command === command).map(c => c.message);

function expectOk(result: BundleResult): void {
  if (result.exitCode !== 0) {
    throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  }
}

/** Whether `python` imports iniconfig, and from where. */
function iniconfigOf(python: string): string | undefined {
  try {
    return execFileSync(python, ['-c', 'import iniconfig; print(iniconfig.__file__)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    return undefined;
  }
}

describe.each(nodeBinaries())('python-environment under $label', ({path: node}) => {
  beforeEach(() => mirror.resetStats());

  it('uses an interpreter that uv itself refuses to install into (externally managed)', () => {
    const uv = spawnSync(
      release.uv,
      ['pip', 'install', '--system', '--python', managed.python, 'iniconfig'],
      {env: {...process.env, ...offlineEnv(release)}, encoding: 'utf8'}
    );
    expect(uv.stderr).toContain('is externally managed');
    expect(uv.stderr).toContain(MARKER);
    expect(uv.status).not.toBe(0);
  });

  it('installs requirements into an activated .venv by default, leaving the interpreter untouched', async () => {
    const dir = requirementsProject();
    const result = await main(node, dir, managed);
    expectOk(result);
    const venv = join(dir, 'workspace', '.venv');
    // made by `uv venv` from the interpreter found
    expect(readFileSync(join(venv, 'pyvenv.cfg'), 'utf8')).toContain(`home = ${managed.bin}\n`);
    expect(result.env.VIRTUAL_ENV).toBe(venv);
    // added last, so first on PATH for later steps
    expect(result.path.at(-1)).toBe(join(venv, 'bin'));
    expect(iniconfigOf(join(venv, 'bin', 'python'))).toContain(join(venv, 'lib'));
    expect(iniconfigOf(managed.python)).toBeUndefined();
    expect(readdirSync(managed.sitePackages)).toEqual([]);
    expect(result.outputs['python-path']).toBe(managed.python);
    expect(messages(result, 'warning')).toEqual([]);

    // a second run in the same workspace replaces the environment
    writeFileSync(join(venv, 'stale'), '');
    expectOk(await main(node, dir, managed));
    expect(existsSync(join(venv, 'stale'))).toBe(false);
    expect(iniconfigOf(join(venv, 'bin', 'python'))).toContain(join(venv, 'lib'));
  });

  it('fails a system install on it at once, saying why and what to use', async () => {
    const result = await main(node, requirementsProject(), managed, {
      'python-environment': 'system'
    });
    expect(result.exitCode).toBe(1);
    const error = messages(result, 'error').join('\n');
    expect(error).toContain('uv pip install --system -r requirements.txt failed with exit code 2');
    expect(error).toContain('was not retried');
    expect(error).toContain(
      "externally managed (PEP 668) and refuses a system install: use 'python-environment: venv'"
    );
    expect(result.stdout + result.stderr).toContain(MARKER);
    expect(result.stdout).not.toMatch(/attempt 2 of/);
    expect(result.env.VIRTUAL_ENV).toBeUndefined();
    expect(readdirSync(managed.sitePackages)).toEqual([]);
  });

  it('installs into an interpreter that is not externally managed with python-environment: system', async () => {
    const dir = requirementsProject();
    const result = await main(node, dir, plain, {'python-environment': 'system'});
    expectOk(result);
    expect(iniconfigOf(plain.python)).toContain(plain.sitePackages);
    expect(result.env.VIRTUAL_ENV).toBeUndefined();
    expect(existsSync(join(dir, 'workspace', '.venv'))).toBe(false);
    expect(result.path.filter(p => basename(p) === 'bin' && p.includes('.venv'))).toEqual([]);
    rmSync(plain.sitePackages, {recursive: true, force: true});
    mkdirSync(plain.sitePackages);
  });

  it('activates the environment uv sync made, on the externally managed interpreter too', async () => {
    const dir = newRunnerDir();
    writeProject(join(dir, 'workspace'), release);
    const result = await main(node, dir, managed);
    expectOk(result);
    const venv = join(dir, 'workspace', '.venv');
    expect(result.env.VIRTUAL_ENV).toBe(venv);
    expect(result.path.at(-1)).toBe(join(venv, 'bin'));
    expect(iniconfigOf(join(venv, 'bin', 'python'))).toContain(join(venv, 'lib'));
  });

  it('refuses python-environment: system with uv sync before anything is downloaded', async () => {
    const dir = newRunnerDir();
    writeProject(join(dir, 'workspace'), release);
    const result = await main(node, dir, managed, {'python-environment': 'system'});
    expect(result.exitCode).toBe(1);
    expect(messages(result, 'error')[0]).toMatch(
      /'python-environment' is 'system', but the install is 'uv sync' \(a uv.lock exists\)/
    );
    expect(mirror.stats.requests).toEqual([]);
  });

  it('with cache: false, does not warn that the cache key never changes', async () => {
    const result = await main(node, newRunnerDir(), managed, {cache: 'false'});
    expectOk(result);
    expect(result.stdout).toMatch(/No dependencies installed/);
    expect(messages(result, 'warning')).toEqual([]);
    expect(result.env.VIRTUAL_ENV).toBeUndefined();
  });
});
