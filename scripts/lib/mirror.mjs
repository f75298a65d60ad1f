#!/usr/bin/env node
// A static file server on 127.0.0.1 with per-path fault injection, for integration and e2e tests.
// Plain Node ESM, builtins only. Library: `startMirror({root, faults, port})`. CLI: see `usage()` below.
import {promises as fsp} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

/** @typedef {'500' | '503' | '404' | '429' | 'reset' | 'truncate' | 'stall' | 'redirect'} FaultKind */

/**
 * One fault rule. Rules are consulted in order; the first matching rule with times left is used
 * and its count decremented.
 * @typedef {object} FaultRule
 * @property {RegExp | string} match  RegExp tested against the URL path, or a string the path must contain.
 * @property {FaultKind} kind
 * @property {number} [times]  How many requests this rule fails (default 1; Infinity for always).
 * @property {number} [retryAfter]  Seconds for the Retry-After header of a 429 (default 1).
 * @property {string} [method]  Only requests with this method (default: any).
 * @property {string} [location]  Location header of a 'redirect' (a 302; default: the same path, a loop).
 */

/**
 * Rate mode: fail a share of the requests, chosen by a seeded PRNG, kinds rotating.
 * @typedef {object} RateFaults
 * @property {number} rate  Share of matching requests to fail, 0..1.
 * @property {number} [seed]  PRNG seed (default 1).
 * @property {FaultKind[]} [kinds]  Kinds to rotate through (default ['500', 'reset', '429']).
 * @property {RegExp | string} [match]  Only paths matching this (default: every path).
 * @property {number} [retryAfter]  Seconds for 429 (default 1).
 * @property {number} [maxConsecutive]  Never fail one path more than this many times in a row (default 2),
 *   so that a client making maxConsecutive + 1 attempts always succeeds.
 */

/**
 * @typedef {object} FaultConfig
 * @property {FaultRule[]} [rules]
 * @property {RateFaults} [rate]
 */

/** @typedef {FaultRule[] | FaultConfig | undefined | null} Faults */

/**
 * @typedef {object} RequestRecord
 * @property {number} seq
 * @property {string} method
 * @property {string} path  Decoded URL path without the query.
 * @property {number} status  Status code sent (200 for a reset/truncate/stall of a found file).
 * @property {FaultKind | null} fault
 * @property {number} bytes  Body bytes written.
 * @property {number} size  Full size of the file (0 when not found).
 * @property {number} offset  First byte sent: 0, or the start of a honoured Range (status 206).
 * @property {number} ms  Time to the end of the response.
 * @property {string} agent  The User-Agent header ('' when absent).
 */

/**
 * @typedef {object} MirrorStats
 * @property {RequestRecord[]} requests  Every request, in arrival order (control requests excluded).
 * @property {number} downloads  GET requests answered 200 with the full body.
 * @property {number} faults  Injected faults.
 * @property {Record<string, number>} faultsByKind
 */

/**
 * @typedef {object} Mirror
 * @property {string} url  e.g. http://127.0.0.1:41234 (no trailing slash)
 * @property {number} port
 * @property {MirrorStats} stats  Live object, updated as requests finish.
 * @property {(faults: Faults) => void} setFaults  Replace the fault configuration (rate PRNG re-seeded).
 * @property {() => void} resetStats
 * @property {(predicate?: (r: RequestRecord) => boolean) => RequestRecord[]} requestsFor
 * @property {() => object} summary  Counts per path and per kind, JSON-friendly.
 * @property {() => Promise<void>} close  Stop listening and destroy open sockets (stalled ones too).
 */

