import {readInputs, type Inputs} from '../../actions/retry-run/src/inputs';
import {readWithInputs} from '../helpers/env';
import {actionDefaults} from '../helpers/runner';

/** retry-run's inputs as readInputs makes them from action.yml's defaults, `raw` and then `over`. */
export function makeInputs(
  over: Partial<Inputs> = {},
  raw: Readonly<Record<string, string>> = {}
): Inputs {
  const inputs = readWithInputs(
    actionDefaults('retry-run'),
    {run: 'true', delay: '0', jitter: 'false', ...raw},
    readInputs
  );
  return {...inputs, ...over};
}
