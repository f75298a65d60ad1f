#!/usr/bin/env node
// The end-to-end suite, driven by scripts/e2e/run-all.sh, which installs the tools, packs the releases,
// builds the mirror root and starts the mirror. This runs every workflow of test/e2e/ x runner x Node x scenario in
// sequence (each scenario asserts the mirror's request counts, so runs must not overlap), then the fault run, and
// prints a table and a final line `N passed, M failed`. Exit status 1 when anything failed.
//
// env: E2E_MIRROR_URL, E2E_TMP (scratch dir, removed by run-all.sh), E2E_ONLY (optional regexp on
//      "workflow/runner/node/scenario"), E2E_NODES (default "20 24"), E2E_FAULT_RATE (default 0.3),
//      E2E_KEEP_LOGS (where failed runs' logs are copied; default $TMPDIR/ci-actions-e2e-logs), E2E_KEEP_ALL=1 (copy all)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {execFileSync} from 'node:child_process';
import {
  archiveDigests,
  mirrorControl,
  nodeVersions,
  parseActLog,
  REPO,
  rmrf,
  runWorkflow,
  toolEnv
} from './lib.mjs';

const MIRROR_URL = need('E2E_MIRROR_URL');
const TMP = need('E2E_TMP');
const MIRROR_ROOT = path.join(TMP, 'mirror-root');
const ONLY = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
const NODES = /** @type {(20 | 24)[]} */ (
  (process.env.E2E_NODES ?? '20 24').split(/\s+/).filter(Boolean).map(Number)
);
const FAULT_RATE = Number(process.env.E2E_FAULT_RATE ?? '0.3');
const LOGS = path.join(TMP, 'logs');
const KEEP_LOGS =
  process.env.E2E_KEEP_LOGS ?? path.join(process.env.TMPDIR ?? '/tmp', 'ci-actions-e2e-logs');

/** @param {string} name */
function need(name) {
  const v = process.env[name];
  if (!v) {
    process.stderr.write(`run-all.mjs: ${name} is not set (run scripts/e2e/run-all.sh)\n`);
    process.exit(2);
  }
  return v;
}

const env = toolEnv();
const versions = nodeVersions(env);
const digests = archiveDigests(MIRROR_ROOT);
const mirror = mirrorControl(MIRROR_URL);
fs.mkdirSync(LOGS, {recursive: true});
const SLOT = path.join(TMP, 'slot'); // act's --action-cache-path: the same path in every run, emptied before each

const SECRETS = {
  ANTHROPIC_API_KEY: 'sk-ant-e2e-0f3c9a7d2b61e4c8a5f0',
  OPENAI_API_KEY: `sk-e2e-quote'dollar$HOME-backslash\\-9d41b7`
};

/**
 * @typedef {object} Scenario
 * @property {string} workflow  file name under test/e2e/
 * @property {string} scenario
 * @property {string} [event]
 * @property {string} [payload]
 * @property {Record<string, string>} [secrets]
 * @property {Record<string, string>} [env]
 * @property {string} [cacheKey]  scenarios with the same cacheKey share the runner's cache server dir
 * @property {number} [expectRc]  default 0
 * @property {string[]} [expectLog]  strings the log must contain
 * @property {string[]} [forbidLog]  strings the log must not contain (secret values)
 * @property {'some' | 'zero' | 'apt-only'} [downloads]  mirror downloads expected during the run ('apt-only': a
 *   warm container job, whose fresh container installs nodejs again, downloads nothing but from /apt/)
 * @property {string[]} [expectDownloads]  path prefixes the mirror must have served in full at least once
 * @property {string[]} [forbidRequests]  path prefixes the mirror must get no request for (the image: apt)
 * @property {string[]} [forbidDownloads]  path prefixes the mirror must serve nothing under (the image: tools)
 * @property {boolean} [setupTime]  print the time bootstrap, prepare-python and setup-helm-kubeconform took
 * @property {string[]} [allowDownloads]  with downloads 'zero': paths that may still be served (an index page)
 * @property {string} [job]  run only this job (act -j)
 * @property {boolean} [container]  a container job: the actions come from E2E_ACTION_REPO as
 *   `cleveragents/ci-actions/actions/<name>@v1`, node is the container's
 * @property {RegExp[]} [expectMatch]  patterns the log must match
 * @property {string[]} [forbidText]  strings the log must not contain (stack traces, leaked forms)
 * @property {boolean} [needsPayload]
 * @property {unknown} [faults]  the mirror's fault configuration for this run (JSON form), default none
 * @property {boolean} [expectFaults]  the mirror must have injected at least one fault
 * @property {('act' | 'forgejo')[]} [runners]  default both
 * @property {Partial<Scenario>} [forgejo]  what differs under forgejo-runner exec (see FORGEJO_EXEC)
 */

