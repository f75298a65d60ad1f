import {
  getWorkingDirectory,
  ConfigurationError,
  getBoolean,
  getDuration,
  getEnum,
  getInt,
  getLines,
  getList,
  getMultiline,
  getNumber,
  getOptional,
  compileOutputPatterns,
  OUTPUT_PATTERN_NAMES,
  type OutputPatternName,
  unboundedPatternReason,
  type Backoff
} from '@ci-actions/core';
import type {NamedPattern, Policy, RetryOn} from './decision';
import {resolveShell, type Shell} from './shell';

export interface Inputs {
  readonly run: string;
  readonly shell: Shell;
  readonly workingDirectory: string;
  readonly attempts: number;
  readonly backoff: Backoff;
  readonly timeoutMs?: number;
  readonly totalTimeoutMs?: number;
  readonly policy: Policy;
  readonly onRetry?: string;
  readonly killGraceMs: number;
  /** Pass the runner's runtime and OIDC variables to the script (a `run:` step does not get them). */
  readonly passRuntimeEnv: boolean;
  /** Write the per-attempt table to the step summary. */
  readonly summary: boolean;
}

/** The longest `timeout` and `total-timeout`: beyond any hosted job (6 h), within Node's timers. */
export const MAX_TIMEOUT_MS = 72 * 3_600_000;
/** The longest `kill-grace`. */
export const MAX_KILL_GRACE_MS = 10 * 60_000;

const RETRY_ON: readonly RetryOn[] = ['any', 'error', 'timeout'];

export function parseExitCodes(name: string, items: readonly string[]): Set<number> | undefined {
  if (items.length === 0) return undefined;
  const codes = new Set<number>();
  for (const item of items) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from < 1 || to > 255 || from > to) {
      throw new ConfigurationError(
        `Input '${name}' must list exit codes from 1 to 255 or ranges such as 100-110, got '${item}'.`
      );
    }
    for (let code = from; code <= to; code++) codes.add(code);
  }
  return codes;
}

export function compilePatterns(name: string, sources: readonly string[]): NamedPattern[] {
  return sources.map(source => {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'm');
    } catch (error) {
      throw new ConfigurationError(
        `Input '${name}' must hold JavaScript regular expressions, one per line, got '${source}' (${(error as Error).message}).`
      );
    }
    const unbounded = unboundedPatternReason(source);
    if (unbounded) {
      throw new ConfigurationError(
        `Input '${name}' must hold regular expressions that match in bounded time, got '${source}' (${unbounded}).`
      );
    }
    return {name: `pattern '${source}'`, regex};
  });
}

export function presetPatterns(name: string, presets: readonly string[]): NamedPattern[] {
  for (const preset of presets) {
    if (!(OUTPUT_PATTERN_NAMES as string[]).includes(preset)) {
      throw new ConfigurationError(
        `Input '${name}' must list presets from ${OUTPUT_PATTERN_NAMES.join(', ')}, got '${preset}'.`
      );
    }
  }
  return compileOutputPatterns(presets as OutputPatternName[]);
}

export function readInputs(): Inputs {
  const run = getMultiline('run', {required: true});
  const shellValue = getOptional('shell') ?? 'bash';
  const shell = resolveShell(shellValue);
  if (!shell) {
    throw new ConfigurationError(
      `Input 'shell' must be bash, sh, python, pwsh or a command template containing {0}, got '${shellValue}'.`
    );
  }
  const onRetry = getMultiline('on-retry');
  return {
    run,
    shell,
    workingDirectory: getWorkingDirectory(),
    attempts: getInt('attempts', {min: 1, max: 100, fallback: 3}),
    backoff: {
      delayMs: getDuration('delay') ?? 5000,
      multiplier: getNumber('backoff', {min: 1, max: 10, fallback: 2}),
      maxDelayMs: getDuration('max-delay') ?? 60_000,
      jitter: getBoolean('jitter', true)
    },
    timeoutMs: getDuration('timeout', {min: 1, max: MAX_TIMEOUT_MS}),
    totalTimeoutMs: getDuration('total-timeout', {min: 1, max: MAX_TIMEOUT_MS}),
    policy: {
      retryOn: getEnum('retry-on', RETRY_ON, 'any'),
      exitCodes: parseExitCodes('retry-on-exit-codes', getList('retry-on-exit-codes')),
      retryPatterns: [
        ...presetPatterns('retry-presets', getList('retry-presets')),
        ...compilePatterns('retry-if-output-matches', getLines('retry-if-output-matches'))
      ],
      abortPatterns: compilePatterns('abort-if-output-matches', getLines('abort-if-output-matches'))
    },
    onRetry: onRetry.trim() ? onRetry : undefined,
    killGraceMs: getDuration('kill-grace', {max: MAX_KILL_GRACE_MS}) ?? 10_000,
    passRuntimeEnv: getBoolean('pass-runtime-env', false),
    summary: getBoolean('summary', true)
  };
}
