import {createHash, type Hash} from 'node:crypto';
import {createWriteStream, rmSync} from 'node:fs';
import {mkdir, stat} from 'node:fs/promises';
import type {Agent, AgentOptions, IncomingMessage} from 'node:http';
import {getProxyUrl} from '@actions/http-client/lib/proxy';
import {dirname} from 'node:path';
import {ActionFailure, errorMessage} from './errors';
import {MAX_TIMER_MS, formatDuration} from './duration';
import {absorbFault, withCause} from './ledger';
import type {Logger} from './logger';
import {progressMeter} from './progress';
import {
  DEFAULT_RETRY_BUDGET_MS,
  NETWORK_BACKOFF,
  retry,
  systemClock,
  type Backoff,
  type Clock
} from './retry';

// Downloads one file from an ordered list of mirrors: the toolkit's proxy-aware HTTP client, a
// deadline per request that grows with the announced size, a stall timeout, streaming to disk
// while hashing, Content-Length checks, and the core retry engine for network errors, truncated
// bodies, 408, 425, 429 and 5xx (Retry-After honoured) within a time budget. An interrupted file
// download resumes with `Range` where the server answers 206 with the matching Content-Range; a
// 200 starts over. A 404 or another 4xx moves to the next mirror at once.

export const DEFAULT_BACKOFF: Backoff = NETWORK_BACKOFF;

/** The slowest transfer a request's deadline allows for: 128 KiB/s. */
export const MIN_BYTES_PER_SECOND = 128 * 1024;

export interface DownloadOptions {
  /** Upper bound on attempts per mirror for retryable failures. */
  readonly attempts: number;
  /**
   * Time for retries of one download after its first failure (default 2 min), shared by the
   * mirrors: each gets an equal part.
   */
  readonly budgetMs?: number;
  /**
   * Deadline for one request, headers and body together (default 60 s), plus the announced size
   * at `minBytesPerSecond`.
   */
  readonly requestTimeoutMs?: number;
  /** Default MIN_BYTES_PER_SECOND. */
  readonly minBytesPerSecond?: number;
  /** Abort when no byte arrives for this long (default: min(30 s, requestTimeoutMs)). */
  readonly stallTimeoutMs?: number;
  readonly logger: Logger;
  readonly clock?: Clock;
  readonly backoff?: Backoff;
  readonly headers?: Readonly<Record<string, string>>;
  /** Largest body fetchText accepts (default 1 MiB). */
  readonly maxTextBytes?: number;
}

export interface DownloadResult {
  readonly url: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** A checksum mismatch: always fatal, never retried, names the URL and both digests. */
export class IntegrityError extends ActionFailure {
  constructor(
    readonly url: string,
    readonly expected: string,
    readonly actual: string,
    source?: string
  ) {
    super(
      `Checksum mismatch for ${url}: expected sha256 ${expected}${source ? ` (from ${source})` : ''}, got ${actual}. The file was not used.`
    );
    this.name = 'IntegrityError';
  }
}

/** An HTTP status other than 200. */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly retryAfterMs?: number
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

/** The body ended before Content-Length bytes arrived. */
export class TruncatedBodyError extends Error {
  constructor(received: number, expected: number) {
    super(
      Number.isFinite(expected)
        ? `truncated body: ${received} of ${expected} bytes`
        : `connection closed after ${received} bytes, before the end of the body`
    );
    this.name = 'TruncatedBodyError';
  }
}

export class RequestTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestTimeoutError';
  }
}

/** Every mirror failed; `failures` has one line per URL. */
export class DownloadError extends ActionFailure {
  constructor(
    what: string,
    readonly failures: readonly {url: string; error: string}[]
  ) {
    super(
      `Could not download ${what} from any mirror:\n${failures.map(f => `  ${f.url}: ${f.error}`).join('\n')}`
    );
    this.name = 'DownloadError';
  }
}

const RETRYABLE_STATUS = new Set([408, 425, 429]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status) || (status >= 500 && status <= 599);
}

/** Network errors, timeouts, truncated bodies and 408/425/429/5xx are worth another attempt. */
export function isRetryableDownloadError(error: unknown): boolean {
  if (error instanceof IntegrityError || error instanceof MirrorError) return false;
  if (error instanceof HttpStatusError) return isRetryableStatus(error.status);
  return true;
}

