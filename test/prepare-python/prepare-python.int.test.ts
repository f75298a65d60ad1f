// Runs the built bundles dist/prepare-python/{main,post}/index.js as a runner does, under Node 20
// and Node 24, with the REAL uv (from the PyPI wheel, packed into the upstream release layout by
// test/helpers/uv-release.ts) served from a local mirror on 127.0.0.1, the fake v1 cache service,
// and nox plus the test project's dependencies installed offline from a local wheelhouse.
// Build first: `node scripts/build.mjs prepare-python`.
import {jest} from '@jest/globals';
import {execFileSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {nullLogger} from '@ci-actions/core';
import {saveCache} from '@ci-actions/core/cache';
import {startCacheServer, cacheEnv, type CacheServer} from '../helpers/cache-server';
import {startMirror, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';
import {
  ARCHIVE,
  aliasVersion,
  ensureUvRelease,
  NOX_VERSION,
  offlineEnv,
  writeProject,
  type UvRelease
} from '../helpers/uv-release';

// The published upstream digest of uv 0.9.30 for x86_64-unknown-linux-gnu, from the built-in table.
const UPSTREAM_0_9_30 = '8b3762374972daa7a74bbc6896cc73229ca69a07403dd9f9ea3805a51ffd7582';

jest.setTimeout(180_000);

let release: UvRelease;
let mirror: Mirror;
let pythonDir: string;

beforeAll(async () => {
  release = ensureUvRelease();
  mirror = await startMirror({root: release.mirrorRoot});
  // The real interpreter's directory first on PATH (as in python:3.13-slim), not a pyenv shim.
  pythonDir = dirname(
    execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {encoding: 'utf8'}).trim()
  );
});

afterAll(async () => {
  await mirror?.close();
});

const archiveRequests = (m: Mirror) =>
  m.stats.requests.filter(r => r.path.endsWith(ARCHIVE) && r.method === 'GET');

interface Step {
  readonly node: string;
  readonly dir: string;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly cache?: CacheServer;
  readonly mirrorUrl?: string;
}

function stepEnv(step: Step): Record<string, string> {
  return {
    ...offlineEnv(release),
    PATH: `${pythonDir}:${process.env.PATH}`,
    ...(step.cache ? cacheEnv(step.cache.url) : {}),
    ...step.env
  };
}

function main(step: Step): Promise<BundleResult> {
  return runBundle({
    action: 'prepare-python',
    node: step.node,
    dir: step.dir,
    timeoutMs: 150_000,
    inputs: {
      'uv-version': release.version,
      'uv-sha256': release.sha256,
      'uv-mirrors': `${step.mirrorUrl ?? mirror.url}/uv`,
      ...step.inputs
    },
    env: stepEnv(step)
  });
}

function post(step: Step, state: Record<string, string>): Promise<BundleResult> {
  return runBundle({
    action: 'prepare-python',
    entry: 'post',
    node: step.node,
    dir: step.dir,
    timeoutMs: 150_000,
    state,
    env: stepEnv(step)
  });
}

/** A runner directory whose workspace holds the locked test project. */
function projectDir(): string {
  const dir = newRunnerDir();
  writeProject(join(dir, 'workspace'), release);
  return dir;
}

const messages = (result: BundleResult, command: string) =>
  result.commands.filter(c => c.command === command).map(c => c.message);

function expectOk(result: BundleResult): void {
  if (result.exitCode !== 0) {
    throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  }
}

describe.each(nodeBinaries())('prepare-python under $label', ({path: node}) => {
  let cache: CacheServer;
  beforeEach(async () => {
    cache = await startCacheServer();
    mirror.setFaults(null);
    mirror.resetStats();
  });
  afterEach(async () => {
    await cache.close();
  });

  it('without a cache service, the post step neither prunes nor saves', async () => {
    const dir = projectDir();
    const cold = await main({node, dir});
    expectOk(cold);
    const done = await post({node, dir}, cold.state);
    expectOk(done);
    expect(done.stdout).toContain(
      'Not saving the uv cache: the Actions cache service is not available on this runner.'
    );
    expect(done.stdout).not.toMatch(/^uv cache prune/m);
    expect(messages(done, 'warning')).toEqual([]);
  });

  it('installs cold, saves in post, then runs warm without a download and skips the save', async () => {
    const dir = projectDir();
    const cold = await main({node, dir, cache});
    expectOk(cold);
    const home = join(dir, 'home');
    const uvCache = join(home, '.cache', 'uv');
    const toolBin = join(home, '.local', 'bin');
    expect(cold.outputs).toMatchObject({
      'uv-version': '0.9.30',
      'uv-path': join(dir, 'tool-cache', 'uv', '0.9.30', 'x86_64-unknown-linux-gnu', 'uv'),
      'python-path': expect.stringMatching(/python/),
      'python-version': expect.stringMatching(/^3\.\d+\.\d+$/),
      'nox-version': NOX_VERSION,
      'cache-hit': 'false',
      'cache-matched-key': '',
      'cache-key': expect.stringMatching(
        /^prepare-python-v1-linux-[a-z0-9.-]+-x86_64-glibc-py3\.\d+-[0-9a-f]{64}$/
      )
    });
    expect(cold.env).toEqual({
      UV_CACHE_DIR: uvCache,
      NOX_DEFAULT_VENV_BACKEND: 'uv',
      UV_PYTHON_DOWNLOADS: 'never',
      UV_TOOL_BIN_DIR: toolBin,
      // the environment uv sync made, activated for later steps
      VIRTUAL_ENV: join(dir, 'workspace', '.venv')
    });
    expect(cold.path).toEqual([
      toolBin,
      dirname(cold.outputs['uv-path']),
      join(dir, 'workspace', '.venv', 'bin')
    ]);
    expect(existsSync(join(toolBin, 'nox'))).toBe(true);
    expect(existsSync(join(dir, 'workspace', '.venv'))).toBe(true);
    expect(cold.state['install-ok']).toBe('true');
    expect(archiveRequests(mirror)).toHaveLength(1);
    expect(messages(cold, 'warning')).toEqual([]);
    // Each phase folded, in order; the summary says where uv came from and what it is.
    expect(cold.stdout.match(/^::(group::.*|endgroup::)$/gm)).toEqual(
      ['uv', 'python', 'cache', 'dependencies', 'nox'].flatMap(g => [
        `::group::${g}`,
        '::endgroup::'
      ])
    );
    expect(cold.summary).toContain('### prepare-python');
    expect(cold.summary).toContain(
      `| \`uv\` | 0.9.30 | mirror \`${mirror.url}/uv/${release.version}/${ARCHIVE}\` | \`${release.sha256}\` (the sha256 input) |`
    );
    expect(cold.summary).toContain(`**uv cache:** miss \`${cold.outputs['cache-key']}\``);
    expect(cold.summary).toContain(`| \`nox\` | ${NOX_VERSION} |`);
    expect(cold.summary).toContain('**dependencies:** `uv sync --frozen` into');
    expect(cold.summary).toMatch(/\*\*time:\*\* uv [\d.]+m?s · python [\d.]+m?s · cache /);

    const saved = await post({node, dir, cache}, cold.state);
    expectOk(saved);
    expect(cache.keys()).toContain(cold.outputs['cache-key']);
    expect(cache.keys().some(k => k.startsWith('ci-actions-tool-uv-0.9.30-'))).toBe(true);
    expect(saved.stdout).toMatch(/uv cache prune --ci --force/);

    // Same runner: the tool cache has uv; the Actions cache has the uv cache under the exact key.
    mirror.resetStats();
    const warm = await main({node, dir, cache});
    expectOk(warm);
    expect(mirror.stats.requests).toEqual([]);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.outputs['cache-matched-key']).toBe(cold.outputs['cache-key']);
    expect(warm.summary).toContain('| `uv` | 0.9.30 | tool cache |');
    expect(warm.summary).toContain(`**uv cache:** hit \`${cold.outputs['cache-key']}\``);
    const entries = cache.entries.length;
    const skipped = await post({node, dir, cache}, warm.state);
    expectOk(skipped);
    expect(skipped.stdout).toMatch(
      /Not saving the uv cache: the cache was restored from this exact key/
    );
    expect(cache.entries).toHaveLength(entries);

    // An ephemeral runner: same paths, but an empty tool cache, home and project environment.
    // uv comes from the Actions cache (its version hash covers the path), the uv cache too.
    for (const sub of ['tool-cache', 'home', 'workspace/.venv']) {
      rmSync(join(dir, sub), {recursive: true, force: true});
    }
    mkdirSync(join(dir, 'tool-cache'));
    mkdirSync(join(dir, 'home'));
    const ephemeral = await main({node, dir, cache});
    expectOk(ephemeral);
    expect(mirror.stats.requests).toEqual([]);
    expect(ephemeral.stdout).toMatch(/uv 0\.9\.30: restored from the Actions cache/);
    expect(ephemeral.outputs['cache-hit']).toBe('true');
    expect(ephemeral.summary).toContain('| `uv` | 0.9.30 | Actions cache |');
  });

  it('writes no summary with summary false', async () => {
    const dir = projectDir();
    const result = await main({
      node,
      dir,
      inputs: {summary: 'false', install: 'none', 'nox-version': 'none'}
    });
    expectOk(result);
    expect(result.outputs['uv-version']).toBe('0.9.30');
    expect(result.summary).toBe('');
    expect(result.stdout).toMatch(/^::group::uv$/m);
  });

  it('fails closed on a corrupted archive, naming the URL and both digests', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-corrupt-'));
    const target = join(root, 'uv', release.version, ARCHIVE);
    mkdirSync(dirname(target), {recursive: true});
    const bytes = readFileSync(release.archive);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(target, bytes);
    const corrupt = await startMirror({root});
    try {
      const dir = projectDir();
      const result = await main({node, dir, cache, mirrorUrl: corrupt.url});
      expect(result.exitCode).toBe(1);
      const [error] = messages(result, 'error');
      expect(error).toContain(`${corrupt.url}/uv/${release.version}/${ARCHIVE}`);
      expect(error).toContain(`expected sha256 ${release.sha256}`);
      expect(error).toMatch(/got [0-9a-f]{64}/);
      expect(existsSync(join(dir, 'tool-cache', 'uv', release.version))).toBe(
        existsSync(join(dir, 'tool-cache', 'uv', release.version, 'x86_64-unknown-linux-gnu', 'uv'))
      );
      expect(result.path).toEqual([join(dir, 'home', '.local', 'bin')]);
      expect(result.state['install-ok']).toBeUndefined();
    } finally {
      await corrupt.close();
    }
  });

  it("lets the built-in digest win over the mirror's .sha256 file", async () => {
    // Our repacked 0.9.30 with a matching .sha256 beside it: the table's upstream digest must win.
    const dir = projectDir();
    const result = await main({node, dir, cache, inputs: {'uv-sha256': ''}});
    expect(result.exitCode).toBe(1);
    const [error] = messages(result, 'error');
    expect(error).toContain(`expected sha256 ${UPSTREAM_0_9_30}`);
    expect(error).toContain(`got ${release.sha256}`);
    expect(mirror.stats.requests.some(r => r.path.endsWith('.sha256'))).toBe(false);
  });

  it('fails on bad input before anything is downloaded', async () => {
    const dir = projectDir();
    const result = await main({node, dir, cache, inputs: {'uv-version': 'latest'}});
    expect(result.exitCode).toBe(1);
    expect(messages(result, 'error')[0]).toMatch(/Input 'uv-version' must be .*got 'latest'/);
    expect(mirror.stats.requests).toEqual([]);
    expect(cache.requests).toEqual([]);
    expect(result.env).toEqual({});
  });
});