// forgejo-runner exec (v12) runs every scenario whose inputs it can express. Where it differs from act the
// scenario's `forgejo` part states the expectation: GITHUB_EVENT_NAME is empty (secret-guard: an unknown, trusted
// event); its cache server answers 403 `validation error` to every request, so a warm run warns once per cache
// call, installs cold from the mirror and succeeds; run-workflow.sh moves its ACTIONS_CACHE_URL to 127.0.0.1.
/** @type {Partial<Scenario>} */
const FORGEJO_WARM = {
  scenario: 'warm: cache refused (403) -> cold, success',
  env: {EXPECT_CACHE_HIT: 'false'},
  downloads: 'some',
  expectLog: ['::set-env:: ACTIONS_CACHE_URL=http://127.0.0.1:'],
  // a warning command that names the refusal, whatever the cache code's wording
  expectMatch: [/::warning::[^\n]*(403|validation error)/],
  forbidText: ['\n    at ', 'UnhandledPromiseRejection']
};
/** A multi-line secret: Forgejo echoes each raw ::add-mask:: line, so the lines must be masked first. */
const MULTILINE = ['sk-ant-e2e-first-line-4b1d7a', 'sk-ant-e2e-second-line-9c2e5f'];

/** @param {20 | 24} node @returns {Scenario[]} */
function scenarios(node) {
  const base = {EXPECT_NODE: versions[node]};
  const pp = {...base, WHEELHOUSE: env.WHEELHOUSE};
  const hk = {
    ...base,
    HELM_SHA256: digests.HELM_SHA256,
    KUBECONFORM_SHA256: digests.KUBECONFORM_SHA256
  };
  return [
    {workflow: 'retry-run.yml', scenario: 'flaky+apt+must-fail', env: base},
    {
      workflow: 'secret-guard.yml',
      scenario: 'push, secrets -> online',
      payload: 'test/e2e/events/push.json',
      secrets: SECRETS,
      env: {...base, EXPECT_MODE: 'online', EXPECT_FORK: 'false'},
      forbidLog: Object.values(SECRETS)
    },
    {
      workflow: 'secret-guard.yml',
      scenario: 'fork PR, no secrets -> offline',
      event: 'pull_request',
      payload: 'test/e2e/events/fork-pr.json',
      env: {...base, EXPECT_MODE: 'offline', EXPECT_FORK: 'true'},
      needsPayload: true
    },
    {
      workflow: 'secret-guard.yml',
      scenario: 'push, multi-line secret -> online, masked',
      runners: ['forgejo'],
      secrets: {...SECRETS, ANTHROPIC_API_KEY: MULTILINE.join('\n')},
      env: {...base, EXPECT_MODE: 'online', EXPECT_FORK: 'false'},
      expectLog: ['::add-mask::***%0A***'],
      forbidLog: [...MULTILINE, SECRETS.OPENAI_API_KEY, MULTILINE.join('%0A')]
    },
    {
      workflow: 'secret-guard.yml',
      scenario: 'push, secrets missing -> job fails',
      payload: 'test/e2e/events/push.json',
      env: {...base, EXPECT_MODE: 'online', EXPECT_FORK: 'false'},
      expectRc: 1,
      expectLog: [
        'Required secrets are missing in a trusted context (push): ANTHROPIC_API_KEY, OPENAI_API_KEY.',
        "Error: Job 'dual-path' failed"
      ],
      forgejo: {
        expectLog: [
          'Required secrets are missing in a trusted context (unknown on forgejo): ANTHROPIC_API_KEY, OPENAI_API_KEY.',
          "Error: Job 'dual-path' failed"
        ]
      }
    },
    {
      workflow: 'prepare-python.yml',
      scenario: 'cold',
      env: {...pp, EXPECT_CACHE_HIT: 'false'},
      cacheKey: `prepare-python-${node}`,
      downloads: 'some',
      // PyPI's wheel from the index (PyPI's published digest of it), not the repacked release archive
      expectDownloads: ['/pypi/uv/', '/wheels/uv-0.9.30-'],
      expectLog: [
        'expecting sha256 4366dd740ac9ad3ec50a58868a955b032493bb7d7e6ed368289e6ced8bbc70f3 from the package index page'
      ]
    },
    {
      workflow: 'prepare-python.yml',
      scenario: 'warm: cache server hit, empty tool cache',
      env: {...pp, EXPECT_CACHE_HIT: 'true'},
      cacheKey: `prepare-python-${node}`,
      downloads: 'zero',
      // the wheel's name and digest come from the index page; the wheel itself from the Actions cache
      allowDownloads: ['/pypi/uv/'],
      forgejo: {...FORGEJO_WARM, env: {...pp, ...FORGEJO_WARM.env}}
    },
    {
      workflow: 'setup-helm-kubeconform.yml',
      scenario: 'cold',
      env: {...hk, EXPECT_CACHE_HIT: 'false'},
      cacheKey: `helm-${node}`,
      downloads: 'some'
    },
    {
      workflow: 'setup-helm-kubeconform.yml',
      scenario: 'warm: cache server hit, empty tool cache',
      env: {...hk, EXPECT_CACHE_HIT: 'true'},
      cacheKey: `helm-${node}`,
      downloads: 'zero',
      forgejo: {...FORGEJO_WARM, env: {...hk, ...FORGEJO_WARM.env}}
    }
  ];
}

