import {readInputs, type Inputs} from '../../actions/prepare-python/src/inputs';
import {readWithInputs} from '../helpers/env';
import {actionDefaults} from '../helpers/runner';

/** prepare-python's inputs as readInputs makes them from action.yml's defaults, `raw` and then `over`. */
export function makeInputs(
  over: Partial<Inputs> = {},
  raw: Readonly<Record<string, string>> = {}
): Inputs {
  return {...readWithInputs(actionDefaults('prepare-python'), raw, readInputs), ...over};
}
