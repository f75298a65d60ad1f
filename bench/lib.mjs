// Shared by the benchmarks: a runner-like environment and Node's own start as the baseline.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * The environment a runner gives a step: PATH and HOME, nothing of this shell's. Variables such
 * as NODE_EXTRA_CA_CERTS (set on some machines) cost Node 30 ms at start and would skew both sides.
 */
export function runnerEnv(extra = {}) {
  return {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...extra};
}

/** An empty ES module: `node <it>` is Node's own start, loader included, as for a bundle. */
export function emptyModule() {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'empty.mjs');
  writeFileSync(file, '');
  return file;
}

/**
 * A preload (`node -r <it>`) that writes the process's peak RSS in KiB (Linux: maxRSS) to the file
 * named by BENCH_RSS_FILE when it exits, so a bench can report a child's peak memory.
 */
export function peakRssPreload() {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-rss-')), 'rss.cjs');
  writeFileSync(
    file,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n"
  );
  return file;
}

export const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function describe(xs) {
  const f = ms => `${ms.toFixed(1)} ms`;
  return `median ${f(median(xs))}  (min ${f(Math.min(...xs))}, max ${f(Math.max(...xs))})`;
}
