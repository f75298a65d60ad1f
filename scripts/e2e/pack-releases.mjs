#!/usr/bin/env node
// Packs the real binaries built by scripts/e2e/tools.sh into the UPSTREAM release layouts under $C/mirror/,
// with the upstream checksum files, so scripts/lib/mirror.mjs can serve them on 127.0.0.1:
//
//   helm/helm-v{V}-linux-amd64.tar.gz (+ .sha256sum "<hex>  <name>", .sha256 "<hex>")  inner linux-amd64/{helm,LICENSE,README.md}
//   helm/helm3-latest-version                                                        "v{V}"
//   kubeconform/v{V}/kubeconform-linux-amd64.tar.gz (+ CHECKSUMS, goreleaser format)   inner kubeconform, LICENSE
//   uv/{V}/uv-x86_64-unknown-linux-gnu.tar.gz (+ .sha256 "<hex>  <name>")              inner uv-x86_64-unknown-linux-gnu/{uv,uvx}
//   wheels/*.whl                                                                      the wheelhouse (nox, deps, demo packages)
//   pypi/uv/index.html                                                                PEP 503 page of the wheelhouse's uv
//                                                                                     wheels (real, untouched: `#sha256=`)
//   manifest.json                                                                     every archive: tool, version, path, sha256, size
//
// Our archives are rebuilt, so their digests differ from the published upstream ones; tests take the digest
// from manifest.json or from the mirror's checksum files. The uv wheels behind pypi/ are PyPI's own files. Archives are deterministic (sorted names, mtime 0,
// owner 0:0, gzip -n), so digests are stable across runs for the same binaries.
//
// usage: node scripts/e2e/pack-releases.mjs [--no-install] [--force] [--json]
// Plain Node ESM, builtins only; shells out to tar and gzip.
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// Bumped when the layout of $C/mirror changes, so a root packed by an older version is repacked.
const LAYOUT = 2;
const TOOLS_SH = path.join(HERE, 'tools.sh');

/** @param {string} msg */
const log = msg => process.stderr.write(`[pack] ${msg}\n`);

/** @returns {Record<string, string>} */
function pins() {
  const out = execFileSync('bash', [TOOLS_SH, 'versions'], {encoding: 'utf8'});
  /** @type {Record<string, string>} */
  const v = {};
  for (const line of out.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) v[line.slice(0, i)] = line.slice(i + 1);
  }
  return v;
}

/** @param {string} file */
const sha256File = file => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Read one member of a zip file (stored or deflated), builtins only.
 * @param {string} zipPath
 * @param {(name: string) => boolean} want
 * @returns {Map<string, Buffer>}
 */
export function readZipMembers(zipPath, want) {
  const buf = fs.readFileSync(zipPath);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zipPath}: not a zip file`);
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  /** @type {Map<string, Buffer>} */
  const out = new Map();
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory`);
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOff = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!want(name)) continue;
    const lNameLen = buf.readUInt16LE(localOff + 26);
    const lExtraLen = buf.readUInt16LE(localOff + 28);
    const start = localOff + 30 + lNameLen + lExtraLen;
    const data = buf.subarray(start, start + compSize);
    if (method === 0) out.set(name, Buffer.from(data));
    else if (method === 8) out.set(name, zlib.inflateRawSync(data));
    else throw new Error(`${zipPath}: ${name}: unsupported compression ${method}`);
  }
  return out;
}

/**
 * Deterministic tar.gz of `entries` (relative to `dir`).
 * @param {string} dir
 * @param {string[]} entries
 * @param {string} out
 */
