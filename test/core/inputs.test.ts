import {
  ConfigurationError,
  getBoolean,
  getDuration,
  getEnum,
  getInt,
  getLines,
  getList,
  getMultiline,
  getNumber,
  getOptional,
  getPath,
  getRequired,
  getRetryBudget,
  MAX_DURATION_MS,
  parseMirrors,
  resolvePath,
  workspaceDir
} from '@ci-actions/core';
import {homedir} from 'node:os';
import {setInputs, useCleanEnv} from '../helpers/env';

useCleanEnv();

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('getRequired / getOptional / getMultiline', () => {
  it('returns a trimmed value', () => {
    setInputs({name: '  x  '});
    expect(getRequired('name')).toBe('x');
    expect(getOptional('name')).toBe('x');
  });

  it('names the missing input', () => {
    expect(message(() => getRequired('run'))).toBe("Input 'run' is required and was not supplied.");
    expect(getOptional('run')).toBeUndefined();
  });

  it('keeps white space of scripts', () => {
    setInputs({run: '  echo a\n  echo b\n'});
    expect(getMultiline('run', {required: true})).toBe('  echo a\n  echo b\n');
  });

  it('treats a blank script as missing', () => {
    setInputs({run: ' \n '});
    expect(message(() => getMultiline('run', {required: true}))).toContain("'run' is required");
  });
});

describe('getBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true]
  ])('%p is %p', (value, expected) => {
    setInputs({flag: value});
    expect(getBoolean('flag', true)).toBe(expected);
  });

  it.each(['yes', 'on', '1', 'tRue'])(
    'rejects %p, naming input, value and what is allowed',
    value => {
      setInputs({flag: value});
      expect(message(() => getBoolean('flag', true))).toBe(
        `Input 'flag' must be true or false, got '${value}'.`
      );
    }
  );
});

describe('getList / getLines', () => {
  it.each([
    ['a,b , c', ['a', 'b', 'c']],
    ['a\nb\n\n c ', ['a', 'b', 'c']],
    ['a, \n,b', ['a', 'b']],
    ['', []]
  ])('getList(%p)', (value, expected) => {
    setInputs({list: value});
    expect(getList('list')).toEqual(expected);
  });

  it('getLines keeps commas inside an item', () => {
    setInputs({patterns: 'a{1,2}\n\n b '});
    expect(getLines('patterns')).toEqual(['a{1,2}', 'b']);
  });
});

describe('getInt / getNumber', () => {
  const bounds = {min: 1, max: 100, fallback: 3};
  it.each([
    ['', 3],
    ['1', 1],
    ['100', 100]
  ])('%p is %p', (value, expected) => {
    setInputs({attempts: value});
    expect(getInt('attempts', bounds)).toBe(expected);
  });

  it.each(['0', '101', '1.5', '10s', 'x', '-1'])('rejects %p', value => {
    setInputs({attempts: value});
    expect(message(() => getInt('attempts', bounds))).toBe(
      `Input 'attempts' must be an integer from 1 to 100, got '${value}'.`
    );
  });

  it('getNumber accepts decimals within bounds', () => {
    setInputs({backoff: '1.5'});
    expect(getNumber('backoff', {min: 1, max: 10, fallback: 2})).toBe(1.5);
    setInputs({backoff: '0.5'});
    expect(message(() => getNumber('backoff', {min: 1, max: 10, fallback: 2}))).toBe(
      "Input 'backoff' must be a number from 1 to 10, got '0.5'."
    );
  });
});

describe('getEnum', () => {
  it('accepts an allowed value and falls back when empty', () => {
    setInputs({mode: 'error'});
    expect(getEnum('mode', ['any', 'error'] as const, 'any')).toBe('error');
    setInputs({mode: ''});
    expect(getEnum('mode', ['any', 'error'] as const, 'any')).toBe('any');
  });

  it('lists what is allowed', () => {
    setInputs({mode: 'sometimes'});
    expect(message(() => getEnum('mode', ['any', 'error'] as const, 'any'))).toBe(
      "Input 'mode' must be one of 'any', 'error', got 'sometimes'."
    );
  });
});