/**
 * @typedef {object} MirrorOptions
 * @property {string} root  Directory to serve.
 * @property {Record<string, string>} [mounts]  More directories, by URL prefix: `{'/apt': dir}` serves dir/x as
 *   /apt/x (the e2e layout: `/apt/` a flat apt repository, `/simple/` a PEP 503 index; scripts/e2e/README.md).
 * @property {Faults} [faults]
 * @property {number} [port]  0 or absent = a free port.
 * @property {string} [host]  Default 127.0.0.1.
 * @property {number} [stallMs]  How long a stalled response is held before the socket is destroyed (default 300000).
 * @property {boolean} [ranges]  Honour `Range: bytes=N-` / `bytes=N-M` on files with 206 (default true; false
 *   answers 200 with the whole file, as a server without range support does). `If-Range` is compared with the
 *   ETag and Last-Modified every file is served with.
 * @property {(line: string) => void} [log]  Called with one line per request.
 */

const CONTROL_PREFIX = '/__mirror/';

/** A small seeded PRNG (mulberry32), so fault draws repeat from a seed. @param {number} seed */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {RegExp | string | undefined} match
 * @param {string} p
 */
function matches(match, p) {
  if (match === undefined) return true;
  if (match instanceof RegExp) {
    match.lastIndex = 0;
    return match.test(p);
  }
  return p.includes(match);
}

/** @param {Faults} faults @returns {FaultConfig} */
function normaliseFaults(faults) {
  if (!faults) return {};
  if (Array.isArray(faults)) return {rules: faults};
  return faults;
}

/** @param {string} file */
function contentType(file) {
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (/\.(sha256|sha256sum|txt|md)$/.test(file) || path.basename(file) === 'CHECKSUMS') {
    return 'text/plain; charset=utf-8';
  }
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return 'application/yaml';
  return 'application/octet-stream';
}

/**
 * PyPI's HTTP caching, which uv and pip rely on to reuse their caches: wheels and their PEP 658 metadata are
 * immutable, index pages fresh for 10 minutes. Nothing for other files.
 * @param {{file: string, dir: boolean}} found
 * @returns {Record<string, string>}
 */
function cacheControl(found) {
  if (/\.whl(\.metadata)?$/.test(found.file))
    return {'Cache-Control': 'max-age=365000000, immutable, public'};
  if (found.dir || found.file.endsWith('.html')) return {'Cache-Control': 'max-age=600, public'};
  return {};
}

/**
 * True when the response gave the client the file's last byte: a whole 200, or a 206 that ends the file.
 * @param {RequestRecord} r
 */
export function completes(r) {
  return (r.status === 200 || r.status === 206) && r.bytes === r.size - r.offset;
}

/**
 * @param {string} file
 * @returns {Promise<Record<string, string>>}
 */
async function fileValidators(file) {
  const st = await fsp.stat(file);
  return {
    ETag: `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`,
    'Last-Modified': st.mtime.toUTCString()
  };
}

/** @param {string} s */
function escapeHtml(s) {
  return s.replace(
    /[&<>"]/g,
    c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c] ?? c
  );
}

/**
 * The byte range a `Range` header asks of a file of `size` bytes: one `bytes=N-`, `bytes=N-M` or `bytes=-K`
 * range inside the file, else null (served whole, as RFC 9110 allows for anything else).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{start: number, end: number} | null}
 */
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(String(header ?? '').trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    return suffix > 0 && size > 0 ? {start: Math.max(0, size - suffix), end: size - 1} : null;
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start < size && start <= end ? {start, end} : null;
}

/**
 * Start the mirror.
 * @param {MirrorOptions} options
 * @returns {Promise<Mirror>}
 */
