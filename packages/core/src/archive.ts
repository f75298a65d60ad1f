import {createHash, randomUUID} from 'node:crypto';
import {createReadStream, createWriteStream} from 'node:fs';
import {chmod, open, rename, rm, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {PassThrough, pipeline, Readable} from 'node:stream';
import {createGunzip, createInflateRaw} from 'node:zlib';
import {Parser, type ReadEntry} from 'tar';
import {ActionFailure, errorMessage} from './errors';

// Takes named binaries out of a verified release archive (tar.gz or zip) as a stream: nothing is
// held in memory beyond a read buffer. Every entry path is validated; only regular files are
// taken; sizes are capped (a small archive must not inflate to gigabytes). Each binary is written
// to a temp file beside its target and hashed while written; the temp files are renamed over the
// targets only after the whole archive was read without fault. A tar.gz can be fed as it downloads
// (feedTarGz); its caller commits only once the archive's digest matched.

export type ArchiveFormat = 'tar.gz' | 'zip';

export interface ArchiveMember {
  /** Path inside the archive, e.g. `linux-amd64/helm`. */
  readonly member: string;
  /** File name in the target directory, e.g. `helm`. */
  readonly name: string;
}

export interface ArchiveLimits {
  /** Largest uncompressed total of all entries. */
  readonly maxTotalBytes: number;
  /** Largest single entry. */
  readonly maxMemberBytes: number;
  /** Largest uncompressed total as a multiple of the archive size (above `minRatioBytes`). */
  readonly maxRatio: number;
  /** The ratio limit never goes below this (tiny archives of text compress very well). */
  readonly minRatioBytes: number;
}

const MiB = 1024 * 1024;
/**
 * What the streams below move at a time: each step of a gunzip is a round trip to the thread
 * pool, and on a busy runner every round trip waits for a core.
 */
const BLOCK = MiB;

/** Well above any real release: helm, kubeconform and uv archives inflate to 20-60 MB, 3x at most. */
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxTotalBytes: 1024 * MiB,
  maxMemberBytes: 512 * MiB,
  maxRatio: 100,
  minRatioBytes: 64 * MiB
};

export interface ExtractedFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** Rejects absolute paths, drive letters, `..` segments and empty names. Returns the clean path. */
export function validateEntryPath(entry: string): string {
  const name = entry.replace(/^(\.\/)+/, '');
  const bad =
    entry === '' ||
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split(/[\\/]/).some(segment => segment === '..');
  if (bad) throw new ActionFailure(`Unsafe path in archive: '${entry}'. Nothing was extracted.`);
  return name || '.';
}

export function archiveFormat(archiveName: string): ArchiveFormat {
  if (archiveName.endsWith('.zip')) return 'zip';
  if (/\.(tar\.gz|tgz)$/.test(archiveName)) return 'tar.gz';
  throw new ActionFailure(`Unknown archive format: ${archiveName}`);
}

/** Counts entries against the limits; `source` names the archive (its URL) in the error. */
class Budget {
  private total = 0;
  private inflatedBytes = 0;
  private readonly maxTotal: number;
  constructor(
    private readonly source: string,
    archiveBytes: number,
    private readonly limits: ArchiveLimits
  ) {
    this.maxTotal = Math.min(
      limits.maxTotalBytes,
      Math.max(limits.minRatioBytes, archiveBytes * limits.maxRatio)
    );
  }
  add(name: string, size: number): void {
    if (size > this.limits.maxMemberBytes) {
      throw this.exceeded(
        `'${name}' is ${size} bytes`,
        `${this.limits.maxMemberBytes} bytes per entry`
      );
    }
    this.total += size;
    if (this.total > this.maxTotal) {
      throw this.exceeded(`it inflates to more than ${this.maxTotal} bytes`, this.totalLimit());
    }
  }
  /** Bytes out of the decompressor (headers, padding and data after the end included). */
  inflated(bytes: number): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > this.maxTotal + 64 * 1024) {
      throw this.exceeded(`it inflates to more than ${this.maxTotal} bytes`, this.totalLimit());
    }
  }
  private totalLimit(): string {
    return `${this.maxTotal} bytes in total (${this.limits.maxTotalBytes} at most, ${this.limits.maxRatio}x the archive)`;
  }
  exceeded(what: string, limit: string): ActionFailure {
    return new ActionFailure(
      `The archive from ${this.source} is too large when uncompressed: ${what}; the limit is ${limit}. Nothing was installed.`
    );
  }
}

