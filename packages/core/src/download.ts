import {createHash} from 'node:crypto';
import {createWriteStream, rmSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import type {IncomingMessage} from 'node:http';
import {dirname} from 'node:path';
import {ActionFailure, errorMessage} from './errors';
import {formatDuration} from './duration';
import type {Logger} from './logger';
import {retry, systemClock, type Backoff, type Clock} from './retry';

// Downloads one file from an ordered list of mirrors: the toolkit's proxy-aware HTTP client, a
// deadline per request (headers and body), a stall timeout, streaming to disk while hashing,
// Content-Length checks, and the core retry engine for network errors, truncated bodies, 408, 425,
// 429 and 5xx (Retry-After honoured). A 404 or another 4xx moves to the next mirror at once.
// @actions/http-client is loaded lazily so that a warm run (tool cache hit) does not pay for it.

export const DEFAULT_BACKOFF: Backoff = {
  delayMs: 1000,
  multiplier: 2,
  maxDelayMs: 30_000,
  jitter: true
};

export interface DownloadOptions {
  /** Attempts per mirror for retryable failures. */
  readonly attempts: number;
  /** Deadline for one request, headers and body together (default 60 s). */
  readonly requestTimeoutMs?: number;
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
  if (error instanceof IntegrityError) return false;
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

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** Throws an IntegrityError unless `actual` equals `expected` (case-insensitive). */
export function verifySha256(url: string, expected: string, actual: string, source?: string): void {
  if (expected.toLowerCase() !== actual.toLowerCase()) {
    throw new IntegrityError(url, expected.toLowerCase(), actual.toLowerCase(), source);
  }
}

type HttpModule = typeof import('@actions/http-client');
let httpClientModule: Promise<HttpModule> | undefined;
function loadHttpClient(): Promise<HttpModule> {
  httpClientModule ??= import('@actions/http-client');
  return httpClientModule;
}

const MAX_REDIRECTS = 10;
const USER_AGENT = 'ci-actions';

interface Sink {
  write(chunk: Buffer): Promise<void> | void;
  close(): Promise<void>;
  abort(): void;
}

/**
 * One GET with a deadline: follows redirects (no https -> http downgrade), streams the body into
 * `sink`, hashes it, checks Content-Length. Rejects on any failure; the sink is aborted then.
 */
async function fetchOnce(
  url: string,
  sink: Sink,
  options: DownloadOptions,
  now: () => number
): Promise<DownloadResult> {
  const {HttpClient} = await loadHttpClient();
  const http = await import('node:http');
  const https = await import('node:https');
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  const stallTimeoutMs = options.stallTimeoutMs ?? Math.min(30_000, requestTimeoutMs);

  return new Promise<DownloadResult>((resolve, reject) => {
    let settled = false;
    let current: import('node:http').ClientRequest | undefined;
    const deadline = setTimeout(() => {
      fail(
        new RequestTimeoutError(`no complete response within ${formatDuration(requestTimeoutMs)}`)
      );
    }, requestTimeoutMs);
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      current?.destroy();
      sink.abort();
      reject(error);
    };
    const succeed = (result: DownloadResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };

    const get = (target: string, redirects: number): void => {
      let parsed: URL;
      try {
        parsed = new URL(target);
      } catch {
        return fail(new Error(`invalid URL ${target}`));
      }
      const client = new HttpClient(USER_AGENT);
      const agent = client.getAgent(target);
      const module = parsed.protocol === 'https:' ? https : http;
      const request = module.request(parsed, {
        method: 'GET',
        agent,
        headers: {'User-Agent': USER_AGENT, ...options.headers}
      });
      current = request;
      request.setTimeout(stallTimeoutMs, () => {
        fail(new RequestTimeoutError(`no data for ${formatDuration(stallTimeoutMs)}`));
      });
      request.on('error', fail);
      request.on('response', (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        if ([301, 302, 303, 307, 308].includes(status) && response.headers.location) {
          response.resume();
          request.setTimeout(0);
          if (redirects >= MAX_REDIRECTS) return fail(new Error('too many redirects'));
          const next = new URL(response.headers.location, parsed);
          if (parsed.protocol === 'https:' && next.protocol !== 'https:') {
            return fail(
              new Error(`refused redirect from https to ${next.protocol} (${next.href})`)
            );
          }
          return get(next.href, redirects + 1);
        }
        if (status !== 200) {
          response.resume();
          const header = response.headers['retry-after'];
          return fail(
            new HttpStatusError(
              target,
              status,
              parseRetryAfter(Array.isArray(header) ? header[0] : header, now())
            )
          );
        }
        const length = response.headers['content-length'];
        const expected = length === undefined ? undefined : Number(length);
        const hash = createHash('sha256');
        let bytes = 0;
        let complete = false;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          hash.update(chunk);
          let pending: Promise<void> | void;
          try {
            pending = sink.write(chunk);
          } catch (error) {
            return fail(error);
          }
          if (pending) {
            response.pause();
            pending.then(() => response.resume(), fail);
          }
        });
        response.on('aborted', () => fail(new TruncatedBodyError(bytes, expected ?? NaN)));
        response.on('error', error => {
          fail(
            expected !== undefined && bytes < expected
              ? new TruncatedBodyError(bytes, expected)
              : error
          );
        });
        response.on('close', () => {
          if (!complete) {
            fail(
              expected !== undefined && bytes < expected
                ? new TruncatedBodyError(bytes, expected)
                : new Error('connection closed before the end of the body')
            );
          }
        });
        response.on('end', () => {
          complete = true;
          if (expected !== undefined && bytes !== expected) {
            return fail(new TruncatedBodyError(bytes, expected));
          }
          sink.close().then(() => succeed({url, sha256: hash.digest('hex'), bytes}), fail);
        });
      });
      request.end();
    };
    get(url, 0);
  });
}

