import {createHash, randomUUID, webcrypto} from 'node:crypto';
import {createReadStream, existsSync, readFileSync} from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
  writeFile
} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {gunzip} from 'node:zlib';
import {addPath} from './runner';
import {restoreCache} from './cache';
import {
  downloadFile,
  fetchText,
  IntegrityError,
  isSha256,
  verifySha256,
  type DownloadOptions
} from './download';
import {ActionFailure, errorMessage} from './errors';
import type {Logger} from './logger';
import {readTar} from './tar';

const gunzipAsync = promisify(gunzip);

// Installs a pinned tool from a release archive: runner tool cache, then the Actions cache, then
// the mirrors in order. The archive is verified before anything is extracted; only the named
// binaries are taken (entry paths validated, regular files only, mode 755). A marker file beside
// the binaries records the archive digest and each binary's digest; a cache hit is re-checked
// against both, and any mismatch fails closed.

export interface ToolBinary {
  /** Path inside the archive, e.g. `linux-amd64/helm` or `uv-x86_64-unknown-linux-gnu/uvx`. */
  readonly member: string;
  /** File name in the install directory, e.g. `helm`. */
  readonly name: string;
}

export interface ChecksumFile {
  /** URLs of the checksum file, in mirror order. */
  readonly urls: readonly string[];
  /** The digest for `archiveName` in `text`, or undefined when the file does not list it. */
  parse(text: string, archiveName: string): string | undefined;
}

/** Where the expected digest may come from, in this order: input, built-in table, checksum file. */
export interface DigestSources {
  readonly input?: string;
  readonly builtIn?: string;
  readonly checksumFile?: ChecksumFile;
}

export interface ToolSpec {
  /** Tool cache name, e.g. `helm`. */
  readonly name: string;
  readonly version: string;
  /** The project's names, used in the Actions cache key and the marker. */
  readonly os: string;
  readonly arch: string;
  /** e.g. `helm-v3.16.4-linux-amd64.tar.gz`. */
  readonly archiveName: string;
  /** Full URLs of the archive, one per mirror, in order. */
  readonly urls: readonly string[];
  /** Default: from the archive name. */
  readonly format?: 'tar.gz' | 'zip';
  readonly binaries: readonly ToolBinary[];
  readonly digest: DigestSources;
}

export interface InstallOptions extends Omit<DownloadOptions, 'logger'> {
  readonly logger: Logger;
  /** Default: RUNNER_TOOL_CACHE, else a folder under the temp dir. */
  readonly toolCacheDir?: string;
  /** Default: RUNNER_TEMP, else the OS temp dir. */
  readonly tempDir?: string;
  /** Arch segment of the tool cache path (default: Node's process.arch, as tool-cache uses). */
  readonly toolCacheArch?: string;
  /** Look in (and plan to save to) the Actions cache. Default false. */
  readonly actionsCache?: boolean;
  readonly cacheTimeoutMs?: number;
  /** Add the install directory to PATH. Default true. */
  readonly addToPath?: boolean;
  /** Re-hash the binaries on a tool cache hit (default false: sizes are compared; an Actions
   * cache hit is always re-hashed). */
  readonly verifyBinaries?: boolean;
}

export type InstallSource = 'tool-cache' | 'actions-cache' | 'download';
export type DigestSource = 'input' | 'built-in' | 'checksum-file' | 'tool-cache-marker';

export interface InstallResult {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
  /** Absolute path of each binary, by its name. */
  readonly paths: Readonly<Record<string, string>>;
  /** Archive digest. */
  readonly sha256: string;
  readonly digestSource: DigestSource;
  readonly source: InstallSource;
  /** True when the post step should save `cachePaths` under `cacheKey`. */
  readonly needsSave: boolean;
  readonly cacheKey: string;
  readonly cachePaths: readonly string[];
  /** The URL the archive came from (downloads only). */
  readonly url?: string;
}

export interface ToolMarker {
  readonly name: string;
  readonly version: string;
  readonly os: string;
  readonly arch: string;
  readonly archive: string;
  readonly sha256: string;
  readonly digestSource: string;
  readonly binaries: Readonly<Record<string, string>>;
  /** Size of each binary, checked on a tool cache hit (a full re-hash is kept for Actions cache hits). */
  readonly sizes?: Readonly<Record<string, number>>;
}

export const MARKER_FILE = '.ci-actions-tool.json';

export function toolCacheKey(spec: ToolSpec, sha256: string): string {
  return `ci-actions-tool-${spec.name}-${spec.version}-${spec.os}-${spec.arch}-${sha256.slice(0, 16)}`.toLowerCase();
}

