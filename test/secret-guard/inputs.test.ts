import {ConfigurationError} from '@ci-actions/core';
import {parseEnvLines, parseNames, readInputs} from '../../actions/secret-guard/src/inputs';
import {setInputs, useCleanEnv} from '../helpers/env';

useCleanEnv();

describe('readInputs', () => {
  it('reads names, on-missing and env lines', () => {
    setInputs({
      required: 'ANTHROPIC_API_KEY, OPENAI_API_KEY\nGOOGLE_API_KEY,\n',
      optional: 'FORGEJO_PAT\nOPENAI_API_KEY',
      'on-missing': 'offline',
      'offline-env':
        '# offline fixtures\nNOX_OFFLINE=1\n\n  PYTEST_ADDOPTS = --offline-fixtures -q \n',
      'online-env': 'LIVE=yes=really'
    });
    expect(readInputs()).toEqual({
      required: ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GOOGLE_API_KEY'],
      optional: ['FORGEJO_PAT'],
      onMissing: 'offline',
      offlineEnv: [
        {key: 'NOX_OFFLINE', value: '1'},
        {key: 'PYTEST_ADDOPTS', value: '--offline-fixtures -q'}
      ],
      onlineEnv: [{key: 'LIVE', value: 'yes=really'}]
    });
  });

  it('defaults on-missing to auto and the rest to empty', () => {
    setInputs({required: 'A'});
    expect(readInputs()).toEqual({
      required: ['A'],
      optional: [],
      onMissing: 'auto',
      offlineEnv: [],
      onlineEnv: []
    });
  });

  it('drops repeated names', () => {
    setInputs({required: 'A,B,A', optional: 'C\nC'});
    expect(readInputs()).toMatchObject({required: ['A', 'B'], optional: ['C']});
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['no required input', {}, /^Input 'required' is required/],
    ['only separators', {required: ' ,\n, '}, /^Input 'required' is required/],
    ['a malformed required name', {required: 'A,1BAD'}, /^Input 'required' .*got '1BAD'/],
    ['a name with a dash', {required: 'MY-KEY'}, /^Input 'required' .*got 'MY-KEY'/],
    ['a name with a space', {required: 'MY KEY'}, /^Input 'required' .*got 'MY KEY'/],
    ['an expression left in', {required: '${{ secrets.A }}'}, /^Input 'required' /],
    [
      'a malformed optional name',
      {required: 'A', optional: 'ok,b.c'},
      /^Input 'optional' .*'b\.c'/
    ],
    [
      'an unknown on-missing',
      {required: 'A', 'on-missing': 'never'},
      /^Input 'on-missing' must be one of 'auto', 'offline', 'fail', got 'never'/
    ],
    [
      'an offline-env line without =',
      {required: 'A', 'offline-env': 'NOX_OFFLINE=1\nJUSTTEXT'},
      /^Input 'offline-env' line 2 must be KEY=VALUE, but has no '='/
    ],
    [
      'an offline-env line with a bad key',
      {required: 'A', 'offline-env': '\n\n1X=2'},
      /^Input 'offline-env' line 3 .*got key '1X'/
    ],
    [
      'an online-env line with an empty key',
      {required: 'A', 'online-env': '=value'},
      /^Input 'online-env' line 1 .*got key ''/
    ],
    [
      'an online-env NODE_OPTIONS line',
      {required: 'A', 'online-env': 'NODE_OPTIONS=--require x'},
      /^Input 'online-env' line 1 sets NODE_OPTIONS, which the runner refuses/
    ]
  ])('%s fails with a message naming the input', (_label, inputs, message) => {
    setInputs(inputs);
    expect(() => readInputs()).toThrow(ConfigurationError);
    expect(() => readInputs()).toThrow(message);
  });

  it('does not echo the value of a malformed env line', () => {
    setInputs({required: 'A', 'online-env': 'ghp_secretish-text-without-equals'});
    expect(() => readInputs()).toThrow(/line 1/);
    expect(() => readInputs()).not.toThrow(/ghp_secretish/);
  });
});

describe('parseNames', () => {
  it.each([
    ['A', ['A']],
    ['_a1, B_2', ['_a1', 'B_2']],
    ['\n  X \n\nY,,Z\n', ['X', 'Y', 'Z']],
    ['', []]
  ])('%p gives %p', (text, names) => {
    expect(parseNames('required', text)).toEqual(names);
  });
});

describe('parseEnvLines', () => {
  it('accepts CRLF line ends and keeps = inside values', () => {
    expect(parseEnvLines('offline-env', 'A=1\r\nB=x=y\r\n')).toEqual([
      {key: 'A', value: '1'},
      {key: 'B', value: 'x=y'}
    ]);
  });

  it('allows an empty value', () => {
    expect(parseEnvLines('online-env', 'EMPTY=')).toEqual([{key: 'EMPTY', value: ''}]);
  });
});
