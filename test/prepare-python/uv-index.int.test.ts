// uv from a package index: the built bundle dist/prepare-python/main/index.js run as a runner runs
// it, against a simple index on 127.0.0.1 that serves the REAL, untouched uv wheels from PyPI
// (scripts/e2e/tools.sh fetches them) with their real digests, in both page forms (PEP 503 HTML
// from the fault-injecting mirror, PEP 691 JSON from a small server here), and the release mirror
// of test/helpers/uv-release.ts for the fallback. Build first: `node scripts/build.mjs prepare-python`.
import {jest} from '@jest/globals';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {startMirror, type Mirror} from '../helpers/mirror';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';
import {
  ARCHIVE,
  cacheRoot,
  ensureUvRelease,
  offlineEnv,
  TARGET,
  UV_INDEX_VERSION,
  UV_VERSION,
  uvWheel,
  type UvRelease
} from '../helpers/uv-release';

jest.setTimeout(240_000);

interface RealWheel {
  readonly version: string;
  readonly file: string;
  readonly name: string;
  readonly sha256: string;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function realWheel(version: string): RealWheel {
  const file = uvWheel(join(cacheRoot(), 'wheels'), version);
  return {version, file, name: basename(file), sha256: sha256(file)};
}

interface Link {
  readonly wheel: RealWheel;
  /** The file served instead of the real one (a tampered copy). */
  readonly file?: string;
  readonly yanked?: boolean;
  /** Leave the digest out of the page. */
  readonly noDigest?: boolean;
}

/**
 * An index root: `simple/uv/index.html` (PEP 503) linking `../../files/<wheel>`, each a symbolic
 * link to the real wheel (or to a tampered copy).
 */
function htmlIndex(links: readonly Link[]): string {
  const root = mkdtempSync(join(tmpdir(), 'uv-index-'));
  mkdirSync(join(root, 'simple', 'uv'), {recursive: true});
  mkdirSync(join(root, 'files'));
  const anchors = links.map(link => {
    symlinkSync(link.file ?? link.wheel.file, join(root, 'files', link.wheel.name));
    const fragment = link.noDigest ? '' : `#sha256=${link.wheel.sha256}`;
    const yanked = link.yanked ? ' data-yanked="test"' : '';
    return `<a href="../../files/${link.wheel.name}${fragment}" data-requires-python="&gt;=3.8"${yanked}>${link.wheel.name}</a><br>`;
  });
  writeFileSync(
    join(root, 'simple', 'uv', 'index.html'),
    `<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.0"><title>Links for uv</title></head><body>\n<h1>Links for uv</h1>\n${anchors.join('\n')}\n</body></html>\n`
  );
  return root;
}

/** A PEP 691 JSON index at `/simple/uv/` whose files are `fileBase`/<wheel>; records each request. */
async function jsonIndex(
  links: readonly Link[],
  fileBase: string
): Promise<{url: string; headers: IncomingHttpHeaders[]; close(): Promise<void>}> {
  const headers: IncomingHttpHeaders[] = [];
  const body = JSON.stringify({
    meta: {'api-version': '1.1'},
    name: 'uv',
    versions: [...new Set(links.map(l => l.wheel.version))],
    files: links.map(link => ({
      filename: link.wheel.name,
      url: `${fileBase}/${link.wheel.name}`,
      hashes: link.noDigest ? {} : {sha256: link.wheel.sha256},
      'requires-python': '>=3.8',
      yanked: link.yanked ? 'test' : false
    }))
  });
  const server: Server = createServer((req, res) => {
    headers.push(req.headers);
    if (req.url !== '/simple/uv/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'Content-Type': 'application/vnd.pypi.simple.v1+json'}).end(body);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/simple`,
    headers,
    close: () => new Promise(resolve => server.close(() => resolve()))
  };
}

let release: UvRelease;
let mirror: Mirror;
let inTable: RealWheel;
let beyond: RealWheel;
let pythonDir: string;
const servers: {close(): Promise<void>}[] = [];

beforeAll(async () => {
  release = ensureUvRelease();
  mirror = await startMirror({root: release.mirrorRoot});
  inTable = realWheel(UV_VERSION);
  beyond = realWheel(UV_INDEX_VERSION);
  pythonDir = dirname(
    execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {encoding: 'utf8'}).trim()
  );
});

afterAll(async () => {
  await mirror?.close();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()));
  mirror.setFaults(null);
  mirror.resetStats();
});

