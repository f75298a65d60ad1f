import {existsSync, readFileSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {sha256File} from './digest';

// The record beside an installed tool's binaries: the archive digest it was verified against and
// each binary's digest and size. It only vouches for the install it was written with; a tool-cache
// hit is checked against it (sizes, or full digests where the tool cache is not the runner's own).

export const MARKER_FILE = '.ci-actions-tool.json';

export interface ToolMarker {
  readonly name: string;
  readonly version: string;
  readonly os: string;
  readonly arch: string;
  readonly archive: string;
  readonly sha256: string;
  readonly digestSource: string;
  readonly binaries: Readonly<Record<string, string>>;
  readonly sizes: Readonly<Record<string, number>>;
}

export function readMarker(dir: string): ToolMarker | undefined {
  const file = join(dir, MARKER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as ToolMarker;
    return typeof marker.sha256 === 'string' &&
      typeof marker.binaries === 'object' &&
      typeof marker.sizes === 'object'
      ? marker
      : undefined;
  } catch {
    return undefined;
  }
}

export type MarkerCheck = 'size' | 'sha256';

/**
 * Why the binaries in `dir` do not match the marker (`check`: sizes only, or full digests), or
 * undefined when they all do.
 */
export async function markerMismatch(
  dir: string,
  marker: ToolMarker,
  names: readonly string[],
  check: MarkerCheck
): Promise<string | undefined> {
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return `${path} is missing`;
    if (
      check === 'size'
        ? info.size !== marker.sizes[name]
        : (await sha256File(path)) !== marker.binaries[name]
    ) {
      return `${path} does not match the ${check} recorded in ${join(dir, MARKER_FILE)}`;
    }
  }
  return undefined;
}
