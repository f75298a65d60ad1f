import * as core from './runner';

/** Typed access to the values a main step hands to its post step (STATE_<key>). */
export interface StateStore<K extends string> {
  set(key: K, value: string): void;
  get(key: K): string;
}

export function createState<K extends string>(): StateStore<K> {
  return {
    set: (key, value) => core.saveState(key, value),
    get: key => core.getState(key)
  };
}