describe('getDuration', () => {
  it.each([
    ['', undefined],
    ['500ms', 500],
    ['2', 2000],
    ['1h', 3_600_000]
  ])('%p is %p ms', (value, expected) => {
    setInputs({timeout: value});
    expect(getDuration('timeout')).toBe(expected);
  });

  it.each(['5\nm', '60\ns', '5 m'])('rejects white space inside %p', value => {
    setInputs({timeout: value});
    expect(message(() => getDuration('timeout'))).toContain('must be a duration such as');
  });

  it('rejects a malformed duration with the accepted forms', () => {
    setInputs({timeout: '5 minutes'});
    expect(message(() => getDuration('timeout'))).toBe(
      "Input 'timeout' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '5 minutes'."
    );
  });

  it('enforces bounds, at most 7 days whatever the caller asks', () => {
    setInputs({timeout: '0'});
    expect(message(() => getDuration('timeout', {min: 1}))).toBe(
      "Input 'timeout' must be a duration from 1ms to 168h, got '0'."
    );
    setInputs({timeout: '1000h'});
    expect(message(() => getDuration('timeout', {max: 2 ** 40}))).toBe(
      "Input 'timeout' must be a duration from 0ms to 168h, got '1000h'."
    );
    setInputs({timeout: '168h'});
    expect(getDuration('timeout')).toBe(MAX_DURATION_MS);
    setInputs({timeout: '2h'});
    expect(message(() => getDuration('timeout', {min: 0, max: 3_600_000}))).toContain(
      'from 0ms to 1h'
    );
  });
});

describe('getRetryBudget', () => {
  it.each([
    ['', 120_000],
    ['90s', 90_000],
    ['2m', 120_000],
    ['0s', 0],
    ['45', 45_000],
    ['1h', 3_600_000]
  ])('%p is %p ms', (value, expected) => {
    setInputs({'retry-budget': value});
    expect(getRetryBudget()).toBe(expected);
  });

  it.each([
    [
      '2 minutes',
      "Input 'retry-budget' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '2 minutes'."
    ],
    [
      '-5s',
      "Input 'retry-budget' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '-5s'."
    ],
    ['2h', "Input 'retry-budget' must be a duration from 0ms to 1h, got '2h'."]
  ])('refuses %p naming the input, the value and what is allowed', (value, expected) => {
    setInputs({'retry-budget': value});
    expect(message(() => getRetryBudget())).toBe(expected);
  });
});

describe('paths', () => {
  it.each([
    ['sub/dir', '/ws/sub/dir'],
    ['/abs', '/abs'],
    ['../x', '/x'],
    ['~/cache', `${homedir()}/cache`],
    ['~', homedir()]
  ])('resolvePath(%p)', (value, expected) => {
    expect(resolvePath(value, '/ws')).toBe(expected);
  });

  it('getPath falls back', () => {
    expect(getPath('dir', {cwd: '/ws', fallback: '.'})).toBe('/ws');
  });

  it('workspaceDir is GITHUB_WORKSPACE, else the current directory', () => {
    process.env.GITHUB_WORKSPACE = '/ws';
    expect(workspaceDir()).toBe('/ws');
    process.env.GITHUB_WORKSPACE = '';
    expect(workspaceDir()).toBe(process.cwd());
  });
});

describe('parseMirrors', () => {
  it.each([
    [
      ['https://a/', 'http://b//'],
      ['https://a', 'http://b']
    ],
    [[], ['https://fallback.example']],
    [['https://a/x/'], ['https://a/x']]
  ])('%p -> %p', (values, expected) => {
    expect(parseMirrors('m', values, {fallback: 'https://fallback.example'})).toEqual(expected);
  });

  it.each([
    [
      'file:///x',
      undefined,
      "Input 'm' must be a list of http:// or https:// base URLs, got 'file:///x'."
    ],
    [
      'not a url',
      '{base}/{version}/x.tar.gz',
      "Input 'm' must be a list of http:// or https:// base URLs with the upstream layout ({base}/{version}/x.tar.gz), got 'not a url'."
    ]
  ])('rejects %p', (value, layout, expected) => {
    expect(message(() => parseMirrors('m', [value], {fallback: 'https://f', layout}))).toBe(
      expected
    );
  });
});
