// Where a run spends its time, from act's log: the duration act prints after every step, summed by step over a
// run's jobs. Pure.

/** @param {string} s a Go duration as act prints it (`14.00884573s`, `637.7ms`, `1m2.5s`) @returns {number} seconds */
export function goDuration(s) {
  const unit = /** @type {Record<string, number>} */ ({
    h: 3600,
    m: 60,
    s: 1,
    ms: 1e-3,
    us: 1e-6,
    µs: 1e-6,
    ns: 1e-9
  });
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g))
    total += Number(m[1]) * unit[m[2]];
  return total;
}

/**
 * Seconds by step over a run's jobs. A composite action's inner step is left out (the action's own line counts it); matrix
 * suffixes dropped (`Install the lint session` and `Install the unit_tests session` are one step). act prints
 * no duration for `Set up job` (container creation, workspace copy): jobSpans shows it.
 * @param {string} log act's output
 * @returns {Map<string, number>}
 */
export function stepSeconds(log) {
  /** @type {Map<string, number>} */
  const out = new Map();
  for (const line of log.split('\n')) {
    const m =
      /^\[[^\]]+\]\s+(?:✅|❌)\s+(?:Success|Failure) - (.*?) \[([0-9.]+[a-zµ]+(?:[0-9.]+[a-zµ]+)*)\]\s*$/.exec(
        line
      );
    if (!m) continue;
    const step = m[1]
      .replace(/^Main sh "\$GITHUB_ACTION_PATH\/.*$/, '')
      .replace(/the (lint|typecheck|unit_tests) session/, 'the session')
      .replace(/^Main Run (lint|typecheck|unit_tests)$/, 'Main Run the session');
    if (step === '') continue;
    out.set(step, (out.get(step) ?? 0) + goDuration(m[2]));
  }
  return out;
}

/**
 * Per job, seconds from the run's start to its first and to its last line (its `🏁` line), from lines stamped as
 * they arrived.
 * @param {readonly {t: number, line: string}[]} lines t: seconds since the run started
 * @returns {Record<string, [number, number]>}
 */
export function jobSpans(lines) {
  /** @type {Record<string, [number, number]>} */
  const spans = {};
  for (const {t, line} of lines) {
    const m = /^\[[^/\]]+\/([^\]]+?)\s*\]/.exec(line);
    if (!m) continue;
    const job = m[1];
    spans[job] ??= [t, t];
    spans[job][1] = t;
  }
  return spans;
}
