import {existsSync} from 'node:fs';
import {mkdir, rename, rm, rmdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {randomUUID} from 'node:crypto';
import {addPath} from './runner';
import {restoreCache} from './cache';
import {downloadFile, type DownloadOptions} from './download';
import type {
  ArchiveFormat,
  ArchiveLimits,
  ArchiveMember,
  PendingExtraction,
  TarGzFeed
} from './archive';
import {
  describeDigest,
  knownDigest,
  resolveDigest,
  sha256File,
  verifySha256,
  type DigestSource,
  type DigestSources,
  type ExpectedDigest
} from './digest';
import {errorMessage} from './errors';
import {recordFault} from './ledger';
import type {Logger} from './logger';
import {
  markerMismatch,
  readMarker,
  MARKER_FILE,
  type MarkerCheck,
  type ToolMarker
} from './tool-marker';

// Installs a pinned tool from its release archive, in tiers: the runner's tool cache, then the
// expected digest (input, built-in table, checksum file), then the Actions cache, then the mirrors
// in order. Trust comes only from that digest: the Actions cache holds the release archive itself
// (never the extracted binaries), re-hashed on restore before anything is extracted from it. A
// tool-cache hit is checked against the marker written at install time: sizes on GitHub-hosted
// runners (a fresh VM per job), full digests elsewhere (a tool cache other jobs can write).

export {
  parseChecksumList,
  type ChecksumFile,
  type DigestSources,
  type DigestSource
} from './digest';
export {MARKER_FILE, type ToolMarker} from './tool-marker';
export type ToolBinary = ArchiveMember;

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
  readonly format?: ArchiveFormat;
  readonly binaries: readonly ToolBinary[];
  readonly digest: DigestSources;
}

export interface InstallOptions extends Omit<DownloadOptions, 'logger'> {
  readonly logger: Logger;
  /** Default: RUNNER_TOOL_CACHE, else a folder under the temp dir. */
  readonly toolCacheDir?: string;
  /** Default: RUNNER_TEMP, else the OS temp dir (only used without a tool cache). */
  readonly tempDir?: string;
  /** Arch segment of the tool cache path (default: Node's process.arch, as tool-cache uses). */
  readonly toolCacheArch?: string;
  /** Look in (and plan to save to) the Actions cache. Default false. */
  readonly actionsCache?: boolean;
  readonly cacheTimeoutMs?: number;
  /** Add the install directory to PATH. Default true. */
  readonly addToPath?: boolean;
  /** Size caps for extraction (default: DEFAULT_LIMITS of ./archive). */
  readonly limits?: ArchiveLimits;
}

export type InstallSource = 'tool-cache' | 'actions-cache' | 'download';

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
  /** What the Actions cache holds: the directory of the release archive. */
  readonly cachePaths: readonly string[];
  /** The URL the archive came from (downloads only). */
  readonly url?: string;
}

export function toolCacheKey(spec: ToolSpec, sha256: string): string {
  return `ci-actions-tool-${spec.name}-${spec.version}-${spec.os}-${spec.arch}-${sha256.slice(0, 16)}`.toLowerCase();
}

export function toolDir(spec: ToolSpec, options: InstallOptions): string {
  const root =
    options.toolCacheDir ??
    process.env.RUNNER_TOOL_CACHE ??
    join(options.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'ci-actions-tools');
  return join(root, spec.name, spec.version, options.toolCacheArch ?? process.arch);
}

/** Where the verified release archive is kept (and what the Actions cache saves). */
export function archiveDir(dir: string): string {
  return `${dir}.archive`;
}

/** The archive URLs, the one beside `checksumUrl` (same mirror, same index) first. */
export function archiveUrls(spec: ToolSpec, checksumUrl: string | undefined): string[] {
  const index = checksumUrl ? (spec.digest.checksumFile?.urls.indexOf(checksumUrl) ?? -1) : -1;
  if (index <= 0 || index >= spec.urls.length) return [...spec.urls];
  return [spec.urls[index], ...spec.urls.filter((_, i) => i !== index)];
}

/** GitHub-hosted runners get a fresh VM per job; anywhere else the tool cache outlives jobs. */
function toolCacheCheck(): MarkerCheck {
  return process.env.RUNNER_ENVIRONMENT === 'github-hosted' ? 'size' : 'sha256';
}

interface Context {
  readonly spec: ToolSpec;
  readonly options: InstallOptions;
  readonly dir: string;
  readonly label: string;
}

