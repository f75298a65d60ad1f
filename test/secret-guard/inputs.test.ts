import {ConfigurationError} from '@ci-actions/core';
import {
  parseEnvLines,
  parseNames,
  parseRepositories,
  readInputs
} from '../../actions/secret-guard/src/inputs';
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
      'online-env': 'LIVE=yes=really',
      'trusted-repositories': 'cleveragents/example,\nCleverAgents/other.repo'
    });
    expect(readInputs()).toEqual({
      required: ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GOOGLE_API_KEY'],
      optional: ['FORGEJO_PAT'],
      onMissing: 'offline',
      offlineEnv: [
        {key: 'NOX_OFFLINE', value: '1'},
        {key: 'PYTEST_ADDOPTS', value: '--offline-fixtures -q'}
      ],
      onlineEnv: [{key: 'LIVE', value: 'yes=really'}],
      trustedRepositories: ['cleveragents/example', 'CleverAgents/other.repo'],
      summary: true
    });
  });

  it('defaults on-missing to auto and the rest to empty', () => {
    setInputs({required: 'A'});
    expect(readInputs()).toEqual({
      required: ['A'],
      optional: [],
      onMissing: 'auto',
      offlineEnv: [],
      onlineEnv: [],
      trustedRepositories: [],
      summary: true
    });
  });

  it.each([
    ['false', false],
    ['FALSE', false],
    ['True', true]
  ])('reads summary %s', (value, summary) => {
    setInputs({required: 'A', summary: value});
    expect(readInputs().summary).toBe(summary);
  });

  it('drops repeated names', () => {
    setInputs({required: 'A,B,A', optional: 'C\nC'});
    expect(readInputs()).toMatchObject({required: ['A', 'B'], optional: ['C']});
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['no required input', {}, /^Input 'required' is required/],
    ['only separators', {required: ' ,\n, '}, /^Input 'required' is required/],
    [
      'a malformed required name',
      {required: 'A,1BAD'},
      /^Input 'required' item 2 is not an environment variable name matching/
    ],
    ['a name with a dash', {required: 'MY-KEY'}, /^Input 'required' item 1 /],
    ['a name with a space', {required: '\n, MY KEY'}, /^Input 'required' item 1 /],
    ['an expression left in', {required: '${{ secrets.A }}'}, /^Input 'required' item 1 /],
    ['a malformed optional name', {required: 'A', optional: 'ok,b.c'}, /^Input 'optional' item 2 /],
    [
      'an unknown on-missing',
      {required: 'A', 'on-missing': 'never'},
      /^Input 'on-missing' must be one of 'auto', 'offline', 'fail' \(it is not shown/
    ],
    [
      'a trusted repository without an owner',
      {required: 'A', 'trusted-repositories': 'a/b\nexample'},
      /^Input 'trusted-repositories' item 2 is not a repository owner\/name/
    ],
    [
      'an offline-env value starting with =',
      {required: 'A', 'offline-env': 'X=1\nc2VjcmV0==  '},
      /^Input 'offline-env' line 2 must be KEY=VALUE with a VALUE that is not empty/
    ],
    [
      'an offline-env line without =',
      {required: 'A', 'offline-env': 'NOX_OFFLINE=1\nJUSTTEXT'},
      /^Input 'offline-env' line 2 must be KEY=VALUE, but has no '='/
    ],
    [
      'an offline-env line with a bad key',
      {required: 'A', 'offline-env': '\n\n1X=2'},
      /^Input 'offline-env' line 3 must be KEY=VALUE with KEY matching .* \(it is not shown/
    ],
    [
      'an online-env line with an empty key',
      {required: 'A', 'online-env': '=value'},
      /^Input 'online-env' line 1 must be KEY=VALUE with KEY matching/
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

  // A secret given to an input by mistake: the message names the input and the position only.
  const SECRET = 'c2stYW50,LXNlY3Jl-dA==';
  const PIECES = ['c2stYW50', 'LXNlY3Jl', 'LXNlY3Jl-dA', 'dA', 'c2stYW50,LXNlY3Jl-dA'];
  it.each<[string, Record<string, string>, string]>([
    ['required', {required: SECRET}, "Input 'required' item 2"],
    ['optional', {required: 'A', optional: SECRET}, "Input 'optional' item 2"],
    ['on-missing', {required: 'A', 'on-missing': SECRET}, "Input 'on-missing'"],
    ['offline-env', {required: 'A', 'offline-env': SECRET}, "Input 'offline-env' line 1"],
    ['online-env', {required: 'A', 'online-env': `X=1\n${SECRET}`}, "Input 'online-env' line 2"],
    [
      'a padded value',
      {required: 'A', 'online-env': 'c2VjcmV0dG9r=='},
      "Input 'online-env' line 1"
    ],
    [
      'trusted-repositories',
      {required: 'A', 'trusted-repositories': SECRET},
      "Input 'trusted-repositories' item 1"
    ],
    ['summary', {required: 'A', summary: SECRET}, "Input 'summary' must be true or false."]
  ])('a secret given to %s is not echoed', (_label, inputs, where) => {
    setInputs(inputs);
    let message = '';
    try {
      readInputs();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(where);
    for (const piece of [...PIECES, 'c2VjcmV0dG9r']) expect(message).not.toContain(piece);
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

describe('parseRepositories', () => {
  it.each([
    ['o/r', ['o/r']],
    ['my-org/my.repo_1, other/x\nother/x', ['my-org/my.repo_1', 'other/x']],
    ['', []]
  ])('%p gives %p', (text, repositories) => {
    expect(parseRepositories('trusted-repositories', text)).toEqual(repositories);
  });
});

describe('parseEnvLines', () => {
  it('accepts CRLF line ends and keeps = inside values', () => {
    expect(parseEnvLines('offline-env', 'A=1\r\nB=x=y\r\n')).toEqual([
      {key: 'A', value: '1'},
      {key: 'B', value: 'x=y'}
    ]);
  });

  it.each(['EMPTY=', 'EMPTY=  ', 'dG9rZW4tb25l=', 'c2VjcmV0==', 'X= =1'])(
    'refuses %p: an empty value or one starting with = (base64 padding)',
    line => {
      expect(() => parseEnvLines('online-env', line)).toThrow(
        /^Input 'online-env' line 1 must be KEY=VALUE with a VALUE that is not empty/
      );
    }
  );
});
