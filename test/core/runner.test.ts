import {runner} from '@ci-actions/core';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {useCleanEnv} from '../helpers/env';
import {parseFileCommands} from '../helpers/runner';

useCleanEnv();

function capture(fn: () => void): string {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('runner contract', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-'));
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY'
    ]) {
      const file = join(dir, name);
      writeFileSync(file, '');
      process.env[name] = file;
    }
  });

  it('reads inputs the way the runner names them', () => {
    process.env['INPUT_RETRY-ON'] = ' error ';
    process.env.INPUT_MY_INPUT = 'x';
    expect(runner.getInput('retry-on')).toBe('error');
    expect(runner.getInput('retry-on', {trimWhitespace: false})).toBe(' error ');
    expect(runner.getInput('my input')).toBe('x');
  });

  it('writes outputs, env and state as heredocs that survive newlines', () => {
    runner.setOutput('multi', 'a\nb=c\n');
    runner.exportVariable('NAME', 'v<<x');
    runner.saveState('key', 'value');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8'))).toEqual({
      multi: 'a\nb=c\n'
    });
    expect(parseFileCommands(readFileSync(process.env.GITHUB_ENV!, 'utf8'))).toEqual({
      NAME: 'v<<x'
    });
    expect(process.env.NAME).toBe('v<<x');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE!, 'utf8'))).toEqual({
      key: 'value'
    });
  });

  it('adds to PATH for later steps and this process', () => {
    runner.addPath('/opt/tool/bin');
    expect(readFileSync(process.env.GITHUB_PATH!, 'utf8')).toBe('/opt/tool/bin\n');
    expect(process.env.PATH!.startsWith('/opt/tool/bin:')).toBe(true);
  });

  it('falls back to workflow commands without the files', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(capture(() => runner.setOutput('x', 'a,b:c'))).toBe('\n::set-output name=x::a,b:c\n');
  });

  it.each([
    ['plain', '::add-mask::plain\n'],
    ['a%b', '::add-mask::a%25b\n'],
    ['line1\nline2\r', '::add-mask::line1%0Aline2%0D\n'],
    ['::stop-commands::x', '::add-mask::::stop-commands::x\n']
  ])('escapes masks: %p', (value, expected) => {
    expect(capture(() => runner.setSecret(value))).toBe(expected);
  });

  it('appends to the step summary, and reports when there is none', () => {
    expect(runner.appendSummary('| a |')).toBe(true);
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('| a |\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(runner.appendSummary('x')).toBe(false);
  });

  it('marks failure with an error annotation and exit code', () => {
    expect(capture(() => runner.setFailed('bad\nthing'))).toBe('::error::bad%0Athing\n');
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });
});
