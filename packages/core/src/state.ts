import {errorMessage} from './errors';
import type {Logger} from './logger';
import * as core from './runner';

/** Typed access to the values a main step hands to its post step (STATE_<key>). */
export interface StateStore<K extends string> {
  set(key: K, value: string): void;
  get(key: K): string;
  setJson(key: K, value: unknown): void;
  /**
   * The value saved with `setJson`; undefined when absent, or unreadable (with a warning to `log`,
   * by default the runner's log).
   */
  getJson<T>(key: K, log?: Pick<Logger, 'warning'>): T | undefined;
}

export function createState<K extends string>(): StateStore<K> {
  return {
    set: (key, value) => core.saveState(key, value),
    get: key => core.getState(key),
    setJson: (key, value) => core.saveState(key, JSON.stringify(value)),
    getJson: <T>(key: K, log: Pick<Logger, 'warning'> = core): T | undefined => {
      const text = core.getState(key);
      if (!text) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        log.warning(`Ignoring the unreadable state '${key}': ${errorMessage(error)}`);
        return undefined;
      }
    }
  };
}