/** @returns {Scenario[]} the container jobs of test/e2e/containers/actions.yml (python:3.13-slim stand-in) */
function containerScenarios() {
  const c = digests;
  const common = {workflow: 'containers/actions.yml', container: true, env: c};
  const apt = ['/apt/Packages', '/apt/nodejs_'];
  return [
    {
      ...common,
      job: 'node-actions',
      scenario: 'container cold: bootstrap node, every action',
      payload: 'test/e2e/events/push.json',
      secrets: SECRETS,
      forbidLog: Object.values(SECRETS),
      env: {...c, EXPECT_CACHE_HIT: 'false'},
      cacheKey: 'containers',
      downloads: 'some',
      expectDownloads: [
        ...apt,
        '/uv/',
        '/simple/nox/',
        '/simple/pytest/',
        '/helm/',
        '/kubeconform/',
        '/charts/',
        '/schemas/'
      ]
    },
    {
      ...common,
      job: 'node-actions',
      scenario: 'container warm: fresh container, cache restored',
      payload: 'test/e2e/events/push.json',
      secrets: SECRETS,
      forbidLog: Object.values(SECRETS),
      env: {...c, EXPECT_CACHE_HIT: 'true'},
      cacheKey: 'containers',
      downloads: 'apt-only',
      expectDownloads: apt
    },
    {
      ...common,
      job: 'fork-pr',
      scenario: 'container fork PR, no secrets -> offline',
      event: 'pull_request',
      payload: 'test/e2e/events/fork-pr.json',
      expectDownloads: apt,
      needsPayload: true
    },
    {
      ...common,
      job: 'requirements',
      scenario: 'container requirements.txt, PEP 668 python -> venv',
      payload: 'test/e2e/events/push.json',
      expectDownloads: [...apt, '/simple/pytest/'],
      expectLog: ['outcome=success', 'VIRTUAL_ENV=/']
    }
  ];
}

