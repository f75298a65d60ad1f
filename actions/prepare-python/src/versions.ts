import {ConfigurationError} from '@ci-actions/core';

// uv version resolution against a list of versions: the built-in digest table (no network
// request) or, for a range with `uv-index-url`, the versions the index lists.

/** `x.y.z` as numbers. */
export type Version = readonly [number, number, number];

const EXACT = /^v?(\d+)\.(\d+)\.(\d+)$/;
const MINOR = /^v?(\d+)\.(\d+)(?:\.[xX*])?$/;

export function parseVersion(text: string): Version | undefined {
  const match = EXACT.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The distinct versions of a `{"<target>-<version>": digest}` table, oldest first. */
export function tableVersions(table: Readonly<Record<string, string>>): string[] {
  const versions = new Set<string>();
  for (const key of Object.keys(table)) versions.add(key.slice(key.lastIndexOf('-') + 1));
  return [...versions].filter(v => parseVersion(v)).sort(compareVersions);
}

export interface Resolved {
  readonly version: string;
  /** How it was chosen, for the log. */
  readonly reason: string;
}

/** What `uv-version` asks for: the newest known, one exact version, or a range of versions. */
export type VersionRequest =
  | {readonly kind: 'newest'}
  | {readonly kind: 'exact'; readonly version: string}
  | {
      readonly kind: 'range';
      /** The input as given, for messages. */
      readonly text: string;
      /** For a minor version (`0.8`, `0.8.x`): `0.8.`. */
      readonly prefix?: string;
      readonly matches: (version: string) => boolean;
    };

export const TABLE = 'the built-in digest table';

const CLAUSE = /^(>=|<=|==|!=|~=|>|<)\s*v?(\d+(?:\.\d+){0,2})(\.\*)?$/;

/** `0.8` -> [0, 8, 0]: PEP 440 pads a shorter release with zeros. */
function padded(text: string): Version {
  const [a = 0, b = 0, c = 0] = text.split('.').map(Number);
  return [a, b, c];
}

function compare(x: Version, y: Version): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** One PEP 440 comparison (`>=0.8`, `<0.9`, `==0.8.*`, `~=0.8.3`, `!=0.8.5`), or undefined. */
function clause(text: string): ((v: Version) => boolean) | undefined {
  const match = CLAUSE.exec(text.trim());
  if (!match) return undefined;
  const [, op, release, star] = match;
  const bound = padded(release);
  const parts = release.split('.').map(Number);
  const prefixed = (v: Version) => parts.every((part, i) => v[i] === part);
  if (star) {
    if (op === '==') return prefixed;
    if (op === '!=') return v => !prefixed(v);
    return undefined;
  }
  switch (op) {
    case '>=':
      return v => compare(v, bound) >= 0;
    case '<=':
      return v => compare(v, bound) <= 0;
    case '>':
      return v => compare(v, bound) > 0;
    case '<':
      return v => compare(v, bound) < 0;
    case '==':
      return v => compare(v, bound) === 0;
    case '!=':
      return v => compare(v, bound) !== 0;
    default: {
      // ~=X.Y[.Z]: at least that, and the same release up to the last part given.
      if (parts.length < 2) return undefined;
      const head = parts.slice(0, -1);
      return v => compare(v, bound) >= 0 && head.every((part, i) => v[i] === part);
    }
  }
}

function invalid(value: string, newest: string | undefined): ConfigurationError {
  const example = newest ?? '0.8.22';
  return new ConfigurationError(
    `Input 'uv-version' must be an exact version ('${example}'), a minor version ('0.8' or '0.8.x'), ` +
      `a range of comma-separated comparisons ('>=0.8,<0.9', '~=0.8.3') ` +
      `or empty for the newest in the built-in table${newest ? ` (${newest})` : ''}, got '${value}'.`
  );
}

/** Parses `uv-version`; `newest` (of the table) only improves the error message. */
export function parseVersionRequest(input: string, newest?: string): VersionRequest {
  const value = input.trim();
  if (!value) return {kind: 'newest'};
  const exact = EXACT.exec(value);
  if (exact) {
    return {kind: 'exact', version: `${Number(exact[1])}.${Number(exact[2])}.${Number(exact[3])}`};
  }
  const minor = MINOR.exec(value);
  if (minor) {
    const prefix = `${Number(minor[1])}.${Number(minor[2])}.`;
    return {kind: 'range', text: value, prefix, matches: v => v.startsWith(prefix)};
  }
  const tests = value.split(',').map(clause);
  if (tests.some(test => test === undefined)) throw invalid(value, newest);
  return {
    kind: 'range',
    text: value,
    matches: v => {
      const parsed = parseVersion(v);
      return parsed !== undefined && tests.every(test => test!(parsed));
    }
  };
}

/**
 * The version `request` picks from `known` (oldest first), a list from `source` (the built-in
 * table, or an index page): empty -> the newest; exact -> itself (also when the list does not know
 * it: the digest then comes from `uv-sha256`, the index or the mirror's `.sha256` file); a range ->
 * the newest version in it.
 */
export function pickVersion(
  request: VersionRequest,
  known: readonly string[],
  source: string = TABLE
): Resolved {
  const newest = known[known.length - 1];
  if (request.kind === 'newest') {
    if (!newest) throw new ConfigurationError(`${capitalize(source)} lists no uv version.`);
    return {version: newest, reason: `newest version in ${source}`};
  }
  if (request.kind === 'exact') {
    return {version: request.version, reason: `exact version '${request.version}'`};
  }
  const matches = known.filter(v => request.matches(v));
  const what = request.prefix ? `${request.prefix}x release` : `release in '${request.text}'`;
  if (matches.length === 0) {
    const range = newest ? ` (it knows ${known[0]} to ${newest})` : ' (it lists none)';
    throw new ConfigurationError(
      `Input 'uv-version' is '${request.text}', but ${source} knows no ${what}${range}; ` +
        (source === TABLE
          ? `give an exact version such as '${newest}' with 'uv-sha256', or a range the table knows ` +
            `(or set 'uv-index-url' to resolve it from a package index).`
          : `give a version it lists.`)
    );
  }
  return {
    version: matches[matches.length - 1],
    reason: `newest ${request.prefix ? `${request.prefix}x` : `in '${request.text}'`} in ${source}`
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Resolves the `uv-version` input against `known` (default: the built-in table's versions). */
export function resolveUvVersion(
  input: string,
  known: readonly string[],
  source: string = TABLE
): Resolved {
  return pickVersion(parseVersionRequest(input, known[known.length - 1]), known, source);
}
