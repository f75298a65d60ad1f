import {runProcess, type ProcessResult} from '@ci-actions/core';
import type {Inputs} from './inputs';
import {shellCommand} from './shell';

// The script's process: the inputs' shell over a script file, in the step's environment as a
// `run:` step has it (no INPUT_* variables, no runtime tokens unless `pass-runtime-env`).

/** What the runner gives a JavaScript action but not a `run:` step (`pass-runtime-env` keeps them). */
export const RUNTIME_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];

/** The step's environment for the script, as a `run:` step has it: no inputs, no runtime tokens. */
export function childEnv(
  overrides: Record<string, string>,
  passRuntimeEnv: boolean,
  parent: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (name.startsWith('INPUT_')) continue;
    if (!passRuntimeEnv && RUNTIME_VARIABLES.includes(name)) continue;
    env[name] = value;
  }
  return {...env, ...overrides};
}

export async function runScript(
  inputs: Inputs,
  script: string,
  env: Record<string, string>,
  timeoutMs: number | undefined
): Promise<ProcessResult> {
  const {command, args} = shellCommand(inputs.shell, script);
  return runProcess({
    command,
    args,
    cwd: inputs.workingDirectory,
    env: childEnv(env, inputs.passRuntimeEnv),
    timeoutMs,
    killGraceMs: inputs.killGraceMs
  });
}
