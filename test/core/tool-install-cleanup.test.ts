import {execFileSync} from 'node:child_process';
import {createHash, randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import * as realFs from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {jest} from '@jest/globals';
import {useCleanEnv} from '../helpers/env';
import {startMirror, type Mirror} from '../helpers/mirror';

// Cleanup faults of a real install, injected into node:fs/promises: a failing rm of a member's
// temp file, a failing mkdir of the tool folder after the download.
const faults = {rmTemp: false, mkdirTool: undefined as string | undefined, mkdirCalls: 0};
jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  default: realFs,
  rm: (path: string, options?: Parameters<typeof realFs.rm>[1]) =>
    faults.rmTemp && /[\\/]\.tool\.[0-9a-f-]+$/.test(path)
      ? Promise.reject(new Error(`EBUSY: resource busy or locked, rm '${path}'`))
      : realFs.rm(path, options),
  mkdir: (path: string, options?: Parameters<typeof realFs.mkdir>[1]) =>
    path === faults.mkdirTool && ++faults.mkdirCalls === 2
      ? Promise.reject(new Error(`ENOSPC: no space left on device, mkdir '${path}'`))
      : realFs.mkdir(path, options)
}));
const {recordingLogger} = await import('@ci-actions/core');
const {IntegrityError} = await import('@ci-actions/core/download');
const {installTool} = await import('@ci-actions/core/tool-install');
type ToolSpec = import('@ci-actions/core/tool-install').ToolSpec;

describe('installTool cleanup faults', () => {
  useCleanEnv();
  let root: string;
  let work: string;
  let mirror: Mirror;
  let digest: string;
  const archiveName = 'tool-v1.0.0-linux-amd64.tar.gz';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tool-cleanup-mirror-'));
    const src = join(root, 'src');
    mkdirSync(join(src, 'linux-amd64'), {recursive: true});
    // Several MiB: the member's temp file is written while the body downloads.
    await realFs.writeFile(join(src, 'linux-amd64', 'tool'), randomBytes(3 * 1024 * 1024));
    mkdirSync(join(root, 'm'));
    execFileSync('tar', ['-czf', join(root, 'm', archiveName), '-C', src, 'linux-amd64/tool']);
    digest = createHash('sha256')
      .update(readFileSync(join(root, 'm', archiveName)))
      .digest('hex');
    mirror = await startMirror({root});
  });
  afterAll(async () => {
    await mirror.close();
    rmSync(root, {recursive: true, force: true});
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'tool-cleanup-'));
    Object.assign(faults, {rmTemp: false, mkdirTool: undefined, mkdirCalls: 0});
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
  const options = (logger = recordingLogger()) => ({
    logger,
    attempts: 1,
    backoff: {delayMs: 1, multiplier: 1, maxDelayMs: 10, jitter: false},
    toolCacheDir: join(work, 'tool-cache'),
    tempDir: join(work, 'temp'),
    addToPath: false
  });
  const toolDir = () => join(work, 'tool-cache', 'tool', '1.0.0', process.arch);

  it('a temp file that cannot be removed is a warning; the digest error stays the error', async () => {
    faults.rmTemp = true;
    const logger = recordingLogger();
    await expect(
      installTool(spec({digest: {input: '0'.repeat(64)}}), options(logger))
    ).rejects.toThrow(IntegrityError);
    expect(logger.lines.filter(line => line.startsWith('warning:'))).toEqual([
      expect.stringMatching(
        /^warning: tool 1\.0\.0: could not remove a temp file: EBUSY: resource busy or locked, rm '.*\.tool\.[0-9a-f-]+'$/
      )
    ]);
  });

  it('a failure before the extraction is committed discards its temp files', async () => {
    faults.mkdirTool = toolDir();
    await expect(installTool(spec(), options())).rejects.toThrow(/ENOSPC/);
    expect(faults.mkdirCalls).toBe(2);
    expect(readdirSync(toolDir()).filter(name => name.startsWith('.tool.'))).toEqual([]);
  });
});
