// The fault rate p that makes a workflow fail a given share of runs, from the fetches of a fault-free run.
// Pure. Model: each request fails independently with probability p, its kind drawn evenly from the injected
// kinds; a client makes up to `attempts` tries and retries only a share `retried` of the kinds (the rest fail
// the fetch at once: pip, for one, takes a 429 on an index page as "no versions"). A fetch then succeeds with
//   q(p) = (1 - p) * sum_{k < attempts} (p * retried)^k
// and a run survives when every fetch does: S(p) = prod over groups of q(p)^count. S falls monotonically from
// 1 (p = 0) to 0 (p = 1), so S(p) = 1 - failRate has one root: found by bisection.

/** @typedef {{client: string, attempts: number, retried: number, count: number}} FetchGroup */

/** @param {number} p @param {readonly FetchGroup[]} groups */
export function survival(p, groups) {
  let logS = 0;
  for (const g of groups) {
    if (g.count === 0) continue;
    let q = 0;
    for (let k = 0; k < g.attempts; k++) q += (p * g.retried) ** k;
    q *= 1 - p;
    if (q <= 0) return 0;
    logS += g.count * Math.log(Math.min(1, q));
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

/** The fault kinds the lab injects in the independent model, drawn evenly. */
export const KINDS = Object.freeze(['503', '429', 'reset', 'truncate', 'stall']);

/**
 * What each client of before.yml does per fetch, as the lab's logs show it: apt retries every failure
 * (Acquire::Retries 3 since apt 2.3); pip retries a 503 5 times, but a 429 or a cut index page is "no versions"
 * and a reset, cut or stalled wheel body ends the install ("Connection broken"); uv retries transient errors 3
 * times; curl without --retry, helm and kubeconform do not retry.
 */
export const CLIENTS = Object.freeze({
  apt: {attempts: 4, retries: KINDS},
  pip: {attempts: 6, retries: ['503']},
  uv: {attempts: 4, retries: KINDS},
  curl: {attempts: 1, retries: []},
  helm: {attempts: 1, retries: []},
  kubeconform: {attempts: 1, retries: []}
});

/**
 * Groups the requests of a fault-free run by client (there every request is one fetch).
 * @param {readonly {path: string, agent: string}[]} requests
 * @param {(request: {path: string, agent: string}) => string | null} clientOf  null: not counted
 * @param {Readonly<Record<string, {attempts: number, retries: readonly string[]}>>} [clients]
 * @param {readonly string[]} [kinds]  the injected kinds
 * @returns {FetchGroup[]}  a client not in `clients` counts as one attempt
 */
export function fetchGroups(requests, clientOf, clients = CLIENTS, kinds = KINDS) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const r of requests) {
    const client = clientOf(r);
    if (client !== null) counts.set(client, (counts.get(client) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([client, count]) => {
      const c = clients[client] ?? {attempts: 1, retries: []};
      const retried = kinds.filter(k => c.retries.includes(k)).length / kinds.length;
      return {client, attempts: c.attempts, retried, count};
    });
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
