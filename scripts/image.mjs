#!/usr/bin/env node
// The pre-warmed CI image (images/README.md), built with the local engine against the local mirror:
//
//   npm run image                        # build both images, report them, then run the image's container jobs
//                                        # (test/e2e/containers/image.yml through run-all.sh) and print the goals
//   node scripts/image.mjs build         # build and report only (run-all.sh does this before its scenarios)
//   node scripts/image.mjs build --no-cache   # every layer rebuilt (the digests must match the previous build)
//
// The mirror (scripts/lib/mirror.mjs) serves the packed releases ($C/mirror), the apt repository and the
// PEP 503 index on 127.0.0.1 at a fixed port (IMAGE_MIRROR_PORT, default 18479; the build arguments name it,
// so a stable port keeps the layer cache), and `docker build --network host` reaches only it. Our releases
// are repacked, so the build passes their digests (manifest.json) as the *_SHA256 build arguments and uv
// 0.9.30 (the one the mirror has); the release workflow passes none and the actions' tables decide.
// Prints the tags, sizes, tool versions and digests inside, and fails when a compiler, a build cache, apt's
// lists or a release archive is left in an image, or when a tool digest differs from the previous build.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {startMirror} from './lib/mirror.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const C = process.env.CI_ACTIONS_CACHE ?? path.join(os.homedir(), '.cache', 'ci-actions');
export const REPOSITORY = 'ghcr.io/cleveragents/ci/python-3.13-uv';
export const TAGS = {ci: `${REPOSITORY}:local`, dind: `${REPOSITORY}:local-dind`};
const PORT = Number(process.env.IMAGE_MIRROR_PORT ?? 18479);
const LAST_BUILD = path.join(C, 'image', 'last-build.json');

/** @param {string} msg */
const say = msg => process.stdout.write(`[image] ${msg}\n`);

/** @param {string} cmd @param {string[]} args */
function capture(cmd, args) {
  return execFileSync(cmd, args, {cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20});
}

/** KEY=VALUE lines of a script's output. @param {string} text */
function keyValues(text) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** @param {string} cmd @param {string[]} args @param {string} logFile */
function run(cmd, args, logFile) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', out, out],
      env: {...process.env, DOCKER_BUILDKIT: '0'}
    });
    child.on('error', reject);
    child.on('exit', code => {
      fs.closeSync(out);
      if (code === 0) resolve(undefined);
      else {
        const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
        reject(
          new Error(
            `${cmd} ${args.slice(0, 2).join(' ')} … exited ${code} (log ${logFile}):\n${tail}`
          )
        );
      }
    });
  });
}

