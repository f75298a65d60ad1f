import {createHash} from 'node:crypto';
import {createReadStream} from 'node:fs';
import {ActionFailure, ConfigurationError} from './errors';
import {fetchText, IntegrityError, type DownloadOptions} from './download';

// SHA-256 digests: the one pattern every input, checksum list and marker is checked against, file
// hashing, and where the expected digest of a release archive comes from (input, built-in table,
// checksum file, in that order).

/** 64 hexadecimal characters, either case; the one SHA-256 pattern of the repository. */
export const SHA256_HEX = '[0-9a-fA-F]{64}';
const SHA256 = new RegExp(`^${SHA256_HEX}$`);

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** A digest input (`name`), lower-cased; a leading `sha256:` is allowed. Undefined when empty. */
export function parseSha256(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const hex = value.replace(/^sha256:/i, '');
  if (!isSha256(hex)) {
    throw new ConfigurationError(
      `Input '${name}' must be a SHA-256 digest of 64 hexadecimal characters, got '${value}'.`
    );
  }
  return hex.toLowerCase();
}

/** Throws an IntegrityError unless `actual` equals `expected` (case-insensitive). */
export function verifySha256(url: string, expected: string, actual: string, source?: string): void {
  if (expected.toLowerCase() !== actual.toLowerCase()) {
    throw new IntegrityError(url, expected.toLowerCase(), actual.toLowerCase(), source);
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

const LISTED = new RegExp(`^(${SHA256_HEX})\\s+\\*?(.+)$`);
const BARE = new RegExp(`^(${SHA256_HEX})(?:\\s+\\*?(\\S+))?$`);

/** The sha256 on the line naming `archiveName` (sha256sum/goreleaser format), or a bare digest. */
export function parseChecksumList(text: string, archiveName: string): string | undefined {
  const lines = text.split(/\r?\n/).map(line => line.trim());
  for (const line of lines) {
    const match = LISTED.exec(line);
    if (match && match[2].trim().replace(/^\.\//, '') === archiveName)
      return match[1].toLowerCase();
  }
  const bare = lines.filter(Boolean);
  if (bare.length === 1) {
    const only = BARE.exec(bare[0]);
    if (only && (!only[2] || only[2] === archiveName)) return only[1].toLowerCase();
  }
  return undefined;
}

export interface ChecksumFile {
  /** URLs of the checksum file, in mirror order. */
  readonly urls: readonly string[];
  /** The digest for `archiveName` in `text`, or undefined when the file does not list it. */
  parse(text: string, archiveName: string): string | undefined;
}

/**
 * Where the expected digest may come from, in this order: input, built-in table, a package index
 * page already read, checksum file.
 */
export interface DigestSources {
  readonly input?: string;
  readonly builtIn?: string;
  readonly index?: {readonly sha256: string; readonly url: string};
  readonly checksumFile?: ChecksumFile;
}

export type DigestSource = 'input' | 'built-in' | 'index' | 'checksum-file' | 'tool-cache-marker';

export interface ExpectedDigest {
  readonly sha256: string;
  readonly source: DigestSource;
  /** The checksum file's URL, when it gave the digest. */
  readonly url?: string;
}

/** The digest known without the network (input, then built-in table). */
export function knownDigest(sources: DigestSources): ExpectedDigest | undefined {
  if (sources.input) return {sha256: sources.input.toLowerCase(), source: 'input'};
  if (sources.builtIn) return {sha256: sources.builtIn.toLowerCase(), source: 'built-in'};
  return undefined;
}

export function describeDigest(digest: Pick<ExpectedDigest, 'source' | 'url'>): string {
  switch (digest.source) {
    case 'input':
      return 'the sha256 input';
    case 'built-in':
      return "the action's table of published digests";
    case 'index':
      return `the package index page ${digest.url ?? ''}`.trim();
    case 'checksum-file':
      return `the checksum file ${digest.url ?? ''}`.trim();
    default:
      return 'the tool cache marker';
  }
}

/** The known digest, else the index page's, else the first answering mirror's checksum file's. */
export async function resolveDigest(
  sources: DigestSources,
  archiveName: string,
  options: DownloadOptions
): Promise<ExpectedDigest> {
  const known = knownDigest(sources);
  if (known) return known;
  const {index} = sources;
  if (index) return {sha256: index.sha256.toLowerCase(), source: 'index', url: index.url};
  const file = sources.checksumFile;
  if (!file) {
    throw new ActionFailure(
      `No sha256 is known for ${archiveName}: give one as an input or use a mirror that serves a checksum file.`
    );
  }
  const {url, text} = await fetchText(file.urls, options);
  const sha256 = file.parse(text, archiveName)?.toLowerCase();
  if (!sha256 || !isSha256(sha256)) {
    throw new ActionFailure(`The checksum file ${url} has no sha256 for ${archiveName}.`);
  }
  return {sha256, source: 'checksum-file', url};
}
