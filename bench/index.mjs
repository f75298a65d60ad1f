// `npm run bench`: prepares what the benchmarks need (bundles, the pinned tools and the release
// archives, all reused when present), then runs every bench/*.bench.mjs in turn and prints their
// figures; prepare-python's under Node 20 and Node 24. Exits non-zero when one misses its target.
// `npm run bench -- retry` runs only the files whose name contains `retry`.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {ensureNode24} from '../scripts/lib/node24.mjs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter(name => name.endsWith('.bench.mjs'))
  .filter(name => only.length === 0 || only.some(o => name.includes(o)))
  .sort();

if (!existsSync('dist')) execFileSync('npm', ['run', '--silent', 'build'], {stdio: 'inherit'});
execFileSync(
  'bash',
  ['scripts/e2e/tools.sh', 'act', 'helm', 'kubeconform', 'uv', 'nox', 'wheels'],
  {
    stdio: ['ignore', 'ignore', 'inherit']
  }
);
execFileSync(process.execPath, ['scripts/e2e/pack-releases.mjs', '--no-install'], {
  stdio: ['ignore', 'ignore', 'inherit']
});
const node24 = ensureNode24();

const runs = files.flatMap(file =>
  file === 'prepare-python.bench.mjs'
    ? [
        {
          file,
          label: `${file} (node ${process.versions.node})`,
          env: {BENCH_NODE: process.execPath}
        },
        {file, label: `${file} (node 24)`, env: {BENCH_NODE: node24}}
      ]
    : [{file, label: file, env: {}}]
);
const failed = [];
for (const run of runs) {
  console.log(`\n=== ${run.label}`);
  const result = spawnSync(process.execPath, [join('bench', run.file)], {
    stdio: 'inherit',
    env: {...process.env, ...run.env}
  });
  if (result.status !== 0) failed.push(run.label);
}
console.log(
  failed.length ? `\nmissed or failed: ${failed.join(', ')}` : '\nall benchmarks met their targets'
);
process.exit(failed.length ? 1 : 0);