// The pre-warmed image's tools: what a job on it must not download.
const TOOL_PATHS = ['/uv/', '/helm/', '/kubeconform/', '/simple/nox/', '/wheels/nox-'];
/** Goal: bootstrap + prepare-python + setup-helm-kubeconform before the first user command, in seconds. */
const SETUP_GOAL_SECONDS = 5;

/** @returns {Scenario[]} the jobs of test/e2e/containers/image.yml on the image built by scripts/image.mjs */
function imageScenarios() {
  const common = {
    workflow: 'containers/image.yml',
    container: true,
    forbidRequests: ['/apt/'],
    forbidDownloads: TOOL_PATHS
  };
  return [
    {
      ...common,
      job: 'image-actions',
      scenario: 'image cold: no apt, no tool download',
      env: {...digests, EXPECT_CACHE_HIT: 'false'},
      cacheKey: 'image',
      setupTime: true
    },
    {
      ...common,
      job: 'image-actions',
      scenario: 'image warm: caches restored, no download',
      env: {...digests, EXPECT_CACHE_HIT: 'true'},
      cacheKey: 'image',
      downloads: 'zero',
      setupTime: true
    },
    {...common, job: 'image-dind', scenario: 'image dind: docker there, no apt', env: digests}
  ];
}

/**
 * Requests or downloads under any of the path prefixes.
 * @param {{byPath: Record<string, {requests: number, downloads: number}>}} stats
 * @param {string[]} prefixes
 * @param {'requests' | 'downloads'} what
 */
function count(stats, prefixes, what) {
  return Object.entries(stats.byPath)
    .filter(([p]) => prefixes.some(prefix => p.startsWith(prefix)))
    .reduce((n, [, v]) => n + v[what], 0);
}

/** The seconds of the three setup steps in an act log, and their names. @param {string} text */
function setupSeconds(text) {
  const steps = parseActLog(text).filter(s =>
    /^Main cleveragents\/ci-actions\/actions\/(bootstrap|prepare-python|setup-helm-kubeconform)@/.test(
      s.step
    )
  );
  return {
    total: steps.reduce((n, s) => n + s.seconds, 0),
    parts: steps.map(
      s =>
        `${s.step.replace(/^Main cleveragents\/ci-actions\/actions\/|@v1$/g, '')} ${s.seconds.toFixed(1)}s`
    )
  };
}

/** @returns {Scenario[]} bootstrap's apt through the faulty mirror: index and .debs fail, apt and bootstrap retry */
function containerFaultScenarios() {
  const forkPr = containerScenarios().find(s => s.job === 'fork-pr');
  if (!forkPr) return [];
  return [
    {
      ...forkPr,
      scenario: `FAULTS ${forkPr.scenario}`,
      expectFaults: true,
      faults: {
        rules: [
          {match: 'apt/Release', kind: '500'},
          {match: 'apt/nodejs_', kind: 'reset'},
          {match: 'apt/libnode', kind: '429', retryAfter: 1}
        ],
        rate: {
          rate: FAULT_RATE,
          seed: 11,
          match: 'apt/', // a substring: '/x/y' would be read as the RegExp /x/ with flags y
          kinds: ['500', 'reset', '429'],
          retryAfter: 1
        }
      }
    }
  ];
}

/** @type {Record<string, {match: string, kind: string, times?: number, retryAfter?: number}[]>} */
const FIRST_FAULTS = {
  'prepare-python.yml': [
    {match: '/pypi/uv/', kind: 'reset'},
    {match: '/wheels/nox-', kind: '500'},
    {match: '/wheels/', kind: '429', retryAfter: 1}
  ],
  'setup-helm-kubeconform.yml': [
    {match: '/helm/helm-v3.16.4-linux-amd64.tar.gz', kind: 'reset'},
    {match: '/kubeconform/v0.7.0/kubeconform-linux-amd64.tar.gz', kind: '429', retryAfter: 1},
    {match: '/charts/index.yaml', kind: '500'},
    {match: '/charts/e2e-config-0.2.0.tgz', kind: 'reset'},
    {match: '/schemas/', kind: '500'}
  ]
};