/** The sha256 on the line naming `archiveName` (sha256sum/goreleaser format), or a bare digest. */
export function parseChecksumList(text: string, archiveName: string): string | undefined {
  const lines = text.split(/\r?\n/).map(line => line.trim());
  for (const line of lines) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line);
    if (match && match[2].trim().replace(/^\.\//, '') === archiveName)
      return match[1].toLowerCase();
  }
  const bare = lines.filter(Boolean);
  if (bare.length === 1) {
    const only = /^([0-9a-fA-F]{64})(?:\s+\*?(\S+))?$/.exec(bare[0]);
    if (only && (!only[2] || only[2] === archiveName)) return only[1].toLowerCase();
  }
  return undefined;
}

/** Rejects absolute paths, drive letters, `..` segments and empty names. Returns the clean path. */
export function validateEntryPath(entry: string): string {
  const name = entry.replace(/^(\.\/)+/, '');
  const bad =
    name === '' ||
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split(/[\\/]/).some(segment => segment === '..');
  if (bad) throw new ActionFailure(`Unsafe path in archive: '${entry}'. Nothing was extracted.`);
  return name;
}

/**
 * Writes beside the target, then renames over it: a run sharing the tool cache sees the old file
 * or the new one, never a half-written or missing one.
 */
async function writeAtomic(target: string, content: Buffer | string, mode: number): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}`);
  try {
    await writeFile(temp, content, {mode});
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, {force: true});
    throw error;
  }
}

/** SHA-256 off the main thread (WebCrypto), so hashing a large binary does not stall downloads. */
async function sha256Async(data: Buffer): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Entry names of a zip archive, from its central directory. */
export function listZipEntries(data: Buffer): string[] {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ActionFailure('Not a zip archive (no end of central directory).');
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) {
      throw new ActionFailure('Corrupt zip central directory.');
    }
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    names.push(data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function archiveFormat(spec: ToolSpec): 'tar.gz' | 'zip' {
  if (spec.format) return spec.format;
  if (spec.archiveName.endsWith('.zip')) return 'zip';
  if (/\.(tar\.gz|tgz)$/.test(spec.archiveName)) return 'tar.gz';
  throw new ActionFailure(`Unknown archive format: ${spec.archiveName}`);
}

function checkListing(listed: readonly string[], binaries: readonly ToolBinary[]): void {
  const entries = new Set(listed.map(validateEntryPath));
  for (const binary of binaries) {
    if (!entries.has(validateEntryPath(binary.member))) {
      throw new ActionFailure(
        `The archive has no '${binary.member}' (entries: ${[...entries].slice(0, 10).join(', ')}).`
      );
    }
  }
}

/**
 * Validates every entry of the archive and returns the content of the named binaries. tar.gz is
 * read in one pass in-process (gunzip, then the tar headers); zip goes through tool-cache into
 * `staging`.
 */
export async function extractBinaries(
  archive: string,
  format: 'tar.gz' | 'zip',
  binaries: readonly ToolBinary[],
  staging: string
): Promise<Record<string, Buffer>> {
  const wanted = new Map(binaries.map(binary => [validateEntryPath(binary.member), binary.name]));
  const out: Record<string, Buffer> = {};
  const take = (name: string, isFile: boolean, data: () => Promise<Buffer> | Buffer) => {
    const binary = wanted.get(validateEntryPath(name));
    if (binary === undefined) return undefined;
    if (!isFile) throw new ActionFailure(`'${name}' in the archive is not a regular file.`);
    return Promise.resolve(data()).then(content => (out[binary] = content));
  };
  if (format === 'zip') {
    const listed = listZipEntries(await readFile(archive));
    checkListing(listed, binaries);
    const {extractZip} = await import('@actions/tool-cache');
    await mkdir(staging, {recursive: true});
    await extractZip(archive, staging);
    for (const name of listed) {
      const path = join(staging, validateEntryPath(name));
      const stat = await lstat(path).catch(() => undefined);
      await take(name, !!stat?.isFile(), () => readFile(path));
    }
  } else {
    let tar: Buffer;
    try {
      // Large output chunks: with the default 16 KiB, gunzip of a 60 MB binary takes twice as long.
      tar = await gunzipAsync(await readFile(archive), {chunkSize: 4 << 20});
    } catch (error) {
      throw new ActionFailure(`${archive} is not a gzip archive: ${errorMessage(error)}`);
    }
    const entries = readTar(tar);
    checkListing(
      entries.map(entry => entry.name),
      binaries
    );
    for (const entry of entries) await take(entry.name, entry.type === 'file', () => entry.data);
  }
  return out;
}

export function readMarker(dir: string): ToolMarker | undefined {
  const file = join(dir, MARKER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as ToolMarker;
    return typeof marker.sha256 === 'string' && typeof marker.binaries === 'object'
      ? marker
      : undefined;
  } catch {
    return undefined;
  }
}

interface KnownDigest {
  readonly sha256: string;
  readonly source: DigestSource;
}

function knownDigest(spec: ToolSpec): KnownDigest | undefined {
  const {input, builtIn} = spec.digest;
  if (input) return {sha256: input.toLowerCase(), source: 'input'};
  if (builtIn) return {sha256: builtIn.toLowerCase(), source: 'built-in'};
  return undefined;
}

function describeSource(source: DigestSource, url?: string): string {
  switch (source) {
    case 'input':
      return 'the sha256 input';
    case 'built-in':
      return "the action's table of published digests";
    case 'checksum-file':
      return `the checksum file ${url ?? ''}`.trim();
    default:
      return 'the tool cache marker';
  }
}

async function resolveDigest(
  spec: ToolSpec,
  options: InstallOptions
): Promise<KnownDigest & {url?: string}> {
  const known = knownDigest(spec);
  if (known) return known;
  const file = spec.digest.checksumFile;
  if (!file) {
    throw new ActionFailure(
      `No sha256 is known for ${spec.archiveName}: give one as an input or use a mirror that serves a checksum file.`
    );
  }
  const {url, text} = await fetchText(file.urls, options);
  const sha256 = file.parse(text, spec.archiveName);
  if (!sha256 || !isSha256(sha256)) {
    throw new ActionFailure(`The checksum file ${url} has no sha256 for ${spec.archiveName}.`);
  }
  return {sha256, source: 'checksum-file', url};
}

/** The archive URLs, the one beside `checksumUrl` (same mirror, same index) first. */
export function archiveUrls(spec: ToolSpec, checksumUrl: string | undefined): string[] {
  const index = checksumUrl ? (spec.digest.checksumFile?.urls.indexOf(checksumUrl) ?? -1) : -1;
  if (index <= 0 || index >= spec.urls.length) return [...spec.urls];
  return [spec.urls[index], ...spec.urls.filter((_, i) => i !== index)];
}

/** Checks a cached install: marker digest against `expected`, binaries against the marker. */
async function checkInstalled(
  spec: ToolSpec,
  dir: string,
  expected: {sha256: string; source: string} | undefined,
  where: string,
  verifyBinaries: boolean
): Promise<ToolMarker | undefined> {
  const marker = readMarker(dir);
  if (!marker) return undefined;
  if (spec.binaries.some(binary => !existsSync(join(dir, binary.name)))) return undefined;
  if (expected && marker.sha256 !== expected.sha256) {
    throw new IntegrityError(
      `${where} ${dir}`,
      expected.sha256,
      `${marker.sha256} (recorded in ${join(dir, MARKER_FILE)}; remove ${dir} to reinstall)`,
      expected.source
    );
  }
  if (!verifyBinaries) {
    for (const binary of spec.binaries) {
      const recorded = marker.sizes?.[binary.name];
      const actual = (await stat(join(dir, binary.name))).size;
      if (recorded !== actual) {
        throw new IntegrityError(
          join(dir, binary.name),
          `${marker.binaries[binary.name] ?? '(none recorded)'} (${recorded ?? '?'} bytes)`,
          `a file of ${actual} bytes`,
          `the ${where} marker`
        );
      }
    }
  } else {
    for (const binary of spec.binaries) {
      const recorded = marker.binaries[binary.name];
      const actual = await sha256File(join(dir, binary.name));
      if (!recorded || recorded !== actual) {
        throw new IntegrityError(
          join(dir, binary.name),
          recorded ?? '(none recorded)',
          actual,
          `the ${where} marker`
        );
      }
    }
  }
  return marker;
}

function result(
  spec: ToolSpec,
  dir: string,
  fields: Pick<InstallResult, 'sha256' | 'digestSource' | 'source' | 'needsSave' | 'url'>
): InstallResult {
  const paths: Record<string, string> = {};
  for (const binary of spec.binaries) paths[binary.name] = join(dir, binary.name);
  return {
    name: spec.name,
    version: spec.version,
    dir,
    paths,
    cacheKey: toolCacheKey(spec, fields.sha256),
    cachePaths: [dir],
    ...fields
  };
}

export function toolDir(spec: ToolSpec, options: InstallOptions): string {
  const root =
    options.toolCacheDir ??
    process.env.RUNNER_TOOL_CACHE ??
    join(options.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'ci-actions-tools');
  return join(root, spec.name, spec.version, options.toolCacheArch ?? process.arch);
}

export async function installTool(spec: ToolSpec, options: InstallOptions): Promise<InstallResult> {
  const {logger} = options;
  const verifyBinaries = options.verifyBinaries ?? false;
  const dir = toolDir(spec, options);
  const label = `${spec.name} ${spec.version}`;
  const known = knownDigest(spec);
  const finish = (installed: InstallResult): InstallResult => {
    if (options.addToPath ?? true) addPath(installed.dir);
    return installed;
  };

  // 1. The runner's tool cache: no network at all when the digest is known (input or table).
  const cached = await checkInstalled(
    spec,
    dir,
    known && {sha256: known.sha256, source: describeSource(known.source)},
    'tool cache',
    verifyBinaries
  );
  if (cached) {
    const digestSource = known?.source ?? 'tool-cache-marker';
    logger.info(
      `${label}: found in the tool cache (${dir}), sha256 ${cached.sha256} ${
        known
          ? `matches ${describeSource(known.source)}`
          : `as verified against ${cached.digestSource} when installed`
      }`
    );
    return finish(
      result(spec, dir, {
        sha256: cached.sha256,
        digestSource,
        source: 'tool-cache',
        needsSave: false
      })
    );
  }

  const digest = await resolveDigest(spec, options);
  logger.info(
    `${label}: expecting sha256 ${digest.sha256} from ${describeSource(digest.source, digest.url)}`
  );

  // 2. The Actions cache.
  const key = toolCacheKey(spec, digest.sha256);
  if (options.actionsCache) {
    const restored = await restoreCache([dir], key, [], {
      logger,
      timeoutMs: options.cacheTimeoutMs
    });
    if (restored.hit === 'exact') {
      const marker = await checkInstalled(
        spec,
        dir,
        {sha256: digest.sha256, source: describeSource(digest.source, digest.url)},
        'Actions cache',
        true
      );
      if (marker) {
        logger.info(`${label}: restored from the Actions cache, sha256 ${marker.sha256} verified`);
        await writeFile(`${dir}.complete`, '');
        return finish(
          result(spec, dir, {
            sha256: marker.sha256,
            digestSource: digest.source,
            source: 'actions-cache',
            needsSave: false
          })
        );
      }
      logger.warning(`${label}: the Actions cache entry ${key} is incomplete; downloading`);
    }
  }

  // 3. The mirrors, in order; the one whose checksum file gave the digest first. Verify before
  // extracting.
  const temp = options.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
  await mkdir(temp, {recursive: true});
  const work = await mkdtemp(join(temp, `${spec.name}-`));
  try {
    const archive = join(work, spec.archiveName);
    const downloaded = await downloadFile(
      archiveUrls(spec, digest.source === 'checksum-file' ? digest.url : undefined),
      archive,
      options
    );
    verifySha256(
      downloaded.url,
      digest.sha256,
      downloaded.sha256,
      describeSource(digest.source, digest.url)
    );
    logger.info(
      `${label}: ${downloaded.url} (${downloaded.bytes} bytes) matches sha256 ${digest.sha256}`
    );
    const extracted = await extractBinaries(
      archive,
      archiveFormat(spec),
      spec.binaries,
      join(work, 'x')
    );
    await mkdir(dir, {recursive: true});
    const binaries: Record<string, string> = {};
    const sizes: Record<string, number> = {};
    await Promise.all(
      spec.binaries.map(async binary => {
        const content = extracted[binary.name];
        const [digest] = await Promise.all([
          sha256Async(content),
          writeAtomic(join(dir, binary.name), content, 0o755)
        ]);
        binaries[binary.name] = digest;
        sizes[binary.name] = content.length;
      })
    );
    const marker: ToolMarker = {
      name: spec.name,
      version: spec.version,
      os: spec.os,
      arch: spec.arch,
      archive: spec.archiveName,
      sha256: digest.sha256,
      digestSource: describeSource(digest.source, digest.url),
      binaries,
      sizes
    };
    await writeAtomic(join(dir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`, 0o644);
    await writeAtomic(`${dir}.complete`, '', 0o644);
    return finish(
      result(spec, dir, {
        sha256: digest.sha256,
        digestSource: digest.source,
        source: 'download',
        needsSave: options.actionsCache ?? false,
        url: downloaded.url
      })
    );
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}