export async function startMirror(options) {
  const root = path.resolve(options.root);
  // longest prefix first, so /a/b wins over /a
  const mounts = Object.entries(options.mounts ?? {})
    .map(([prefix, dir]) => {
      const clean = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
      if (clean === '/' || clean.startsWith(CONTROL_PREFIX.slice(0, -1)))
        throw new Error(`bad mount prefix "${prefix}": use a path such as /apt`);
      return {prefix: clean, dir: path.resolve(dir)};
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const host = options.host ?? '127.0.0.1';
  const stallMs = options.stallMs ?? 300_000;
  const ranges = options.ranges ?? true;
  const log = options.log;

  /** @type {FaultConfig} */
  let config = {};
  /** @type {{times: number}[]} */
  let remaining = [];
  let prng = mulberry32(1);
  let kindIndex = 0;
  /** @type {Map<string, number>} */
  const consecutive = new Map();

  /** @param {Faults} faults */
  const setFaults = faults => {
    config = normaliseFaults(faults);
    remaining = (config.rules ?? []).map(r => ({times: r.times ?? 1}));
    prng = mulberry32(config.rate?.seed ?? 1);
    kindIndex = 0;
    consecutive.clear();
  };
  setFaults(options.faults);

  /** @type {MirrorStats} */
  const stats = {requests: [], downloads: 0, faults: 0, faultsByKind: {}};
  let seq = 0;

  const resetStats = () => {
    stats.requests.length = 0;
    stats.downloads = 0;
    stats.faults = 0;
    stats.faultsByKind = {};
  };

  /**
   * Decide the fault for one request.
   * @param {string} method
   * @param {string} p
   * @returns {{kind: FaultKind, retryAfter: number} | null}
   */
  const pickFault = (method, p) => {
    const rules = config.rules ?? [];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (remaining[i].times <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (!matches(rule.match, p)) continue;
      remaining[i].times -= 1;
      return {kind: rule.kind, retryAfter: rule.retryAfter ?? 1, location: rule.location ?? p};
    }
    const rate = config.rate;
    if (rate && rate.rate > 0 && matches(rate.match, p)) {
      const draw = prng();
      const max = rate.maxConsecutive ?? 2;
      const run = consecutive.get(p) ?? 0;
      if (draw < rate.rate && run < max) {
        const kinds = rate.kinds && rate.kinds.length > 0 ? rate.kinds : ['500', 'reset', '429'];
        const kind = /** @type {FaultKind} */ (kinds[kindIndex++ % kinds.length]);
        consecutive.set(p, run + 1);
        return {kind, retryAfter: rate.retryAfter ?? 1};
      }
      consecutive.set(p, 0);
    }
    return null;
  };

  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  /**
   * @param {string} urlPath
   * @returns {Promise<{file: string, size: number, dir: boolean} | null>}
   */
  const resolveFile = async urlPath => {
    const norm = path.posix.normalize(urlPath);
    const mount = mounts.find(m => norm === m.prefix || norm.startsWith(`${m.prefix}/`));
    const base = mount ? mount.dir : root;
    const rel = (mount ? norm.slice(mount.prefix.length) : norm).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(base, rel);
    if (file !== base && !file.startsWith(base + path.sep)) return null;
    try {
      const st = await fsp.stat(file);
      if (st.isDirectory()) {
        try {
          const idx = await fsp.stat(path.join(file, 'index.html'));
          if (idx.isFile())
            return {file: path.join(file, 'index.html'), size: idx.size, dir: false};
        } catch {
          // no index.html: generate a listing
        }
        return {file, size: 0, dir: true};
      }
      return st.isFile() ? {file, size: st.size, dir: false} : null;
    } catch {
      return null;
    }
  };

  /**
   * @param {string} dir
   * @param {string} urlPath
   */
  const listing = async (dir, urlPath) => {
    const entries = await fsp.readdir(dir, {withFileTypes: true});
    const base = urlPath.endsWith('/') ? urlPath : `${urlPath}/`;
    const links = entries
      .map(e => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort()
      .map(
        n =>
          `<a href="${escapeHtml(base + encodeURIComponent(n).replace(/%2F$/, '/'))}">${escapeHtml(n)}</a><br>`
      );
    return Buffer.from(
      `<!DOCTYPE html>\n<html><head><title>Index of ${escapeHtml(base)}</title></head><body>\n${links.join('\n')}\n</body></html>\n`
    );
  };

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  const handleControl = async (req, res, p) => {
    const send = (/** @type {number} */ code, /** @type {unknown} */ body) => {
      const text = JSON.stringify(body, null, 2);
      res.writeHead(code, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text)
      });
      res.end(text);
    };
    const name = p.slice(CONTROL_PREFIX.length);
    if (name === 'stats' && req.method === 'GET')
      return send(200, {...summary(), requests: stats.requests});
    if (name === 'reset-stats' && req.method === 'POST') {
      resetStats();
      return send(200, {ok: true});
    }
    if (name === 'faults' && req.method === 'POST') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      try {
        setFaults(parseFaultsJson(Buffer.concat(chunks).toString('utf8')));
        return send(200, {ok: true});
      } catch (e) {
        return send(400, {error: String(e)});
      }
    }
    return send(404, {error: `unknown control ${name}`});
  };

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  const handle = async (req, res) => {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    let p;
    try {
      p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      p = req.url ?? '/';
    }
    if (p.startsWith(CONTROL_PREFIX)) return handleControl(req, res, p);

    /** @type {RequestRecord} */
    const rec = {
      seq: ++seq,
      method,
      path: p,
      status: 0,
      fault: null,
      bytes: 0,
      size: 0,
      offset: 0,
      ms: 0,
      agent: String(req.headers['user-agent'] ?? '')
    };
    // Recorded on arrival (so tests see it at once); counters are updated once, when the response ends.
    stats.requests.push(rec);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      rec.ms = Date.now() - started;
      if (rec.fault) {
        stats.faults += 1;
        stats.faultsByKind[rec.fault] = (stats.faultsByKind[rec.fault] ?? 0) + 1;
      } else if (method === 'GET' && completes(rec)) {
        stats.downloads += 1;
      }
      log?.(
        `${method} ${p} ${rec.status}${rec.fault ? ` fault=${rec.fault}` : ''} ${rec.bytes}/${rec.size}B ${rec.ms}ms`
      );
    };

    if (method !== 'GET' && method !== 'HEAD') {
      rec.status = 405;
      res.writeHead(405, {Allow: 'GET, HEAD', 'Content-Length': 0});
      res.end();
      return finish();
    }

    const fault = pickFault(method, p);
    const found = await resolveFile(p);
    /** @type {Buffer | null} */
    let body = null;
    if (found?.dir) body = await listing(found.file, p);
    const size = body ? body.length : (found?.size ?? 0);
    rec.size = found ? size : 0;

    const simple = (
      /** @type {number} */ code,
      /** @type {Record<string, string | number>} */ headers = {}
    ) => {
      const text = `${code} ${http.STATUS_CODES[code] ?? ''}\n`;
      rec.status = code;
      res.writeHead(code, {
        'Content-Type': 'text/plain',
        'Content-Length': Buffer.byteLength(text),
        ...headers
      });
      res.end(method === 'HEAD' ? undefined : text);
      rec.bytes = 0;
      finish();
    };

    if (fault) rec.fault = fault.kind;
    if (fault?.kind === '500') return simple(500);
    if (fault?.kind === '503') return simple(503);
    if (fault?.kind === '404') return simple(404);
    if (fault?.kind === '429') return simple(429, {'Retry-After': String(fault.retryAfter)});
    if (fault?.kind === 'redirect') return simple(302, {Location: fault.location});
    if (!found) {
      // A body fault on a missing file cannot cut a body: answer 404 and do not count it as a fault.
      rec.fault = null;
      return simple(404);
    }

    // Validators for If-Range, from the file's size and mtime.
    const validators = found.dir ? {} : await fileValidators(found.file);
    const ifRange = req.headers['if-range'];
    const range =
      ranges && !found.dir && (!ifRange || Object.values(validators).includes(String(ifRange)))
        ? parseRange(req.headers.range, size)
        : null;
    rec.status = range ? 206 : 200;
    rec.offset = range ? range.start : 0;
    res.writeHead(rec.status, {
      'Content-Type': found.dir ? 'text/html; charset=utf-8' : contentType(found.file),
      'Content-Length': range ? range.end - range.start + 1 : size,
      ...(found.dir ? {} : {'Accept-Ranges': ranges ? 'bytes' : 'none', ...validators}),
      ...(range ? {'Content-Range': `bytes ${range.start}-${range.end}/${size}`} : {}),
      ...cacheControl(found)
    });
    if (method === 'HEAD') {
      if (fault) {
        res.socket?.destroy();
        res.destroy();
      } else res.end();
      return finish();
    }

    const readAll = async () => {
      const whole = body ?? (await fsp.readFile(found.file));
      return range ? whole.subarray(range.start, range.end + 1) : whole;
    };

    if (fault) {
      const data = await readAll();
      const part = data.subarray(0, Math.floor(data.length / 2));
      rec.bytes = part.length;
      const sock = res.socket;
      res.write(part, () => {
        if (fault.kind === 'truncate') {
          // announce the full length, send half, then end the socket (FIN)
          sock?.end();
        } else if (fault.kind === 'reset') {
          if (sock && typeof sock.resetAndDestroy === 'function') sock.resetAndDestroy();
          else sock?.destroy();
        } else {
          // stall: headers and part of the body, then nothing until the client gives up or we close
          const timer = setTimeout(() => sock?.destroy(), stallMs);
          timer.unref();
          sock?.once('close', () => clearTimeout(timer));
        }
      });
      if (part.length === 0) res.flushHeaders();
      return finish();
    }

    // Whole file in memory (test-sized files): the counters are updated synchronously with res.end(), so a
    // client in the same process sees them as soon as it has the body. A client that aborts the transfer
    // gets the download taken back.
    const data = await readAll();
    rec.bytes = data.length;
    res.on('close', () => {
      if (!res.writableFinished && rec.fault === null && completes(rec)) {
        rec.bytes = 0;
        stats.downloads -= 1;
      }
    });
    res.end(data);
    return finish();
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(err => {
      if (!res.headersSent) {
        res.writeHead(500, {'Content-Type': 'text/plain'});
        res.end(`mirror error: ${String(err)}\n`);
      } else res.destroy();
    });
  });
  server.on('connection', s => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 5000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const port = address.port;

  const summary = () => {
    /** @type {Record<string, {requests: number, downloads: number, faults: number}>} */
    const byPath = {};
    for (const r of stats.requests) {
      const e = (byPath[r.path] ??= {requests: 0, downloads: 0, faults: 0});
      e.requests += 1;
      if (r.fault) e.faults += 1;
      else if (r.method === 'GET' && completes(r)) e.downloads += 1;
    }
    return {
      url: `http://${host}:${port}`,
      total: stats.requests.length,
      downloads: stats.downloads,
      faults: stats.faults,
      faultsByKind: {...stats.faultsByKind},
      byPath
    };
  };

  return {
    url: `http://${host}:${port}`,
    port,
    stats,
    setFaults,
    resetStats,
    requestsFor: predicate => (predicate ? stats.requests.filter(predicate) : [...stats.requests]),
    summary,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve(undefined));
        for (const s of sockets) s.destroy();
        server.closeAllConnections?.();
      })
  };
}