/** @returns {Scenario[]} the fault run: every workflow, cold caches, the mirror failing a share of requests */
function faultScenarios() {
  const node = NODES.includes(24) ? 24 : NODES[0];
  return scenarios(node)
    .filter(
      s =>
        s.scenario !== 'push, secrets missing -> job fails' && s.downloads !== 'zero' && !s.runners
    )
    .map((s, i) => ({
      ...s,
      scenario: `FAULTS ${s.scenario}`,
      // a seeded share of every request fails; besides, the first request of each kind of file below fails for
      // sure, so every workflow that uses the mirror meets every kind of fault whatever the draw
      faults: {
        rules: FIRST_FAULTS[s.workflow] ?? [],
        rate: {rate: FAULT_RATE, seed: 7 + i, kinds: ['500', 'reset', '429'], retryAfter: 1}
      },
      cacheKey: undefined,
      downloads: undefined,
      // uv also fetches nox and its dependencies through the faulty mirror here (cold runs use the local wheelhouse)
      env:
        s.workflow === 'prepare-python.yml'
          ? {...s.env, FIND_LINKS: `${MIRROR_URL}/wheels/`}
          : s.env
    }));
}

/** @type {{workflow: string, runner: string, node: string, scenario: string, result: string, seconds: number, detail: string}[]} */
const results = [];
let seq = 0;

/**
 * @param {Scenario} s
 * @param {'act' | 'forgejo'} runner
 * @param {20 | 24} node
 */
