#!/usr/bin/env node
// A PEP 503 simple index over directories of wheels, for `uv/pip --index-url <mirror>/simple/`.
//
//   node scripts/e2e/pypi-index.mjs --out DIR --wheels DIR[:DIR...]
//
// Layout: DIR/index.html lists the projects; DIR/<normalized-name>/index.html links each of its wheels as
// `<file>#sha256=<hex>`, and DIR/<normalized-name>/<file> is a symbolic link to the wheel, so the index is
// served as it stands by scripts/lib/mirror.mjs (which follows links). Each wheel's METADATA is served beside it
// as `<file>.metadata` (PEP 658/714, `data-dist-info-metadata`/`data-core-metadata`), with `data-requires-python`,
// so resolvers read a few kB instead of downloading a wheel twice (the mirror answers no Range requests). The first directory wins when two hold
// the same file name. Rebuilt only when the set of wheels (name, size, mtime) changes; prints reused/built.
import {createHash} from 'node:crypto';
import {createReadStream, promises as fsp} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {inflateRawSync} from 'node:zlib';

// Bumped when the generated layout changes, so an index made by an older version is rebuilt.
const FORMAT = 2;

/** PEP 503 normalization of a project name. */
export function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The project name of a wheel file name (PEP 427: `{distribution}-{version}(-{build})?-{py}-{abi}-{plat}.whl`). */
export function wheelProject(file) {
  const parts = file.slice(0, -'.whl'.length).split('-');
  if (parts.length < 5 || parts.length > 6) return null;
  return normalizeName(parts[0]);
}

const escapeHtml = s =>
  s.replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

const page = (title, links) =>
  `<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.0"><title>${escapeHtml(title)}</title></head><body>\n<h1>${escapeHtml(title)}</h1>\n${links.join('\n')}\n</body></html>\n`;

/** The `*.dist-info/METADATA` member of a wheel (a zip file), or null. */
export async function wheelMetadata(file) {
  const data = await fsp.readFile(file);
  // End of central directory: the last signature 0x06054b50 (a comment may follow it).
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && data.readUInt32LE(at) === 0x02014b50; n++) {
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const nameLen = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (!/^[^/]+\.dist-info\/METADATA$/.test(name)) continue;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressed);
    if (method === 0) return Buffer.from(raw);
    if (method === 8) return inflateRawSync(raw);
    return null;
  }
  return null;
}

async function sha256(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

/** @returns {Promise<{file: string, name: string, project: string, size: number, mtimeMs: number}[]>} */
async function listWheels(dirs) {
  const seen = new Map();
  for (const dir of dirs) {
    let names;
    try {
      names = await fsp.readdir(dir);
    } catch (err) {
      if (err.code === 'ENOENT')
        throw new Error(`wheel directory ${dir} does not exist`, {cause: err});
      throw err;
    }
    for (const name of names.sort()) {
      if (!name.endsWith('.whl') || seen.has(name)) continue;
      const project = wheelProject(name);
      if (!project) continue;
      const file = path.resolve(dir, name);
      const st = await fsp.stat(file);
      if (!st.isFile()) continue;
      seen.set(name, {file, name, project, size: st.size, mtimeMs: Math.trunc(st.mtimeMs)});
    }
  }
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export async function buildIndex(out, dirs) {
  const wheels = await listWheels(dirs);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([FORMAT, wheels.map(w => [w.file, w.size, w.mtimeMs])]))
    .digest('hex');
  const previous = await fsp.readFile(path.join(out, '.fingerprint'), 'utf8').catch(() => '');
  if (previous.trim() === fingerprint) return {reused: true, wheels: wheels.length};

  const tmp = `${out}.tmp-${process.pid}`;
  await fsp.rm(tmp, {recursive: true, force: true});
  await fsp.mkdir(tmp, {recursive: true});
  const byProject = new Map();
  for (const w of wheels) {
    if (!byProject.has(w.project)) byProject.set(w.project, []);
    byProject.get(w.project).push(w);
  }
  const projects = [...byProject.keys()].sort();
  for (const project of projects) {
    const dir = path.join(tmp, project);
    await fsp.mkdir(dir);
    const links = [];
    for (const w of byProject.get(project)) {
      await fsp.symlink(w.file, path.join(dir, w.name));
      const href = `${encodeURIComponent(w.name)}#sha256=${await sha256(w.file)}`;
      let attrs = '';
      const metadata = await wheelMetadata(w.file);
      if (metadata) {
        await fsp.writeFile(path.join(dir, `${w.name}.metadata`), metadata);
        const digest = createHash('sha256').update(metadata).digest('hex');
        attrs = ` data-dist-info-metadata="sha256=${digest}" data-core-metadata="sha256=${digest}"`;
        const requires = /^Requires-Python:\s*(.+?)\s*$/im.exec(metadata.toString('utf8'))?.[1];
        if (requires) attrs += ` data-requires-python="${escapeHtml(requires)}"`;
      }
      links.push(`<a href="${escapeHtml(href)}"${attrs}>${escapeHtml(w.name)}</a><br>`);
    }
    await fsp.writeFile(path.join(dir, 'index.html'), page(`Links for ${project}`, links));
  }
  await fsp.writeFile(
    path.join(tmp, 'index.html'),
    page(
      'Simple index',
      projects.map(p => `<a href="${escapeHtml(p)}/">${escapeHtml(p)}</a><br>`)
    )
  );
  await fsp.writeFile(path.join(tmp, '.fingerprint'), `${fingerprint}\n`);
  await fsp.rm(out, {recursive: true, force: true});
  await fsp.rename(tmp, out);
  return {reused: false, wheels: wheels.length, projects: projects.length};
}

async function main(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!['--out', '--wheels'].includes(argv[i]) || i + 1 >= argv.length)
      throw new Error(`bad argument ${argv[i]} (usage: --out DIR --wheels DIR[:DIR...])`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  if (!args.out || !args.wheels) throw new Error('usage: --out DIR --wheels DIR[:DIR...]');
  const dirs = args.wheels.split(':').filter(Boolean);
  const r = await buildIndex(path.resolve(args.out), dirs);
  console.error(
    r.reused
      ? `[pypi-index] reused (${r.wheels} wheels unchanged)`
      : `[pypi-index] built (${r.wheels} wheels, ${r.projects} projects from ${dirs.join(', ')})`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch(err => {
    console.error(`pypi-index: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