/** `Retry-After` as seconds or an HTTP date, in ms from `now`; undefined when absent or invalid. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

type HttpModule = typeof import('@actions/http-client');
let httpClientModule: Promise<HttpModule> | undefined;

/**
 * The agent @actions/http-client would use for `url`. Its whole client (undici and tunnel, about
 * 10 MiB and tens of ms to load) is only loaded when a proxy applies; without one it makes a
 * plain agent, as here.
 */
async function agentFor(url: URL, plain: new (options: AgentOptions) => Agent): Promise<Agent> {
  if (!getProxyUrl(url)?.hostname) return new plain({keepAlive: false, maxSockets: 100});
  httpClientModule ??= import('@actions/http-client');
  const {HttpClient} = await httpClientModule;
  return new HttpClient(USER_AGENT).getAgent(url.href);
}

const MAX_REDIRECTS = 10;
const USER_AGENT = 'ci-actions';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Sink {
  write(chunk: Buffer): Promise<void> | void;
  close(): Promise<void>;
  abort(): void;
  /** After a failure: flush and close, keeping what was written for a resumed attempt. */
  keep(): Promise<void>;
}

/** What an interrupted download keeps for the next attempt on the same URL. */
export interface Resume {
  /** Bytes written and hashed so far. */
  bytes: number;
  hash: Hash;
  /** A strong ETag or the Last-Modified of the response the bytes came from (for If-Range). */
  validator?: string;
  /** The full size, when the server announced it. */
  total?: number;
}

export function freshResume(): Resume {
  return {bytes: 0, hash: createHash('sha256')};
}

/**
 * The first byte a 206 answer carries when its Content-Range (`bytes A-B/T`) continues `resume`
 * (A is the bytes kept, T unknown or the size seen before), else undefined.
 */
export function resumeOffset(contentRange: string | undefined, resume: Resume): number | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange?.trim() ?? '');
  if (!match) return undefined;
  const [first, last] = [Number(match[1]), Number(match[2])];
  const total = match[3] === '*' ? undefined : Number(match[3]);
  if (first !== resume.bytes || last < first) return undefined;
  if (
    total !== undefined &&
    (last >= total || (resume.total !== undefined && total !== resume.total))
  )
    return undefined;
  return first;
}

/** The deadline of one request: the base, plus the announced size at the slowest allowed rate. */
export function requestDeadlineMs(
  baseMs: number,
  contentLength: number | undefined,
  minBytesPerSecond = MIN_BYTES_PER_SECOND
): number {
  const transfer =
    contentLength === undefined || !Number.isFinite(contentLength) || contentLength < 0
      ? 0
      : Math.ceil((contentLength / minBytesPerSecond) * 1000);
  return Math.min(baseMs + transfer, MAX_TIMER_MS);
}

/** A mirror that cannot serve the file (bad redirect): never retried, the next mirror is tried. */
export class MirrorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorError';
  }
}

/** The next URL of a redirect, or a MirrorError: http(s) only, no https -> http, no loop. */
export function redirectTarget(from: URL, location: string, seen: ReadonlySet<string>): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new MirrorError(`redirect to an invalid URL '${location}'`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new MirrorError(
      `refused redirect to ${next.protocol} (only http: and https: are followed)`
    );
  }
  if (from.protocol === 'https:' && next.protocol !== 'https:') {
    throw new MirrorError(`refused redirect from https to ${next.protocol} (${next.href})`);
  }
  if (seen.has(next.href)) throw new MirrorError(`redirect loop at ${next.href}`);
  if (seen.size > MAX_REDIRECTS) throw new MirrorError(`more than ${MAX_REDIRECTS} redirects`);
  return next;
}

/** One request; resolves with the response headers, rejects on a network error or the signal. */
async function request(
  url: URL,
  options: DownloadOptions,
  signal: AbortSignal,
  stallTimeoutMs: number,
  extraHeaders: Readonly<Record<string, string>>
): Promise<IncomingMessage> {
  const module = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  const agent = await agentFor(url, module.Agent);
  return new Promise((resolve, reject) => {
    const req = module.request(url, {
      method: 'GET',
      agent,
      headers: {'User-Agent': USER_AGENT, ...options.headers, ...extraHeaders},
      signal
    });
    req.setTimeout(stallTimeoutMs, () =>
      req.destroy(new RequestTimeoutError(`no data for ${formatDuration(stallTimeoutMs)}`))
    );
    req.on('error', reject);
    req.on('response', resolve);
    req.end();
  });
}