describe('prepare-python (one Node version)', () => {
  const node = nodeBinaries()[1].path;
  let cache: CacheServer;
  beforeEach(async () => {
    cache = await startCacheServer();
    mirror.setFaults(null);
    mirror.resetStats();
  });
  afterEach(async () => {
    await cache.close();
  });

  it('discards a poisoned Actions cache entry for uv and installs from the mirror', async () => {
    const dir = projectDir();
    // The attacker's entry under the key and paths the action uses: an archive with its own uv and
    // uvx, and a marker naming the expected digest and its binaries' digests.
    const triple = 'x86_64-unknown-linux-gnu';
    const planted = join(dir, 'tool-cache', 'uv', release.version, `${triple}.archive`);
    const src = mkdtempSync(join(tmpdir(), 'uv-evil-'));
    mkdirSync(join(src, `uv-${triple}`));
    for (const name of ['uv', 'uvx']) {
      writeFileSync(join(src, `uv-${triple}`, name), '#!/bin/sh\necho attacker\n', {mode: 0o755});
    }
    mkdirSync(planted, {recursive: true});
    execFileSync('tar', ['-czf', join(planted, ARCHIVE), '-C', src, `uv-${triple}`]);
    writeFileSync(
      join(planted, '.ci-actions-tool.json'),
      JSON.stringify({sha256: release.sha256, binaries: {uv: 'attacker', uvx: 'attacker'}})
    );
    rmSync(src, {recursive: true, force: true});
    const key = `ci-actions-tool-uv-${release.version}-linux-${triple}-${release.sha256.slice(0, 16)}`;
    const saved = {...process.env};
    Object.assign(process.env, cacheEnv(cache.url), {
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_WORKSPACE: join(dir, 'workspace')
    });
    try {
      expect(await saveCache([planted], key, {logger: nullLogger})).toBe(true);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
    rmSync(join(dir, 'tool-cache'), {recursive: true});
    mkdirSync(join(dir, 'tool-cache'));

    const result = await main({node, dir, cache, env: {RUNNER_TEMP: join(dir, 'temp')}});
    expectOk(result);
    expect(messages(result, 'warning').join('\n')).toMatch(
      new RegExp(
        `discarding the Actions cache entry ${key}: its ${ARCHIVE.replace(/\./g, '\\.')} has sha256 [0-9a-f]{64}, not ${release.sha256}`
      )
    );
    expect(archiveRequests(mirror)).toHaveLength(1);
    expect(execFileSync(result.outputs['uv-path'], ['--version'], {encoding: 'utf8'})).toMatch(
      new RegExp(`^uv ${release.version.replace(/\./g, '\\.')}`)
    );
    const onPath = result.path
      .flatMap(entry => ['uv', 'uvx'].map(name => join(entry, name)))
      .filter(file => existsSync(file))
      .map(file => readFileSync(file).subarray(0, 64).toString('latin1'));
    expect(onPath.join('\n')).not.toContain('attacker');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    // ci-actions/ holds the job's flake ledger (the discarded entry).
    expect(readdirSync(join(dir, 'temp')).filter(name => !uuid.test(name))).toEqual(['ci-actions']);
  });

  it('changes the key with uv.lock and restores the older cache as a partial match', async () => {
    const dir = projectDir();
    const first = await main({node, dir, cache, inputs: {'nox-version': 'none'}});
    expectOk(first);
    expectOk(await post({node, dir, cache}, first.state));

    writeProject(join(dir, 'workspace'), release, '\n# changed\n');
    const lock = join(dir, 'workspace', 'uv.lock');
    writeFileSync(lock, readFileSync(lock, 'utf8') + '\n');
    const second = await main({node, dir, cache, inputs: {'nox-version': 'none'}});
    expectOk(second);
    expect(second.outputs['cache-key']).not.toBe(first.outputs['cache-key']);
    expect(second.outputs['cache-hit']).toBe('false');
    expect(second.outputs['cache-matched-key']).toBe(first.outputs['cache-key']);
    expectOk(await post({node, dir, cache}, second.state));
    expect(cache.keys()).toEqual(
      expect.arrayContaining([first.outputs['cache-key'], second.outputs['cache-key']])
    );
  });

  it('saves in post after a later step failed, but not when the install failed', async () => {
    const dir = projectDir();
    const ok = await main({
      node,
      dir,
      cache,
      inputs: {'nox-version': 'none', 'prune-cache': 'false'}
    });
    expectOk(ok);
    // The job failed after prepare-python: post-if always() runs the post, which decides from state.
    const saved = await post({node, dir, cache}, ok.state);
    expectOk(saved);
    expect(cache.keys()).toContain(ok.outputs['cache-key']);

    // A project whose lock names a package the wheelhouse lacks: uv sync fails, not retried.
    const broken = newRunnerDir();
    const workspace = join(broken, 'workspace');
    writeProject(workspace, release);
    const lock = join(workspace, 'uv.lock');
    writeFileSync(
      lock,
      readFileSync(lock, 'utf8').replace(/iniconfig-2\.3\.1/g, 'iniconfig-9.9.9')
    );
    const failed = await main({node, dir: broken, cache, inputs: {'nox-version': 'none'}});
    expect(failed.exitCode).toBe(1);
    expect(messages(failed, 'error')[0]).toMatch(/uv sync --frozen failed/);
    expect(failed.state['install-ok']).toBeUndefined();
    const ours = () => cache.entries.filter(e => e.key.startsWith('prepare-python-')).length;
    const before = ours();
    const skipped = await post({node, dir: broken, cache}, failed.state);
    expectOk(skipped);
    expect(skipped.stdout).toMatch(/Not saving the uv cache: the install phase did not succeed/);
    expect(ours()).toBe(before);
  });

  it('only warns when the cache service fails', async () => {
    cache.setFault('500');
    const dir = projectDir();
    const result = await main({node, dir, cache, inputs: {'nox-version': 'none'}});
    expectOk(result);
    expect(result.outputs['cache-hit']).toBe('false');
    expect(messages(result, 'warning').join('\n')).toMatch(/restore/i);
    const saved = await post({node, dir, cache}, result.state);
    expectOk(saved);
    expect(messages(saved, 'error')).toEqual([]);
  });

  it("takes the digest from the mirror's .sha256 file for a version the table does not know", async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-alias-'));
    aliasVersion(release, root, '0.99.0');
    const alias = await startMirror({root});
    try {
      const dir = projectDir();
      const result = await main({
        node,
        dir,
        cache,
        mirrorUrl: alias.url,
        inputs: {'uv-version': '0.99.0', 'uv-sha256': '', 'nox-version': 'none'}
      });
      expectOk(result);
      expect(result.outputs['uv-version']).toBe('0.99.0');
      expect(messages(result, 'warning').join('\n')).toMatch(/not in the built-in digest table/);
      expect(alias.stats.requests.map(r => r.path)).toEqual([
        `/uv/0.99.0/${ARCHIVE}.sha256`,
        `/uv/0.99.0/${ARCHIVE}`
      ]);
    } finally {
      await alias.close();
    }
  });

  it('asks uv for the interpreter of a python-version request and exports UV_PYTHON', async () => {
    const minor = execFileSync(
      join(pythonDir, 'python3'),
      ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
      {
        encoding: 'utf8'
      }
    ).trim();
    const dir = projectDir();
    const result = await main({
      node,
      dir,
      cache,
      inputs: {'python-version': minor, 'nox-version': 'none'}
    });
    expectOk(result);
    expect(result.env.UV_PYTHON).toBe(minor);
    expect(result.outputs['python-version'].startsWith(`${minor}.`)).toBe(true);
    expect(result.outputs['cache-key']).toContain(`-py${minor}-`);

    const missing = await main({
      node,
      dir: projectDir(),
      cache,
      inputs: {'python-version': '3.1', 'nox-version': 'none'}
    });
    expect(missing.exitCode).toBe(1);
    expect(messages(missing, 'error')[0]).toMatch(
      /uv found no Python interpreter for '3.1'.*python-downloads: true/
    );
  });

  it('installs nothing and warns that the key never changes without dependency files', async () => {
    const dir = newRunnerDir();
    const result = await main({node, dir, cache, inputs: {'nox-version': 'none'}});
    expectOk(result);
    expect(result.stdout).toMatch(/No dependencies installed: no uv.lock/);
    expect(messages(result, 'warning').join('\n')).toMatch(
      /No file matches 'cache-dependency-glob'/
    );
    expect(result.outputs['cache-key']).toMatch(/-no-dependency-files$/);
  });
});