export async function installTool(spec: ToolSpec, options: InstallOptions): Promise<InstallResult> {
  const ctx: Context = {
    spec,
    options,
    dir: toolDir(spec, options),
    label: `${spec.name} ${spec.version}`
  };
  const finish = (installed: InstallResult): InstallResult => {
    if (options.addToPath ?? true) addPath(installed.dir);
    return installed;
  };

  // 1. The runner's tool cache: no network at all when the digest is known (input or table).
  const cached = await fromToolCache(ctx);
  if (cached) return finish(cached);

  // 2. The expected digest: the only thing a later tier is trusted by.
  const digest = await resolveDigest(spec.digest, spec.archiveName, options);
  options.logger.info(
    `${ctx.label}: expecting sha256 ${digest.sha256} from ${describeDigest(digest)}`
  );

  // 3. The Actions cache: the release archive, re-hashed before use.
  if (options.actionsCache && (await restoreArchive(ctx, digest))) {
    return finish(await install(ctx, digest, 'actions-cache'));
  }

  // 4. The mirrors, in order; the one whose checksum file gave the digest first.
  const {url, extraction} = await downloadArchive(ctx, digest);
  return finish(await install(ctx, digest, 'download', url, extraction));
}

/**
 * The install of `spec` in the runner's tool cache, checked against its marker as installTool
 * checks it, without any network request; undefined when there is none. For a tool whose archive
 * name and URLs are only known after a request (a package index page).
 */
export async function findInstalled(
  spec: Omit<ToolSpec, 'archiveName' | 'urls'>,
  options: InstallOptions
): Promise<InstallResult | undefined> {
  const full: ToolSpec = {...spec, archiveName: '', urls: []};
  const label = `${spec.name} ${spec.version}`;
  const cached = await fromToolCache({spec: full, options, dir: toolDir(full, options), label});
  if (cached && (options.addToPath ?? true)) addPath(cached.dir);
  return cached;
}

async function fromToolCache({
  spec,
  options,
  dir,
  label
}: Context): Promise<InstallResult | undefined> {
  const marker = readMarker(dir);
  if (!marker) return undefined;
  const known = knownDigest(spec.digest);
  if (known && marker.sha256 !== known.sha256) {
    options.logger.warning(
      `${label}: the tool cache copy in ${dir} was installed from an archive with sha256 ${marker.sha256}, not ${known.sha256} (${describeDigest(known)}); reinstalling`
    );
    return undefined;
  }
  const check = toolCacheCheck();
  const names = spec.binaries.map(binary => binary.name);
  const problem = await markerMismatch(dir, marker, names, check);
  if (problem) {
    options.logger.warning(
      `${label}: discarding the tool cache copy in ${dir}: ${problem}; reinstalling`
    );
    await rm(join(dir, MARKER_FILE), {force: true});
    return undefined;
  }
  options.logger.info(
    `${label}: found in the tool cache (${dir}, ${check === 'size' ? 'sizes' : 'sha256 of each binary'} checked), archive sha256 ${marker.sha256} ${
      known
        ? `matches ${describeDigest(known)}`
        : `as verified against ${marker.digestSource} when installed`
    }`
  );
  return result(spec, dir, {
    sha256: marker.sha256,
    digestSource: known?.source ?? 'tool-cache-marker',
    source: 'tool-cache',
    needsSave: false
  });
}

/** Restores the archive from the Actions cache; true when it is there and has the digest. */
async function restoreArchive(
  {spec, options, dir, label}: Context,
  digest: ExpectedDigest
): Promise<boolean> {
  const key = toolCacheKey(spec, digest.sha256);
  const restored = await restoreCache([archiveDir(dir)], key, [], {
    logger: options.logger,
    timeoutMs: options.cacheTimeoutMs
  });
  if (restored.hit !== 'exact') return false;
  const archive = join(archiveDir(dir), spec.archiveName);
  const actual = existsSync(archive) ? await sha256File(archive) : undefined;
  if (actual === digest.sha256) {
    options.logger.info(
      `${label}: restored from the Actions cache (${spec.archiveName}, sha256 ${actual} verified)`
    );
    return true;
  }
  recordFault({
    kind: 'cache-failed',
    target: key,
    error: actual ? 'sha256 mismatch' : `no ${spec.archiveName} in the entry`,
    outcome: 'without-cache'
  });
  options.logger.warning(
    `${label}: discarding the Actions cache entry ${key}: ${
      actual
        ? `its ${spec.archiveName} has sha256 ${actual}, not ${digest.sha256} (${describeDigest(digest)})`
        : `it has no ${spec.archiveName}`
    }; downloading from the mirrors`
  );
  await rm(archiveDir(dir), {recursive: true, force: true});
  return false;
}

/**
 * Downloads to a temp file beside the kept archive, verifies, renames; returns the URL. A tar.gz
 * body is extracted as it arrives (members in temp files, committed by install() only after the
 * digest matched); the extraction of a body that was resumed with Range is left to install().
 */
