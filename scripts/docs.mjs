// Regenerates the inputs and outputs tables of actions/<name>/README.md from action.yml, between
// <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// With --check it changes nothing and fails when a README is stale.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as prettier from 'prettier';
import {parse} from 'yaml';

const check = process.argv.includes('--check');
const cell = text =>
  String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = text => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

export function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${code(spec.default)} | ${cell(spec.description)} |`
  );
  return [
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n');
}

export function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBlock(text, marker, table) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
}

let stale = 0;
for (const name of readdirSync('actions')) {
  const readme = join('actions', name, 'README.md');
  const manifest = join('actions', name, 'action.yml');
  if (!existsSync(readme) || !existsSync(manifest)) continue;
  const action = parse(readFileSync(manifest, 'utf8'));
  const before = readFileSync(readme, 'utf8');
  let after;
  try {
    after = replaceBlock(before, 'inputs', inputsTable(action.inputs));
    after = replaceBlock(after, 'outputs', outputsTable(action.outputs));
    // Prettier is the one formatter: the tables are written the way it would lay them out.
    const options = await prettier.resolveConfig(readme);
    after = await prettier.format(after, {...options, filepath: readme});
  } catch (error) {
    console.error(`${readme}: ${error.message}`);
    process.exit(1);
  }
  if (after === before) continue;
  if (check) {
    console.error(`${readme} is stale: run 'npm run docs'`);
    stale++;
  } else {
    writeFileSync(readme, after);
    console.log(`updated ${readme}`);
  }
}
if (stale) process.exit(1);