/**
 * Follows redirects to the final 200 response (or 206 for a Range request); any other status is
 * an HttpStatusError.
 */
async function get(
  url: string,
  options: DownloadOptions,
  signal: AbortSignal,
  now: () => number,
  range: Readonly<Record<string, string>> = {}
): Promise<IncomingMessage> {
  const stallTimeoutMs =
    options.stallTimeoutMs ?? Math.min(30_000, options.requestTimeoutMs ?? 60_000);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new MirrorError(`invalid URL ${url}`);
  }
  const seen = new Set([target.href]);
  for (;;) {
    const response = await request(target, options, signal, stallTimeoutMs, range);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status === 200 || (status === 206 && range.Range)) return response;
    response.resume();
    if (REDIRECTS.has(status) && location) {
      target = redirectTarget(target, location, seen);
      seen.add(target.href);
      continue;
    }
    const header = response.headers['retry-after'];
    throw new HttpStatusError(
      target.href,
      status,
      parseRetryAfter(Array.isArray(header) ? header[0] : header, now())
    );
  }
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Streams the body into `sink`, hashing it on from `resume`; checks Content-Length. */
async function readBody(
  url: string,
  response: IncomingMessage,
  sink: Sink,
  resume: Resume,
  onBytes: (bytes: number) => void
): Promise<DownloadResult> {
  const length = header(response, 'content-length');
  const expected = length === undefined ? NaN : resume.bytes + Number(length);
  let bytes = resume.bytes;
  try {
    for await (const chunk of response) {
      await sink.write(chunk as Buffer);
      resume.hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      resume.bytes = bytes;
      onBytes(bytes);
    }
  } catch (error) {
    if (error instanceof RequestTimeoutError) throw error;
    if (bytes < expected || !response.complete) throw new TruncatedBodyError(bytes, expected);
    throw error;
  }
  if (!response.complete || (!Number.isNaN(expected) && bytes !== expected)) {
    throw new TruncatedBodyError(bytes, expected);
  }
  await sink.close();
  return {url, sha256: resume.hash.digest('hex'), bytes};
}

/** Starts `resume` over for a full response, noting what identifies its body. */
function restart(resume: Resume, response: IncomingMessage): void {
  const etag = header(response, 'etag');
  const length = header(response, 'content-length');
  resume.bytes = 0;
  resume.hash = createHash('sha256');
  resume.validator = etag && !etag.startsWith('W/') ? etag : header(response, 'last-modified');
  resume.total = length === undefined ? undefined : Number(length);
}

/**
 * One GET with a deadline (headers and body together, growing with the announced size): follows
 * redirects, streams the body into the sink `open` gives (appending when it continues `resume`).
 * With `resume` holding bytes it asks for the rest; a 206 whose Content-Range continues them is
 * appended, a 200 starts over. Rejects on any failure; the sink keeps its bytes when `resume`
 * can continue them, and is aborted otherwise.
 */
async function fetchOnce(
  url: string,
  open: (append: boolean, total: number | undefined) => Sink,
  options: DownloadOptions,
  now: () => number,
  logger: Logger,
  resume?: Resume
): Promise<DownloadResult> {
  const baseMs = options.requestTimeoutMs ?? 60_000;
  const started = Date.now();
  const controller = new AbortController();
  let timeout = new RequestTimeoutError(`no complete response within ${formatDuration(baseMs)}`);
  let deadline = setTimeout(() => controller.abort(timeout), baseMs);
  let response: IncomingMessage | undefined;
  let sink: Sink | undefined;
  const state = resume ?? freshResume();
  try {
    if (state.bytes > 0) {
      const range: Record<string, string> = {Range: `bytes=${state.bytes}-`};
      if (state.validator) range['If-Range'] = state.validator;
      response = await get(url, options, controller.signal, now, range);
      const offset =
        response.statusCode === 206
          ? resumeOffset(header(response, 'content-range'), state)
          : undefined;
      if (offset !== undefined) {
        logger.info(`${url}: resuming at byte ${offset}`);
      } else {
        logger.info(
          `${url}: the server ${response.statusCode === 206 ? `answered the range request with Content-Range '${header(response, 'content-range') ?? ''}'` : 'sent the whole file'}; starting over`
        );
        if (response.statusCode === 206) {
          response.destroy();
          response = await get(url, options, controller.signal, now);
        }
      }
    } else {
      response = await get(url, options, controller.signal, now);
    }
    if (response.statusCode !== 206) restart(state, response);
    const length = header(response, 'content-length');
    const deadlineMs = requestDeadlineMs(
      baseMs,
      length === undefined ? undefined : Number(length),
      options.minBytesPerSecond
    );
    if (deadlineMs > baseMs) {
      clearTimeout(deadline);
      timeout = new RequestTimeoutError(
        `no complete response within ${formatDuration(deadlineMs)}`
      );
      deadline = setTimeout(
        () => controller.abort(timeout),
        Math.max(0, deadlineMs - (Date.now() - started))
      );
    }
    const total = length === undefined ? undefined : state.bytes + Number(length);
    sink = open(state.bytes > 0, total);
    const progress = progressMeter({
      label: url,
      total,
      logger: options.logger,
      now
    });
    return await readBody(url, response, sink, state, progress);
  } catch (error) {
    if (sink && resume && state.bytes > 0) await sink.keep().catch(() => undefined);
    else sink?.abort();
    throw controller.signal.aborted ? timeout : error;
  } finally {
    clearTimeout(deadline);
    response?.destroy();
  }
}