function tarGz(dir, entries, out) {
  fs.mkdirSync(path.dirname(out), {recursive: true});
  const tmp = `${out}.tmp`;
  const cmd =
    'set -o pipefail; tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu ' +
    '--mode=u+w,go-w,a+rX -cf - -C "$1" "${@:3}" | gzip -n > "$2"';
  const r = spawnSync('bash', ['-c', cmd, 'tar', dir, tmp, ...entries], {
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (r.status !== 0) throw new Error(`tar failed for ${out}`);
  fs.renameSync(tmp, out);
}

/**
 * @param {string} stage
 * @param {string} rel
 * @param {Buffer | string} from  a Buffer with the content, or a path to copy
 * @param {number} mode
 */
function put(stage, rel, from, mode) {
  const dest = path.join(stage, rel);
  fs.mkdirSync(path.dirname(dest), {recursive: true});
  if (typeof from === 'string') fs.copyFileSync(from, dest);
  else fs.writeFileSync(dest, from);
  fs.chmodSync(dest, mode);
}

/** @param {string} p */
function need(p) {
  if (!fs.existsSync(p)) throw new Error(`missing ${p}: run scripts/e2e/tools.sh first`);
  return p;
}

/**
 * @param {{install?: boolean, force?: boolean}} [opts]
 */
export function packReleases(opts = {}) {
  const t0 = Date.now();
  if (opts.install !== false) {
    execFileSync('bash', [TOOLS_SH, 'helm', 'kubeconform', 'uv', 'nox', 'wheels'], {
      stdio: ['ignore', 2, 2]
    });
  }
  const v = pins();
  const C = v.CI_ACTIONS_CACHE;
  const mirror = path.join(C, 'mirror');
  const bin = path.join(C, 'bin');
  const mod = path.join(C, 'go', 'pkg', 'mod');
  const wheels = path.join(C, 'wheels');
  const helmV = v.HELM_VERSION.replace(/^v/, '');
  const kcV = v.KUBECONFORM_VERSION.replace(/^v/, '');
  const uvV = v.UV_VERSION;

  const uvWheel = fs
    .readdirSync(need(wheels))
    .find(
      f =>
        f.startsWith(`uv-${uvV}-`) &&
        f.includes('manylinux') &&
        f.includes('x86_64') &&
        f.endsWith('.whl')
    );
  if (!uvWheel) throw new Error(`no uv ${uvV} manylinux x86_64 wheel in ${wheels}`);

  // Fingerprint of the inputs: skip the work when nothing changed and every output is present.
  const inputs = [
    path.join(bin, 'helm'),
    path.join(bin, 'kubeconform'),
    path.join(wheels, uvWheel),
    ...fs
      .readdirSync(wheels)
      .filter(f => f.endsWith('.whl'))
      .map(f => path.join(wheels, f))
  ];
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        LAYOUT,
        v,
        inputs.map(f => [f, fs.statSync(need(f)).size, fs.statSync(f).mtimeMs])
      ])
    )
    .digest('hex');
  const manifestPath = path.join(mirror, 'manifest.json');
  if (!opts.force && fs.existsSync(manifestPath)) {
    try {
      const old = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      if (
        old.fingerprint === fingerprint &&
        old.archives.every((/** @type {{path: string}} */ a) =>
          fs.existsSync(path.join(mirror, a.path))
        )
      ) {
        log(`reused ${mirror} (inputs unchanged) ${Date.now() - t0}ms`);
        return old;
      }
    } catch {
      // repack
    }
  }

  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-actions-pack-'));
  /** @type {{tool: string, version: string, path: string, sha256: string, size: number, checksumFiles: string[], baseUrlPath: string}[]} */
  const archives = [];
  try {
    // ---- helm ---------------------------------------------------------------------------------------
    {
      const helmSrc = path.join(mod, 'helm.sh', 'helm', `v3@v${helmV}`);
      const s = path.join(stage, 'helm');
      put(s, 'linux-amd64/helm', need(path.join(bin, 'helm')), 0o755);
      put(s, 'linux-amd64/LICENSE', need(path.join(helmSrc, 'LICENSE')), 0o644);
      put(s, 'linux-amd64/README.md', need(path.join(helmSrc, 'README.md')), 0o644);
      const name = `helm-v${helmV}-linux-amd64.tar.gz`;
      const out = path.join(mirror, 'helm', name);
      tarGz(s, ['linux-amd64'], out);
      const hex = sha256File(out);
      fs.writeFileSync(`${out}.sha256sum`, `${hex}  ${name}\n`);
      fs.writeFileSync(`${out}.sha256`, `${hex}\n`);
      fs.writeFileSync(path.join(mirror, 'helm', 'helm3-latest-version'), `v${helmV}\n`);
      archives.push({
        tool: 'helm',
        version: helmV,
        path: `helm/${name}`,
        sha256: hex,
        size: fs.statSync(out).size,
        checksumFiles: [`helm/${name}.sha256sum`, `helm/${name}.sha256`],
        baseUrlPath: '/helm'
      });
    }
    // ---- kubeconform --------------------------------------------------------------------------------
    {
      const kcSrc = path.join(mod, 'github.com', 'yannh', `kubeconform@v${kcV}`);
      const s = path.join(stage, 'kubeconform');
      put(s, 'kubeconform', need(path.join(bin, 'kubeconform')), 0o755);
      put(s, 'LICENSE', need(path.join(kcSrc, 'LICENSE')), 0o644);
      const name = 'kubeconform-linux-amd64.tar.gz';
      const rel = `kubeconform/v${kcV}`;
      const out = path.join(mirror, rel, name);
      tarGz(s, ['LICENSE', 'kubeconform'], out);
      const hex = sha256File(out);
      fs.writeFileSync(path.join(mirror, rel, 'CHECKSUMS'), `${hex}  ${name}\n`);
      archives.push({
        tool: 'kubeconform',
        version: kcV,
        path: `${rel}/${name}`,
        sha256: hex,
        size: fs.statSync(out).size,
        checksumFiles: [`${rel}/CHECKSUMS`],
        baseUrlPath: '/kubeconform'
      });
    }
    // ---- uv -----------------------------------------------------------------------------------------
    {
      const target = 'uv-x86_64-unknown-linux-gnu';
      const members = readZipMembers(path.join(wheels, uvWheel), n =>
        /\.data\/scripts\/(uv|uvx)$/.test(n)
      );
      const pick = (/** @type {string} */ b) =>
        [...members].find(([n]) => n.endsWith(`/scripts/${b}`))?.[1];
      const uv = pick('uv');
      const uvx = pick('uvx');
      if (!uv || !uvx) throw new Error(`${uvWheel}: uv/uvx not found under *.data/scripts/`);
      const s = path.join(stage, 'uv');
      put(s, `${target}/uv`, uv, 0o755);
      put(s, `${target}/uvx`, uvx, 0o755);
      const name = `${target}.tar.gz`;
      const rel = `uv/${uvV}`;
      const out = path.join(mirror, rel, name);
      tarGz(s, [target], out);
      const hex = sha256File(out);
      fs.writeFileSync(`${out}.sha256`, `${hex}  ${name}\n`);
      archives.push({
        tool: 'uv',
        version: uvV,
        path: `${rel}/${name}`,
        sha256: hex,
        size: fs.statSync(out).size,
        checksumFiles: [`${rel}/${name}.sha256`],
        baseUrlPath: '/uv'
      });
    }
    // ---- wheelhouse ---------------------------------------------------------------------------------
    const wh = path.join(mirror, 'wheels');
    fs.rmSync(wh, {recursive: true, force: true});
    fs.mkdirSync(wh, {recursive: true});
    const wheelFiles = fs
      .readdirSync(wheels)
      .filter(f => f.endsWith('.whl'))
      .sort();
    for (const f of wheelFiles) {
      try {
        fs.linkSync(path.join(wheels, f), path.join(wh, f));
      } catch {
        fs.copyFileSync(path.join(wheels, f), path.join(wh, f));
      }
    }

    // A simple index of uv alone (PEP 503): the real wheels, linked as ../../wheels/<file>#sha256=<hex>.
    const wheelhouse = wheelFiles.map(f => ({name: f, sha256: sha256File(path.join(wh, f))}));
    const uvWheels = wheelhouse.filter(w => /^uv-\d[^-]*-.+\.whl$/.test(w.name));
    const page = path.join(mirror, 'pypi', 'uv', 'index.html');
    fs.mkdirSync(path.dirname(page), {recursive: true});
    fs.writeFileSync(
      page,
      `<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.0"><title>Links for uv</title></head><body>\n<h1>Links for uv</h1>\n${uvWheels
        .map(w => `<a href="../../wheels/${w.name}#sha256=${w.sha256}">${w.name}</a><br>`)
        .join('\n')}\n</body></html>\n`
    );

    const manifest = {
      generated: new Date().toISOString(),
      fingerprint,
      root: mirror,
      note: 'Rebuilt archives: digests differ from the published upstream digests.',
      versions: {helm: helmV, kubeconform: kcV, uv: uvV, nox: v.NOX_VERSION},
      archives,
      wheelhouse: {path: 'wheels', files: wheelhouse},
      uvIndex: {path: 'pypi', wheels: uvWheels}
    };
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    log(
      `packed ${archives.map(a => `${a.tool} ${a.version}`).join(', ')} + ${wheelFiles.length} wheels into ${mirror} ${Date.now() - t0}ms`
    );
    return manifest;
  } finally {
    fs.rmSync(stage, {recursive: true, force: true});
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    const m = packReleases({
      install: !args.includes('--no-install'),
      force: args.includes('--force')
    });
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
    else for (const a of m.archives) process.stdout.write(`${a.sha256}  ${a.path}\n`);
  } catch (e) {
    log(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
