// An in-process fake of the Actions cache service, API v1 (what @actions/cache speaks off
// github.com, and what act and the Forgejo runner serve), on 127.0.0.1:
//   GET   {url}_apis/artifactcache/cache?keys=a,b&version=V   204 | 200 {archiveLocation, cacheKey}
//   POST  {url}_apis/artifactcache/caches {key, version}       201 {cacheId} | 409 when the key exists
//   PATCH {url}_apis/artifactcache/caches/:id  Content-Range: bytes S-E/*
//   POST  {url}_apis/artifactcache/caches/:id  {size}          commit
//   GET   {url}_archive/:id                                    the archive
// Keys match like act's server: each key in order, exact then newest prefix match, same version.
// Use it with cacheEnv(server.url): ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN and a non-github
// GITHUB_SERVER_URL (forces v1). Fault switches: '500' answers every request 500, 'hang' accepts
// and never answers, 'none' is normal.
import {tmpdir} from 'node:os';
import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';

export type CacheFault =
  | 'none'
  | '500'
  | 'hang'
  | 'upload-500'
  | 'upload-413'
  | 'upload-204'
  | 'upload-reset'
  | 'upload-hang';

export interface CacheEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  data: Buffer;
  committed: boolean;
  readonly created: number;
}

export interface CacheRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface CacheServer {
  /** Base URL with a trailing slash, as ACTIONS_CACHE_URL wants it. */
  readonly url: string;
  /** Every entry, committed or not, in creation order. */
  readonly entries: CacheEntry[];
  readonly requests: CacheRequest[];
  setFault(kind: CacheFault): void;
  /** Committed entries' keys. */
  keys(): string[];
  /**
   * Cuts the calls left hanging by the 'hang' fault and waits until @actions/cache's background
   * retry of each (one more attempt, 5 s later) has been answered, so that nothing outlives a test.
   * In an action the process ends with the step instead.
   */
  settleHungCalls(): Promise<void>;
  close(): Promise<void>;
}

/** Environment for @actions/cache to use this server through API v1. */
export function cacheEnv(url: string): Record<string, string> {
  return {
    ACTIONS_CACHE_URL: url,
    ACTIONS_RUNTIME_TOKEN: 'test-token',
    GITHUB_SERVER_URL: 'https://forgejo.example.test',
    ACTIONS_CACHE_SERVICE_V2: '',
    // Without it @actions/cache stages its archives under /home/actions/temp.
    RUNNER_TEMP: process.env.RUNNER_TEMP || tmpdir()
  };
}

async function body(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startCacheServer(options: {fault?: CacheFault} = {}): Promise<CacheServer> {
  let fault: CacheFault = options.fault ?? 'none';
  const entries: CacheEntry[] = [];
  const requests: CacheRequest[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1;
  let clock = 0;
  let base = '';

  const send = (res: http.ServerResponse, status: number, json?: unknown): void => {
    const text = json === undefined ? '' : JSON.stringify(json);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text)
    });
    res.end(text);
  };

  const find = (keys: string[], version: string): CacheEntry | undefined => {
    const committed = entries.filter(e => e.committed && e.version === version);
    for (const key of keys) {
      const exact = committed.filter(e => e.key === key);
      if (exact.length) return exact[exact.length - 1];
      const prefixed = committed.filter(e => e.key.startsWith(key));
      if (prefixed.length) return prefixed.sort((a, b) => b.created - a.created)[0];
    }
    return undefined;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const record = (status: number) => requests.push({method, path, status});
    if (fault === 'hang') {
      record(0);
      return; // never answered; close() destroys the socket
    }
    if (fault === '500') {
      await body(req);
      record(500);
      return send(res, 500, {message: 'injected failure'});
    }
    const api = '/_apis/artifactcache/';
    if (method === 'PATCH' && fault.startsWith('upload-')) {
      // Answered at once, the body unread, as a proxy or a full store does.
      const kind = fault.slice('upload-'.length);
      record(kind === 'reset' || kind === 'hang' ? 0 : Number(kind));
      if (kind === 'reset') return void req.socket.destroy();
      if (kind === 'hang') return;
      if (kind === '204') {
        res.writeHead(204);
        return void res.end();
      }
      return send(res, Number(kind), {message: 'injected upload failure'});
    }
    if (method === 'GET' && path === `${api}cache`) {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean);
      const entry = find(keys, url.searchParams.get('version') ?? '');
      if (!entry) {
        record(204);
        res.writeHead(204);
        return void res.end();
      }
      record(200);
      return send(res, 200, {
        cacheKey: entry.key,
        scope: 'refs/heads/main',
        archiveLocation: `${base}_archive/${entry.id}`
      });
    }
    if (method === 'POST' && path === `${api}caches`) {
      const request = JSON.parse((await body(req)).toString('utf8')) as {
        key: string;
        version: string;
      };
      if (entries.some(e => e.key === request.key && e.version === request.version)) {
        record(409);
        return send(res, 409, {message: `cache ${request.key} already exists`});
      }
      const entry: CacheEntry = {
        id: nextId++,
        key: request.key,
        version: request.version,
        data: Buffer.alloc(0),
        committed: false,
        created: ++clock
      };
      entries.push(entry);
      record(201);
      return send(res, 201, {cacheId: entry.id});
    }
    const match = new RegExp(`^${api}caches/(\\d+)$`).exec(path);
    if (match) {
      const entry = entries.find(e => e.id === Number(match[1]));
      const data = await body(req);
      if (!entry) {
        record(404);
        return send(res, 404, {message: 'no such cache'});
      }
      if (method === 'PATCH') {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '');
        if (!range) {
          record(400);
          return send(res, 400, {message: 'bad Content-Range'});
        }
        const start = Number(range[1]);
        const end = start + data.length;
        if (entry.data.length < end) {
          const grown = Buffer.alloc(end);
          entry.data.copy(grown);
          entry.data = grown;
        }
        data.copy(entry.data, start);
        record(204);
        res.writeHead(204);
        return void res.end();
      }
      if (method === 'POST') {
        const {size} = JSON.parse(data.toString('utf8')) as {size: number};
        if (size !== entry.data.length) {
          record(400);
          return send(res, 400, {message: `size ${size} != ${entry.data.length}`});
        }
        entry.committed = true;
        record(204);
        res.writeHead(204);
        return void res.end();
      }
    }
    const archive = /^\/_archive\/(\d+)$/.exec(path);
    if (method === 'GET' && archive) {
      const entry = entries.find(e => e.id === Number(archive[1]) && e.committed);
      if (!entry) {
        record(404);
        return send(res, 404, {message: 'no such archive'});
      }
      record(200);
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': entry.data.length
      });
      return void res.end(entry.data);
    }
    await body(req);
    record(404);
    send(res, 404, {message: `unknown route ${method} ${path}`});
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(error => {
      if (!res.headersSent) send(res, 500, {message: String(error)});
      else res.destroy();
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    entries,
    requests,
    setFault: kind => {
      fault = kind;
    },
    keys: () => entries.filter(e => e.committed).map(e => e.key),
    settleHungCalls: async () => {
      const hung = requests.filter(r => r.status === 0).length;
      fault = '500';
      for (const socket of sockets) socket.destroy();
      const deadline = Date.now() + 15_000;
      while (requests.filter(r => r.status === 500).length < hung && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
