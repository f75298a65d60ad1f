// Bundles every action entry (actions/<name>/src/{main,post}.ts) with ncc into dist/<name>/<entry>/.
// `node scripts/build.mjs` deletes dist/ first; `node scripts/build.mjs <name>...` rebuilds only those.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {patchDeps} from './patch-deps.mjs';

const ENTRIES = ['main', 'post'];
const only = process.argv.slice(2);
const actions = readdirSync('actions').filter(name => only.length === 0 || only.includes(name));

patchDeps();
if (only.length === 0) rmSync('dist', {recursive: true, force: true});
for (const name of actions) {
  for (const entry of ENTRIES) {
    const source = join('actions', name, 'src', `${entry}.ts`);
    if (!existsSync(source)) continue;
    const out = join('dist', name, entry);
    rmSync(out, {recursive: true, force: true});
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        source,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--quiet'
      ],
      {stdio: 'inherit'}
    );
    console.log(`built ${out}/index.js`);
  }
}