/**
 * Parse a fault spec from the CLI: `none`, `rate:0.3`, `rate:0.3,seed=7,kinds=500|reset|429,max=2,retry-after=1`,
 * or a JSON document (`[rules]` or `{rules, rate}`; a `match` string written `/re/flags` becomes a RegExp).
 * @param {string} spec
 * @returns {Faults}
 */
export function parseFaultSpec(spec) {
  const s = spec.trim();
  if (s === '' || s === 'none') return null;
  if (s.startsWith('[') || s.startsWith('{')) return parseFaultsJson(s);
  const m = /^rate:([0-9.]+)(?:,(.*))?$/.exec(s);
  if (!m)
    throw new Error(
      `bad --faults "${spec}": expected none, rate:0.3[,seed=N,kinds=500|reset|429,max=N] or JSON`
    );
  /** @type {RateFaults} */
  const rate = {rate: Number(m[1])};
  if (!(rate.rate >= 0 && rate.rate <= 1)) throw new Error(`bad rate in "${spec}": must be 0..1`);
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const [k, v = ''] = kv.split('=');
    if (k === 'seed') rate.seed = Number(v);
    else if (k === 'kinds') rate.kinds = /** @type {FaultKind[]} */ (v.split('|'));
    else if (k === 'max') rate.maxConsecutive = Number(v);
    else if (k === 'retry-after') rate.retryAfter = Number(v);
    else if (k === 'match') rate.match = new RegExp(v);
    else throw new Error(`bad key "${k}" in "${spec}"`);
  }
  return {rate};
}