function fileSink(dest: string, append: boolean): Sink {
  // 1 MiB buffered: a chunk waits for the disk only when the disk is behind, not for each write.
  const stream = createWriteStream(dest, {
    mode: 0o644,
    flags: append ? 'a' : 'w',
    highWaterMark: 1024 * 1024
  });
  let failed: Error | undefined;
  // One wait for 'drain' shared by every write made while the stream is full: a chunk may still
  // arrive after the response was paused, and a listener pair per chunk would pile up.
  let draining: Promise<void> | undefined;
  stream.on('error', error => (failed = error));
  const drain = () =>
    new Promise<void>((resolve, reject) => {
      if (failed) return reject(failed);
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        reject(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    }).finally(() => (draining = undefined));
  return {
    write: chunk => (stream.write(chunk) ? undefined : (draining ??= drain())),
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        stream.end(() => (failed ? reject(failed) : resolve()));
      }),
    abort: () => {
      stream.destroy();
      rmSync(dest, {force: true});
    },
    keep: () =>
      new Promise<void>(resolve => {
        if (stream.closed) return resolve();
        stream.once('close', () => resolve());
        stream.end();
      })
  };
}

/**
 * Sees a response body as it is written to disk (e.g. to extract an archive while it downloads).
 * Nothing it sees is verified: the caller must check the download's digest before using it.
 */
export interface BodyTap {
  /** May return a promise to slow the download down. */
  write(chunk: Buffer): Promise<void> | void;
  /** Every byte of the body, from the first, was written and is on disk. */
  end(): void;
  /** The attempt failed or is resumed with Range: what the tap saw is incomplete. */
  abort(): void;
}

/** A tap per body that starts at byte 0 (`total` from Content-Length, undefined without it). */
export type TapFactory = (url: string, total: number | undefined) => BodyTap | undefined;

function teeSink(file: Sink, tap: BodyTap): Sink {
  return {
    write: chunk => {
      const [a, b] = [file.write(chunk), tap.write(chunk)];
      return a || b ? Promise.all([a, b]).then(() => undefined) : undefined;
    },
    close: async () => {
      await file.close();
      tap.end();
    },
    abort: () => {
      tap.abort();
      file.abort();
    },
    keep: () => {
      tap.abort();
      return file.keep();
    }
  };
}

function memorySink(limit: number, chunks: Buffer[]): Sink {
  let size = 0;
  return {
    write: chunk => {
      size += chunk.length;
      if (size > limit) throw new Error(`response larger than ${limit} bytes`);
      chunks.push(chunk);
    },
    close: async () => undefined,
    abort: () => {
      chunks.length = 0;
    },
    keep: async () => {
      chunks.length = 0;
    }
  };
}

