import {ConfigurationError, getEnum, runner, splitList} from '@ci-actions/core';

// Every input is read and checked here, before the action registers a mask or writes a file.

export type OnMissing = 'auto' | 'offline' | 'fail';
export const ON_MISSING: readonly OnMissing[] = ['auto', 'offline', 'fail'];

export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
}

/** Splits a list of variable names (newlines or commas), checks each and drops repeats. */
export function parseNames(input: string, text: string): string[] {
  const names: string[] = [];
  for (const name of splitList(text)) {
    if (!NAME_PATTERN.test(name)) {
      throw new ConfigurationError(
        `Input '${input}' must list environment variable names matching ${NAME_PATTERN.source}, got '${name}'.`
      );
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Parses `KEY=VALUE` lines. Blank lines and `#` comments are skipped; white space around the key
 * and the value is trimmed. Errors name the input and the line number, and show the key at most:
 * the value is never echoed.
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
        `${where} must be KEY=VALUE with KEY matching ${NAME_PATTERN.source}, got key '${key}'.`
      );
    }
    if (REFUSED_KEYS.includes(key.toUpperCase())) {
      throw new ConfigurationError(
        `${where} sets ${key}, which the runner refuses to take from GITHUB_ENV; set it in the job's env: instead.`
      );
    }
    lines.push({key, value: trimmed.slice(equals + 1).trim()});
  });
  return lines;
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
    onMissing: getEnum('on-missing', ON_MISSING, 'auto'),
    offlineEnv: parseEnvLines(
      'offline-env',
      runner.getInput('offline-env', {trimWhitespace: false})
    ),
    onlineEnv: parseEnvLines('online-env', runner.getInput('online-env', {trimWhitespace: false}))
  };
}
