import {join} from 'node:path';
import {readInputs} from '../../actions/flake-report/src/inputs';
import {setInputs, useCleanEnv} from '../helpers/env';

describe('flake-report inputs', () => {
  useCleanEnv();

  it.each([
    [{}, {RUNNER_TEMP: '/t'}, join('/t', 'ci-actions', 'ledger.jsonl')],
    [{}, {RUNNER_TEMP: '/t', CI_ACTIONS_LEDGER: '/x/l.jsonl'}, '/x/l.jsonl'],
    [{path: 'ledgers'}, {RUNNER_TEMP: '/t', GITHUB_WORKSPACE: '/w'}, join('/w', 'ledgers')],
    [{path: '/abs/dir'}, {GITHUB_WORKSPACE: '/w'}, '/abs/dir'],
    [{}, {}, '']
  ])('path from %p with %p is %p', (inputs, env, expected) => {
    delete process.env.RUNNER_TEMP;
    delete process.env.CI_ACTIONS_LEDGER;
    setInputs(inputs);
    expect(readInputs({...env})).toEqual({path: expected});
  });
});
