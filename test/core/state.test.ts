import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createState} from '@ci-actions/core/state';
import {useCleanEnv} from '../helpers/env';

describe('createState', () => {
  useCleanEnv();
  let dir: string;
  let warnings: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'state-'));
    process.env.GITHUB_STATE = join(dir, 'state');
    writeFileSync(process.env.GITHUB_STATE, '');
    warnings = [];
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  const store = () => createState<'plain' | 'items'>();
  const log = {warning: (message: string) => warnings.push(message)};

  it('writes values, JSON ones as JSON, to the state file', () => {
    store().set('plain', 'a value');
    store().setJson('items', [{key: 'k', paths: ['a,b']}]);
    const text = readFileSync(process.env.GITHUB_STATE!, 'utf8');
    expect(text).toMatch(/^plain<<ghadelimiter_[-0-9a-f]+\na value\nghadelimiter_/);
    expect(text).toContain('\n[{"key":"k","paths":["a,b"]}]\n');
  });

  it.each<[string, string | undefined, unknown, string[]]>([
    ['absent', undefined, undefined, []],
    ['empty', '', undefined, []],
    ['an array', '[{"key":"k","paths":["p"]}]', [{key: 'k', paths: ['p']}], []],
    ['an object', '{"dir":"/d","matchedKey":""}', {dir: '/d', matchedKey: ''}, []],
    ['unreadable', '{"dir":', undefined, ["Ignoring the unreadable state 'items': "]]
  ])('reads %s JSON state', (_, text, expected, warned) => {
    if (text !== undefined) process.env.STATE_items = text;
    expect(store().getJson('items', log)).toEqual(expected);
    expect(warnings.map(w => w.replace(/: .*/, ': '))).toEqual(warned);
  });

  it('reads plain values as they are', () => {
    process.env.STATE_plain = 'x';
    expect(store().get('plain')).toBe('x');
    expect(store().get('items')).toBe('');
  });
});
