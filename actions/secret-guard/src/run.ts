import {
  ActionFailure,
  cell,
  code,
  createLogger,
  errorMessage,
  renderSummary,
  resolveRunDeps,
  runner,
  type Logger,
  type RunDeps
} from '@ci-actions/core';
import {readFileSync} from 'node:fs';
import {describeContext, detectPlatform, resolveContext, type TrustContext} from './context';
import {AUTOMATIC_TOKENS, decide, hasValue, type Decision} from './decide';
import {readInputs, type EnvLine, type Inputs} from './inputs';
import {maskVariants} from './masks';

// Order matters: inputs are checked first (nothing written on bad input), then every value is
// registered as a secret, and only then does anything reach the log, the outputs or files.
// Values are read for the named variables only and never leave this function.

function readPayload(logger: Logger): unknown {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    logger.warning(`could not read the event payload: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Names and decisions only: a value never reaches the summary. */
export function summaryTable(
  decision: Decision,
  inputs: {readonly required: readonly string[]; readonly optional: readonly string[]},
  context: TrustContext
): string {
  const rows = [...inputs.required, ...inputs.optional].map(name => {
    const kind = inputs.required.includes(name) ? 'required' : 'optional';
    const status = decision.present.includes(name)
      ? 'present'
      : decision.discounted.includes(name)
        ? 'missing (automatic token, untrusted context)'
        : 'missing';
    return [code(name), kind, status];
  });
  return renderSummary({
    title: 'secret-guard',
    tables: [{head: ['name', 'kind', 'status'], rows}],
    notes: [
      `**mode:** ${code(decision.mode)} · **reason:** ${code(decision.reason)} · **context:** ${cell(
        describeContext(context)
      )} (${context.trusted ? 'trusted' : 'untrusted'})`
    ]
  });
}

// Neither keys nor values are logged: a secret given to these inputs by mistake would show its
// pieces (a base64 value's text before `=`).
function exportLines(input: string, lines: readonly EnvLine[], logger: Logger): void {
  for (const line of lines) runner.exportVariable(line.key, line.value);
  if (lines.length > 0) {
    const count = lines.length === 1 ? 'one variable' : `${lines.length} variables`;
    logger.info(`exported ${count} from ${input}`);
  }
}

export async function run(deps: RunDeps<Inputs> = {}): Promise<void> {
  const {inputs, logger} = resolveRunDeps(deps, readInputs, createLogger({prefix: 'secret-guard'}));
  const names = [...inputs.required, ...inputs.optional];
  const set = new Set<string>();
  const masked = new Set<string>();
  for (const name of names) {
    const value = process.env[name];
    for (const mask of maskVariants(value)) {
      if (!masked.has(mask)) runner.setSecret(mask);
      masked.add(mask);
    }
    if (hasValue(value)) set.add(name);
  }

  const context = resolveContext({
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(logger),
    actor: process.env.GITHUB_ACTOR ?? '',
    repository: process.env.GITHUB_REPOSITORY ?? '',
    platform: detectPlatform(process.env),
    trustedRepositories: inputs.trustedRepositories
  });
  const decision = decide({...inputs, set, context});

  if (context.note) logger.warning(context.note);
  const tokens = inputs.required.filter(name => AUTOMATIC_TOKENS.includes(name));
  if (tokens.length > 0) {
    logger.info(
      `${tokens.join(', ')}: filled in by the runner, counted as present only in a trusted context.`
    );
  }
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');
  logger.info(
    `${describeContext(context)} (${context.trusted ? 'trusted' : 'untrusted'} context): mode ${decision.mode}, reason ${decision.reason}`
  );
  logger.info(`present: ${list(decision.present)}`);
  logger.info(`missing: ${list(decision.missing)}`);
  if (decision.reason === 'missing' && !decision.failure) {
    logger.warning(
      `required secrets are missing in a trusted context (${describeContext(context)}): ${list(decision.requiredMissing)}; on-missing is '${inputs.onMissing}', so the job runs offline.`
    );
  }

  runner.setOutput('mode', decision.mode);
  runner.setOutput('ok', String(decision.ok));
  runner.setOutput('present', JSON.stringify(decision.present));
  runner.setOutput('missing', JSON.stringify(decision.missing));
  runner.setOutput('reason', decision.reason);
  runner.setOutput('trusted', String(context.trusted));
  runner.setOutput('is-fork', String(context.isFork));
  if (decision.mode === 'online') exportLines('online-env', inputs.onlineEnv, logger);
  else exportLines('offline-env', inputs.offlineEnv, logger);
  if (inputs.summary) runner.appendSummary(summaryTable(decision, inputs, context));

  if (decision.failure) throw new ActionFailure(decision.failure);
}