async function serveHtml(links: readonly Link[]): Promise<Mirror> {
  const index = await startMirror({root: htmlIndex(links)});
  servers.push(index);
  return index;
}

/** The main step: uv only (no dependencies, no nox, no Actions cache), from the index. */
function main(
  node: string,
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<BundleResult> {
  return runBundle({
    action: 'prepare-python',
    node,
    dir,
    timeoutMs: 200_000,
    inputs: {
      'uv-mirrors': 'none',
      'nox-version': 'none',
      install: 'none',
      cache: 'false',
      ...inputs
    },
    env: {...offlineEnv(release), PATH: `${pythonDir}:${process.env.PATH}`, ...env}
  });
}

const messages = (result: BundleResult, command: string) =>
  result.commands.filter(c => c.command === command).map(c => c.message);

function expectOk(result: BundleResult): void {
  if (result.exitCode !== 0) {
    throw new Error(`exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
  }
}

const toolDir = (dir: string, version: string) => join(dir, 'tool-cache', 'uv', version, TARGET);

/** The uv that was installed says its version; the marker names the wheel and its digest. */
function expectInstalled(result: BundleResult, dir: string, wheel: RealWheel, page: string): void {
  expect(result.outputs['uv-version']).toBe(wheel.version);
  expect(result.outputs['uv-path']).toBe(join(toolDir(dir, wheel.version), 'uv'));
  expect(execFileSync(result.outputs['uv-path'], ['--version'], {encoding: 'utf8'})).toContain(
    `uv ${wheel.version}`
  );
  const uvx = join(toolDir(dir, wheel.version), 'uvx');
  expect(execFileSync(uvx, ['--version'], {encoding: 'utf8'})).toContain(wheel.version);
  const marker = JSON.parse(
    readFileSync(join(toolDir(dir, wheel.version), '.ci-actions-tool.json'), 'utf8')
  ) as Record<string, unknown>;
  expect(marker).toMatchObject({
    name: 'uv',
    version: wheel.version,
    arch: TARGET,
    archive: wheel.name,
    sha256: wheel.sha256,
    digestSource: `the package index page ${page}`
  });
  expect(result.stdout).toContain(
    `uv ${wheel.version}: expecting sha256 ${wheel.sha256} from the package index page ${page}`
  );
}

const wheelGets = (m: Mirror) =>
  m.stats.requests.filter(r => r.path.endsWith('.whl') && r.method === 'GET');

describe.each(nodeBinaries())('uv from a package index under $label', ({path: node}) => {
  it('installs a version in the table from the HTML index, then finds it with no request', async () => {
    const index = await serveHtml([{wheel: inTable}, {wheel: beyond}]);
    const dir = newRunnerDir();
    const page = `${index.url}/simple/uv/`;
    const cold = await main(node, dir, {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`
    });
    expectOk(cold);
    expectInstalled(cold, dir, inTable, page);
    expect(index.stats.requests.map(r => r.path)).toEqual([
      '/simple/uv/',
      `/files/${inTable.name}`
    ]);
    expect(messages(cold, 'warning')).toEqual([]);
    expect(cold.path).toContain(toolDir(dir, UV_VERSION));

    index.resetStats();
    const warm = await main(node, dir, {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`
    });
    expectOk(warm);
    expect(index.stats.requests).toEqual([]);
    expect(warm.stdout).toMatch(/uv 0\.9\.30: found in the tool cache/);
  });

  it('installs a version beyond the built-in table, verified by the index digest', async () => {
    const index = await serveHtml([{wheel: inTable}, {wheel: beyond}]);
    const dir = newRunnerDir();
    const result = await main(node, dir, {
      'uv-version': UV_INDEX_VERSION,
      'uv-index-url': `${index.url}/simple/`
    });
    expectOk(result);
    expectInstalled(result, dir, beyond, `${index.url}/simple/uv/`);
    expect(wheelGets(index)).toHaveLength(1);
  });
});

describe('uv from a package index', () => {
  const [{path: node}] = nodeBinaries();

  it.each([
    ['0.13', UV_INDEX_VERSION],
    ['>=0.9,<0.10', UV_VERSION],
    ['~=0.9.0', UV_VERSION]
  ])('resolves the range %p from the JSON index (PEP 691) to %s', async (range, version) => {
    // The wheels themselves come from an HTML index's file tree on another server.
    const files = await serveHtml([{wheel: inTable}, {wheel: beyond}]);
    const json = await jsonIndex([{wheel: inTable}, {wheel: beyond}], `${files.url}/files`);
    servers.push(json);
    const dir = newRunnerDir();
    const result = await main(node, dir, {'uv-version': range, 'uv-index-url': json.url});
    expectOk(result);
    const wheel = version === UV_VERSION ? inTable : beyond;
    expectInstalled(result, dir, wheel, `${json.url}/uv/`);
    expect(result.stdout).toContain(`uv ${version} (newest`);
    expect(json.headers[0].accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
    expect(wheelGets(files).map(r => r.path)).toEqual([`/files/${wheel.name}`]);
  });

  it('skips a yanked version when resolving a range, and refuses it when asked exactly', async () => {
    const index = await serveHtml([{wheel: inTable}, {wheel: beyond, yanked: true}]);
    const dir = newRunnerDir();
    const range = await main(node, dir, {
      'uv-version': '>=0.9',
      'uv-index-url': `${index.url}/simple`
    });
    expectOk(range);
    expect(range.outputs['uv-version']).toBe(UV_VERSION);

    const exact = await main(node, newRunnerDir(), {
      'uv-version': UV_INDEX_VERSION,
      'uv-index-url': `${index.url}/simple`
    });
    expect(exact.exitCode).toBe(1);
    expect(messages(exact, 'error').join('\n')).toContain(
      `has no unyanked uv ${UV_INDEX_VERSION} wheel for linux x86_64 glibc (manylinux*_x86_64); its uv ${UV_INDEX_VERSION} wheels: ${beyond.name} (yanked).`
    );
  });

  it('fails closed on a tampered wheel: nothing installed, no fallback to the release mirror', async () => {
    const stage = mkdtempSync(join(tmpdir(), 'uv-tampered-'));
    const tampered = join(stage, inTable.name);
    copyFileSync(inTable.file, tampered);
    const bytes = readFileSync(tampered);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(tampered, bytes);
    const index = await serveHtml([{wheel: inTable, file: tampered}]);
    const dir = newRunnerDir();
    const result = await main(node, dir, {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`,
      'uv-mirrors': `${mirror.url}/uv`
    });
    expect(result.exitCode).toBe(1);
    const error = messages(result, 'error').join('\n');
    expect(error).toContain(
      `Checksum mismatch for ${index.url}/files/${inTable.name}: expected sha256 ${inTable.sha256} (from the package index page ${index.url}/simple/uv/), got ${sha256(tampered)}. The file was not used.`
    );
    expect(existsSync(join(toolDir(dir, UV_VERSION), 'uv'))).toBe(false);
    expect(existsSync(join(toolDir(dir, UV_VERSION), '.ci-actions-tool.json'))).toBe(false);
    const kept = join(`${toolDir(dir, UV_VERSION)}.archive`);
    expect(existsSync(kept) ? readdirSync(kept) : []).toEqual([]);
    expect(mirror.stats.requests).toEqual([]);
  });

  it('fails closed when the index gives no digest', async () => {
    const index = await serveHtml([{wheel: inTable, noDigest: true}]);
    const result = await main(node, newRunnerDir(), {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`,
      'uv-mirrors': `${mirror.url}/uv`
    });
    expect(result.exitCode).toBe(1);
    expect(messages(result, 'error').join('\n')).toContain(
      `gives no sha256 for ${inTable.name} (neither a '#sha256=' fragment nor 'hashes.sha256'), so it cannot be verified; nothing was installed.`
    );
    expect(wheelGets(index)).toEqual([]);
    expect(mirror.stats.requests).toEqual([]);
  });

  it('retries an index that is down, then installs from the release mirror', async () => {
    const index = await serveHtml([{wheel: inTable}]);
    index.setFaults([{match: '/simple/uv/', kind: '500', times: Infinity}]);
    const dir = newRunnerDir();
    const result = await main(node, dir, {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`,
      'uv-mirrors': `${mirror.url}/uv`,
      // the repacked release archive (its own digest; the built-in one is of the published archive)
      'uv-sha256': release.sha256,
      attempts: '2'
    });
    expectOk(result);
    expect(index.stats.requests.map(r => r.path)).toEqual(['/simple/uv/', '/simple/uv/']);
    expect(messages(result, 'warning').join('\n')).toContain(
      `The index page ${index.url}/simple/uv/ could not be read: HTTP 500. Trying the release mirrors.`
    );
    expect(mirror.stats.requests.map(r => r.path)).toEqual([`/uv/${UV_VERSION}/${ARCHIVE}`]);
    expect(result.outputs['uv-version']).toBe(UV_VERSION);
    expect(execFileSync(result.outputs['uv-path'], ['--version'], {encoding: 'utf8'})).toContain(
      `uv ${UV_VERSION}`
    );
  });

  it('resolves a range against the built-in table when the index is down', async () => {
    const index = await serveHtml([{wheel: inTable}]);
    index.setFaults([{match: '/simple/uv/', kind: '404', times: Infinity}]);
    const inputs = {
      'uv-index-url': `${index.url}/simple`,
      'uv-mirrors': `${mirror.url}/uv`,
      'uv-sha256': release.sha256
    };
    const result = await main(node, newRunnerDir(), {...inputs, 'uv-version': '>=0.9.29,<0.10'});
    expectOk(result);
    expect(result.stdout).toContain(
      `uv ${UV_VERSION} (newest in '>=0.9.29,<0.10' in the built-in digest table) for ${TARGET}`
    );
    expect(mirror.stats.requests.map(r => r.path)).toEqual([`/uv/${UV_VERSION}/${ARCHIVE}`]);

    const beyondTable = await main(node, newRunnerDir(), {...inputs, 'uv-version': '0.13'});
    expect(beyondTable.exitCode).toBe(1);
    expect(messages(beyondTable, 'error').join('\n')).toContain(
      `could not be read: HTTP 404. The release mirrors cannot be tried instead: the built-in digest table knows no release in '0.13'.`
    );
  });

  it('with the index alone, names the page when it is unreachable', async () => {
    const gone = await startMirror({root: htmlIndex([{wheel: inTable}])});
    const url = gone.url;
    await gone.close();
    const result = await main(node, newRunnerDir(), {
      'uv-version': UV_VERSION,
      'uv-index-url': `${url}/simple`,
      attempts: '2'
    });
    expect(result.exitCode).toBe(1);
    expect(messages(result, 'error').join('\n')).toMatch(
      new RegExp(
        `^prepare-python: The index page ${url}/simple/uv/ could not be read: connect ECONNREFUSED .*\\. There is no release mirror to try instead \\('uv-mirrors' is 'none'\\)\\.$`
      )
    );
    expect(result.stdout).toMatch(/attempt 2 of 2/);
  });

  it('falls back to the release mirrors when the index has no wheel for the platform', async () => {
    const index = await serveHtml([]);
    const result = await main(node, newRunnerDir(), {
      'uv-version': UV_VERSION,
      'uv-index-url': `${index.url}/simple`,
      'uv-mirrors': `${mirror.url}/uv`,
      'uv-sha256': release.sha256
    });
    expectOk(result);
    expect(messages(result, 'warning').join('\n')).toContain(
      `The index page ${index.url}/simple/uv/ has no uv ${UV_VERSION} wheel (it has no uv wheel). Trying the release mirrors.`
    );
    expect(mirror.stats.requests.map(r => r.path)).toEqual([`/uv/${UV_VERSION}/${ARCHIVE}`]);
  });
});
