// The lab's table and final line. Pure.
import {CAUSES} from './classify.mjs';
import {median, quantile} from './stats.mjs';

/**
 * @typedef {object} RunResult
 * @property {boolean} completed
 * @property {string | null} cause  null when completed; one of CAUSES, 'tests' or 'other'
 * @property {number} seconds
 * @property {number} requests
 * @property {number} faults
 * @property {number} absorbed
 */

/** @param {number | null} s */
const secs = s => (s === null ? '-' : `${Math.round(s)}s`);

/**
 * One row per cell.
 * @param {string} workflow @param {string} event @param {string} model @param {readonly RunResult[]} runs
 */
export function row(workflow, event, model, runs) {
  const times = runs.map(r => r.seconds);
  /** @type {Record<string, number>} */
  const byCause = Object.fromEntries(CAUSES.map(c => [c, 0]));
  let later = 0;
  for (const r of runs) {
    if (r.completed || r.cause === null) continue;
    if (r.cause in byCause) byCause[r.cause] += 1;
    else later += 1;
  }
  const sum = (/** @type {(r: RunResult) => number} */ f) => runs.reduce((a, r) => a + f(r), 0);
  return {
    workflow,
    event,
    model,
    runs: runs.length,
    completed: runs.filter(r => r.completed).length,
    byCause,
    later,
    median: median(times),
    p95: quantile(times, 0.95),
    requests: sum(r => r.requests),
    faults: sum(r => r.faults),
    absorbed: sum(r => r.absorbed)
  };
}

const HEAD = [
  'workflow',
  'event',
  'model',
  'runs',
  'completed',
  ...CAUSES,
  'tests/other',
  'median',
  'p95',
  'requests',
  'faults',
  'retries absorbed'
];

/** @param {readonly ReturnType<typeof row>[]} rows @returns {string} a Markdown table */
export function formatTable(rows) {
  const cells = rows.map(r => [
    r.workflow,
    r.event,
    r.model,
    String(r.runs),
    String(r.completed),
    ...CAUSES.map(c => String(r.byCause[c])),
    String(r.later),
    secs(r.median),
    secs(r.p95),
    String(r.requests),
    String(r.faults),
    String(r.absorbed)
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
  const line = (/** @type {string[]} */ c) =>
    `| ${c.map((v, i) => (i < 3 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 3 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(HEAD), rule, ...cells.map(line)].join('\n');
}

/**
 * `lab: before X/N completed, after Y/N completed (model M, p P, window W s)`
 * @param {{completed: number, runs: number}} before @param {{completed: number, runs: number}} after
 * @param {string} model @param {number} p @param {number} window
 */
export function finalLine(before, after, model, p, window) {
  return `lab: before ${before.completed}/${before.runs} completed, after ${after.completed}/${after.runs} completed (model ${model}, p ${p}, window ${window} s)`;
}
