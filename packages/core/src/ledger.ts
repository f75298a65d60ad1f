import {closeSync, mkdirSync, openSync, writeSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {errorMessage} from './errors';
import {coreLogger, type Logger} from './logger';
import {redactUrl} from './url';

// The flake ledger: one JSON line per fault an action absorbed (or that failed its step), appended
// to a file every action of the job shares, bootstrap.sh included. Each line is one write(2) on a
// descriptor opened with O_APPEND, so two steps or processes writing at once never interleave a
// line. Nothing secret goes in: URLs keep only origin and path, errors are a status, a code or a
// short message, never a header or a body. A ledger that cannot be written warns once and is
// otherwise ignored: bookkeeping never fails a step. Schema (versioned): README, "Flake ledger".

export const LEDGER_VERSION = 1;
/** Names the ledger file instead of $RUNNER_TEMP/ci-actions/ledger.jsonl. */
export const LEDGER_ENV = 'CI_ACTIONS_LEDGER';
export const FAULTS_ABSORBED_OUTPUT = 'faults-absorbed';

export const FAULT_KINDS = [
  'download-retry',
  'mirror-fallback',
  'command-retry',
  'package-retry',
  'cache-failed',
  'cache-skipped',
  'unabsorbed'
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What the action did next: another attempt, the next mirror, went on without the cache, failed. */
export type FaultOutcome = 'retried' | 'next-mirror' | 'without-cache' | 'failed';

/** Faults worked around. `cache-skipped` follows a `cache-failed` and `unabsorbed` failed the step. */
export const ABSORBED_KINDS: ReadonlySet<string> = new Set<FaultKind>([
  'download-retry',
  'mirror-fallback',
  'command-retry',
  'package-retry',
  'cache-failed'
]);

export interface Fault {
  readonly kind: FaultKind;
  /** A URL (redacted here), a command name or a cache key. */
  readonly target: string;
  readonly attempt?: number;
  /** An HTTP status, an error code or a short message (redacted and cut here). */
  readonly error: string;
  /** The wait before the next attempt; for a cache call, how long the failed call took. */
  readonly waitedMs?: number;
  readonly outcome: FaultOutcome;
}

export interface LedgerLine {
  readonly v: number;
  readonly ts: string;
  readonly job: string;
  readonly action: string;
  readonly step: string;
  readonly kind: string;
  readonly target: string;
  readonly attempt: number | null;
  readonly error: string;
  readonly waited_ms: number;
  readonly outcome: string;
}

export interface LedgerContext {
  readonly job: string;
  readonly action: string;
  readonly step: string;
}

const MAX_TARGET = 300;
const MAX_ERROR = 300;

/** The ledger file: CI_ACTIONS_LEDGER, else under RUNNER_TEMP; undefined outside a runner. */
export function ledgerPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[LEDGER_ENV]) return env[LEDGER_ENV];
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'ci-actions', 'ledger.jsonl') : undefined;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** One line, every URL in it redacted, at most `max` characters. */
export function redactText(text: string, max = MAX_ERROR): string {
  const oneLine = text.replace(URL_IN_TEXT, redactUrl).replace(/\s+/g, ' ').trim();
  return cut(oneLine, max);
}

const WORD = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,39}$/;

/**
 * A command's name for the ledger: the program's base name and the sub-command words after it,
 * up to the first option, path, assignment or value-like word (`uv pip install`, `helm dependency
 * build`); never its arguments, which may hold a token.
 */
