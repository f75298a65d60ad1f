import {createHash, randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingMessage} from 'node:http';
import {connect, type AddressInfo, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  DownloadError,
  IntegrityError,
  downloadFile,
  fetchText,
  freshResume,
  MIN_BYTES_PER_SECOND,
  requestDeadlineMs,
  resumeOffset,
  isRetryableDownloadError,
  HttpStatusError,
  MirrorError,
  parseRetryAfter,
  redirectTarget
} from '@ci-actions/core/download';
import {verifySha256} from '@ci-actions/core/digest';
import {NETWORK_BACKOFF, recordingLogger} from '@ci-actions/core';
import {causeOf, resetLedger, stepLedger} from '@ci-actions/core/ledger';
import {fakeClock} from '../helpers/fake-clock';
import {startMirror, type Mirror} from '../helpers/mirror';

const FAST = {delayMs: 1, multiplier: 1, maxDelayMs: 5000, jitter: false};

describe('downloadFile against the loopback mirror', () => {
  let root: string;
  let out: string;
  let mirror: Mirror;
  const data = randomBytes(256 * 1024);
  const digest = createHash('sha256').update(data).digest('hex');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'download-test-'));
    mkdirSync(join(root, 'm1'));
    mkdirSync(join(root, 'm2'));
    writeFileSync(join(root, 'm1', 'a.bin'), data);
    writeFileSync(join(root, 'm2', 'a.bin'), data);
    writeFileSync(join(root, 'm2', 'SUMS'), `${digest}  a.bin\n`);
    mirror = await startMirror({root});
  });
  afterAll(async () => {
    await mirror.close();
    rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    resetLedger();
    out = mkdtempSync(join(tmpdir(), 'download-out-'));
    mirror.setFaults(null);
    mirror.resetStats();
  });
  afterEach(() => rmSync(out, {recursive: true, force: true}));

  const options = (extra: object = {}) => ({
    attempts: 3,
    logger: recordingLogger(),
    backoff: FAST,
    requestTimeoutMs: 5000,
    ...extra
  });

  it('downloads, hashes and reports the size', async () => {
    const dest = join(out, 'a.bin');
    const result = await downloadFile([`${mirror.url}/m1/a.bin`], dest, options());
    expect(result).toEqual({url: `${mirror.url}/m1/a.bin`, sha256: digest, bytes: data.length});
    expect(readFileSync(dest).equals(data)).toBe(true);
  });

  it('prints progress lines for a slow download only', async () => {
    const slow = recordingLogger();
    // Every reading of the clock is 6 s later: each chunk of the body lands past the interval.
    let now = 0;
    const clock = {...fakeClock(), now: () => (now += 6000)};
    await downloadFile(
      [`${mirror.url}/m1/a.bin`],
      join(out, 'a.bin'),
      options({logger: slow, clock})
    );
    const progress = slow.lines.filter(line => / KiB\/s$/.test(line));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatch(
      new RegExp(
        `^info: ${mirror.url}/m1/a\\.bin: [\\d.]+ KiB of 256\\.0 KiB \\(\\d+%\\), [\\d.]+ KiB/s$`
      )
    );
    const fast = recordingLogger();
    await downloadFile([`${mirror.url}/m1/a.bin`], join(out, 'b.bin'), options({logger: fast}));
    expect(fast.lines.filter(line => line.includes('/s'))).toEqual([]);
  });

  it.each([
    ['500', {}],
    ['reset', {}],
    ['truncate', {}],
    ['stall', {stallTimeoutMs: 200}]
  ] as const)('retries after a %s and succeeds', async (kind, extra) => {
    mirror.setFaults([{match: '/m1/a.bin', kind, times: 1}]);
    const logger = recordingLogger();
    const started = Date.now();
    const result = await downloadFile(
      [`${mirror.url}/m1/a.bin`],
      join(out, 'a.bin'),
      options({logger, ...extra})
    );
    expect(result.sha256).toBe(digest);
    expect(mirror.stats.requests).toHaveLength(2);
    expect(logger.lines.some(l => l.startsWith('warning:') && l.includes('attempt 1 of 3'))).toBe(
      true
    );
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('honours Retry-After on a 429', async () => {
    mirror.setFaults([{match: '/m1/a.bin', kind: '429', times: 1, retryAfter: 2}]);
    const clock = fakeClock();
    const result = await downloadFile(
      [`${mirror.url}/m1/a.bin`],
      join(out, 'a.bin'),
      options({clock, backoff: {...FAST, delayMs: 10}})
    );
    expect(result.sha256).toBe(digest);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('gives up on a stalled body at the deadline its size gives', async () => {
    mirror.setFaults([{match: '/m1/a.bin', kind: 'stall', times: 10}]);
    const started = Date.now();
    // 256 KiB at 1 MiB/s is 250 ms on top of the 300 ms base; the second attempt resumes after
    // the first half, so its deadline is for about 128 KiB.
    await expect(
      downloadFile(
        [`${mirror.url}/m1/a.bin`],
        join(out, 'a.bin'),
        options({
          attempts: 2,
          requestTimeoutMs: 300,
          minBytesPerSecond: 1024 * 1024,
          stallTimeoutMs: 60_000
        })
      )
    ).rejects.toThrow(/no complete response within 4\d\dms/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('moves to the next mirror at once on a 404', async () => {
    const logger = recordingLogger();
    const result = await downloadFile(
      [`${mirror.url}/m1/missing.bin`, `${mirror.url}/m2/a.bin`],
      join(out, 'a.bin'),
      options({logger})
    );
    expect(result.url).toBe(`${mirror.url}/m2/a.bin`);
    expect(mirror.stats.requests.map(r => [r.path, r.status])).toEqual([
      ['/m1/missing.bin', 404],
      ['/m2/a.bin', 200]
    ]);
    expect(logger.lines.join('\n')).toMatch(/HTTP 404; trying the next mirror/);
  });

  it('records each absorbed fault once and warns once per URL', async () => {
    mirror.setFaults([{match: '/m1/a.bin', kind: '500', times: 2}]);
    const logger = recordingLogger();
    const m1 = `${mirror.url}/m1/a.bin`;
    await downloadFile(
      [m1, `${mirror.url}/m2/a.bin`],
      join(out, 'a.bin'),
      options({logger, attempts: 2})
    );
    expect(stepLedger().lines.map(l => [l.kind, l.target, l.attempt, l.error, l.outcome])).toEqual([
      ['download-retry', m1, 1, 'HTTP 500', 'retried'],
      ['mirror-fallback', m1, 2, 'HTTP 500', 'next-mirror']
    ]);
    expect(stepLedger().absorbed()).toBe(2);
    expect(logger.lines.filter(l => l.startsWith('warning:'))).toHaveLength(1);
  });

  it('lists every URL when all mirrors fail', async () => {
    mirror.setFaults([{match: '/m2/a.bin', kind: '500', times: 10}]);
    const error = await downloadFile(
      [`${mirror.url}/m1/missing.bin`, `${mirror.url}/m2/a.bin`],
      join(out, 'a.bin'),
      options({attempts: 2})
    ).then(
      () => new Error('no error'),
      (e: unknown) => e as Error
    );
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toContain(`${mirror.url}/m1/missing.bin: HTTP 404`);
    expect(error.message).toContain(`${mirror.url}/m2/a.bin: HTTP 500`);
    expect(mirror.stats.requests).toHaveLength(3);
    // The last failure is the step's unabsorbed fault; the ones before it were absorbed.
    expect(causeOf(error)).toEqual({
      target: `${mirror.url}/m2/a.bin`,
      error: 'HTTP 500',
      attempt: 2
    });
    expect(stepLedger().lines.map(l => l.kind)).toEqual(['mirror-fallback', 'download-retry']);
  });

  it.each([
    ['file:', 'file:///etc/passwd', /refused redirect to file:/],
    ['ftp:', 'ftp://127.0.0.1/a.bin', /refused redirect to ftp:/],
    ['data:', 'data:text/plain,evil', /refused redirect to data:/],
    ['an invalid URL', 'http://[::1', /redirect to an invalid URL/],
    ['itself (a loop)', undefined, /redirect loop at .*\/m1\/a\.bin/]
  ])(
    'a redirect to %s fails that mirror at once; the next one serves the file',
    async (_, location, reason) => {
      mirror.setFaults([{match: '/m1/a.bin', kind: 'redirect', location, times: Infinity}]);
      const logger = recordingLogger();
      const dest = join(out, 'a.bin');
      const result = await downloadFile(
        [`${mirror.url}/m1/a.bin`, `${mirror.url}/m2/a.bin`],
        dest,
        options({logger})
      );
      expect(result.url).toBe(`${mirror.url}/m2/a.bin`);
      expect(readFileSync(dest).equals(data)).toBe(true);
      const warnings = logger.lines.filter(l => l.startsWith('warning:')).join('\n');
      expect(warnings).toMatch(reason);
      expect(warnings).toMatch(/trying the next mirror/);
      // Not retried: a bad redirect is the mirror's answer, not a passing fault.
      expect(mirror.stats.requests.filter(r => r.path === '/m1/a.bin')).toHaveLength(1);
    }
  );

  it('follows a good redirect to another path', async () => {
    mirror.setFaults([{match: '/m1/a.bin', kind: 'redirect', location: '/m2/a.bin', times: 1}]);
    const result = await downloadFile([`${mirror.url}/m1/a.bin`], join(out, 'a.bin'), options());
    expect(result.sha256).toBe(digest);
    expect(mirror.stats.requests.map(r => [r.path, r.status])).toEqual([
      ['/m1/a.bin', 302],
      ['/m2/a.bin', 200]
    ]);
  });

  it('fails on a connection refused after its attempts', async () => {
    await expect(
      downloadFile(['http://127.0.0.1:9/a.bin'], join(out, 'a.bin'), options({attempts: 2}))
    ).rejects.toThrow(/127\.0\.0\.1:9\/a\.bin: .*ECONNREFUSED/);
  });

  it('goes through HTTP_PROXY for a host it does not bypass', async () => {
    // A CONNECT proxy on 127.0.0.1 that tunnels every request to the mirror: the host name in the
    // URL is never resolved, so only loopback is contacted.
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on('connect', (req: IncomingMessage, client: Socket) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(new URL(mirror.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>(done => proxy.listen(0, '127.0.0.1', done));
    const names = ['HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
    const saved = Object.fromEntries(names.map(name => [name, process.env[name]]));
    // A NO_PROXY of the machine running the tests (`*`, `.test`) would bypass the proxy.
    for (const name of names) delete process.env[name];
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const dest = join(out, 'a.bin');
      const result = await downloadFile(['http://mirror.test/m1/a.bin'], dest, options());
      expect(result.sha256).toBe(digest);
      expect(readFileSync(dest).equals(data)).toBe(true);
      expect(tunnels).toEqual(['mirror.test:80']);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      proxy.closeAllConnections();
      await new Promise(done => proxy.close(done));
    }
  });

  it('fetches a checksum file as text', async () => {
    const {url, text} = await fetchText([`${mirror.url}/m1/SUMS`, `${mirror.url}/m2/SUMS`], {
      ...options()
    });
    expect(url).toBe(`${mirror.url}/m2/SUMS`);
    expect(text).toBe(`${digest}  a.bin\n`);
  });

  it('a wrong digest fails closed naming the URL and both digests', async () => {
    const result = await downloadFile([`${mirror.url}/m1/a.bin`], join(out, 'a.bin'), options());
    const wrong = '0'.repeat(64);
    let error: unknown;
    try {
      verifySha256(result.url, wrong, result.sha256, 'the sha256 input');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toBe(
      `Checksum mismatch for ${mirror.url}/m1/a.bin: expected sha256 ${wrong} (from the sha256 input), got ${digest}. The file was not used.`
    );
  });
});

describe('resuming an interrupted download with Range', () => {
  let root: string;
  let out: string;
  let ranged: Mirror;
  let whole: Mirror;
  const data = randomBytes(512 * 1024);
  const digest = createHash('sha256').update(data).digest('hex');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'download-range-'));
    writeFileSync(join(root, 'a.bin'), data);
    ranged = await startMirror({root});
    whole = await startMirror({root, ranges: false});
  });
  afterAll(async () => {
    await ranged.close();
    await whole.close();
    rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'download-range-out-'));
  });
  afterEach(() => rmSync(out, {recursive: true, force: true}));

  it.each([
    // fault, whether the server honours Range, statuses seen
    ['truncate', true, [200, 206]],
    ['reset', true, [200, 206]],
    ['truncate', false, [200, 200]],
    ['reset', false, [200, 200]]
  ] as const)(
    'after a %s (Range honoured: %p) the file is whole and verified',
    async (kind, honoured, statuses) => {
      const mirror = honoured ? ranged : whole;
      mirror.resetStats();
      mirror.setFaults([{match: '/a.bin', kind, times: 1}]);
      const logger = recordingLogger();
      const dest = join(out, 'a.bin');
      const result = await downloadFile([`${mirror.url}/a.bin`], dest, {
        attempts: 3,
        logger,
        backoff: FAST,
        requestTimeoutMs: 5000
      });
      expect(result).toEqual({url: `${mirror.url}/a.bin`, sha256: digest, bytes: data.length});
      expect(readFileSync(dest).equals(data)).toBe(true);
      expect(mirror.stats.requests.map(r => r.status)).toEqual(statuses);
      const second = mirror.stats.requests[1];
      // Resumed: the second answer carries only the rest (what reached the client of the first half).
      expect(second.offset > 0).toBe(honoured);
      expect(second.offset + second.bytes).toBe(data.length);
      expect(
        logger.lines.some(l => l.includes(honoured ? 'resuming at byte' : 'starting over'))
      ).toBe(true);
    }
  );

  it.each([
    // Range honoured: the resumed body gets no tap; not honoured: the second body gets a new one.
    [true, ['abort']],
    [false, ['abort', 'end']]
  ] as const)(
    'a tap sees a body from its first byte to its end, or is aborted (Range honoured: %p)',
    async (honoured, events) => {
      const mirror = honoured ? ranged : whole;
      mirror.setFaults([{match: '/a.bin', kind: 'truncate', times: 1}]);
      const taps: {total?: number; chunks: Buffer[]; event?: string}[] = [];
      await downloadFile(
        [`${mirror.url}/a.bin`],
        join(out, 'a.bin'),
        {attempts: 3, logger: recordingLogger(), backoff: FAST, requestTimeoutMs: 5000},
        (_url, total) => {
          const tap: (typeof taps)[number] = {total, chunks: []};
          taps.push(tap);
          return {
            // A slow consumer: the download waits for it.
            write: chunk =>
              new Promise<void>(done => setImmediate(() => done(void tap.chunks.push(chunk)))),
            end: () => (tap.event = 'end'),
            abort: () => (tap.event = 'abort')
          };
        }
      );
      expect(taps.map(tap => tap.event)).toEqual(events);
      expect(taps.map(tap => tap.total)).toEqual(events.map(() => data.length));
      const ended = taps.filter(tap => tap.event === 'end');
      for (const tap of ended) expect(Buffer.concat(tap.chunks).equals(data)).toBe(true);
    }
  );

  it('starts over on the next mirror rather than mixing two servers', async () => {
    ranged.resetStats();
    whole.resetStats();
    ranged.setFaults([{match: '/a.bin', kind: 'truncate', times: 1}]);
    const dest = join(out, 'a.bin');
    const result = await downloadFile([`${ranged.url}/a.bin`, `${whole.url}/a.bin`], dest, {
      attempts: 1,
      logger: recordingLogger(),
      backoff: FAST
    });
    expect(result.sha256).toBe(digest);
    expect(whole.stats.requests.map(r => [r.status, r.offset, r.bytes])).toEqual([
      [200, 0, data.length]
    ]);
  });

  it('leaves no partial file behind when every attempt fails', async () => {
    ranged.resetStats();
    ranged.setFaults([{match: '/a.bin', kind: 'truncate', times: 3}]);
    const dest = join(out, 'a.bin');
    await expect(
      downloadFile([`${ranged.url}/a.bin`], dest, {
        attempts: 3,
        logger: recordingLogger(),
        backoff: FAST
      })
    ).rejects.toThrow(DownloadError);
    expect(existsSync(dest)).toBe(false);
    // Each attempt asked for the rest of what the one before left.
    const [first, second, third] = ranged.stats.requests.map(r => r.offset);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

describe('resumeOffset', () => {
  const kept = (bytes: number, total?: number) => ({...freshResume(), bytes, total});
  it.each([
    ['bytes 100-999/1000', kept(100, 1000), 100],
    ['bytes 100-999/1000', kept(100), 100],
    ['bytes 100-999/*', kept(100, 1000), 100],
    ['bytes 0-999/1000', kept(100, 1000), undefined],
    ['bytes 100-999/2000', kept(100, 1000), undefined],
    ['bytes 100-1000/1000', kept(100, 1000), undefined],
    ['bytes 100-50/1000', kept(100, 1000), undefined],
    ['bytes */1000', kept(100, 1000), undefined],
    [undefined, kept(100, 1000), undefined],
    ['items 100-999/1000', kept(100, 1000), undefined]
  ])('Content-Range %p after %o -> %p', (header, resume, expected) => {
    expect(resumeOffset(header, resume)).toBe(expected);
  });
});

describe('requestDeadlineMs', () => {
  it.each([
    [60_000, undefined, MIN_BYTES_PER_SECOND, 60_000],
    [60_000, 0, MIN_BYTES_PER_SECOND, 60_000],
    [60_000, MIN_BYTES_PER_SECOND * 60, MIN_BYTES_PER_SECOND, 120_000],
    // an 18 MB helm archive: 60 s plus 140.6 s at 128 KiB/s
    [60_000, 18_432_000, MIN_BYTES_PER_SECOND, 200_625],
    [300, 256 * 1024, 1024 * 1024, 550],
    [60_000, NaN, MIN_BYTES_PER_SECOND, 60_000],
    [60_000, 2 ** 60, MIN_BYTES_PER_SECOND, 2 ** 31 - 1]
  ])('base %d ms, %p bytes at %d B/s -> %d ms', (base, length, rate, expected) => {
    expect(requestDeadlineMs(base, length, rate)).toBe(expected);
  });
});

describe('the retry budget across mirrors', () => {
  it('gives each mirror an equal part and no wait beyond it', async () => {
    const clock = fakeClock(0.5);
    const logger = recordingLogger();
    await expect(
      downloadFile(
        ['http://127.0.0.1:9/a.bin', 'http://127.0.0.1:9/b/a.bin'],
        join(tmpdir(), 'never', 'a.bin'),
        {
          attempts: 50,
          budgetMs: 10_000,
          backoff: NETWORK_BACKOFF,
          clock,
          logger
        }
      )
    ).rejects.toThrow(DownloadError);
    // 0.75 of 1 s, 2 s, then the rest of each mirror's 5 s.
    expect(clock.sleeps).toEqual([750, 1500, 2750, 750, 1500, 2750]);
  });
});

describe('redirectTarget', () => {
  const from = new URL('https://mirror.test/a/b.tgz');
  it.each([
    ['/c/d.tgz', new Set<string>(), 'https://mirror.test/c/d.tgz'],
    ['https://other.test/x', new Set<string>(), 'https://other.test/x'],
    ['http://other.test/x', new Set<string>(), /refused redirect from https to http:/],
    ['https://mirror.test/a/b.tgz', new Set(['https://mirror.test/a/b.tgz']), /redirect loop/],
    ['/z', new Set(Array.from({length: 11}, (_, i) => `https://m/${i}`)), /more than 10 redirects/],
    ['javascript:alert(1)', new Set<string>(), /refused redirect to javascript:/]
  ])('%p after %p -> %p', (location, seen, expected) => {
    let outcome: string;
    try {
      outcome = redirectTarget(from, location, seen).href;
    } catch (error) {
      outcome = `${(error as Error).name}: ${(error as Error).message}`;
    }
    expect(outcome).toMatch(expected);
    expect(outcome.startsWith('MirrorError: ')).toBe(typeof expected !== 'string');
  });
});

describe('retry rules', () => {
  it.each([
    ['HTTP 500', new HttpStatusError('u', 500), true],
    ['HTTP 503', new HttpStatusError('u', 503), true],
    ['HTTP 408', new HttpStatusError('u', 408), true],
    ['HTTP 425', new HttpStatusError('u', 425), true],
    ['HTTP 429', new HttpStatusError('u', 429), true],
    ['HTTP 404', new HttpStatusError('u', 404), false],
    ['HTTP 403', new HttpStatusError('u', 403), false],
    ['a checksum mismatch', new IntegrityError('u', 'a', 'b'), false],
    ['a bad redirect', new MirrorError('redirect loop'), false],
    ['a network error', new Error('socket hang up'), true]
  ])('%s is retryable: %s', (_label, error, expected) => {
    expect(isRetryableDownloadError(error)).toBe(expected);
  });

  it.each([
    ['5', 0, 5000],
    [' 0 ', 0, 0],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 4000, 6000],
    ['Thu, 01 Jan 1970 00:00:01 GMT', 4000, 0],
    ['soon', 0, undefined],
    [undefined, 0, undefined]
  ])('Retry-After %p at %p -> %p ms', (value, now, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
