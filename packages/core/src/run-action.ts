import * as core from './runner';
import {ActionFailure, ConfigurationError, errorMessage} from './errors';
import {
  FAULTS_ABSORBED_OUTPUT,
  nameLedger,
  stepAbsorbed,
  stepLedger,
  unabsorbedFault
} from './ledger';

export interface Reporter {
  /** The failure annotation; `title` is the action's name, its heading in the run's annotations. */
  error(message: string, properties: {title: string}): void;
  debug(message: string): void;
  setOutput?(name: string, value: string): void;
}

export interface RunActionOptions {
  /** The action's name: the failure annotation's title, prefixed to unexpected failures. */
  name: string;
  reporter?: Reporter;
  /** Ends the process once the action is done, so lingering sockets or timers cannot hold the step. */
  exit?: (code: number) => void;
  nodeVersion?: string;
}

const MIN_NODE_MAJOR = 20;

/** Runs a main or post entry: every failure is reported once, nothing escapes as a crash. */
export async function runAction(fn: () => Promise<void>, options: RunActionOptions): Promise<void> {
  const reporter = options.reporter ?? core;
  const exit = options.exit ?? exitWhenFlushed;
  // The ledger's action is the name's first word: `prepare-python post` writes as prepare-python.
  nameLedger(options.name.split(/[\s(]/)[0]);
  let failed = false;
  let badInput = false;
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    // A bad input is no fault: nothing was attempted, nothing is recorded.
    badInput = error instanceof ConfigurationError;
    if (!badInput) stepLedger().record(unabsorbedFault(error, options.name));
    reporter.error(failureAnnotation(error, options.name), {title: options.name});
    if (!(error instanceof ConfigurationError || error instanceof ActionFailure)) {
      reporter.debug(error instanceof Error && error.stack ? error.stack : String(error));
    }
  };
  const onAsyncError = (error: unknown): void => {
    fail(error);
    exit(1);
  };
  // A step whose promise can never settle (nothing left to wait on) would otherwise exit 0.
  const onBeforeExit = (): void => {
    fail(
      new ActionFailure(
        'stopped with work unfinished (the event loop emptied before the step settled)'
      )
    );
    exit(1);
  };
  process.on('unhandledRejection', onAsyncError);
  process.on('uncaughtException', onAsyncError);
  process.once('beforeExit', onBeforeExit);
  try {
    const major = Number((options.nodeVersion ?? process.versions.node).split('.')[0]);
    if (major < MIN_NODE_MAJOR) {
      throw new ConfigurationError(
        `${options.name} needs Node.js ${MIN_NODE_MAJOR} or newer, but runs on ${options.nodeVersion ?? process.versions.node}; use a job image with a newer node.`
      );
    }
    await fn();
  } catch (error) {
    fail(error);
  } finally {
    process.off('beforeExit', onBeforeExit);
    process.off('unhandledRejection', onAsyncError);
    process.off('uncaughtException', onAsyncError);
  }
  // A post step's outputs reach no one.
  if (!badInput && !/\bpost\b/.test(options.name)) {
    reporter.setOutput?.(FAULTS_ABSORBED_OUTPUT, String(stepAbsorbed()));
  }
  exit(failed ? 1 : Number(process.exitCode) || 0);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise(resolve => stream.write('', () => resolve()));
}

/**
 * Exits once stdout and stderr are flushed: `process.exit` drops writes still queued for a pipe
 * the runner has not read yet (the end of a chatty log, the failure annotation).
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() =>
    process.exit(code)
  );
}

function failureAnnotation(error: unknown, name: string): string {
  if (error instanceof ConfigurationError) return error.message;
  return `${name}: ${errorMessage(error)}`;
}