interface Pending {
  readonly name: string;
  readonly temp: string;
  readonly target: string;
  readonly written: Promise<ExtractedFile>;
  /** Stops writing (the archive ended in a fault, maybe inside this member): `written` rejects. */
  readonly cancel: (error: Error) => void;
}

/** What an archive entry is read from: a tar entry or an inflating zip stream. */
interface Source {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** Streams `source` to a temp file beside `target`, hashing it, never more than `size` bytes. */
function writeMember(
  source: Source,
  target: string,
  size: number,
  budget: Budget,
  name: string
): Pending {
  const temp = join(target, '..', `.${name}.${randomUUID()}`);
  const hash = createHash('sha256');
  // Not executable before its archive's digest matched: commit() makes it so.
  const out = createWriteStream(temp, {mode: 0o600, highWaterMark: BLOCK});
  let bytes = 0;
  let cancel: (error: Error) => void = () => undefined;
  const written = new Promise<ExtractedFile>((resolve, reject) => {
    const fail = (error: Error) => {
      out.destroy();
      source.resume();
      // Only once closed: a stream still opening would create the file after discard() removed it.
      if (out.closed) reject(error);
      else out.once('close', () => reject(error));
    };
    cancel = fail;
    source.on('data', chunk => {
      bytes += chunk.length;
      if (bytes > size)
        return fail(budget.exceeded(`'${name}' inflates past its recorded size`, `${size} bytes`));
      hash.update(chunk);
      if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => source.resume());
      }
    });
    source.on('end', () => out.end());
    source.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => resolve({path: target, sha256: hash.digest('hex'), size: bytes}));
  });
  // Settled by the caller; no unhandled rejection meanwhile.
  written.catch(() => undefined);
  return {name, temp, target, written, cancel};
}

function notRegular(name: string): ActionFailure {
  return new ActionFailure(`'${name}' in the archive is not a regular file.`);
}

function missing(member: string, listed: readonly string[]): ActionFailure {
  return new ActionFailure(
    `The archive has no '${member}' (entries: ${listed.slice(0, 10).join(', ')}).`
  );
}

const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

type Take = (name: string, entry: Source, size: number) => Pending;
type Reader = (
  wanted: ReadonlyMap<string, string>,
  budget: Budget,
  take: Take
) => Promise<string[]>;

/**
 * Gunzips `compressed` with Node's zlib (output in bounded chunks, as fast as it is read) and
 * feeds the tar parser, waiting on it; the parser never sees compressed data, so it never
 * inflates anything. `archive` names the archive in errors.
 */
async function readTarGz(
  compressed: Readable,
  archive: string,
  wanted: ReadonlyMap<string, string>,
  budget: Budget,
  take: Take
): Promise<string[]> {
  const listed: string[] = [];
  let failure: unknown;
  let reject: (error: unknown) => void = () => undefined;
  const stopped = new Promise<never>((_, no) => (reject = no));
  stopped.catch(() => undefined);
  const stop = (error: unknown) => {
    failure ??= error;
    reject(error);
  };
  const parser = new Parser({strict: true, brotli: false, zstd: false});
  const ended = new Promise<void>(resolve => parser.on('end', resolve));
  parser.on('error', stop);
  parser.on('entry', (entry: ReadEntry) => {
    try {
      const name = validateEntryPath(entry.path);
      listed.push(name);
      budget.add(name, entry.size);
      const target = wanted.get(name);
      if (target === undefined) return entry.resume();
      if (!TAR_FILE_TYPES.has(entry.type)) throw notRegular(entry.path);
      take(target, entry as unknown as Source, entry.size).written.catch(stop);
    } catch (error) {
      entry.resume();
      stop(error);
    }
  });
  const input = createGunzip({chunkSize: BLOCK});
  // An error of either stream ends the loop below with it.
  pipeline(compressed, input, () => undefined);
  let first = true;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (first && chunk.subarray(0, 2).equals(GZIP_MAGIC)) {
        throw new ActionFailure(`${archive} holds another gzip stream, not a tar archive.`);
      }
      first = false;
      if (failure) throw failure;
      budget.inflated(chunk.length);
      if (!parser.write(chunk) && !failure) {
        await Promise.race([new Promise(resolve => parser.once('drain', resolve)), stopped]);
      }
    }
    parser.end();
    await Promise.race([ended, stopped]);
    if (failure) throw failure;
  } catch (error) {
    if (error instanceof ActionFailure) throw error;
    throw new ActionFailure(`${archive} is not a valid tar.gz archive: ${errorMessage(error)}`);
  } finally {
    input.destroy();
    compressed.destroy();
  }
  return listed;
}

