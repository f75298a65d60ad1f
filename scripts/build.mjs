// Bundles every action entry (actions/<name>/src/{main,post}.ts) with ncc into dist/<name>/<entry>/.
// `node scripts/build.mjs` deletes dist/ first and records a digest of the sources it bundled in
// dist/sources.sha256; `node scripts/build.mjs --check` fails when the sources no longer match it
// (npm test runs that, so tests never run a bundle that was not rebuilt);
// `node scripts/build.mjs <name>...` rebuilds only those and leaves the digest alone.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {patchDeps} from './patch-deps.mjs';

const ENTRIES = ['main', 'post'];
const DIGEST_FILE = join('dist', 'sources.sha256');
// What ncc reads: the entries and everything they import (sources, dependencies, compiler settings).
const INPUT_ROOTS = [
  'actions',
  'packages',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/patch-deps.mjs'
];

function inputFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter(name => name !== 'node_modules')
    .flatMap(name => inputFiles(join(path, name)))
    .filter(file => /\.(ts|json|mjs)$/.test(file));
}

function sourcesDigest() {
  const hash = createHash('sha256');
  for (const file of INPUT_ROOTS.flatMap(inputFiles).sort()) {
    hash.update(`${file}\0${createHash('sha256').update(readFileSync(file)).digest('hex')}\n`);
  }
  return hash.digest('hex');
}

const args = process.argv.slice(2);
if (args.includes('--check')) {
  const recorded = existsSync(DIGEST_FILE) ? readFileSync(DIGEST_FILE, 'utf8').trim() : '(none)';
  if (recorded !== sourcesDigest()) {
    console.error(
      `dist/ was built from other sources (${DIGEST_FILE}: ${recorded}); run 'npm run build' first.`
    );
    process.exit(1);
  }
  process.exit(0);
}

patchDeps();
const actions = readdirSync('actions').filter(name => args.length === 0 || args.includes(name));
if (args.length === 0) rmSync('dist', {recursive: true, force: true});
for (const name of actions) {
  for (const entry of ENTRIES) {
    const source = join('actions', name, 'src', `${entry}.ts`);
    if (!existsSync(source)) continue;
    const out = join('dist', name, entry);
    rmSync(out, {recursive: true, force: true});
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        source,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--quiet'
      ],
      {stdio: 'inherit'}
    );
    console.log(`built ${out}/index.js`);
  }
}
if (args.length === 0) writeFileSync(DIGEST_FILE, `${sourcesDigest()}\n`);
