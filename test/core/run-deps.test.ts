import {coreLogger, nullLogger, resolveRunDeps} from '@ci-actions/core';

describe('resolveRunDeps', () => {
  it('reads the inputs only when none are injected', () => {
    let reads = 0;
    const read = () => ({read: ++reads});
    expect(resolveRunDeps({inputs: {read: 0}, logger: nullLogger}, read)).toEqual({
      inputs: {read: 0},
      logger: nullLogger
    });
    expect(reads).toBe(0);
    expect(resolveRunDeps({}, read)).toEqual({inputs: {read: 1}, logger: coreLogger});
    expect(reads).toBe(1);
  });
});
