#!/usr/bin/env node
// `npm run demo` (scripts/demo.sh runs the tools and the packing first): runs examples/demo.yml with nektos/act in
// host mode against the local mirror on 127.0.0.1 and prints a short report: every step of every job with its
// result, time and outputs, as act logged them (`✅  Success - Main NAME [2.1s]`, `::set-output:: key=value`).
// env: DEMO_NODE (20|24, default 24), DEMO_KEEP (keep the scratch dir)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {
  archiveDigests,
  mirrorControl,
  parseActLog,
  prepareMirrorRoot,
  rmrf,
  runWorkflow,
  startMirrorProcess,
  toolEnv
} from './lib.mjs';

const node = /** @type {20 | 24} */ (Number(process.env.DEMO_NODE ?? '24'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-actions-demo-'));
const env = toolEnv();
/** @type {Awaited<ReturnType<typeof startMirrorProcess>> | undefined} */
let mirror;

const cleanup = async () => {
  await mirror?.stop();
  if (!process.env.DEMO_KEEP) rmrf(tmp);
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));

try {
  const root = prepareMirrorRoot(path.join(tmp, 'mirror-root'), env);
  mirror = await startMirrorProcess({root});
  const control = mirrorControl(mirror.url);
  const digests = archiveDigests(root);
  const log = path.join(tmp, 'demo.log');
  process.stdout.write(
    `demo: examples/demo.yml with act (host mode), Node ${node}, mirror ${mirror.url}\n`
  );
  const r = await runWorkflow({
    workflow: 'examples/demo.yml',
    node,
    cacheDir: path.join(tmp, 'cache-server'),
    workDir: path.join(tmp, 'work'),
    log,
    mirrorUrl: mirror.url,
    secrets: {DEMO_API_KEY: 'demo-key-not-a-real-secret-5e1f'},
    env: {...digests, WHEELHOUSE: env.WHEELHOUSE}
  });
  const text = fs.readFileSync(log, 'utf8');
  const steps = parseActLog(text);
  const stats = await control.stats();
  /** @type {Map<string, typeof steps>} */
  const byJob = new Map();
  for (const s of steps) byJob.set(s.job, [...(byJob.get(s.job) ?? []), s]);
  for (const [job, list] of byJob) {
    const total = list.reduce((a, s) => a + s.seconds, 0);
    process.stdout.write(`\n${job}  (${total.toFixed(1)}s of steps)\n`);
    for (const s of list) {
      // act's own bookkeeping steps and the inner step of a composite action (bootstrap's `sh ...`)
      if (
        s.step === 'Set up job' ||
        s.step === 'Complete job' ||
        s.step.includes('/hostexecutor/')
      ) {
        continue;
      }
      process.stdout.write(
        `  ${s.result === 'success' ? 'ok  ' : 'FAIL'} ${s.seconds.toFixed(2).padStart(6)}s  ${s.step.split('\n')[0].slice(0, 70)}\n`
      );
      for (const [k, v] of Object.entries(s.outputs)) {
        process.stdout.write(
          `                 ${k} = ${v.length > 100 ? `${v.slice(0, 97)}...` : v}\n`
        );
      }
    }
  }
  const reports = text
    .split('\n')
    .filter(l => /\|\s+(bootstrap|secret-guard|retry-run): /.test(l))
    .map(l => l.replace(/^\[[^\]]+\]\s+\|\s+/, ''));
  if (reports.length)
    process.stdout.write(`\ncheap tier:\n${reports.map(l => `  ${l}\n`).join('')}`);
  process.stdout.write(
    `\nmirror: ${stats.total} requests, ${stats.downloads} downloads; act exit ${r.rc}; ${r.seconds.toFixed(1)}s wall\n`
  );
  if (r.rc !== 0) {
    const keep = path.join(os.tmpdir(), 'ci-actions-demo.log');
    fs.copyFileSync(log, keep);
    process.stdout.write(`demo FAILED: the full act log is in ${keep}\n`);
  } else process.stdout.write('demo passed\n');
  process.exitCode = r.rc === 0 ? 0 : 1;
} finally {
  await cleanup();
}
