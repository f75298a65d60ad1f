import {ConfigurationError, runner, splitList} from '@ci-actions/core';

// Every input is read and checked here, before the action registers a mask or writes a file.
// Any input may hold a secret pasted by mistake, so errors name the input and the position of the
// bad item, never its text.

export type OnMissing = 'auto' | 'offline' | 'fail';
export const ON_MISSING: readonly OnMissing[] = ['auto', 'offline', 'fail'];

export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const REPOSITORY_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const NOT_SHOWN = 'it is not shown, as it may be a secret given here by mistake';
/** Variables the runner refuses to take from GITHUB_ENV. */
const REFUSED_KEYS = ['NODE_OPTIONS'];

export interface EnvLine {
  readonly key: string;
  readonly value: string;
}

export interface Inputs {
  /** Names that decide the mode, in input order, without duplicates. */
  readonly required: readonly string[];
  /** Names that are only reported; none of them is also in `required`. */
  readonly optional: readonly string[];
  readonly onMissing: OnMissing;
  readonly offlineEnv: readonly EnvLine[];
  readonly onlineEnv: readonly EnvLine[];
  /** owner/name; empty: the run's repository unless the event payload says it is a fork. */
  readonly trustedRepositories: readonly string[];
  /** Write the names and decisions to the step summary. */
  readonly summary: boolean;
}

/** Splits a list (newlines or commas), checks each item and drops repeats. */
function parseList(input: string, text: string, pattern: RegExp, what: string): string[] {
  const items: string[] = [];
  splitList(text).forEach((item, index) => {
    if (!pattern.test(item)) {
      throw new ConfigurationError(
        `Input '${input}' item ${index + 1} is not ${what} matching ${pattern.source} (${NOT_SHOWN}).`
      );
    }
    if (!items.includes(item)) items.push(item);
  });
  return items;
}

/** Environment variable names, newline- or comma-separated. */
export function parseNames(input: string, text: string): string[] {
  return parseList(input, text, NAME_PATTERN, 'an environment variable name');
}

/** owner/name items, newline- or comma-separated. */
export function parseRepositories(input: string, text: string): string[] {
  return parseList(input, text, REPOSITORY_PATTERN, 'a repository owner/name');
}

/**
 * Parses `KEY=VALUE` lines at the first `=`. Blank lines and `#` comments are skipped; white space
 * around the key and the value is trimmed. Errors name the input and the line number only.
 */
export function parseEnvLines(input: string, text: string): EnvLine[] {
  const lines: EnvLine[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const where = `Input '${input}' line ${index + 1}`;
    const equals = trimmed.indexOf('=');
    if (equals < 0) {
      throw new ConfigurationError(`${where} must be KEY=VALUE, but has no '='.`);
    }
    const key = trimmed.slice(0, equals).trim();
    if (!NAME_PATTERN.test(key)) {
      throw new ConfigurationError(
        `${where} must be KEY=VALUE with KEY matching ${NAME_PATTERN.source} (${NOT_SHOWN}).`
      );
    }
    const refused = REFUSED_KEYS.find(name => name === key.toUpperCase());
    if (refused) {
      throw new ConfigurationError(
        `${where} sets ${refused}, which the runner refuses to take from GITHUB_ENV; set it in the job's env: instead.`
      );
    }
    const value = trimmed.slice(equals + 1).trim();
    // `KEY=` and `KEY==` are what a base64 secret's padding gives: refused, so its text stays out.
    if (!value || value.startsWith('=')) {
      throw new ConfigurationError(
        `${where} must be KEY=VALUE with a VALUE that is not empty and does not start with '=' (${NOT_SHOWN}, e.g. a base64 value's padding).`
      );
    }
    lines.push({key, value});
  });
  return lines;
}

/** Like core's getEnum, without echoing the value. */
export function parseOnMissing(text: string): OnMissing {
  if (!text) return 'auto';
  const value = ON_MISSING.find(allowed => allowed === text);
  if (value) return value;
  throw new ConfigurationError(
    `Input 'on-missing' must be one of ${ON_MISSING.map(a => `'${a}'`).join(', ')} (${NOT_SHOWN}).`
  );
}

/** As core's getBoolean, but the error does not repeat the value. */
export function parseSummary(value: string): boolean {
  if (['', 'true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError("Input 'summary' must be true or false.");
}

export function readInputs(): Inputs {
  const requiredText = runner.getInput('required');
  if (!requiredText.replace(/[\s,]/g, '')) {
    throw new ConfigurationError(
      "Input 'required' is required and was not supplied: list at least one environment variable name."
    );
  }
  const required = parseNames('required', requiredText);
  const optional = parseNames('optional', runner.getInput('optional')).filter(
    name => !required.includes(name)
  );
  return {
    required,
    optional,
    onMissing: parseOnMissing(runner.getInput('on-missing')),
    offlineEnv: parseEnvLines(
      'offline-env',
      runner.getInput('offline-env', {trimWhitespace: false})
    ),
    onlineEnv: parseEnvLines('online-env', runner.getInput('online-env', {trimWhitespace: false})),
    trustedRepositories: parseRepositories(
      'trusted-repositories',
      runner.getInput('trusted-repositories')
    ),
    summary: parseSummary(runner.getInput('summary'))
  };
}
