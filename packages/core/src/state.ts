import {errorMessage} from './errors';
import * as core from './runner';

/** Typed access to the values a main step hands to its post step (STATE_<key>). */
export interface StateStore<K extends string> {
  set(key: K, value: string): void;
  get(key: K): string;
  setJson(key: K, value: unknown): void;
  /** The value saved with `setJson`; undefined when absent, or unreadable (with a warning). */
  getJson<T>(key: K): T | undefined;
}

export interface StateOptions {
  /** Where an unreadable value is reported (default: the runner's warning). */
  readonly warning?: (message: string) => void;
}

export function createState<K extends string>(options: StateOptions = {}): StateStore<K> {
  const warning = options.warning ?? core.warning;
  return {
    set: (key, value) => core.saveState(key, value),
    get: key => core.getState(key),
    setJson: (key, value) => core.saveState(key, JSON.stringify(value)),
    getJson: <T>(key: K): T | undefined => {
      const text = core.getState(key);
      if (!text) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        warning(`Ignoring the unreadable state '${key}': ${errorMessage(error)}`);
        return undefined;
      }
    }
  };
}