/** The mirror's releases, apt repository and index, prepared (reused when present). */
function prepare() {
  execFileSync('bash', ['scripts/e2e/tools.sh', 'helm', 'kubeconform', 'uv', 'nox', 'wheels'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  });
  execFileSync(process.execPath, ['scripts/e2e/pack-releases.mjs', '--no-install'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  });
  execFileSync('bash', ['scripts/e2e/containers.sh', 'all'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  const env = keyValues(capture('bash', ['scripts/e2e/containers.sh', 'env']));
  if (env.DOCKER_READY !== '1')
    throw new Error('no Docker engine or stand-in image (containers.sh all)');
  const tools = keyValues(
    capture('bash', ['scripts/e2e/tools.sh', 'env']).replace(/^export /gm, '')
  );
  const manifest = JSON.parse(
    fs.readFileSync(path.join(tools.MIRROR_ROOT, 'manifest.json'), 'utf8')
  );
  /** @param {string} tool */
  const sha = tool =>
    manifest.archives.find((/** @type {{tool: string}} */ a) => a.tool === tool).sha256;
  return {
    mirrorRoot: tools.MIRROR_ROOT,
    aptRepo: env.APT_REPO_DIR,
    pypi: env.PYPI_SIMPLE_DIR,
    base: env.CONTAINER_IMAGE,
    versions: manifest.versions,
    sha256: {uv: sha('uv'), helm: sha('helm'), kubeconform: sha('kubeconform')}
  };
}

/** What a build step of the image fetched from the mirror, by kind. @param {{path: string, status: number}[]} requests */
function fetched(requests) {
  /** @type {Record<string, number>} */
  const kinds = {};
  for (const r of requests) {
    const kind = r.path.split('/')[1] || '/';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

// Run inside an image: versions, leftovers and the tool-cache markers, as KEY=VALUE lines.
const INSPECT = String.raw`
echo "PYTHON=$(python3 --version 2>&1)"
echo "NODE=$(node --version)"
echo "GIT=$(git --version)"
echo "CURL=$(curl --version | head -n 1)"
echo "TAR=$(tar --version | head -n 1)"
echo "UV=$(uv --version)"
echo "NOX=$(nox --version 2>&1 | tail -n 1)"
echo "HELM=$(helm version --short)"
echo "KUBECONFORM=$(kubeconform -v)"
if command -v dockerd >/dev/null; then
  echo "DOCKER=$(docker --version)"
  echo "DOCKERD=$(dockerd --version)"
  echo "CONTAINERD=$(containerd --version)"
fi
echo "RUNNER_TOOL_CACHE=$RUNNER_TOOL_CACHE"
left=
for c in gcc cc c++ g++ clang make ld as; do command -v "$c" >/dev/null && left="$left compiler:$c"; done
for f in "$HOME/.cache" /tmp/ci-build /opt/ci-build /var/cache/apt/archives/*.deb /var/lib/apt/lists/*; do
  case $f in */partial | */lock | */auxfiles | *'*'*) continue ;; esac
  [ -e "$f" ] && left="$left $f"
done
for f in "$RUNNER_TOOL_CACHE"/*/*/*.archive; do [ -e "$f" ] && left="$left $f"; done
echo "LEFTOVERS=$left"
echo "MARKERS=$(node -e '
const fs = require("fs"), path = require("path"), root = process.env.RUNNER_TOOL_CACHE, out = {};
for (const tool of fs.readdirSync(root))
  for (const version of fs.readdirSync(path.join(root, tool)))
    for (const arch of fs.readdirSync(path.join(root, tool, version))) {
      const file = path.join(root, tool, version, arch, ".ci-actions-tool.json");
      if (fs.existsSync(file)) out[tool] = {dir: path.dirname(file), ...JSON.parse(fs.readFileSync(file, "utf8"))};
    }
process.stdout.write(JSON.stringify(out));')"
echo "NOX_RECEIPT=$(sha256sum "$UV_TOOL_DIR/nox/uv-receipt.toml" | cut -d" " -f1)"
`;

/** @param {string} tag */
function inspect(tag) {
  const out = keyValues(
    capture('docker', [
      'run',
      '--rm',
      '--network',
      'host',
      '--entrypoint',
      'sh',
      tag,
      '-c',
      INSPECT
    ])
  );
  const size = Number(capture('docker', ['image', 'inspect', '-f', '{{.Size}}', tag]).trim());
  return {...out, size, markers: JSON.parse(out.MARKERS || '{}')};
}

/** @param {string} tag @returns {string | undefined} */
function imageId(tag) {
  try {
    return capture('docker', ['image', 'inspect', '-f', '{{.Id}}', tag]).trim();
  } catch {
    return undefined;
  }
}

/** @param {{noCache?: boolean}} [options] */
export async function buildImages(options = {}) {
  const p = prepare();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-actions-image-'));
  let mirror;
  try {
    mirror = await startMirror({
      root: p.mirrorRoot,
      mounts: {'/apt': p.aptRepo, '/simple': p.pypi},
      port: PORT
    });
  } catch {
    say(`port ${PORT} is taken: using a random port (the layer cache will not match)`);
    mirror = await startMirror({
      root: p.mirrorRoot,
      mounts: {'/apt': p.aptRepo, '/simple': p.pypi}
    });
  }
  const url = mirror.url;
  const common = ['build', '--network', 'host', ...(options.noCache ? ['--no-cache'] : [])];
  const apt = `APT_SOURCE=deb [trusted=yes] ${url}/apt/ ./`;
  /** @type {Record<string, {seconds: number, fetched: string}>} */
  const builds = {};
  const before = Object.values(TAGS).map(imageId);
  try {
    for (const [name, args] of /** @type {[keyof typeof TAGS, string[]][]} */ ([
      [
        'ci',
        [
          '-f',
          'images/python-3.13-ci/Dockerfile',
          '--build-arg',
          `BASE=${p.base}`,
          '--build-arg',
          apt,
          '--build-arg',
          `PYPI_INDEX=${url}/simple/`,
          '--build-arg',
          `UV_MIRRORS=${url}/uv`,
          '--build-arg',
          `HELM_MIRRORS=${url}/helm`,
          '--build-arg',
          `KUBECONFORM_MIRRORS=${url}/kubeconform`,
          '--build-arg',
          `UV_VERSION=${p.versions.uv}`,
          '--build-arg',
          `UV_SHA256=${p.sha256.uv}`,
          '--build-arg',
          `HELM_SHA256=${p.sha256.helm}`,
          '--build-arg',
          `KUBECONFORM_SHA256=${p.sha256.kubeconform}`
        ]
      ],
      [
        'dind',
        [
          '-f',
          'images/python-3.13-ci-dind/Dockerfile',
          '--build-arg',
          `BASE=${TAGS.ci}`,
          '--build-arg',
          apt
        ]
      ]
    ])) {
      mirror.resetStats();
      const t0 = Date.now();
      await run(
        'docker',
        [...common, ...args, '-t', TAGS[name], '.'],
        path.join(logDir, `${name}.log`)
      );
      builds[name] = {
        seconds: (Date.now() - t0) / 1000,
        fetched: fetched(mirror.stats.requests) || 'nothing (cached layers)'
      };
      say(
        `built ${TAGS[name]} in ${builds[name].seconds.toFixed(1)}s; fetched from the mirror: ${builds[name].fetched}`
      );
    }
  } finally {
    await mirror.close();
  }
  fs.rmSync(logDir, {recursive: true, force: true});
  // The images these tags named before, unless still in use: rebuilds must not fill the disk.
  for (const id of before.reverse()) {
    if (id && !Object.values(TAGS).map(imageId).includes(id)) {
      try {
        execFileSync('docker', ['rmi', id], {stdio: 'ignore'});
      } catch {
        // a container or another tag still uses it
      }
    }
  }
  // The tools stage's image is the layer cache of the next build: all but the newest are garbage.
  const stages = capture('docker', [
    'images',
    '-q',
    '--filter',
    'dangling=true',
    '--filter',
    'label=org.cleveragents.ci-image.stage=tools'
  ])
    .split('\n')
    .filter(Boolean);
  for (const id of stages.slice(1)) {
    try {
      execFileSync('docker', ['rmi', id], {stdio: 'ignore'});
    } catch {
      // in use
    }
  }
  return {prepared: p, builds};
}

/** @param {number} bytes */
const mb = bytes => `${(bytes / 1e6).toFixed(0)} MB`;

/** Prints the images; returns the problems found. @param {ReturnType<typeof prepare>} p */
export function report(p) {
  /** @type {string[]} */
  const problems = [];
  const seen = {ci: inspect(TAGS.ci), dind: inspect(TAGS.dind)};
  const base = Number(capture('docker', ['image', 'inspect', '-f', '{{.Size}}', p.base]).trim());
  say(`base ${p.base}: ${mb(base)}`);
  for (const [name, info] of Object.entries(seen)) {
    say(
      `${TAGS[/** @type {keyof typeof TAGS} */ (name)]}: ${mb(info.size)} (+${mb(info.size - base)} over the base)`
    );
    for (const key of [
      'PYTHON',
      'NODE',
      'GIT',
      'CURL',
      'TAR',
      'UV',
      'NOX',
      'HELM',
      'KUBECONFORM',
      'DOCKER',
      'DOCKERD',
      'CONTAINERD'
    ]) {
      if (info[key]) say(`  ${key.toLowerCase().padEnd(12)} ${info[key]}`);
    }
    for (const [tool, m] of Object.entries(info.markers)) {
      const want = p.sha256[/** @type {'uv'} */ (tool)];
      say(
        `  ${tool.padEnd(12)} ${m.version} in ${m.dir}: archive sha256 ${m.sha256} (${m.digestSource})`
      );
      if (want && m.sha256 !== want)
        problems.push(`${name}: ${tool} archive sha256 ${m.sha256}, expected ${want}`);
    }
    for (const tool of ['uv', 'helm', 'kubeconform']) {
      if (!info.markers[tool]) problems.push(`${name}: no ${tool} in the tool cache`);
    }
    if (info.LEFTOVERS?.trim()) problems.push(`${name}: left in the image:${info.LEFTOVERS}`);
    else say('  no compiler, build cache, apt list, .deb or release archive left in the image');
  }
  if (!seen.dind.DOCKERD) problems.push('dind: no dockerd');
  // Two builds give the same tool digests: compared with the previous build's record.
  const digests = Object.fromEntries(
    Object.entries(seen).map(([name, info]) => [
      name,
      {
        ...Object.fromEntries(
          Object.entries(info.markers).map(([tool, m]) => [
            tool,
            {sha256: m.sha256, binaries: m.binaries}
          ])
        ),
        noxReceipt: info.NOX_RECEIPT
      }
    ])
  );
  if (fs.existsSync(LAST_BUILD)) {
    const last = JSON.parse(fs.readFileSync(LAST_BUILD, 'utf8'));
    if (JSON.stringify(last.digests) === JSON.stringify(digests)) {
      say(`tool digests: the same as the previous build (${last.at})`);
    } else {
      problems.push(`tool digests differ from the previous build (${last.at}, ${LAST_BUILD})`);
    }
  } else {
    say('tool digests: first build recorded');
  }
  if (problems.length === 0) {
    fs.mkdirSync(path.dirname(LAST_BUILD), {recursive: true});
    fs.writeFileSync(
      LAST_BUILD,
      `${JSON.stringify({at: new Date().toISOString(), digests}, null, 2)}\n`
    );
  }
  return {problems, seen};
}

async function main() {
  const args = process.argv.slice(2);
  const buildOnly = args[0] === 'build';
  const t0 = Date.now();
  const {prepared} = await buildImages({noCache: args.includes('--no-cache')});
  const {problems} = report(prepared);
  say(`build and report: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  for (const problem of problems) say(`PROBLEM: ${problem}`);
  if (problems.length) process.exit(1);
  if (buildOnly) return;
  // The goals, measured on the image by its container jobs (run-all.mjs prints them per job).
  say(
    'goals: bootstrap + prepare-python (warm uv cache) + setup-helm-kubeconform <= 5 s before the first user command, 0 apt requests, 0 tool downloads'
  );
  const e2e = spawn('bash', ['scripts/e2e/run-all.sh'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {...process.env, E2E_ONLY: '^containers/image', E2E_IMAGE_BUILT: '1'}
  });
  const code = await new Promise(resolve => e2e.on('exit', resolve));
  process.exit(code ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(error => {
    process.stderr.write(`image: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
