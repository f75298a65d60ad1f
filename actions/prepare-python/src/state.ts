import {createState} from '@ci-actions/core/state';

// What main hands to post. Post decides everything from these values.
export type StateKey =
  /** `true` once uv, the dependencies and nox are installed. */
  | 'install-ok'
  /** The uv cache key and the key restore matched (empty on a miss). */
  | 'cache-key'
  | 'cache-matched-key'
  | 'cache-dir'
  | 'prune'
  | 'uv-path'
  | 'uv-version'
  /** ToolSave (JSON) when the uv binary itself should be saved to the Actions cache. */
  | 'tool-save';

export interface ToolSave {
  readonly cacheKey: string;
  readonly cachePaths: readonly string[];
}

export const state = createState<StateKey>();