/**
 * @param {string} text
 * @returns {Faults}
 */
export function parseFaultsJson(text) {
  const data = JSON.parse(text);
  /** @param {unknown} m */
  const re = m => {
    if (typeof m !== 'string') return m;
    const x = /^\/(.*)\/([a-z]*)$/.exec(m);
    return x ? new RegExp(x[1], x[2]) : m;
  };
  /** @param {any} r */
  const fixRule = r => ({...r, match: re(r.match)});
  if (Array.isArray(data)) return data.map(fixRule);
  const out = {...data};
  if (Array.isArray(out.rules)) out.rules = out.rules.map(fixRule);
  if (out.rate && out.rate.match !== undefined) out.rate = {...out.rate, match: re(out.rate.match)};
  return out;
}

function usage() {
  return `usage: node scripts/lib/mirror.mjs --root DIR [--port 0] [--host 127.0.0.1]
  [--faults none|rate:0.3[,seed=N,kinds=500|reset|429,max=2,retry-after=1]|JSON]
  [--mount /PREFIX=DIR]... [--pidfile F] [--portfile F] [--urlfile F] [--stats F] [--verbose]
Serves DIR (and each mounted DIR under its URL prefix, e.g. --mount /apt=$C/apt-repository --mount /simple=$C/pypi-simple); prints its URL; on SIGTERM/SIGINT writes the request stats as JSON to --stats and exits 0.
Control: GET /__mirror/stats, POST /__mirror/reset-stats, POST /__mirror/faults (JSON body).`;
}