export function commandTarget(words: readonly string[], maxWords = 3): string {
  const name = (words[0] ?? '').split('/').pop() ?? '';
  if (!WORD.test(name)) return 'command';
  const kept = [name];
  for (const word of words.slice(1, maxWords)) {
    if (!/^[a-z][a-z0-9-]{0,29}$/.test(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** The first command of a script (`pip install`), or `script` when it does not start with one. */
export function scriptTarget(script: string): string {
  const line = script
    .split(/\r?\n/)
    .map(text => text.trim())
    .find(text => text && !text.startsWith('#'));
  if (!line) return 'script';
  const target = commandTarget(line.split(/\s+/), 2);
  return target === 'command' ? 'script' : target;
}

export function ledgerLine(fault: Fault, context: LedgerContext, now: Date): LedgerLine {
  return {
    v: LEDGER_VERSION,
    ts: now.toISOString(),
    job: context.job,
    action: context.action,
    step: context.step,
    kind: fault.kind,
    target: cut(redactUrl(fault.target), MAX_TARGET),
    attempt: fault.attempt ?? null,
    error: redactText(fault.error),
    waited_ms: Math.max(0, Math.round(fault.waitedMs ?? 0)),
    outcome: fault.outcome
  };
}

/** The lines of a ledger file; blank and malformed lines (a torn write, another version) skipped. */
export function parseLedger(text: string): LedgerLine[] {
  const lines: LedgerLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const line = JSON.parse(raw) as LedgerLine;
      if (line && line.v === LEDGER_VERSION && typeof line.kind === 'string') lines.push(line);
    } catch {
      // not a ledger line
    }
  }
  return lines;
}

export function isAbsorbed(kind: string): boolean {
  return ABSORBED_KINDS.has(kind);
}

export interface LedgerFs {
  /** Appends `data` with one write on an O_APPEND descriptor, creating parent folders. */
  append(path: string, data: string): void;
}

export const nodeLedgerFs: LedgerFs = {
  append(path, data) {
    mkdirSync(dirname(path), {recursive: true});
    const fd = openSync(path, 'a', 0o644);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
  }
};

export interface LedgerOptions {
  readonly path: string | undefined;
  readonly context: LedgerContext;
  readonly fs?: LedgerFs;
  readonly now?: () => Date;
  /** Where the one warning about an unwritable ledger goes. */
  readonly logger?: Logger;
}

/** The ledger of one step: writes its lines, counts the absorbed ones, warns once per target. */
export class Ledger {
  private absorbedCount = 0;
  private writeFailed = false;
  private readonly warned = new Set<string>();
  readonly lines: LedgerLine[] = [];

  constructor(private readonly options: LedgerOptions) {}

  get path(): string | undefined {
    return this.options.path;
  }

  record(fault: Fault): LedgerLine {
    const line = ledgerLine(
      fault,
      this.options.context,
      (this.options.now ?? (() => new Date()))()
    );
    this.lines.push(line);
    if (isAbsorbed(line.kind)) this.absorbedCount++;
    const path = this.options.path;
    if (path && !this.writeFailed) {
      try {
        (this.options.fs ?? nodeLedgerFs).append(path, `${JSON.stringify(line)}\n`);
      } catch (error) {
        this.writeFailed = true;
        (this.options.logger ?? coreLogger).warning(
          `The flake ledger ${path} cannot be written (${redactText(errorMessage(error))}); faults are not recorded for the rest of this step.`
        );
      }
    }
    return line;
  }

  /**
   * Records an absorbed fault and logs `message`: a warning for the first fault of its target in
   * this step, an info line after that.
   */
  absorb(logger: Logger, fault: Fault, message: string): void {
    const line = this.record(fault);
    if (this.warned.has(line.target)) {
      logger.info(message);
    } else {
      this.warned.add(line.target);
      logger.warning(message);
    }
  }

  /** How many faults this step absorbed (the `faults-absorbed` output). */
  absorbed(): number {
    return this.absorbedCount;
  }
}

export function ledgerContext(action: string, env: NodeJS.ProcessEnv = process.env): LedgerContext {
  return {job: env.GITHUB_JOB ?? '', action, step: env.GITHUB_ACTION ?? ''};
}

let current: Ledger | undefined;
let stepAction = 'ci-actions';

/**
 * Names this step's ledger (runAction does, with the action's name). The ledger itself starts with
 * the step's first fault: a step that records none never builds one.
 */
export function nameLedger(action: string): void {
  current = undefined;
  stepAction = action;
}

/** This step's ledger, started on first use; named `ci-actions` when runAction did not name it. */
export function stepLedger(): Ledger {
  current ??= new Ledger({path: ledgerPath(), context: ledgerContext(stepAction)});
  return current;
}

/** How many faults this step absorbed so far (the `faults-absorbed` output); starts no ledger. */
export function stepAbsorbed(): number {
  return current?.absorbed() ?? 0;
}

/** Forgets this process's ledger and its name (tests run many steps in one process). */
export function resetLedger(): void {
  nameLedger('ci-actions');
}

export function recordFault(fault: Fault): void {
  stepLedger().record(fault);
}

export function absorbFault(logger: Logger, fault: Fault, message: string): void {
  stepLedger().absorb(logger, fault, message);
}

/** What an error that fails a step says about its cause, for the `unabsorbed` line. */
export interface FaultCause {
  readonly target: string;
  readonly error: string;
  readonly attempt?: number;
}

const CAUSE = Symbol.for('ci-actions.fault-cause');

/** Marks `error` with the fault that caused it; returns the error (`throw withCause(...)`). */
export function withCause<E extends object>(error: E, cause: FaultCause | undefined): E {
  if (cause) Object.defineProperty(error, CAUSE, {value: cause, enumerable: false});
  return error;
}

/** The cause attached to `error` or to one of its `cause`s. */
export function causeOf(error: unknown): FaultCause | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const cause = (e as Record<symbol, FaultCause | undefined>)[CAUSE];
    if (cause) return cause;
    e = (e as {cause?: unknown}).cause;
  }
  return undefined;
}

/** The `unabsorbed` fault for the error that failed a step. */
export function unabsorbedFault(error: unknown, action: string): Fault {
  const cause = causeOf(error);
  if (cause) return {kind: 'unabsorbed', outcome: 'failed', ...cause};
  const name = error instanceof Error ? error.name : 'Error';
  return {
    kind: 'unabsorbed',
    target: action,
    error: `${name}: ${redactText(errorMessage(error).split('\n')[0] ?? '', 200)}`,
    outcome: 'failed'
  };
}
