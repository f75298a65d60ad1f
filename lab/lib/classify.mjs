// Why a workflow run failed, from act's log. Pure.
// A cause "before any test ran" is one of CAUSES; a failure in a step that runs the checks themselves is 'tests'
// (a real failure, not a flake of the set-up), anything else 'other'.

export const CAUSES = Object.freeze([
  'apt',
  'tool download',
  'Python dependencies',
  'secrets',
  'cache'
]);

const SECRETS =
  /401 Unauthorized|AuthenticationError|is empty or unset|secret-guard: .*missing|required secret/i;
const PY_NETWORK =
  /Failed to (download|fetch)|error sending request|Request failed after|Connection (reset|refused)|HTTP status (server|client) error|ReadTimeout|Max retries exceeded|No matching distribution|Could not find a version|failed to read from file|operation timed out|IncompleteRead|ProtocolError/i;
// helm dependency build or kubeconform's schema fetch failing, not a rendering or validation finding
const CHART_OR_SCHEMA =
  /Get "http|could not download|failed to (download|fetch)|Unable to get an update|no such host|connection (refused|reset)|could not find|error while downloading|Service Unavailable|Too Many Requests|unexpected EOF/i;
const CACHE =
  /cache service|Failed to (save|restore)|ACTIONS_CACHE_URL|reserveCache|getCacheEntry|cache (server|entry)/i;

/**
 * The cause of one failed step.
 * @param {string} step  the step's name as act prints it (e.g. `Main Install OS packages`)
 * @param {string} text  the step's output
 * @returns {string} one of CAUSES, 'tests' or 'other'
 */
export function stepCause(step, text) {
  const name = step.replace(/^(Main|Post|Pre)\s+/, '');
  const post = /^Post\s/.test(step);
  if (post && CACHE.test(text)) return 'cache';
  if (/Install OS packages|apt-get|bootstrap/i.test(name)) return 'apt';
  if (/secret-guard/.test(name)) return 'secrets';
  if (/Download helm|setup-helm-kubeconform/.test(name))
    return CACHE.test(text) ? 'cache' : 'tool download';
  if (/Install uv and nox|prepare-python|--install-only|Install the .* session/.test(name)) {
    return CACHE.test(text) && !PY_NETWORK.test(text) ? 'cache' : 'Python dependencies';
  }
  if (SECRETS.test(text)) return 'secrets';
  if (/nox -s|Run |tests|Push validation|smoke/i.test(name) && PY_NETWORK.test(text)) {
    return 'Python dependencies';
  }
  if (/Render and validate/.test(name)) {
    if (CHART_OR_SCHEMA.test(text)) return 'tool download';
    return 'tests';
  }
  if (/nox -s|Run |tests|Push validation|smoke|Aggregate/i.test(name)) return 'tests';
  return 'other';
}

/**
 * The failed steps of a run, in log order, with their causes.
 * @param {string} log act's output
 * @returns {{job: string, step: string, cause: string}[]}
 */
export function failures(log) {
  /** @type {Map<string, string[]>} */
  const output = new Map();
  /** @type {{job: string, step: string, cause: string}[]} */
  const found = [];
  for (const line of log.split('\n')) {
    const m = /^\[([^\]]+)\]\s+(.*)$/.exec(line);
    if (!m) continue;
    const job = m[1].trim();
    const rest = m[2];
    if (/^⭐\s+Run /.test(rest)) {
      output.set(job, []);
      continue;
    }
    const out = /^\|\s?(.*)$/.exec(rest);
    if (out) {
      output.get(job)?.push(out[1]);
      continue;
    }
    const fail = /^❌\s+Failure - (.*?)(?: \[[0-9.]+[a-zµ]*\])?\s*$/.exec(rest);
    if (fail) {
      const text = (output.get(job) ?? []).join('\n');
      found.push({job, step: fail[1], cause: stepCause(fail[1], text)});
    }
  }
  return found;
}

/**
 * The cause of a failed run: that of its first failed step, or 'other' when act printed none (e.g. a timeout).
 * @param {string} log
 */
export function runCause(log) {
  return failures(log)[0]?.cause ?? 'other';
}

/**
 * Faults a client absorbed: faulted requests followed, in the same run, by a full download of the same path.
 * @param {readonly {path: string, fault: string | null, status: number, bytes: number, size: number, method: string}[]} requests
 */
export function absorbed(requests) {
  let count = 0;
  for (let i = 0; i < requests.length; i++) {
    if (!requests[i].fault) continue;
    const p = requests[i].path;
    for (let j = i + 1; j < requests.length; j++) {
      const r = requests[j];
      if (r.path === p && !r.fault && r.status === 200 && r.bytes === r.size) {
        count += 1;
        break;
      }
    }
  }
  return count;
}
