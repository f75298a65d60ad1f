import {decideSave, pruneArgs} from '../../actions/prepare-python/src/post-run';

const KEY = 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-abc';

describe('decideSave', () => {
  it.each<
    [string, {key: string; matchedKey: string; installOk: string}, boolean, RegExp | undefined]
  >([
    ['a miss after a good install', {key: KEY, matchedKey: '', installOk: 'true'}, true, undefined],
    [
      'a partial match after a good install',
      {
        key: KEY,
        matchedKey: 'prepare-python-v1-linux-debian-13-x86_64-glibc-py3.13-old',
        installOk: 'true'
      },
      true,
      undefined
    ],
    [
      'an exact hit',
      {key: KEY, matchedKey: KEY, installOk: 'true'},
      false,
      /restored from this exact key/
    ],
    [
      'an exact hit reported in another case by the server',
      {key: KEY, matchedKey: KEY.toUpperCase(), installOk: 'true'},
      false,
      /exact key/
    ],
    [
      'a failed install',
      {key: KEY, matchedKey: '', installOk: ''},
      false,
      /install phase did not succeed/
    ],
    ['caching off', {key: '', matchedKey: '', installOk: 'true'}, false, /caching is off/]
  ])('%s', (_, values, save, reason) => {
    const decision = decideSave(values);
    expect(decision.save).toBe(save);
    expect('reason' in decision ? decision.reason : '').toMatch(reason ?? /^$/);
  });
});

describe('pruneArgs', () => {
  it.each([
    ['0.8.23', ['cache', 'prune', '--ci']],
    ['0.8.24', ['cache', 'prune', '--ci', '--force']],
    ['0.9.30', ['cache', 'prune', '--ci', '--force']],
    ['1.0.0', ['cache', 'prune', '--ci', '--force']]
  ])('uv %s', (version, args) => {
    expect(pruneArgs(version)).toEqual(args);
  });
});
