import type {Clock} from '@ci-actions/core';

/** A clock whose sleeps advance time at once and are recorded. */
export function fakeClock(random = 0.5): Clock & {sleeps: number[]; advance(ms: number): void} {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => random,
    sleep: async ms => {
      sleeps.push(ms);
      now += ms;
    },
    advance: ms => {
      now += ms;
    }
  };
}