// Zip: the central directory gives every entry's name, sizes, method and mode; each wanted entry
// is then inflated from its local record. ZIP64 is not needed by any release here and is refused.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly isFile: boolean;
}

/** Every entry of a zip archive, from its central directory. */
export async function listZip(archive: string): Promise<ZipEntry[]> {
  const file = await open(archive, 'r');
  try {
    const {size} = await file.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ActionFailure('Not a zip archive (no end of central directory).');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > size) {
      throw new ActionFailure(
        'Unsupported or corrupt zip archive (ZIP64 or bad central directory).'
      );
    }
    const cd = Buffer.alloc(cdSize);
    await file.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) {
        throw new ActionFailure('Corrupt zip central directory.');
      }
      const nameLength = cd.readUInt16LE(at + 28);
      const name = cd.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      const unixMode = cd.readUInt32LE(at + 38) >>> 16;
      const fileType = unixMode & 0o170000;
      entries.push({
        name,
        method: cd.readUInt16LE(at + 10),
        compressedSize: cd.readUInt32LE(at + 20),
        size: cd.readUInt32LE(at + 24),
        offset: cd.readUInt32LE(at + 42),
        isFile: !name.endsWith('/') && (fileType === 0 || fileType === 0o100000)
      });
      at += 46 + nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    await file.close();
  }
}

async function zipContent(archive: string, entry: ZipEntry): Promise<Source> {
  const file = await open(archive, 'r');
  const header = Buffer.alloc(30);
  try {
    await file.read(header, 0, 30, entry.offset);
  } finally {
    await file.close();
  }
  if (header.readUInt32LE(0) !== LOCAL) throw new ActionFailure('Corrupt zip local header.');
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(archive, {start, end: start + entry.compressedSize - 1});
  if (entry.method === 0) return raw;
  if (entry.method !== 8) {
    throw new ActionFailure(
      `'${entry.name}' uses zip method ${entry.method}; only deflate is read.`
    );
  }
  return raw.pipe(createInflateRaw({chunkSize: BLOCK}));
}

async function readZip(
  archive: string,
  wanted: ReadonlyMap<string, string>,
  budget: Budget,
  take: Take
): Promise<string[]> {
  const entries = await listZip(archive);
  const chosen: [string, ZipEntry][] = [];
  for (const entry of entries) {
    const name = validateEntryPath(entry.name);
    budget.add(name, entry.size);
    const target = wanted.get(name);
    if (target === undefined) continue;
    if (!entry.isFile) throw notRegular(entry.name);
    chosen.push([target, entry]);
  }
  for (const [target, entry] of chosen) take(target, await zipContent(archive, entry), entry.size);
  return entries.map(entry => validateEntryPath(entry.name));
}

/** An extraction under way: the members are written to temp files beside their targets. */
export interface PendingExtraction {
  /**
   * Waits for the end of the archive and renames the members over their targets; rejects, and
   * leaves the targets as they were, when any fault was found.
   */
  commit(): Promise<Record<string, ExtractedFile>>;
  /** Waits for reading to stop and removes the temp files; the targets are left as they were. */
  discard(): Promise<void>;
}

