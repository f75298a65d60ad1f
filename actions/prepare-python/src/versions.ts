import {ConfigurationError} from '@ci-actions/core';

// uv version resolution from the built-in digest table only: no network request, ever.

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

/**
 * Resolves the `uv-version` input against the versions the built-in table knows:
 * empty -> the newest; `0.8.22` -> itself (also when the table does not know it: the digest then
 * comes from `uv-sha256` or the mirror's `.sha256` file); `0.8` / `0.8.x` -> the newest 0.8 patch.
 */
export function resolveUvVersion(input: string, known: readonly string[]): Resolved {
  const value = input.trim();
  const newest = known[known.length - 1];
  if (!value) {
    if (!newest) throw new ConfigurationError('The built-in uv digest table is empty.');
    return {version: newest, reason: 'newest version in the built-in digest table'};
  }
  const exact = EXACT.exec(value);
  if (exact) {
    const version = `${Number(exact[1])}.${Number(exact[2])}.${Number(exact[3])}`;
    return {version, reason: `exact version '${value}'`};
  }
  const minor = MINOR.exec(value);
  if (minor) {
    const prefix = `${Number(minor[1])}.${Number(minor[2])}.`;
    const matches = known.filter(v => v.startsWith(prefix));
    if (matches.length === 0) {
      throw new ConfigurationError(
        `Input 'uv-version' is '${value}', but the built-in digest table knows no ${prefix}x release ` +
          `(it knows ${known[0]} to ${newest}); give an exact version such as '${newest}' with 'uv-sha256', ` +
          `or a minor version the table knows.`
      );
    }
    return {
      version: matches[matches.length - 1],
      reason: `newest ${prefix}x in the built-in digest table`
    };
  }
  throw new ConfigurationError(
    `Input 'uv-version' must be an exact version ('${newest}'), a minor version ('0.8' or '0.8.x') ` +
      `or empty for the newest in the built-in table (${newest}), got '${value}'.`
  );
}
