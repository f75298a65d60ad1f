import {getInput} from './runner';
import {statSync} from 'node:fs';
import {homedir} from 'node:os';
import {isAbsolute, join, resolve} from 'node:path';
import {DURATION_FORMS, MAX_DURATION_MS, formatDuration, parseDuration} from './duration';
import {ConfigurationError} from './errors';
import {DEFAULT_RETRY_BUDGET_MS} from './retry';

// Typed getters over the step's INPUT_* variables. Each bad value throws a ConfigurationError that
// names the input, the value received and what is allowed, before the action changes anything.

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function raw(name: string): string {
  return getInput(name);
}

function invalid(name: string, value: string, allowed: string): ConfigurationError {
  return new ConfigurationError(`Input '${name}' must be ${allowed}, got '${value}'.`);
}

export function getRequired(name: string): string {
  const value = raw(name);
  if (!value) throw new ConfigurationError(`Input '${name}' is required and was not supplied.`);
  return value;
}

export function getOptional(name: string): string | undefined {
  return raw(name) || undefined;
}

/** The raw value with surrounding white space kept, for scripts. */
export function getMultiline(name: string, options: {required?: boolean} = {}): string {
  const value = getInput(name, {trimWhitespace: false});
  if (options.required && !value.trim()) {
    throw new ConfigurationError(`Input '${name}' is required and was not supplied.`);
  }
  return value;
}

/** YAML 1.2 core schema booleans only: true/True/TRUE/false/False/FALSE. */
export function getBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name);
  if (!value) return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw invalid(name, value, 'true or false');
}

/** Items separated by newlines or commas, trimmed, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item.length > 0);
}

export function getList(name: string): string[] {
  return splitList(raw(name));
}

/** Newline-separated items only, for values that may themselves contain commas (regexes). */
export function getLines(name: string): string[] {
  return raw(name)
    .split('\n')
    .map(item => item.trim())
    .filter(item => item.length > 0);
}

export function getInt(
  name: string,
  options: {min: number; max: number; fallback: number}
): number {
  const value = raw(name);
  if (!value) return options.fallback;
  const allowed = `an integer from ${options.min} to ${options.max}`;
  if (!/^-?\d+$/.test(value)) throw invalid(name, value, allowed);
  const number = Number(value);
  if (number < options.min || number > options.max) throw invalid(name, value, allowed);
  return number;
}

export function getNumber(
  name: string,
  options: {min: number; max: number; fallback: number}
): number {
  const value = raw(name);
  if (!value) return options.fallback;
  const allowed = `a number from ${options.min} to ${options.max}`;
  if (!/^\d+(\.\d+)?$/.test(value)) throw invalid(name, value, allowed);
  const number = Number(value);
  if (number < options.min || number > options.max) throw invalid(name, value, allowed);
  return number;
}

export function getEnum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(name);
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(name, value, `one of ${allowed.map(a => `'${a}'`).join(', ')}`);
}

/**
 * A duration in milliseconds, or undefined when the input is empty. Every duration is bounded
 * (`max`, at most MAX_DURATION_MS) so that no timer built from it overflows.
 */
export function getDuration(
  name: string,
  options: {min?: number; max?: number} = {}
): number | undefined {
  const value = raw(name);
  if (!value) return undefined;
  const ms = parseDuration(value);
  const min = options.min ?? 0;
  const max = Math.min(options.max ?? MAX_DURATION_MS, MAX_DURATION_MS);
  if (ms === undefined) throw invalid(name, value, `a duration such as ${DURATION_FORMS}`);
  if (ms < min || ms > max) {
    throw invalid(name, value, `a duration from ${formatDuration(min)} to ${formatDuration(max)}`);
  }
  return ms;
}

/** The longest `retry-budget` any action accepts. */
export const MAX_RETRY_BUDGET_MS = 3_600_000;

/**
 * The `retry-budget` input every action with network work has: how long retries of one network
 * operation go on after its first failure (`0s`: no retry), at most 1 h.
 */
export function getRetryBudget(name = 'retry-budget'): number {
  return getDuration(name, {max: MAX_RETRY_BUDGET_MS}) ?? DEFAULT_RETRY_BUDGET_MS;
}

/** Mirror base URLs (`name`, a list input's items): http or https, without a trailing `/`. */
export function parseMirrors(
  name: string,
  values: readonly string[],
  options: {fallback: string; layout?: string}
): string[] {
  const list = values.length ? values : [options.fallback];
  return list.map(value => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      const layout = options.layout ? ` with the upstream layout (${options.layout})` : '';
      throw invalid(name, value, `a list of http:// or https:// base URLs${layout}`);
    }
    return value.replace(/\/+$/, '');
  });
}

/** The workspace: GITHUB_WORKSPACE, else the current directory. */
export function workspaceDir(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** Expands a leading `~` and resolves against `cwd`. */
export function resolvePath(value: string, cwd: string): string {
  const expanded =
    value === '~' ? homedir() : value.startsWith('~/') ? join(homedir(), value.slice(2)) : value;
  return isAbsolute(expanded) ? resolve(expanded) : resolve(cwd, expanded);
}

export function getPath(name: string, options: {cwd: string; fallback: string}): string {
  return resolvePath(raw(name) || options.fallback, options.cwd);
}

/** The `working-directory` input: an existing directory, relative to the workspace; default the workspace. */
export function getWorkingDirectory(name = 'working-directory'): string {
  const workspace = workspaceDir();
  const value = getOptional(name);
  const dir = value ? resolvePath(value, workspace) : workspace;
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw invalid(name, value ?? dir, 'an existing directory');
  return dir;
}
