import {
  cell,
  code,
  installRow,
  Phases,
  recordingLogger,
  renderSummary,
  type StepSummary
} from '@ci-actions/core';
import type {InstallResult} from '@ci-actions/core/tool-install';

describe('renderSummary', () => {
  it.each<[string, StepSummary, string[]]>([
    ['a title alone', {title: 'x'}, ['### x', '']],
    [
      'a table, notes, phases and the faults absorbed',
      {
        title: 'act',
        tables: [{head: ['a', 'b'], rows: [['1', '2']]}],
        notes: ['**mode:** online'],
        phases: [
          {name: 'uv', durationMs: 1200},
          {name: 'cache', durationMs: 40}
        ],
        faultsAbsorbed: 2
      },
      [
        '### act',
        '',
        '| a | b |',
        '| --- | --- |',
        '| 1 | 2 |',
        '',
        '**mode:** online  ',
        '**time:** uv 1.2s · cache 40ms  ',
        '**faults absorbed:** 2',
        ''
      ]
    ],
    [
      'no faults is a count too; an empty table is left out',
      {title: 't', tables: [{head: ['a'], rows: []}], faultsAbsorbed: 0},
      ['### t', '', '**faults absorbed:** 0', '']
    ]
  ])('%s', (_, summary, lines) => {
    expect(renderSummary(summary).split('\n')).toEqual(lines);
  });
});

describe('cells', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['plain', 'plain']
  ])('cell(%p) is %p', (text, out) => expect(cell(text)).toBe(out));

  it.each([
    ['name', '`name`'],
    ['a`b', '`` a`b ``'],
    ['a|b', '`a\\|b`']
  ])('code(%p) is %p', (text, out) => expect(code(text)).toBe(out));
});

describe('installRow', () => {
  const tool = (over: Partial<InstallResult>): InstallResult => ({
    name: 'helm',
    version: '3.16.4',
    dir: '/t/helm',
    paths: {},
    sha256: 'ab'.repeat(32),
    digestSource: 'built-in',
    source: 'tool-cache',
    needsSave: false,
    cacheKey: 'k',
    cachePaths: [],
    ...over
  });
  it.each<[Partial<InstallResult>, string, string]>([
    [{}, 'tool cache', 'the built-in table'],
    [{source: 'actions-cache', digestSource: 'input'}, 'Actions cache', 'the sha256 input'],
    [
      {source: 'download', url: 'https://u:p@m.example/h.tgz?t=1', digestSource: 'checksum-file'},
      'mirror `https://m.example/h.tgz`',
      'the checksum file'
    ]
  ])('%p', (over, from, digest) => {
    expect(installRow(tool(over))).toEqual([
      '`helm`',
      '3.16.4',
      from,
      `\`${'ab'.repeat(32)}\` (${digest})`
    ]);
  });
});

describe('Phases', () => {
  it('times each phase and folds its lines into a group of its name', async () => {
    let now = 0;
    const logger = recordingLogger();
    const phases = new Phases(logger, () => now);
    await phases.run('uv', async () => {
      logger.info('installing');
      now += 1500;
    });
    await expect(
      phases.run('nox', async () => {
        now += 20;
        throw new Error('failed');
      })
    ).rejects.toThrow('failed');
    expect(phases.list()).toEqual([
      {name: 'uv', durationMs: 1500},
      {name: 'nox', durationMs: 20}
    ]);
    expect(logger.lines).toEqual([
      'group: uv',
      'info: installing',
      'endgroup',
      'group: nox',
      'endgroup'
    ]);
  });
});
