import {execFileSync} from 'node:child_process';
import {createHash, randomBytes} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {nullLogger, recordingLogger} from '@ci-actions/core';
import {IntegrityError} from '@ci-actions/core/download';
import {
  archiveDir,
  archiveUrls,
  findInstalled,
  installTool,
  parseChecksumList,
  toolCacheKey,
  MARKER_FILE,
  type InstallOptions,
  type ToolSpec
} from '@ci-actions/core/tool-install';
import {saveCache} from '@ci-actions/core/cache';
import {cacheEnv, startCacheServer} from '../helpers/cache-server';
import {useCleanEnv} from '../helpers/env';
import {startMirror, type Mirror} from '../helpers/mirror';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Packs `files` (path -> content) into a tar.gz with exactly these entry names. */
function packTarGz(archive: string, files: Record<string, string>): void {
  const script = `
import io, sys, tarfile, json
files = json.loads(sys.argv[2])
with tarfile.open(sys.argv[1], 'w:gz') as tar:
    for name, content in files.items():
        data = content.encode()
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))
`;
  execFileSync('python3', ['-c', script, archive, JSON.stringify(files)]);
}

describe('installTool', () => {
  useCleanEnv();
  let root: string;
  let work: string;
  let mirror: Mirror;
  let digest: string;
  const archiveName = 'tool-v1.0.0-linux-amd64.tar.gz';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tool-mirror-'));
    mkdirSync(join(root, 'm'));
    packTarGz(join(root, 'm', archiveName), {
      'linux-amd64/tool': '#!/bin/sh\necho tool 1.0.0\n',
      'linux-amd64/LICENSE': 'MIT\n'
    });
    digest = sha256(join(root, 'm', archiveName));
    writeFileSync(join(root, 'm', `${archiveName}.sha256sum`), `${digest}  ${archiveName}\n`);
    packTarGz(join(root, 'm', 'evil.tar.gz'), {
      'linux-amd64/tool': 'x',
      '../escape': 'gotcha'
    });
    packTarGz(join(root, 'm', 'uv-x86_64-unknown-linux-gnu.tar.gz'), {
      'uv-x86_64-unknown-linux-gnu/uv': '#!/bin/sh\necho uv\n',
      'uv-x86_64-unknown-linux-gnu/uvx': '#!/bin/sh\necho uvx\n'
    });
    mirror = await startMirror({root});
  });
  afterAll(async () => {
    await mirror.close();
    rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'tool-install-'));
    mirror.setFaults(null);
    mirror.resetStats();
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
  });
  afterEach(() => rmSync(work, {recursive: true, force: true}));

  const spec = (extra: Partial<ToolSpec> = {}): ToolSpec => ({
    name: 'tool',
    version: '1.0.0',
    os: 'linux',
    arch: 'amd64',
    archiveName,
    urls: [`${mirror.url}/m/${archiveName}`],
    binaries: [{member: 'linux-amd64/tool', name: 'tool'}],
    digest: {builtIn: digest},
    ...extra
  });
  const options = (extra: Partial<InstallOptions> = {}): InstallOptions => ({
    logger: nullLogger,
    attempts: 2,
    backoff: {delayMs: 1, multiplier: 1, maxDelayMs: 10, jitter: false},
    toolCacheDir: join(work, 'tool-cache'),
    tempDir: join(work, 'temp'),
    addToPath: false,
    ...extra
  });

  it('downloads, verifies, extracts only the binary, then hits the tool cache without a request', async () => {
    const first = await installTool(spec(), options());
    expect(first).toMatchObject({source: 'download', digestSource: 'built-in', sha256: digest});
    expect(first.paths.tool).toBe(join(work, 'tool-cache', 'tool', '1.0.0', process.arch, 'tool'));
    expect(execFileSync(first.paths.tool, {encoding: 'utf8'})).toBe('tool 1.0.0\n');
    expect(statSync(first.paths.tool).mode & 0o777).toBe(0o755);
    expect(existsSync(join(first.dir, 'LICENSE'))).toBe(false);
    expect(existsSync(`${first.dir}.complete`)).toBe(true);
    expect(mirror.stats.requests).toHaveLength(1);

    mirror.resetStats();
    const second = await installTool(spec(), options());
    expect(second).toMatchObject({source: 'tool-cache', needsSave: false, sha256: digest});
    expect(mirror.stats.requests).toHaveLength(0);
  });

  it('findInstalled finds an install with no request, checked against its marker and the input', async () => {
    const {archiveName: _name, urls: _urls, ...rest} = spec({digest: {}});
    expect(await findInstalled(rest, options())).toBeUndefined();
    await installTool(spec(), options());
    mirror.resetStats();
    expect(await findInstalled(rest, options())).toMatchObject({
      source: 'tool-cache',
      sha256: digest,
      digestSource: 'tool-cache-marker',
      needsSave: false
    });
    // another expected digest: not this install
    const other = {...rest, digest: {input: 'f'.repeat(64)}};
    expect(await findInstalled(other, options())).toBeUndefined();
    expect(mirror.stats.requests).toEqual([]);
  });

  it('runs that share a tool cache install side by side without breaking each other', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => installTool(spec(), options())));
    expect(results.every(r => r.source === 'download' || r.source === 'tool-cache')).toBe(true);
    expect(execFileSync(results[0].paths.tool, {encoding: 'utf8'})).toBe('tool 1.0.0\n');
    expect(readdirSync(results[0].dir).filter(name => name.includes('.tool.'))).toEqual([]);
  });

  it('takes the digest from the checksum file when nothing else gives one', async () => {
    const result = await installTool(
      spec({
        digest: {
          checksumFile: {
            urls: [`${mirror.url}/m/${archiveName}.sha256sum`],
            parse: parseChecksumList
          }
        }
      }),
      options()
    );
    expect(result).toMatchObject({digestSource: 'checksum-file', sha256: digest});
    // Warm: the marker's digest, no request at all.
    mirror.resetStats();
    const warm = await installTool(
      spec({digest: {checksumFile: {urls: ['http://127.0.0.1:9/none'], parse: parseChecksumList}}}),
      options()
    );
    expect(warm).toMatchObject({source: 'tool-cache', digestSource: 'tool-cache-marker'});
    expect(mirror.stats.requests).toHaveLength(0);
  });

  it('the built-in digest wins over a matching checksum file', async () => {
    const error = await installTool(
      spec({
        digest: {
          builtIn: 'f'.repeat(64),
          checksumFile: {
            urls: [`${mirror.url}/m/${archiveName}.sha256sum`],
            parse: parseChecksumList
          }
        }
      }),
      options()
    ).then(
      () => new Error('no error'),
      (e: unknown) => e as Error
    );
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain(`${mirror.url}/m/${archiveName}`);
    expect(error.message).toContain('f'.repeat(64));
    expect(error.message).toContain(digest);
    expect(mirror.stats.requests.map(r => r.path)).toEqual([`/m/${archiveName}`]);
    expect(existsSync(join(work, 'tool-cache', 'tool', '1.0.0', process.arch))).toBe(false);
    expect(existsSync(join(work, 'tool-cache', 'tool'))).toBe(false);
  });

  it('the input digest wins over the built-in one', async () => {
    await expect(
      installTool(spec({digest: {input: '0'.repeat(64), builtIn: digest}}), options())
    ).rejects.toThrow(/expected sha256 0{64} \(from the sha256 input\)/);
  });

  it('a marker that disagrees with the expected digest is not used: reinstalled, with a warning', async () => {
    const first = await installTool(spec(), options());
    const marker = JSON.parse(readFileSync(join(first.dir, MARKER_FILE), 'utf8'));
    writeFileSync(
      join(first.dir, MARKER_FILE),
      JSON.stringify({...marker, sha256: 'a'.repeat(64)})
    );
    const logger = recordingLogger();
    const again = await installTool(spec(), options({logger}));
    expect(again).toMatchObject({source: 'download', sha256: digest});
    expect(logger.lines.join('\n')).toMatch(
      /warning: tool 1\.0\.0: the tool cache copy in .* was installed from an archive with sha256 a{64}, not [0-9a-f]{64}/
    );
  });

  // Same size, other content: only a re-hash sees it. GitHub-hosted runners keep the size check.
  it.each([
    ['github-hosted', '#!/bin/sh\necho TOOL 1.0.0\n', 'tool-cache', 'TOOL 1.0.0\n', /^$/],
    ['github-hosted', '#!/bin/sh\necho evil\n', 'download', 'tool 1.0.0\n', /size recorded/],
    ['self-hosted', '#!/bin/sh\necho TOOL 1.0.0\n', 'download', 'tool 1.0.0\n', /sha256 recorded/],
    [undefined, '#!/bin/sh\necho TOOL 1.0.0\n', 'download', 'tool 1.0.0\n', /sha256 recorded/]
  ])(
    'RUNNER_ENVIRONMENT=%p, a tool cache binary changed to %p: source %p, runs %p, warns %p',
    async (environment, content, source, output, warning) => {
      const first = await installTool(spec(), options());
      writeFileSync(first.paths.tool, content);
      if (environment) process.env.RUNNER_ENVIRONMENT = environment;
      else delete process.env.RUNNER_ENVIRONMENT;
      const logger = recordingLogger();
      const again = await installTool(spec(), options({logger}));
      expect(again.source).toBe(source);
      expect(execFileSync(again.paths.tool, {encoding: 'utf8'})).toBe(output);
      const warnings = logger.lines.filter(line => line.startsWith('warning:')).join('\n');
      expect(warnings).toMatch(warning);
      expect(warnings).toMatch(
        source === 'download'
          ? /^warning: tool 1\.0\.0: discarding the tool cache copy in .*tool does not match/
          : /^$/
      );
    }
  );

  it('rejects an archive with a path traversal entry before extracting anything', async () => {
    const evil = sha256(join(root, 'm', 'evil.tar.gz'));
    await expect(
      installTool(
        spec({
          archiveName: 'evil.tar.gz',
          urls: [`${mirror.url}/m/evil.tar.gz`],
          digest: {input: evil}
        }),
        options()
      )
    ).rejects.toThrow("Unsafe path in archive: '../escape'");
    expect(existsSync(join(work, 'escape'))).toBe(false);
    expect(existsSync(join(work, 'temp', 'escape'))).toBe(false);
  });

  it('installs several binaries from one archive (the uv layout)', async () => {
    const name = 'uv-x86_64-unknown-linux-gnu.tar.gz';
    const result = await installTool(
      {
        name: 'uv',
        version: '0.8.22',
        os: 'linux',
        arch: 'x86_64-unknown-linux-gnu',
        archiveName: name,
        urls: [`${mirror.url}/m/${name}`],
        binaries: ['uv', 'uvx'].map(b => ({member: `uv-x86_64-unknown-linux-gnu/${b}`, name: b})),
        digest: {input: sha256(join(root, 'm', name))}
      },
      options()
    );
    expect(Object.keys(result.paths)).toEqual(['uv', 'uvx']);
    expect(execFileSync(result.paths.uvx, {encoding: 'utf8'})).toBe('uvx\n');
    expect(result.cacheKey).toMatch(
      /^ci-actions-tool-uv-0\.8\.22-linux-x86_64-unknown-linux-gnu-[0-9a-f]{16}$/
    );
  });

  it('restores from the Actions cache after the tool cache is gone', async () => {
    const server = await startCacheServer();
    Object.assign(process.env, cacheEnv(server.url));
    try {
      const first = await installTool(spec(), options({actionsCache: true}));
      expect(first).toMatchObject({source: 'download', needsSave: true});
      expect(first.cacheKey).toBe(`ci-actions-tool-tool-1.0.0-linux-amd64-${digest.slice(0, 16)}`);
      expect(await saveCache(first.cachePaths, first.cacheKey, {logger: nullLogger})).toBe(true);
      rmSync(join(work, 'tool-cache'), {recursive: true});
      mirror.resetStats();
      const second = await installTool(spec(), options({actionsCache: true}));
      expect(second).toMatchObject({source: 'actions-cache', needsSave: false});
      expect(mirror.stats.requests).toHaveLength(0);
      expect(execFileSync(second.paths.tool, {encoding: 'utf8'})).toBe('tool 1.0.0\n');
    } finally {
      await server.close();
    }
  });

  it('an Actions cache entry with another archive is discarded; the mirror serves the install', async () => {
    const server = await startCacheServer();
    Object.assign(process.env, cacheEnv(server.url));
    try {
      // The attacker's entry: an archive with its own binary, and a marker vouching for it.
      const dir = join(work, 'tool-cache', 'tool', '1.0.0', process.arch);
      const planted = archiveDir(dir);
      mkdirSync(planted, {recursive: true});
      packTarGz(join(planted, archiveName), {'linux-amd64/tool': '#!/bin/sh\necho evil\n'});
      writeFileSync(
        join(planted, MARKER_FILE),
        JSON.stringify({sha256: digest, binaries: {tool: sha256(join(planted, archiveName))}})
      );
      const key = toolCacheKey(spec(), digest);
      expect(await saveCache([planted], key, {logger: nullLogger})).toBe(true);
      rmSync(join(work, 'tool-cache'), {recursive: true});

      const logger = recordingLogger();
      const result = await installTool(spec(), options({actionsCache: true, logger}));
      expect(result.source).toBe('download');
      expect(execFileSync(result.paths.tool, {encoding: 'utf8'})).toBe('tool 1.0.0\n');
      expect(logger.lines.join('\n')).toMatch(
        new RegExp(
          `warning: tool 1\\.0\\.0: discarding the Actions cache entry ${key}: its ${archiveName} has sha256 [0-9a-f]{64}, not ${digest}`
        )
      );
      expect(mirror.stats.requests.map(r => r.path)).toEqual([`/m/${archiveName}`]);
      expect(readdirSync(planted)).toEqual([archiveName]);
    } finally {
      await server.close();
    }
  });

  it('refuses an archive that inflates past the limit, naming the URL and the limit', async () => {
    const name = 'bomb.tar.gz';
    const src = join(work, 'bomb');
    mkdirSync(join(src, 'linux-amd64'), {recursive: true});
    writeFileSync(join(src, 'linux-amd64', 'tool'), Buffer.alloc(4 * 1024 * 1024));
    execFileSync('tar', ['-czf', join(root, 'm', name), '-C', src, 'linux-amd64/tool']);
    const url = `${mirror.url}/m/${name}`;
    await expect(
      installTool(
        spec({archiveName: name, urls: [url], digest: {input: sha256(join(root, 'm', name))}}),
        options({
          limits: {maxTotalBytes: 1 << 20, maxMemberBytes: 1 << 30, maxRatio: 1e6, minRatioBytes: 0}
        })
      )
    ).rejects.toThrow(
      `The archive from ${url} is too large when uncompressed: it inflates to more than 1048576 bytes; the limit is 1048576 bytes in total`
    );
    const dir = join(work, 'tool-cache', 'tool', '1.0.0', process.arch);
    expect(existsSync(join(dir, 'tool'))).toBe(false);
  });

  it.each([
    [true, [200, 206]],
    [false, [200, 200]]
  ])(
    'a download cut short installs the whole archive (Range honoured: %p)',
    async (honoured, statuses) => {
      const server = honoured ? mirror : await startMirror({root, ranges: false});
      try {
        server.setFaults([{match: archiveName, kind: 'truncate', times: 1}]);
        const result = await installTool(
          spec({urls: [`${server.url}/m/${archiveName}`]}),
          options()
        );
        expect(server.stats.requests.map(r => r.status)).toEqual(statuses);
        expect(execFileSync(result.paths.tool, {encoding: 'utf8'})).toBe('tool 1.0.0\n');
        expect(readdirSync(result.dir).sort()).toEqual([MARKER_FILE, 'tool']);
        expect(readdirSync(archiveDir(result.dir))).toEqual([archiveName]);
      } finally {
        if (server !== mirror) await server.close();
      }
    }
  );

  it('a corrupted archive of several MiB fails closed with the checksum error, leaving nothing', async () => {
    const name = 'corrupt.tar.gz';
    const src = join(work, 'corrupt');
    mkdirSync(join(src, 'linux-amd64'), {recursive: true});
    writeFileSync(join(src, 'linux-amd64', 'tool'), randomBytes(6 * 1024 * 1024));
    execFileSync('tar', ['-czf', join(root, 'm', name), '-C', src, 'linux-amd64/tool']);
    const good = sha256(join(root, 'm', name));
    const bytes = readFileSync(join(root, 'm', name));
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(join(root, 'm', name), bytes);
    await expect(
      installTool(
        spec({archiveName: name, urls: [`${mirror.url}/m/${name}`], digest: {input: good}}),
        options()
      )
    ).rejects.toThrow(IntegrityError);
    expect(existsSync(join(work, 'tool-cache', 'tool'))).toBe(false);
  });

  it('leaves no temp file behind, on success or failure', async () => {
    await installTool(spec(), options());
    await expect(
      installTool(spec({version: '2.0.0', digest: {input: '0'.repeat(64)}}), options())
    ).rejects.toThrow(IntegrityError);
    const temp = join(work, 'temp');
    expect(existsSync(temp) ? readdirSync(temp) : []).toEqual([]);
    const dir = join(work, 'tool-cache', 'tool', '1.0.0', process.arch);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'tool']);
    expect(readdirSync(archiveDir(dir))).toEqual([archiveName]);
    expect(existsSync(join(work, 'tool-cache', 'tool', '2.0.0'))).toBe(false);
  });

  it('a hanging cache server only costs the download', async () => {
    const server = await startCacheServer({fault: 'hang'});
    Object.assign(process.env, cacheEnv(server.url));
    try {
      const result = await installTool(spec(), options({actionsCache: true, cacheTimeoutMs: 300}));
      expect(result.source).toBe('download');
    } finally {
      await server.settleHungCalls();
      await server.close();
    }
  });
});

describe('archiveUrls', () => {
  const spec = {
    urls: ['https://a/x.tgz', 'https://b/x.tgz', 'https://c/x.tgz'],
    digest: {
      checksumFile: {
        urls: ['https://a/x.sha', 'https://b/x.sha', 'https://c/x.sha'],
        parse: () => undefined
      }
    }
  } as unknown as ToolSpec;
  it.each([
    [undefined, ['https://a/x.tgz', 'https://b/x.tgz', 'https://c/x.tgz']],
    ['https://a/x.sha', ['https://a/x.tgz', 'https://b/x.tgz', 'https://c/x.tgz']],
    ['https://c/x.sha', ['https://c/x.tgz', 'https://a/x.tgz', 'https://b/x.tgz']],
    ['https://elsewhere/x.sha', ['https://a/x.tgz', 'https://b/x.tgz', 'https://c/x.tgz']]
  ])('the mirror that served the checksum file %p comes first', (checksumUrl, expected) => {
    expect(archiveUrls(spec, checksumUrl)).toEqual(expected);
  });
});
