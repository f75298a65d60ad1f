import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseFaultSpec, parseRange, startMirror, type Mirror} from '../../scripts/lib/mirror.mjs';

interface Got {
  status?: number;
  bytes: number;
  length?: string;
  retryAfter?: string;
  error?: string;
}

function get(url: string, timeoutMs = 2000): Promise<Got> {
  return new Promise(resolve => {
    let bytes = 0;
    let status: number | undefined;
    let length: string | undefined;
    const req = http.get(url, res => {
      status = res.statusCode;
      length = res.headers['content-length'];
      const retryAfter = res.headers['retry-after'];
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({status, bytes, length, retryAfter}));
      res.on('error', e =>
        resolve({status, bytes, length, error: (e as NodeJS.ErrnoException).code ?? e.message})
      );
      res.on('aborted', () => resolve({status, bytes, length, error: 'aborted'}));
    });
    req.on('error', e =>
      resolve({status, bytes, length, error: (e as NodeJS.ErrnoException).code ?? e.message})
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
  });
}

describe('scripts/lib/mirror.mjs', () => {
  const root = mkdtempSync(join(tmpdir(), 'mirror-test-'));
  mkdirSync(join(root, 'helm'));
  writeFileSync(join(root, 'helm', 'helm.tar.gz'), Buffer.alloc(10_000, 7));
  writeFileSync(join(root, 'helm', 'helm.tar.gz.sha256'), 'abc\n');
  let mirror: Mirror;

  beforeEach(async () => {
    mirror = await startMirror({root, stallMs: 3000});
  });
  afterEach(async () => {
    await mirror.close();
  });

  it('serves files with Content-Length and counts downloads', async () => {
    const r = await get(`${mirror.url}/helm/helm.tar.gz`);
    expect(r).toEqual({status: 200, bytes: 10_000, length: '10000', retryAfter: undefined});
    expect(mirror.stats.downloads).toBe(1);
    expect(mirror.stats.requests[0]).toMatchObject({
      method: 'GET',
      path: '/helm/helm.tar.gz',
      fault: null
    });
  });

  it.each([
    ['500', {status: 500}],
    ['404', {status: 404}],
    ['429', {status: 429, retryAfter: '4'}]
  ] as const)('injects a %s status', async (kind, expected) => {
    mirror.setFaults([{match: /tar\.gz$/, kind, retryAfter: 4}]);
    expect(await get(`${mirror.url}/helm/helm.tar.gz`)).toMatchObject(expected);
    expect(await get(`${mirror.url}/helm/helm.tar.gz`)).toMatchObject({status: 200, bytes: 10_000});
    expect(mirror.stats.faultsByKind).toEqual({[kind]: 1});
    expect(mirror.stats.downloads).toBe(1);
  });

  it.each(['reset', 'truncate'] as const)(
    'cuts the body on %s after announcing the full length',
    async kind => {
      mirror.setFaults([{match: 'helm.tar.gz', kind, times: 2}]);
      for (let i = 0; i < 2; i++) {
        const r = await get(`${mirror.url}/helm/helm.tar.gz`);
        expect(r.length).toBe('10000');
        expect(r.bytes).toBeLessThan(10_000);
        expect(r.error).toBeDefined();
      }
      expect(await get(`${mirror.url}/helm/helm.tar.gz`)).toMatchObject({bytes: 10_000});
      expect(mirror.stats.faults).toBe(2);
    }
  );

  it('stalls: headers and part of the body, then nothing', async () => {
    mirror.setFaults([{match: 'helm.tar.gz', kind: 'stall'}]);
    const r = await get(`${mirror.url}/helm/helm.tar.gz`, 500);
    expect(r).toMatchObject({status: 200, length: '10000', bytes: 5000});
    expect(r.error).toBeDefined();
  });

  it('rate mode is deterministic for a seed and never fails a path more than maxConsecutive times', async () => {
    const run = async () => {
      mirror.setFaults({rate: {rate: 0.5, seed: 9, maxConsecutive: 2}});
      mirror.resetStats();
      const out: (string | null)[] = [];
      for (let i = 0; i < 30; i++) {
        await get(`${mirror.url}/helm/helm.tar.gz.sha256`);
        out.push(mirror.stats.requests[i].fault);
      }
      return out;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(a.filter(Boolean).length).toBeGreaterThan(5);
    expect(a.join(',')).not.toMatch(/(\d+|reset),(\d+|reset),(\d+|reset)/);
    expect(new Set(a.filter(Boolean))).toEqual(new Set(['500', 'reset', '429']));
  });

  it('lists directories as HTML links (usable as a find-links page)', async () => {
    const r = await get(`${mirror.url}/helm/`);
    expect(r.status).toBe(200);
    expect(mirror.stats.requests).toHaveLength(1);
  });

  it('records 404 for missing files and refuses paths outside the root', async () => {
    expect((await get(`${mirror.url}/nope`)).status).toBe(404);
    expect((await get(`${mirror.url}/..%2f..%2fetc/passwd`)).status).toBe(404);
    expect(mirror.stats.downloads).toBe(0);
  });

  it('serves mounted directories under their URL prefix, with faults and counters as for the root', async () => {
    const apt = mkdtempSync(join(tmpdir(), 'mirror-apt-'));
    writeFileSync(join(apt, 'Packages'), 'Package: nodejs\n');
    writeFileSync(join(root, 'outside-the-mount'), 'root file');
    const m = await startMirror({
      root,
      mounts: {'/apt/': apt},
      faults: [{match: '/apt/Packages', kind: '500'}]
    });
    try {
      expect((await get(`${m.url}/apt/Packages`)).status).toBe(500);
      expect(await get(`${m.url}/apt/Packages`)).toMatchObject({status: 200, bytes: 16});
      expect((await get(`${m.url}/apt/`)).status).toBe(200);
      expect((await get(`${m.url}/apt/../outside-the-mount`)).bytes).toBe(9); // normalised to the root's file
      expect((await get(`${m.url}/apt/..%2f..%2fetc/passwd`)).status).toBe(404);
      expect((await get(`${m.url}/helm/helm.tar.gz`)).bytes).toBe(10_000);
      expect(m.summary().byPath['/apt/Packages']).toEqual({requests: 2, downloads: 1, faults: 1});
    } finally {
      await m.close();
    }
  });

  it.each([
    ['/simple/demo/demo-1.0-py3-none-any.whl', 'max-age=365000000, immutable, public'],
    ['/simple/demo/demo-1.0-py3-none-any.whl.metadata', 'max-age=365000000, immutable, public'],
    ['/simple/demo/', 'max-age=600, public'],
    ['/simple/', 'max-age=600, public'],
    ['/helm/helm.tar.gz', undefined]
  ])('answers %s with Cache-Control %s (as PyPI does)', async (urlPath, want) => {
    const simple = join(root, 'simple', 'demo');
    mkdirSync(simple, {recursive: true});
    writeFileSync(join(simple, 'index.html'), '<a href="demo-1.0-py3-none-any.whl">x</a>');
    writeFileSync(join(simple, 'demo-1.0-py3-none-any.whl'), 'wheel');
    writeFileSync(join(simple, 'demo-1.0-py3-none-any.whl.metadata'), 'Name: demo');
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) =>
      http
        .get(`${mirror.url}${urlPath}`, res => {
          res.resume();
          resolve(res.headers);
        })
        .on('error', reject)
    );
    expect(headers['cache-control']).toBe(want);
  });

  it.each(['/', '', '/__mirror'])('refuses the mount prefix "%s"', async prefix => {
    await expect(startMirror({root, mounts: {[prefix]: root}})).rejects.toThrow(/bad mount prefix/);
  });

  it.each([
    ['none', null],
    ['rate:0.3', {rate: {rate: 0.3}}],
    [
      'rate:0.2,seed=5,kinds=500|429,max=1',
      {rate: {rate: 0.2, seed: 5, kinds: ['500', '429'], maxConsecutive: 1}}
    ]
  ])('parses the CLI fault spec %s', (spec, expected) => {
    expect(parseFaultSpec(spec)).toEqual(expected);
  });

  it('rejects a bad fault spec', () => {
    expect(() => parseFaultSpec('rate:2')).toThrow(/must be 0..1/);
  });
});

