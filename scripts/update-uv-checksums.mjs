#!/usr/bin/env node
// Regenerates actions/prepare-python/src/known-checksums.json, the built-in table of published uv
// release-archive digests, from a JSON file of the form {"<target>-<version>": "<sha256>"} (the format of
// setup-uv's known-checksums.json and of the project's reference copy).
//
//   node scripts/update-uv-checksums.mjs SOURCE           rewrite the table from SOURCE
//   node scripts/update-uv-checksums.mjs --check SOURCE   fail when the committed table differs
//
// Every entry is validated (target triple, x.y.z version, 64 hex digits); the output is sorted by
// target then by version so that a new uv release shows as a small diff. Run it, review the diff
// (new versions only, no changed digest for an existing version), rebuild dist/ and commit both.
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'actions', 'prepare-python', 'src', 'known-checksums.json');
const args = process.argv.slice(2);
const check = args.includes('--check');
const source = args.find(arg => !arg.startsWith('--'));
if (!source) {
  console.error(
    'usage: node scripts/update-uv-checksums.mjs [--check] SOURCE (a known-checksums.json)'
  );
  process.exit(2);
}

const KEY = /^([a-z0-9_]+(?:-[a-z0-9_]+){2,3})-(\d+\.\d+\.\d+)$/;
const HEX = /^[0-9a-f]{64}$/;

const compareVersions = (a, b) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

const input = JSON.parse(readFileSync(source, 'utf8'));
const rows = [];
for (const [key, digest] of Object.entries(input)) {
  const match = KEY.exec(key);
  if (!match) throw new Error(`${source}: malformed key '${key}'`);
  if (typeof digest !== 'string' || !HEX.test(digest.toLowerCase())) {
    throw new Error(`${source}: '${key}' has no sha256 digest`);
  }
  rows.push({target: match[1], version: match[2], digest: digest.toLowerCase()});
}
rows.sort((a, b) => a.target.localeCompare(b.target) || compareVersions(a.version, b.version));
const table = Object.fromEntries(rows.map(r => [`${r.target}-${r.version}`, r.digest]));
const text = `${JSON.stringify(table, null, 2)}\n`;

const versions = [...new Set(rows.map(r => r.version))].sort(compareVersions);
const summary = `${rows.length} digests, ${versions.length} versions (${versions[0]} .. ${versions.at(-1)})`;

let before = '';
try {
  before = readFileSync(OUT, 'utf8');
} catch {
  // first run
}
if (before) {
  // A published digest never changes: refuse to overwrite one silently.
  const old = JSON.parse(before);
  for (const [key, digest] of Object.entries(old)) {
    if (table[key] !== undefined && table[key] !== digest) {
      throw new Error(`digest of ${key} changed from ${digest} to ${table[key]}: refusing`);
    }
  }
}
if (check) {
  if (before !== text) {
    console.error(`${OUT} is stale: run 'node scripts/update-uv-checksums.mjs'`);
    process.exit(1);
  }
  console.log(`${OUT} is current: ${summary}`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${summary}`);
}
