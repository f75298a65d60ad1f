import {coreLogger, type Logger} from './logger';

/**
 * What an action's `run` takes from outside, so that tests can run it from source: its inputs and
 * its log. The entry passes neither and gets the step's.
 */
export interface RunDeps<Inputs> {
  readonly inputs?: Inputs;
  readonly logger?: Logger;
}

/** The injected inputs and logger, else the step's (`readInputs` runs only when none are given). */
export function resolveRunDeps<Inputs>(
  deps: RunDeps<Inputs>,
  readInputs: () => Inputs,
  stepLogger: Logger = coreLogger
): {inputs: Inputs; logger: Logger} {
  return {inputs: deps.inputs ?? readInputs(), logger: deps.logger ?? stepLogger};
}