async function runOne(scenario, runner, node) {
  const id = `${scenario.workflow.replace(/\.yml$/, '')}/${runner}/${scenario.container ? 'container' : node}/${scenario.scenario}`;
  if (ONLY && !ONLY.test(id)) return null;
  if (scenario.runners && !scenario.runners.includes(runner)) return null;
  const s = runner === 'forgejo' ? {...scenario, ...scenario.forgejo} : scenario;
  const row = {
    workflow: s.workflow,
    runner,
    node: s.container ? 'container' : versions[node],
    scenario: s.scenario
  };
  if (runner === 'forgejo' && s.needsPayload) {
    const why =
      'forgejo-runner exec has no event-payload flag: its event file is {} and GITHUB_EVENT_NAME is empty';
    results.push({...row, result: 'SKIPPED', seconds: 0, detail: why});
    printRow(results[results.length - 1]);
    return null;
  }
  const log = path.join(
    LOGS,
    `${String(++seq).padStart(2, '0')}-${id.replace(/[^A-Za-z0-9.-]+/g, '_')}.log`
  );
  const cacheDir = path.join(TMP, 'cache', s.cacheKey ? `${runner}-${s.cacheKey}` : `run-${seq}`);
  rmrf(SLOT);
  await mirror.setFaults(s.faults ?? []);
  await mirror.reset();
  const r = await runWorkflow({
    workflow: path.join('test/e2e', s.workflow),
    runner,
    node,
    event: s.event,
    payload: s.payload,
    secrets: s.secrets,
    env: s.env,
    cacheDir,
    workDir: SLOT,
    log,
    mirrorUrl: MIRROR_URL,
    job: s.job,
    actionRepo: s.container ? process.env.E2E_ACTION_REPO : undefined
  });
  const stats = await mirror.stats();
  const text = fs.readFileSync(log, 'utf8');
  /** @type {string[]} */
  const problems = [];
  const expectRc = s.expectRc ?? 0;
  if (r.rc !== expectRc) problems.push(`exit ${r.rc}, expected ${expectRc}`);
  for (const want of s.expectLog ?? []) {
    if (!text.includes(want)) problems.push(`log lacks "${want}"`);
  }
  for (const secret of s.forbidLog ?? []) {
    if (text.includes(secret)) problems.push('a secret value appears in the log');
  }
  for (const pattern of s.expectMatch ?? []) {
    if (!pattern.test(text)) problems.push(`log does not match ${pattern}`);
  }
  for (const unwanted of s.forbidText ?? []) {
    if (text.includes(unwanted)) problems.push(`log contains ${JSON.stringify(unwanted)}`);
  }
  const downloaded = Object.entries(stats.byPath).filter(
    ([p, v]) => v.downloads > 0 && !(s.allowDownloads ?? []).includes(p)
  );
  if (s.downloads === 'zero' && downloaded.length) {
    problems.push(
      `${stats.downloads} mirror download(s), expected 0: ${downloaded.map(([p]) => p).join(' ')}`
    );
  }
  if (s.downloads === 'some' && stats.downloads === 0)
    problems.push('no mirror download on a cold run');
  if (s.downloads === 'apt-only') {
    const other = Object.entries(stats.byPath).filter(
      ([p, v]) => v.downloads > 0 && !p.startsWith('/apt/')
    );
    if (other.length)
      problems.push(`downloads besides apt's, expected none: ${other.map(([p]) => p).join(' ')}`);
  }
  if (s.expectFaults && stats.faults === 0) problems.push('the mirror injected no fault');
  for (const prefix of s.forbidRequests ?? []) {
    if (count(stats, [prefix], 'requests'))
      problems.push(
        `requests under ${prefix}: ${Object.keys(stats.byPath)
          .filter(p => p.startsWith(prefix))
          .join(' ')}`
      );
  }
  for (const prefix of s.forbidDownloads ?? []) {
    if (count(stats, [prefix], 'downloads'))
      problems.push(
        `downloads under ${prefix}: ${Object.keys(stats.byPath)
          .filter(p => p.startsWith(prefix))
          .join(' ')}`
      );
  }
  for (const prefix of s.expectDownloads ?? []) {
    if (!Object.entries(stats.byPath).some(([p, v]) => p.startsWith(prefix) && v.downloads > 0))
      problems.push(`the mirror served nothing under ${prefix}`);
  }
  const retries = (text.match(/retrying in|retrying after|Retrying|attempt [2-9]\d* of \d+/g) ?? [])
    .length;
  const aptDownloads = Object.entries(stats.byPath)
    .filter(([p]) => p.startsWith('/apt/'))
    .reduce((n, [, v]) => n + v.downloads, 0);
  const containerNode = /node=(v\d+\.\d+\.\d+) at /.exec(text)?.[1];
  const setup = s.setupTime ? setupSeconds(text) : undefined;
  if (setup && setup.parts.length !== 3)
    problems.push(`setup steps not found in the log: ${setup.parts.join(', ')}`);
  const detail =
    (setup
      ? `setup ${setup.total.toFixed(1)}s (${setup.parts.join(', ')}; goal <= ${SETUP_GOAL_SECONDS}s: ${setup.total <= SETUP_GOAL_SECONDS ? 'met' : 'NOT met'} at load ${os.loadavg()[0].toFixed(1)}), apt requests ${count(stats, ['/apt/'], 'requests')}, tool downloads ${count(stats, TOOL_PATHS, 'downloads')}; `
      : '') +
    `mirror: ${stats.total} requests, ${stats.downloads} downloads${s.container ? ` (apt ${aptDownloads})` : ''}, ${stats.faults} faults; retries seen: ${retries}` +
    (s.container && containerNode ? `; container node ${containerNode}` : '');
  if (process.env.E2E_KEEP_ALL && !problems.length) keep(log);
  results.push({
    ...row,
    result: problems.length ? 'FAILED' : 'passed',
    seconds: r.seconds,
    detail: problems.length ? `${problems.join('; ')} (log: ${keep(log)})` : detail
  });
  printRow(results[results.length - 1]);
  return {stats, retries, ok: problems.length === 0};
}