async function downloadArchive(
  {spec, options, dir, label}: Context,
  digest: ExpectedDigest
): Promise<{url: string; extraction?: PendingExtraction}> {
  const target = join(archiveDir(dir), spec.archiveName);
  const temp = join(archiveDir(dir), `.${spec.archiveName}.${randomUUID()}`);
  await mkdir(archiveDir(dir), {recursive: true});
  const feeds: TarGzFeed[] = [];
  let used: TarGzFeed | undefined;
  try {
    const {archiveFormat, feedTarGz} = await import('./archive');
    const tap =
      (spec.format ?? archiveFormat(spec.archiveName)) === 'tar.gz'
        ? (url: string, total: number | undefined) => {
            if (total === undefined || !Number.isFinite(total)) return undefined;
            const feed = feedTarGz(target, spec.binaries, dir, url, total, options.limits);
            feeds.push(feed);
            return feed;
          }
        : undefined;
    if (tap) await mkdir(dir, {recursive: true});
    const downloaded = await downloadFile(
      archiveUrls(spec, digest.source === 'checksum-file' ? digest.url : undefined),
      temp,
      options,
      tap
    );
    verifySha256(downloaded.url, digest.sha256, downloaded.sha256, describeDigest(digest));
    options.logger.info(
      `${label}: ${downloaded.url} (${downloaded.bytes} bytes) matches sha256 ${digest.sha256}`
    );
    await rename(temp, target);
    used = feeds.filter(feed => feed.complete).pop();
    return {url: downloaded.url, extraction: used};
  } catch (error) {
    // Leave no empty folders behind a failed install (rmdir: never another run's files).
    await rm(temp, {force: true});
    // Not read to its end: an archive with the wrong digest is not worth inflating.
    for (const feed of feeds) feed.abort();
    // Taken out of `feeds`: the finally below has nothing left to discard twice.
    await discardAll(feeds.splice(0), options.logger, label);
    await rmdir(dir).catch(() => undefined);
    for (const empty of [archiveDir(dir), dirname(dir), dirname(dirname(dir))]) {
      if (
        !(await rmdir(empty).then(
          () => true,
          () => false
        ))
      )
        break;
    }
    throw error;
  } finally {
    await discardAll(
      feeds.filter(feed => feed !== used),
      options.logger,
      label
    );
  }
}

/** Removes the extractions' temp files; a failing rm is worth a warning, not the step's error. */
async function discardAll(
  extractions: readonly PendingExtraction[],
  logger: Logger,
  label: string
): Promise<void> {
  const results = await Promise.allSettled(extractions.map(extraction => extraction.discard()));
  for (const r of results) {
    if (r.status === 'rejected') {
      logger.warning(`${label}: could not remove a temp file: ${errorMessage(r.reason)}`);
    }
  }
}

/** Extracts the binaries of the verified archive and writes the marker. */
async function install(
  {spec, options, dir, label}: Context,
  digest: ExpectedDigest,
  source: 'actions-cache' | 'download',
  url?: string,
  extraction?: PendingExtraction
): Promise<InstallResult> {
  const archive = join(archiveDir(dir), spec.archiveName);
  let archiveModule: typeof import('./archive');
  try {
    await mkdir(dir, {recursive: true});
    // Loaded here: a tool-cache hit does not pay for the tar parser.
    archiveModule = await import('./archive');
  } catch (error) {
    // Neither committed nor discarded otherwise: its temp files would stay.
    if (extraction) await discardAll([extraction], options.logger, label);
    throw error;
  }
  const {archiveFormat, extractMembers} = archiveModule;
  const files = extraction
    ? await extraction.commit()
    : await extractMembers(
        archive,
        spec.format ?? archiveFormat(spec.archiveName),
        spec.binaries,
        dir,
        url ?? `the Actions cache entry ${toolCacheKey(spec, digest.sha256)}`,
        options.limits
      );
  const names = spec.binaries.map(binary => binary.name);
  const marker: ToolMarker = {
    name: spec.name,
    version: spec.version,
    os: spec.os,
    arch: spec.arch,
    archive: spec.archiveName,
    sha256: digest.sha256,
    digestSource: describeDigest(digest),
    binaries: Object.fromEntries(names.map(name => [name, files[name].sha256])),
    sizes: Object.fromEntries(names.map(name => [name, files[name].size]))
  };
  await writeAtomic(join(dir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
  await writeAtomic(`${dir}.complete`, '');
  return result(spec, dir, {
    sha256: digest.sha256,
    digestSource: digest.source,
    source,
    needsSave: source === 'download' && (options.actionsCache ?? false),
    url
  });
}

/** A run sharing the tool cache sees the old file or the new one, never a half-written one. */
async function writeAtomic(target: string, content: string): Promise<void> {
  const temp = `${target}.${randomUUID()}`;
  try {
    await writeFile(temp, content, {mode: 0o644});
    await rename(temp, target);
  } finally {
    await rm(temp, {force: true});
  }
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
    cachePaths: [archiveDir(dir)],
    ...fields
  };
}
