import {AsyncLocalStorage} from 'node:async_hooks';
import * as core from './runner';

/** What domain code may say. Injected so pure logic never imports @actions/core. */
export interface Logger {
  /** `::debug::`: shown only when the run has ACTIONS_STEP_DEBUG. */
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /**
   * Folds what `fn` logs under `name`. The runner's groups do not nest, so a group opened inside
   * another adds no `::group::`; groups that run at the same time each keep their own lines: the
   * first is shown live, each later one once the one before it has ended.
   */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export type LogKind = 'debug' | 'info' | 'warning' | 'error' | 'group' | 'endgroup';

/** Where log lines go: the runner's stdout, or a test's array. */
export type Emit = (kind: LogKind, message: string) => void;

interface Group {
  readonly name: string;
  readonly pending: [LogKind, string][];
  done: boolean;
  shown: boolean;
}

/** One output stream and its group state; a runner shows one open group at a time. */
class Output {
  // Made by the first group: a step that never folds (a post step with nothing to do) never pays
  // for async context tracking.
  private context: AsyncLocalStorage<Group> | undefined;
  private open: Group | undefined;
  private readonly waiting: Group[] = [];

  constructor(private readonly emit: Emit) {}

  write(kind: LogKind, message: string): void {
    const group = this.context?.getStore();
    // A line from a group not yet shown waits for it; once shown (a late timer), it goes straight out.
    if (group && !group.shown) group.pending.push([kind, message]);
    else this.emit(kind, message);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.context ??= new AsyncLocalStorage<Group>();
    if (this.context.getStore()) return fn();
    const group: Group = {name, pending: [], done: false, shown: false};
    if (this.open) this.waiting.push(group);
    else this.show(group);
    try {
      return await this.context.run(group, fn);
    } finally {
      group.done = true;
      if (this.open === group) this.close();
    }
  }

  private show(group: Group): void {
    this.open = group;
    group.shown = true;
    this.emit('group', group.name);
    for (const [kind, message] of group.pending.splice(0)) this.emit(kind, message);
  }

  private close(): void {
    this.emit('endgroup', '');
    this.open = undefined;
    // The groups that ran meanwhile, in the order they started; the first still running stays open.
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      this.show(next);
      if (!next.done) return;
      this.emit('endgroup', '');
      this.open = undefined;
    }
  }
}

function runnerEmit(kind: LogKind, message: string): void {
  if (kind === 'group') core.startGroup(message);
  else if (kind === 'endgroup') core.endGroup();
  else core[kind](message);
}

const runnerOutput = new Output(runnerEmit);

export interface LoggerOptions {
  /** Put before every line but group names, e.g. the action's name where its lines mix with others'. */
  readonly prefix?: string;
  /** Default: the runner's stdout. */
  readonly emit?: Emit;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const output = options.emit ? new Output(options.emit) : runnerOutput;
  const text = options.prefix ? (m: string) => `${options.prefix}: ${m}` : (m: string) => m;
  return {
    debug: m => output.write('debug', text(m)),
    info: m => output.write('info', text(m)),
    warning: m => output.write('warning', text(m)),
    error: m => output.write('error', text(m)),
    group: (name, fn) => output.group(name, fn)
  };
}

export const coreLogger: Logger = createLogger();

export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn()
};

/**
 * A logger for tests that keeps `kind: message` lines (`group: name`, `endgroup`); debug lines
 * only when asked, as a run without ACTIONS_STEP_DEBUG hides them.
 */
export function recordingLogger(
  options: {debug?: boolean; prefix?: string} = {}
): Logger & {lines: string[]} {
  const lines: string[] = [];
  const logger = createLogger({
    prefix: options.prefix,
    emit: (kind, message) => {
      if (kind === 'debug' && !options.debug) return;
      lines.push(kind === 'endgroup' ? kind : `${kind}: ${message}`);
    }
  });
  return {...logger, lines};
}