/** @param {string} file */
function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Keep a failing run's log after the scratch dir is removed. @param {string} log */
function keep(log) {
  fs.mkdirSync(KEEP_LOGS, {recursive: true});
  const dest = path.join(KEEP_LOGS, path.basename(log));
  fs.copyFileSync(log, dest);
  return dest;
}

/** @param {(typeof results)[number]} r */
function printRow(r) {
  process.stdout.write(
    `  ${r.result.padEnd(7)} ${r.workflow.padEnd(27)} ${r.runner.padEnd(7)} ${r.node.padEnd(9)} ${r.scenario.padEnd(46)} ${r.seconds.toFixed(1).padStart(5)}s  ${r.detail}\n`
  );
}

const FORGEJO_DIFFERENCES = [
  'node: `using: node24` runs the `node` first on PATH (the Node 20 rows run Node 20)',
  'event: no payload flag, GITHUB_EVENT_NAME empty, event file {}: the fork pull request row is skipped, secret-guard sees an unknown, trusted event',
  'cache: its own cache server answers 403 `validation error` to every request and sits at the outbound address (moved to 127.0.0.1): warm runs warn, install cold and succeed',
  'masking: it echoes each raw ::add-mask:: line; a multi-line secret must show as ***%0A***',
  'no GITEA_*, ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL; RUNNER_TOOL_CACHE given with --env (no --action-cache-path)'
];

