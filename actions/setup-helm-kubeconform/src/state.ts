import {createState} from '@ci-actions/core/state';

// What main hands to post, each value JSON. Post saves only what these name.
export type StateKey =
  /** SaveItem[]: fresh tool installs. */
  | 'tools'
  /** SaveItem[]: freshly built chart dependencies. */
  | 'charts'
  /** SchemaState: the restored schema cache. */
  | 'schemas';

export interface SaveItem {
  readonly key: string;
  readonly paths: string[];
}

export interface SchemaState {
  readonly dir: string;
  readonly prefix: string;
  readonly matchedKey: string;
}

export const state = createState<StateKey>();
