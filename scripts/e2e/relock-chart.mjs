#!/usr/bin/env node
// Points a chart's Chart.lock at a chart repository whose URL changes on every run (the e2e mirror listens on a
// free port), keeping `helm dependency build` happy, and writes helm's repositories.yaml for the repository names
// used in Chart.yaml (`repository: '@name'`).
//
//   node scripts/e2e/relock-chart.mjs CHART_DIR NAME=URL... [--repository-config FILE]
//
// The committed Chart.lock records the URL the alias resolved to when it was made (canonical:
// http://127.0.0.1:8879/charts). helm checks `digest` = sha256 of the Go JSON encoding of
// [Chart.yaml dependencies with aliases resolved, Chart.lock dependencies] (internal/resolver.HashReq), so both
// the URL and the digest are rewritten. Builtins only: runs inside a workflow, where node_modules is not copied.
// Handles the simple dependency lists of the e2e fixtures (scalar name/version/repository fields).
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/**
 * The `dependencies:` list of a Chart.yaml or Chart.lock: the scalar fields of each item, in file order.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseDependencies(text) {
  /** @type {Record<string, string>[]} */
  const deps = [];
  let inList = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^dependencies:\s*$/.test(line)) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    if (/^\S/.test(line) && !line.startsWith('- ')) {
      inList = false;
      continue;
    }
    const m = /^\s*(-\s+)?([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] || deps.length === 0) deps.push({});
    deps[deps.length - 1][m[2]] = m[3].replace(/^(['"])(.*)\1$/, '$2');
  }
  return deps;
}

/**
 * Go's json.Marshal of chart.Dependency: fields in struct order, empty optional fields omitted.
 * @param {Record<string, string>} d
 */
function goDependency(d) {
  /** @type {Record<string, string>} */
  const out = {name: d.name ?? '', version: d.version ?? '', repository: d.repository ?? ''};
  if (d.condition) out.condition = d.condition;
  if (d.alias) out.alias = d.alias;
  return out;
}

/**
 * @param {Record<string, string>[]} req
 * @param {Record<string, string>[]} lock
 */
export function hashReq(req, lock) {
  const json = JSON.stringify([req.map(goDependency), lock.map(goDependency)]);
  return `sha256:${createHash('sha256').update(json).digest('hex')}`;
}

/**
 * @param {string} chartDir
 * @param {Record<string, string>} repos  name -> URL
 */
export function relock(chartDir, repos) {
  const req = parseDependencies(fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8')).map(
    d => {
      const r = d.repository ?? '';
      const name = r.startsWith('@') ? r.slice(1) : r.startsWith('alias:') ? r.slice(6) : null;
      if (name === null) return d;
      const url = repos[name];
      if (!url) throw new Error(`Chart.yaml uses repository '${r}' but no ${name}=URL was given`);
      return {...d, repository: url};
    }
  );
  const lockFile = path.join(chartDir, 'Chart.lock');
  const lockText = fs.readFileSync(lockFile, 'utf8');
  const lock = parseDependencies(lockText);
  if (lock.length !== req.length) throw new Error(`${lockFile}: dependency count differs`);
  const newLock = lock.map((d, i) => ({...d, repository: req[i].repository}));
  const lines = ['dependencies:'];
  for (const d of newLock) {
    lines.push(`- name: ${d.name}`, `  repository: ${d.repository}`, `  version: ${d.version}`);
  }
  const generated = /^generated:.*$/m.exec(lockText)?.[0] ?? 'generated: "1970-01-01T00:00:00Z"';
  lines.push(`digest: ${hashReq(req, newLock)}`, generated, '');
  fs.writeFileSync(lockFile, lines.join('\n'));
  return {lock: newLock, digest: hashReq(req, newLock)};
}

/** @param {Record<string, string>} repos */
export function repositoriesYaml(repos) {
  const lines = ['apiVersion: ""', 'generated: "0001-01-01T00:00:00Z"', 'repositories:'];
  for (const [name, url] of Object.entries(repos)) lines.push(`- name: ${name}`, `  url: ${url}`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && path.basename(process.argv[1]) === 'relock-chart.mjs') {
  const args = process.argv.slice(2);
  const dir = args.shift();
  /** @type {Record<string, string>} */
  const repos = {};
  let config = '';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--repository-config') config = args[++i] ?? '';
    else {
      const j = args[i].indexOf('=');
      if (j <= 0) throw new Error(`expected NAME=URL, got ${args[i]}`);
      repos[args[i].slice(0, j)] = args[i].slice(j + 1);
    }
  }
  if (!dir) {
    process.stderr.write(
      'usage: relock-chart.mjs CHART_DIR NAME=URL... [--repository-config FILE]\n'
    );
    process.exit(2);
  }
  const r = relock(dir, repos);
  if (config) {
    fs.mkdirSync(path.dirname(config), {recursive: true});
    fs.writeFileSync(config, repositoriesYaml(repos));
  }
  process.stdout.write(
    `relock-chart: ${dir}: ${r.lock.map(d => `${d.name} ${d.version} from ${d.repository}`).join(', ')}; ${r.digest}\n`
  );
}
