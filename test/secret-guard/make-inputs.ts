import {readInputs, type Inputs} from '../../actions/secret-guard/src/inputs';
import {readWithInputs} from '../helpers/env';
import {actionDefaults} from '../helpers/runner';

/** secret-guard's inputs as readInputs makes them from action.yml's defaults, `raw` and then `over`. */
export function makeInputs(
  over: Partial<Inputs> = {},
  raw: Readonly<Record<string, string>> = {}
): Inputs {
  return {
    ...readWithInputs(actionDefaults('secret-guard'), {required: 'SG_TOKEN', ...raw}, readInputs),
    ...over
  };
}
