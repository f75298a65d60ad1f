// The repository stands on its own: no file names a place on a developer's machine, the project's
// planning folders, or one of the project's own issues by number.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const FORBIDDEN: readonly [string, RegExp][] = [
  ['an issue number', /\bissues? #?\d+\b/i],
  ['a planning folder outside the repository', /\.\.\/shared\b|\bshared\/reference\b/],
  ['a machine path', /(?<![\w.-])\/(?:work|root)\//]
];

const files = execFileSync('git', ['ls-files', '-z'], {encoding: 'utf8'})
  .split('\0')
  .filter(file => file && !file.startsWith('dist/') && file !== 'package-lock.json')
  .filter(file => !/\.(png|gz|tgz|zip|whl|deb)$/.test(file));

describe('repository hygiene', () => {
  it.each(FORBIDDEN)('no tracked file names %s', (_, pattern) => {
    const hits = files.flatMap(file => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      return text
        .split('\n')
        .map((line, i) => ({line, i}))
        .filter(({line}) => pattern.test(line))
        .map(({line, i}) => `${file}:${i + 1}: ${line.trim()}`);
    });
    expect(hits).toEqual([]);
  });
});