function fileSink(dest: string): Sink {
  const stream = createWriteStream(dest, {mode: 0o644});
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
  const failures: {url: string; error: string}[] = [];
  for (const [index, url] of urls.entries()) {
    const where = urls.length > 1 ? ` (mirror ${index + 1} of ${urls.length})` : '';
    try {
      return await retry(
        async ({attempt}) => {
          const count = options.attempts > 1 ? `, attempt ${attempt} of ${options.attempts}` : '';
          options.logger.info(`Downloading ${url}${where}${count}`);
          return attemptUrl(url);
        },
        {
          attempts: Math.max(1, options.attempts),
          backoff: options.backoff ?? DEFAULT_BACKOFF,
          clock,
          isRetryable: isRetryableDownloadError,
          serverDelayMs: error =>
            error instanceof HttpStatusError ? error.retryAfterMs : undefined,
          onRetry: ({error, attempt, delayMs}) => {
            options.logger.warning(
              `${url}: attempt ${attempt} of ${options.attempts} failed (${describe(error)}); retrying in ${formatDuration(delayMs)}`
            );
          }
        }
      );
    } catch (error) {
      if (error instanceof IntegrityError) throw error;
      failures.push({url, error: describe(error)});
      if (index < urls.length - 1) {
        options.logger.warning(`${url}: ${describe(error)}; trying the next mirror`);
      }
    }
  }
  throw new DownloadError(what, failures);
}

function describe(error: unknown): string {
  if (error instanceof HttpStatusError) return `HTTP ${error.status}`;
  return errorMessage(error);
}

/** Downloads the same file from `mirrors` (full URLs, tried in order) to `dest`. */
export async function downloadFile(
  mirrors: readonly string[],
  dest: string,
  options: DownloadOptions
): Promise<DownloadResult> {
  await mkdir(dirname(dest), {recursive: true});
  const clock = options.clock ?? systemClock;
  return fromMirrors(dest.split(/[\\/]/).pop() ?? dest, mirrors, options, url =>
    fetchOnce(url, fileSink(dest), options, () => clock.now())
  );
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
      memorySink(options.maxTextBytes ?? 1024 * 1024, chunks),
      options,
      () => clock.now()
    );
    return {url: result.url, text: Buffer.concat(chunks).toString('utf8')};
  });
}
