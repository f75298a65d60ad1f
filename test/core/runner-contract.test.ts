// packages/core's runner module mirrors @actions/core (which the actions cannot afford to import on
// their start path). @actions/core is the oracle: both run over the same values and must write the
// same workflow-command lines and the same file-command records, delimiters aside.
import * as core from '@actions/core';
import {runner} from '@ci-actions/core';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {useCleanEnv} from '../helpers/env';
import {captureStdoutSync} from '../helpers/stdout';

useCleanEnv();

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'] as const;

const CORPUS: readonly string[] = [
  '',
  'plain',
  'multi\nline\nvalue',
  'trailing newline\n',
  'crlf\r\nline\r',
  'percent %25 %0A % literal',
  '::stop-commands::token',
  'a::b,c:d=e',
  'ghadelimiter_not-the-real-one',
  'EOF\n<<EOF\nname<<x',
  'unicode: żółć 日本 🚀',
  ' spaced  ',
  'tab\tand\u0000nul'
];

interface Impl {
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  setSecret(value: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: {title?: string}): void;
  error(message: string, properties?: {title?: string}): void;
  setFailed(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

const ours: Impl = runner;
const oracle: Impl = core;

interface Transcript {
  readonly stdout: string;
  readonly files: Readonly<Record<string, string>>;
  readonly exitCode: number | string | undefined;
  readonly path: string | undefined;
}

/** Runs `body` against `impl` with fresh command files, or with none (workflow-command fallback). */
function record(impl: Impl, withFiles: boolean, body: (impl: Impl) => void): Transcript {
  const dir = mkdtempSync(join(tmpdir(), 'runner-contract-'));
  for (const name of FILES) {
    if (withFiles) {
      writeFileSync(join(dir, name), '');
      process.env[name] = join(dir, name);
    } else delete process.env[name];
  }
  process.env.PATH = '/usr/bin';
  const stdout = captureStdoutSync(() => body(impl));
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  const files: Record<string, string> = {};
  if (withFiles) {
    for (const name of FILES) {
      files[name] = readFileSync(join(dir, name), 'utf8').replace(
        /ghadelimiter_[0-9a-f-]{36}/g,
        'DELIMITER'
      );
    }
  }
  rmSync(dir, {recursive: true, force: true});
  return {stdout, files, exitCode, path: process.env.PATH};
}

function both(withFiles: boolean, body: (impl: Impl) => void): [Transcript, Transcript] {
  return [record(ours, withFiles, body), record(oracle, withFiles, body)];
}

describe('the runner mirror matches @actions/core', () => {
  it.each(CORPUS.map(value => [JSON.stringify(value), value]))(
    'file commands for %s',
    (_, value) => {
      const [mirror, actual] = both(true, impl => {
        impl.setOutput('out', value);
        impl.exportVariable('ENV_NAME', value);
        impl.saveState('state', value);
        if (value) impl.addPath(value.replace(/\n|\r/g, ''));
      });
      expect(mirror).toEqual(actual);
    }
  );

  it.each(CORPUS.map(value => [JSON.stringify(value), value]))(
    'workflow commands for %s',
    (_, value) => {
      const [mirror, actual] = both(false, impl => {
        impl.setSecret(value);
        impl.debug(value);
        impl.info(value);
        impl.warning(value);
        impl.error(value);
        impl.setFailed(value);
        impl.setOutput('out', value);
        impl.saveState('state', value);
      });
      expect(mirror).toEqual(actual);
    }
  );

  it.each(CORPUS.map(value => [JSON.stringify(value), value]))(
    'annotations with a title and groups for %s',
    (_, value) => {
      const [mirror, actual] = both(false, impl => {
        impl.error(value, {title: value});
        impl.error(value, {title: 'retry-run'});
        impl.warning(value, {title: value});
        impl.warning(value, {});
        impl.startGroup(value);
        impl.endGroup();
      });
      expect(mirror).toEqual(actual);
    }
  );

  it('sets the variable for this process as core does', () => {
    for (const impl of [ours, oracle]) {
      record(impl, true, i => i.exportVariable('CONTRACT_X', 'a\nb'));
      expect(process.env.CONTRACT_X).toBe('a\nb');
      delete process.env.CONTRACT_X;
    }
  });

  it('reads inputs and state as core does', () => {
    process.env['INPUT_MY-INPUT'] = '  padded\nvalue  ';
    process.env.INPUT_WITH_SPACE = 'x';
    process.env.STATE_key = 'saved';
    for (const [name, options] of [
      ['my-input', {}],
      ['my-input', {trimWhitespace: false}],
      ['with space', {}],
      ['absent', {}]
    ] as const) {
      expect(runner.getInput(name, options)).toBe(core.getInput(name, options));
    }
    expect(runner.getState('key')).toBe(core.getState('key'));
  });
});
