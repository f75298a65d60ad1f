// The fault rate p that makes a workflow fail a given share of runs, from the fetches of a fault-free run.
// Pure. Model: each request fails independently with probability p; a fetch whose client makes `attempts`
// tries fails only when every try fails (p^attempts); a run survives when every fetch does:
//   S(p) = prod over groups of (1 - p^attempts)^count.
// S falls monotonically from 1 (p = 0) to 0 (p = 1), so S(p) = 1 - failRate has one root: found by bisection.

/** @typedef {{client: string, attempts: number, count: number}} FetchGroup */

/** @param {number} p @param {readonly FetchGroup[]} groups */
export function survival(p, groups) {
  let logS = 0;
  for (const g of groups) {
    if (g.count === 0) continue;
    const fail = p ** g.attempts;
    if (fail >= 1) return 0;
    logS += g.count * Math.log1p(-fail);
  }
  return Math.exp(logS);
}

/**
 * @param {number} failRate wanted share of failed runs, 0 < failRate < 1
 * @param {readonly FetchGroup[]} groups
 * @returns {number} p, to 4 significant digits
 */
export function calibrate(failRate, groups) {
  if (!(failRate > 0 && failRate < 1))
    throw new Error(`failRate must be in (0, 1), got ${failRate}`);
  if (!groups.some(g => g.count > 0)) throw new Error('no fetches to calibrate on');
  const target = 1 - failRate;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (survival(mid, groups) > target) lo = mid;
    else hi = mid;
  }
  return Number(((lo + hi) / 2).toPrecision(4));
}

/**
 * Attempts each client of before.yml makes per fetch, by default: apt (Acquire::Retries 3 since apt 2.3),
 * pip (5 retries), uv (UV_HTTP_RETRIES 3), curl without --retry, helm and kubeconform (none).
 */
export const DEFAULT_ATTEMPTS = Object.freeze({
  apt: 4,
  pip: 6,
  uv: 4,
  curl: 1,
  helm: 1,
  kubeconform: 1
});

/**
 * Groups the requests of a fault-free run by client (there every request is one fetch).
 * @param {readonly {path: string, agent: string}[]} requests
 * @param {(request: {path: string, agent: string}) => string | null} clientOf  null: not counted
 * @param {Readonly<Record<string, number>>} [attempts]
 * @returns {FetchGroup[]}
 */
export function fetchGroups(requests, clientOf, attempts = DEFAULT_ATTEMPTS) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const r of requests) {
    const client = clientOf(r);
    if (client !== null) counts.set(client, (counts.get(client) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([client, count]) => ({client, attempts: attempts[client] ?? 1, count}));
}

/**
 * The client of a request, from its User-Agent.
 * @param {{path: string, agent: string}} request
 * @returns {string}
 */
export function clientOf(request) {
  const a = request.agent;
  if (/APT-HTTP/i.test(a)) return 'apt';
  if (/^pip\//.test(a)) return 'pip';
  if (/^uv\//.test(a)) return 'uv';
  if (/^curl\//.test(a)) return 'curl';
  if (/^Helm\//i.test(a)) return 'helm';
  if (/Go-http-client/.test(a)) return 'kubeconform';
  return 'other';
}
