import {readInputs, type Inputs} from '../../actions/setup-helm-kubeconform/src/inputs';
import {readWithInputs} from '../helpers/env';
import {actionDefaults} from '../helpers/runner';

/** setup-helm-kubeconform's inputs as readInputs makes them from action.yml's defaults, `raw` and then `over`. */
export function makeInputs(
  over: Partial<Inputs> = {},
  raw: Readonly<Record<string, string>> = {}
): Inputs {
  return {...readWithInputs(actionDefaults('setup-helm-kubeconform'), raw, readInputs), ...over};
}
