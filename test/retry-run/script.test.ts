import {childEnv, RUNTIME_VARIABLES} from '../../actions/retry-run/src/script';

describe('childEnv', () => {
  const parent = {PATH: '/bin', INPUT_RUN: 'x', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u'};

  it.each<[string, boolean, Record<string, string>, Record<string, string>]>([
    ['drops inputs and runtime tokens', false, {}, {PATH: '/bin'}],
    [
      'keeps runtime tokens with pass-runtime-env',
      true,
      {},
      {PATH: '/bin', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u'}
    ],
    ['adds the attempt files', false, {GITHUB_OUTPUT: '/o'}, {PATH: '/bin', GITHUB_OUTPUT: '/o'}]
  ])('%s', (_, pass, overrides, expected) => {
    expect(childEnv(overrides, pass, parent)).toEqual(expected);
  });

  it('names every runtime variable a `run:` step lacks', () => {
    expect(RUNTIME_VARIABLES).toEqual(
      expect.arrayContaining(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    );
  });
});
