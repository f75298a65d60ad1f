// The flake ledgers of a lab run (one file per run, shared by every job through a bind mount):
// "retries absorbed" from them, and a check that every fault the mirror injected is accounted for,
// absorbed or named as the cause of a failure. Pure but for readLedgers.
import fs from 'node:fs';
import path from 'node:path';
import {completes} from '../../scripts/lib/mirror.mjs';

const ABSORBED = new Set([
  'download-retry',
  'mirror-fallback',
  'command-retry',
  'package-retry',
  'cache-failed'
]);

/**
 * Every version-1 line of the `*.jsonl` files under `dir` (none when it does not exist).
 * @param {string} dir
 */
export function readLedgers(dir) {
  if (!fs.existsSync(dir)) return [];
  const lines = [];
  for (const name of fs
    .readdirSync(dir)
    .filter(n => n.endsWith('.jsonl'))
    .sort()) {
    for (const raw of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      try {
        const line = JSON.parse(raw);
        if (line && line.v === 1 && typeof line.kind === 'string') lines.push(line);
      } catch {
        // a torn or foreign line
      }
    }
  }
  return lines;
}

/** @param {readonly {kind: string}[]} lines */
export function retriesAbsorbed(lines) {
  return lines.filter(l => ABSORBED.has(l.kind)).length;
}

/** Which ledger targets a client's faults can surface as, when they are not URLs of ours. */
const COMMANDS = {
  apt: /^(apt-get|apk|dnf|microdnf|yum)\b/,
  uv: /^(uv|pip|nox|script|python)\b/,
  pip: /^(uv|pip|nox|script|python)\b/,
  helm: /^helm\b/
};

/**
 * Accounts for every injected fault, in the mirror's order:
 * - `ledger`: a line of ours names its URL (a download retry, a mirror fallback, or the failure);
 * - `command`: a retried or failed command of the client's kind is in the ledger (uv, apt, helm);
 * - `tool`: the client fetched the same path again on its own, whole or resumed to its end with a Range
 *   (apt's, uv's own retries);
 * - otherwise it is unaccounted. Ledger lines naming a URL of the mirror that no failed request
 *   explains are listed too.
 * @param {readonly {path: string, fault: string | null, status: number, bytes: number, size: number, offset: number, agent: string}[]} requests
 * @param {readonly {kind: string, target: string}[]} lines
 * @param {string} mirrorUrl
 * @param {(request: any) => string} clientOf
 */
export function accountFaults(requests, lines, mirrorUrl, clientOf) {
  const urlLines = new Map();
  const commandLines = [];
  for (const line of lines) {
    if (line.target.startsWith(`${mirrorUrl}/`)) {
      const p = line.target.slice(mirrorUrl.length);
      urlLines.set(p, [...(urlLines.get(p) ?? []), line]);
    } else if (line.kind !== 'cache-failed' && line.kind !== 'cache-skipped') {
      commandLines.push(line);
    }
  }
  const counts = {ledger: 0, command: 0, tool: 0};
  /** @type {{path: string, fault: string, client: string}[]} */
  const unaccounted = [];
  requests.forEach((q, i) => {
    const failed = q.fault !== null || q.status >= 400;
    if (!failed) return;
    const mine = urlLines.get(q.path);
    if (mine?.length) {
      mine.shift();
      counts.ledger++;
      return;
    }
    if (!q.fault) return; // a plain 404 no action recorded: not a fault
    const client = clientOf(q);
    const pattern = COMMANDS[/** @type {keyof typeof COMMANDS} */ (client)];
    const command = pattern ? commandLines.findIndex(l => pattern.test(l.target)) : -1;
    if (command >= 0) {
      commandLines.splice(command, 1);
      counts.command++;
      return;
    }
    // refetched and answered as without the fault: in full, or the path's own 404 (apt asks for an InRelease
    // a flat repository does not have, then for Release)
    const recovered = requests
      .slice(i + 1)
      .some(r => r.path === q.path && !r.fault && (completes(r) || r.status === 404));
    if (recovered) {
      counts.tool++;
      return;
    }
    unaccounted.push({path: q.path, fault: q.fault, client});
  });
  const unmatched = [...urlLines.values()].flat();
  return {...counts, unaccounted, unmatched};
}

/**
 * One line per mismatch, for the lab's notes.
 * @param {ReturnType<typeof accountFaults>} result
 */
export function mismatches(result) {
  return [
    ...result.unaccounted.map(
      u => `injected ${u.fault} on ${u.path} (${u.client}) is in no ledger line and was not retried`
    ),
    ...result.unmatched.map(
      l => `ledger ${l.kind} for ${l.target} matches no failed request of the mirror`
    )
  ];
}

// act mounts one docker volume, `act-toolcache`, at /opt/hostedtoolcache in every job container
// of every run: a ledger written there outlives the jobs (their RUNNER_TEMP does not) and is read
// on the host through the volume's mount point. A `-v` in act's --container-options is not applied
// to job containers (act 0.2.87), so no other folder of the host can be shared with them.
export const ACT_VOLUME = 'act-toolcache';
export const ACT_LEDGER_DIR = '/opt/hostedtoolcache/ci-actions-ledgers';

/**
 * The CI_ACTIONS_LEDGER every job of one act run writes to.
 * @param {string} run a file-name-safe name of the run
 */
export function actLedgerPath(run) {
  return `${ACT_LEDGER_DIR}/${run}.jsonl`;
}

/**
 * Moves the run's ledger out of act's volume into `dest` (a folder); false when there is none.
 * @param {string} run
 * @param {string} dest
 * @param {(volume: string) => string} mountPoint the host folder of a docker volume
 */
export function collectActLedger(run, dest, mountPoint) {
  let source;
  try {
    source = path.join(mountPoint(ACT_VOLUME), 'ci-actions-ledgers', `${run}.jsonl`);
  } catch {
    return false;
  }
  if (!fs.existsSync(source)) return false;
  fs.mkdirSync(dest, {recursive: true});
  fs.copyFileSync(source, path.join(dest, 'ledger.jsonl'));
  fs.rmSync(source, {force: true});
  return true;
}
