// `npm run bench`: runs every bench/*.bench.mjs in turn and prints their figures. Builds dist/
// first when a bundle is missing. Exits non-zero when a benchmark misses its target.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter(name => name.endsWith('.bench.mjs'))
  .filter(name => only.length === 0 || only.some(o => name.includes(o)))
  .sort();
const failed = [];
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, [join('bench', file)], {stdio: 'inherit'});
  if (result.status !== 0) failed.push(file);
}
console.log(
  failed.length ? `\nmissed or failed: ${failed.join(', ')}` : '\nall benchmarks met their targets'
);
process.exit(failed.length ? 1 : 0);