async function main() {
  const t0 = Date.now();
  const forgejoBin =
    process.env.FORGEJO_RUNNER_BIN || path.join(path.dirname(env.ACT_BIN), 'forgejo-runner');
  const forgejo = isExecutable(forgejoBin);
  // run-workflow.sh takes the binary from here
  if (forgejo) process.env.FORGEJO_RUNNER_BIN = forgejoBin;
  /** @type {('act' | 'forgejo')[]} */
  const runners = forgejo ? ['act', 'forgejo'] : ['act'];
  process.stdout.write(
    `e2e: mirror ${MIRROR_URL}, node ${NODES.map(n => versions[n]).join(' and ')}, runners ${runners.join(', ')}\n`
  );
  if (forgejo) {
    process.stdout.write(
      `forgejo-runner: ${forgejoBin} (exec, host mode); where it differs from act:\n` +
        FORGEJO_DIFFERENCES.map(d => `    - ${d}\n`).join('')
    );
  } else {
    process.stdout.write(
      `SKIPPED forgejo-runner: no binary (FORGEJO_RUNNER_BIN unset, ${forgejoBin} absent). It cannot be ` +
        'built on this machine: the Go module proxy refuses code.forgejo.org modules (403 Forbidden for ' +
        'code.forgejo.org/forgejo/runner/v12 and for its dependency code.forgejo.org/forgejo/actions-proto), ' +
        'and no Debian, PyPI or npm package ships it. Evidence: `bash scripts/e2e/tools.sh forgejo-runner` ' +
        '(exit 3). To run the Forgejo rows, build forgejo-runner v12 elsewhere and run ' +
        '`FORGEJO_RUNNER_BIN=/path/to/forgejo-runner npm run test:e2e`; those rows check:\n' +
        FORGEJO_DIFFERENCES.map(d => `    - ${d}\n`).join('')
    );
  }

  await mirror.setFaults([]);
  for (const runner of runners) {
    for (const node of NODES) {
      for (const s of scenarios(node)) await runOne(s, runner, node);
    }
  }

  // Container jobs (act only: forgejo-runner cannot be had here), with the container's node.
  if (process.env.DOCKER_READY === '1' && process.env.E2E_ACTION_REPO) {
    for (const s of containerScenarios()) await runOne(s, 'act', 20);
  } else {
    for (const s of containerScenarios()) {
      const id = `${s.workflow.replace(/\.yml$/, '')}/act/container/${s.scenario}`;
      if (ONLY && !ONLY.test(id)) continue;
      results.push({
        workflow: s.workflow,
        runner: 'act',
        node: 'container',
        scenario: s.scenario,
        result: 'SKIPPED',
        seconds: 0,
        detail:
          'no Docker engine (scripts/e2e/containers.sh all failed; on CI this fails the suite)'
      });
    }
  }

  // The pre-warmed image (scripts/image.mjs builds it against its own mirror; cached layers are reused).
  const images = imageScenarios().filter(
    s => !ONLY || ONLY.test(`${s.workflow.replace(/\.yml$/, '')}/act/container/${s.scenario}`)
  );
  if (images.length && process.env.DOCKER_READY === '1' && process.env.E2E_ACTION_REPO) {
    const t1 = Date.now();
    try {
      if (process.env.E2E_IMAGE_BUILT !== '1')
        execFileSync(process.execPath, ['scripts/image.mjs', 'build'], {
          cwd: REPO,
          stdio: 'inherit'
        });
      process.stdout.write(`image: built in ${((Date.now() - t1) / 1000).toFixed(1)}s\n`);
      for (const s of images) await runOne(s, 'act', 20);
    } catch (error) {
      results.push({
        workflow: 'containers/image.yml',
        runner: 'act',
        node: 'container',
        scenario: 'image build (scripts/image.mjs build)',
        result: 'FAILED',
        seconds: (Date.now() - t1) / 1000,
        detail: error instanceof Error ? error.message : String(error)
      });
    }
  } else {
    for (const s of images) {
      results.push({
        workflow: s.workflow,
        runner: 'act',
        node: 'container',
        scenario: s.scenario,
        result: 'SKIPPED',
        seconds: 0,
        detail:
          'no Docker engine (scripts/e2e/containers.sh all failed; on CI this fails the suite)'
      });
    }
  }

  // The fault run: the mirror fails a share of requests (5xx, resets, 429 with Retry-After).
  let faultRequests = 0;
  let faults = 0;
  let retries = 0;
  /** @type {Record<string, number>} */
  const byKind = {};
  process.stdout.write(
    `fault run: the mirror fails ${Math.round(FAULT_RATE * 100)}% of requests (500, reset, 429 Retry-After: 1), and the first request of each archive, chart and schema\n`
  );
  const faultNode = NODES.includes(24) ? 24 : NODES[0];
  const containerFaults = process.env.DOCKER_READY === '1' ? containerFaultScenarios() : [];
  for (const runner of runners) {
    for (const s of [...faultScenarios(), ...(runner === 'act' ? containerFaults : [])]) {
      const out = await runOne(s, runner, faultNode);
      if (!out) continue;
      faultRequests += out.stats.total;
      faults += out.stats.faults;
      retries += out.retries;
      for (const [k, n] of Object.entries(out.stats.faultsByKind)) byKind[k] = (byKind[k] ?? 0) + n;
    }
  }
  await mirror.setFaults([]);

  process.stdout.write(
    '\nworkflow                    runner  node      scenario                                        result   seconds\n'
  );
  for (const r of results) {
    process.stdout.write(
      `${r.workflow.padEnd(27)} ${r.runner.padEnd(7)} ${r.node.padEnd(9)} ${r.scenario.padEnd(47)} ${r.result.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)}\n`
    );
  }
  const passed = results.filter(r => r.result === 'passed').length;
  const failed = results.filter(r => r.result === 'FAILED').length;
  const skipped = results.filter(r => r.result === 'SKIPPED').length;
  process.stdout.write(
    `\nfault run: ${faults} injected faults (${Object.entries(byKind)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}) in ${faultRequests} mirror requests; retries seen in the logs: ${retries}\n`
  );
  if (!forgejo) process.stdout.write('forgejo-runner: SKIPPED (no binary, see above)\n');
  if (skipped) process.stdout.write(`${skipped} skipped\n`);
  process.stdout.write(`e2e time: ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main().catch(err => {
  process.stderr.write(`run-all.mjs: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.stdout.write(`0 passed, 1 failed\n`);
  process.exit(1);
});