/** @param {string[]} argv */
async function main(argv) {
  /** @type {Record<string, string | boolean>} */
  const args = {};
  /** @type {Record<string, string>} */
  const mounts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mount' && i + 1 < argv.length) {
      const spec = argv[++i];
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new Error(`bad --mount ${spec} (want /PREFIX=DIR)\n${usage()}`);
      mounts[spec.slice(0, eq)] = spec.slice(eq + 1);
      continue;
    }
    if (a === '--help' || a === '-h') {
      console.log(usage());
      return;
    }
    if (a === '--verbose') {
      args.verbose = true;
      continue;
    }
    if (!a.startsWith('--') || i + 1 >= argv.length)
      throw new Error(`bad argument ${a}\n${usage()}`);
    args[a.slice(2)] = argv[++i];
  }
  if (typeof args.root !== 'string') throw new Error(`--root is required\n${usage()}`);
  const faults = parseFaultSpec(typeof args.faults === 'string' ? args.faults : 'none');
  const mirror = await startMirror({
    root: args.root,
    mounts,
    port: Number(args.port ?? 0),
    host: typeof args.host === 'string' ? args.host : undefined,
    faults,
    log: args.verbose ? line => console.error(`[mirror] ${line}`) : undefined
  });
  const write = async (/** @type {unknown} */ f, /** @type {string} */ text) => {
    if (typeof f === 'string') await fsp.writeFile(f, text);
  };
  await write(args.pidfile, `${process.pid}\n`);
  await write(args.portfile, `${mirror.port}\n`);
  await write(args.urlfile, `${mirror.url}\n`);
  console.log(mirror.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const report = {...mirror.summary(), requests: mirror.stats.requests};
    if (typeof args.stats === 'string')
      await fsp.writeFile(args.stats, `${JSON.stringify(report, null, 2)}\n`);
    await mirror.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch(err => {
    console.error(`mirror: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