function startExtraction(
  read: Reader,
  members: readonly ArchiveMember[],
  dir: string,
  source: string,
  archiveBytes: number,
  limits: ArchiveLimits,
  onFault: (error: Error) => void = () => undefined
): PendingExtraction {
  const budget = new Budget(source, archiveBytes, limits);
  const pending: Pending[] = [];
  const take: Take = (name, content, size) => {
    const written = writeMember(content, join(dir, name), size, budget, name);
    pending.push(written);
    return written;
  };
  const wanted = (async () =>
    new Map(members.map(m => [validateEntryPath(m.member), m.name] as const)))();
  const listed = wanted.then(names => read(names, budget, take));
  // A member cut off by the fault would never end; one already written is unaffected.
  listed.catch((error: Error) => {
    pending.forEach(p => p.cancel(error));
    onFault(error);
  });
  let discarded: Promise<void> | undefined;
  const discard = () =>
    (discarded ??= (async () => {
      await listed.catch(() => undefined);
      await Promise.allSettled(pending.map(p => p.written));
      await Promise.all(pending.map(p => rm(p.temp, {force: true})));
    })());
  return {
    async commit() {
      try {
        const names = await listed;
        const found = new Set(names);
        for (const member of (await wanted).keys()) {
          if (!found.has(member)) throw missing(member, names);
        }
        const files: Record<string, ExtractedFile> = {};
        for (const p of pending) {
          files[p.name] = await p.written;
          await chmod(p.temp, 0o755);
          await rename(p.temp, p.target);
        }
        return files;
      } finally {
        await discard();
      }
    },
    discard
  };
}

/**
 * Extracts `members` of `archive` into `dir` (mode 755), replacing what is there only when the
 * whole archive was read without fault. `source` (the URL) names the archive in errors.
 */
export async function extractMembers(
  archive: string,
  format: ArchiveFormat,
  members: readonly ArchiveMember[],
  dir: string,
  source: string,
  limits: ArchiveLimits = DEFAULT_LIMITS
): Promise<Record<string, ExtractedFile>> {
  const read: Reader =
    format === 'zip'
      ? (wanted, budget, take) => readZip(archive, wanted, budget, take)
      : (wanted, budget, take) =>
          readTarGz(
            createReadStream(archive, {highWaterMark: BLOCK}),
            archive,
            wanted,
            budget,
            take
          );
  const {size} = await stat(archive);
  return startExtraction(read, members, dir, source, size, limits).commit();
}

/** A tar.gz extraction fed with the archive's bytes as they download. */
export interface TarGzFeed extends PendingExtraction {
  /** Resolves when the extraction can take more; after a fault it takes everything unread. */
  write(chunk: Buffer): Promise<void> | void;
  /** The whole archive went in. */
  end(): void;
  /** Stops the extraction and discards what it wrote. */
  abort(): void;
  /** True once end() was called (and abort() was not). */
  readonly complete: boolean;
}

/**
 * Starts extracting `members` of a tar.gz archive of `archiveBytes` bytes into `dir` from what
 * is written to the feed; `archive` names it in errors, `source` (the URL) in size errors. As
 * with extractMembers, nothing replaces a target before commit(): the caller verifies the
 * archive's digest first.
 */
export function feedTarGz(
  archive: string,
  members: readonly ArchiveMember[],
  dir: string,
  source: string,
  archiveBytes: number,
  limits: ArchiveLimits = DEFAULT_LIMITS
): TarGzFeed {
  const input = new PassThrough({highWaterMark: BLOCK});
  input.on('error', () => undefined);
  const extraction = startExtraction(
    (wanted, budget, take) => readTarGz(input, archive, wanted, budget, take),
    members,
    dir,
    source,
    archiveBytes,
    limits,
    // A fault found before the parser ran (a bad member path) leaves `input` unread: without
    // this, write() would wait for a drain forever.
    error => input.destroy(error)
  );
  let [complete, aborted] = [false, false];
  // Network chunks (16-64 KiB) are gathered into blocks: one gunzip step each, not one per chunk.
  let held: Buffer[] = [];
  let heldBytes = 0;
  const release = (): boolean => {
    const block = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    [held, heldBytes] = [[], 0];
    return input.write(block);
  };
  return {
    ...extraction,
    get complete() {
      return complete;
    },
    write(chunk) {
      // After a fault (input destroyed), the rest of the download only matters to the digest.
      if (input.destroyed || input.writableEnded) return;
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes < BLOCK || release()) return;
      return new Promise<void>(resolve => {
        const done = () => {
          input.off('drain', done).off('close', done);
          resolve();
        };
        input.on('drain', done).on('close', done);
      });
    },
    end() {
      // After a fault the feed is complete too: commit() reports the fault.
      complete = !aborted;
      if (input.destroyed || input.writableEnded) return;
      if (heldBytes > 0) release();
      input.end();
    },
    abort() {
      [complete, aborted, held, heldBytes] = [false, true, [], 0];
      input.destroy(new Error('the download was interrupted'));
      // Its failure is reported by the discard() the caller awaits.
      extraction.discard().catch(() => undefined);
    }
  };
}