describe('Range requests', () => {
  const root = mkdtempSync(join(tmpdir(), 'mirror-range-'));
  const body = Buffer.from('0123456789abcdefghij');
  writeFileSync(join(root, 'f.bin'), body);
  let mirror: Mirror;
  beforeAll(async () => {
    mirror = await startMirror({root});
  });
  afterAll(() => mirror.close());

  it.each([
    ['bytes=5-', 20, {start: 5, end: 19}],
    ['bytes=5-9', 20, {start: 5, end: 9}],
    ['bytes=5-99', 20, {start: 5, end: 19}],
    ['bytes=-4', 20, {start: 16, end: 19}],
    ['bytes=20-', 20, null],
    ['bytes=9-5', 20, null],
    ['bytes=0-1,5-6', 20, null],
    ['items=1-2', 20, null],
    [undefined, 20, null]
  ])('%p of a %d-byte file -> %p', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  async function ranged(headers: Record<string, string>) {
    const response = await fetch(`${mirror.url}/f.bin`, {headers});
    return {
      status: response.status,
      range: response.headers.get('content-range'),
      etag: response.headers.get('etag') ?? '',
      text: await response.text()
    };
  }

  it('answers 206 with the Content-Range, and counts the download when it ends the file', async () => {
    mirror.resetStats();
    const whole = await ranged({});
    expect(whole).toMatchObject({status: 200, range: null, text: body.toString()});
    const rest = await ranged({Range: 'bytes=12-', 'If-Range': whole.etag});
    expect(rest).toMatchObject({status: 206, range: 'bytes 12-19/20', text: 'cdefghij'});
    const middle = await ranged({Range: 'bytes=2-3'});
    expect(middle).toMatchObject({status: 206, range: 'bytes 2-3/20', text: '23'});
    expect(mirror.stats.requests.map(r => [r.status, r.offset, r.bytes])).toEqual([
      [200, 0, 20],
      [206, 12, 8],
      [206, 2, 2]
    ]);
    expect(mirror.stats.downloads).toBe(2);
  });

  it('sends the whole file when If-Range does not match, or when ranges are off', async () => {
    expect(await ranged({Range: 'bytes=12-', 'If-Range': '"other"'})).toMatchObject({
      status: 200,
      text: body.toString()
    });
    const off = await startMirror({root, ranges: false});
    try {
      const response = await fetch(`${off.url}/f.bin`, {headers: {Range: 'bytes=12-'}});
      expect(response.status).toBe(200);
      expect(response.headers.get('accept-ranges')).toBe('none');
      expect(await response.text()).toBe(body.toString());
    } finally {
      await off.close();
    }
  });

  it('a truncate fault on a range cuts the range', async () => {
    mirror.setFaults([{match: '/f.bin', kind: 'truncate'}]);
    const got = await get(`${mirror.url}/f.bin`);
    expect(got.status).toBe(200);
    mirror.resetStats();
    mirror.setFaults([{match: '/f.bin', kind: 'truncate'}]);
    await fetch(`${mirror.url}/f.bin`, {headers: {Range: 'bytes=10-'}})
      .then(r => r.arrayBuffer())
      .catch(() => undefined);
    expect(mirror.stats.requests.map(r => [r.status, r.offset, r.bytes, r.fault])).toEqual([
      [206, 10, 5, 'truncate']
    ]);
  });
});