async function fromMirrors<T>(
  what: string,
  urls: readonly string[],
  options: DownloadOptions,
  attemptUrl: (url: string) => Promise<T>
): Promise<T> {
  if (urls.length === 0) throw new ActionFailure(`No URL to download ${what} from.`);
  const clock = options.clock ?? systemClock;
  // Each mirror gets an equal part of the budget, so a dead first mirror leaves time for the rest.
  const budgetMs = (options.budgetMs ?? DEFAULT_RETRY_BUDGET_MS) / urls.length;
  const failures: {url: string; error: string; attempt: number}[] = [];
  for (const [index, url] of urls.entries()) {
    const where = urls.length > 1 ? ` (mirror ${index + 1} of ${urls.length})` : '';
    let tried = 0;
    try {
      return await retry(
        async ({attempt}) => {
          tried = attempt;
          const count = options.attempts > 1 ? `, attempt ${attempt} of ${options.attempts}` : '';
          options.logger.info(`Downloading ${url}${where}${count}`);
          return attemptUrl(url);
        },
        {
          attempts: Math.max(1, options.attempts),
          budgetMs,
          backoff: options.backoff ?? DEFAULT_BACKOFF,
          clock,
          isRetryable: isRetryableDownloadError,
          serverDelayMs: error =>
            error instanceof HttpStatusError ? error.retryAfterMs : undefined,
          onRetry: ({error, attempt, delayMs}) => {
            absorbFault(
              options.logger,
              {
                kind: 'download-retry',
                target: url,
                attempt,
                error: failureReason(error),
                waitedMs: delayMs,
                outcome: 'retried'
              },
              `${url}: attempt ${attempt} of ${options.attempts} failed (${failureReason(error)}); retrying in ${formatDuration(delayMs)}`
            );
          }
        }
      );
    } catch (error) {
      if (error instanceof IntegrityError) throw error;
      failures.push({url, error: failureReason(error), attempt: tried});
      if (index < urls.length - 1) {
        absorbFault(
          options.logger,
          {
            kind: 'mirror-fallback',
            target: url,
            attempt: tried,
            error: failureReason(error),
            outcome: 'next-mirror'
          },
          `${url}: ${failureReason(error)}; trying the next mirror`
        );
      }
    }
  }
  const last = failures[failures.length - 1];
  throw withCause(new DownloadError(what, failures), {
    target: last.url,
    error: last.error,
    attempt: last.attempt
  });
}

function failureReason(error: unknown): string {
  if (error instanceof HttpStatusError) return `HTTP ${error.status}`;
  return errorMessage(error);
}

/**
 * Downloads the same file from `mirrors` (full URLs, tried in order) to `dest`. `tap`, when
 * given, is asked for a tap for each body that starts at byte 0 (a resumed body gets none).
 */
export async function downloadFile(
  mirrors: readonly string[],
  dest: string,
  options: DownloadOptions,
  tap?: TapFactory
): Promise<DownloadResult> {
  await mkdir(dirname(dest), {recursive: true});
  const clock = options.clock ?? systemClock;
  // What the attempts on one URL have written so far; another mirror starts from nothing.
  let resume = freshResume();
  let resumeUrl: string | undefined;
  try {
    return await fromMirrors(dest.split(/[\\/]/).pop() ?? dest, mirrors, options, async url => {
      if (url !== resumeUrl) resume = freshResume();
      resumeUrl = url;
      // Resume only bytes that reached the disk: anything else starts over.
      const onDisk =
        resume.bytes > 0
          ? await stat(dest).then(
              s => s.size,
              () => -1
            )
          : 0;
      if (onDisk !== resume.bytes) resume = freshResume();
      return fetchOnce(
        url,
        (append, total) => {
          const file = fileSink(dest, append);
          const seen = append ? undefined : tap?.(url, total);
          return seen ? teeSink(file, seen) : file;
        },
        options,
        () => clock.now(),
        options.logger,
        resume
      );
    });
  } catch (error) {
    rmSync(dest, {force: true});
    throw error;
  }
}

/** Fetches a small text file (a checksum list) with the same mirror and retry rules. */
export async function fetchText(
  urls: readonly string[],
  options: DownloadOptions
): Promise<{url: string; text: string}> {
  const clock = options.clock ?? systemClock;
  const name = urls[0]?.split('/').pop() ?? 'text';
  return fromMirrors(name, urls, options, async url => {
    const chunks: Buffer[] = [];
    const result = await fetchOnce(
      url,
      () => memorySink(options.maxTextBytes ?? 1024 * 1024, chunks),
      options,
      () => clock.now(),
      options.logger
    );
    return {url: result.url, text: Buffer.concat(chunks).toString('utf8')};
  });
}
