import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  ActionFailure,
  causeOf,
  commandTarget,
  isAbsorbed,
  Ledger,
  LEDGER_VERSION,
  ledgerContext,
  ledgerLine,
  ledgerPath,
  parseLedger,
  redactText,
  scriptTarget,
  unabsorbedFault,
  withCause,
  type Fault,
  type LedgerFs
} from '@ci-actions/core';
import {recordingLogger} from '@ci-actions/core';

const CONTEXT = {job: 'test', action: 'demo', step: 'install'};
const FAULT: Fault = {
  kind: 'download-retry',
  target: 'https://mirror.example/helm.tar.gz',
  attempt: 1,
  error: 'HTTP 503',
  waitedMs: 1234.4,
  outcome: 'retried'
};

describe('ledgerPath', () => {
  it.each([
    [{CI_ACTIONS_LEDGER: '/x/l.jsonl', RUNNER_TEMP: '/t'}, '/x/l.jsonl'],
    [{RUNNER_TEMP: '/t'}, join('/t', 'ci-actions', 'ledger.jsonl')],
    [{CI_ACTIONS_LEDGER: '', RUNNER_TEMP: '/t'}, join('/t', 'ci-actions', 'ledger.jsonl')],
    [{}, undefined]
  ])('%p -> %p', (env, expected) => {
    expect(ledgerPath(env)).toBe(expected);
  });
});

describe('redactText', () => {
  it('redacts every URL, joins lines and cuts', () => {
    expect(redactText('GET https://u:p@h/x?sig=1 failed\nthen http://a:b@c/d#e', 300)).toBe(
      'GET https://h/x failed then http://c/d'
    );
    expect(redactText('GET https://u:p@h:99999/x failed')).toBe('GET (invalid URL) failed');
    expect(redactText('x'.repeat(400), 20)).toBe(`${'x'.repeat(17)}...`);
  });
});

describe('commandTarget', () => {
  it.each([
    [['uv', 'pip', 'install', '-r', 'requirements.txt'], 'uv pip install'],
    [['/opt/bin/uv', 'sync', '--frozen'], 'uv sync'],
    [['helm', 'dependency', 'build', 'charts/app'], 'helm dependency build'],
    [['helm', 'repo', 'add', '--force-update', 'bitnami', 'https://x'], 'helm repo add'],
    [['uv', 'tool', 'install', 'nox==2024.10.9'], 'uv tool install'],
    [['TOKEN=abc', 'deploy'], 'command'],
    [[], 'command']
  ])('%p -> %p', (words, expected) => {
    expect(commandTarget(words)).toBe(expected);
  });
});

describe('scriptTarget', () => {
  it.each([
    ['pip install -r requirements.txt', 'pip install'],
    ['# fetch\n\n  curl -fsS -H "Authorization: Bearer s3cr3t" https://x', 'curl'],
    ['./scripts/flaky.sh --fast', 'flaky.sh'],
    ['TOKEN=abc ./deploy.sh', 'script'],
    ['"$HOME/bin/tool"', 'script'],
    ['', 'script'],
    ['exit 1', 'exit']
  ])('%p -> %p', (script, expected) => {
    expect(scriptTarget(script)).toBe(expected);
  });
});

describe('ledgerLine', () => {
  it('has every field of the schema, redacted and rounded', () => {
    const line = ledgerLine(
      {...FAULT, target: 'https://a:b@mirror.example/helm.tar.gz?t=1'},
      CONTEXT,
      new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6))
    );
    expect(line).toEqual({
      v: LEDGER_VERSION,
      ts: '2026-01-02T03:04:05.006Z',
      job: 'test',
      action: 'demo',
      step: 'install',
      kind: 'download-retry',
      target: 'https://mirror.example/helm.tar.gz',
      attempt: 1,
      error: 'HTTP 503',
      waited_ms: 1234,
      outcome: 'retried'
    });
  });

  it('writes null for an unknown attempt and 0 for no wait', () => {
    const line = ledgerLine(
      {kind: 'cache-skipped', target: 'k', error: 'dead', outcome: 'without-cache'},
      CONTEXT,
      new Date(0)
    );
    expect([line.attempt, line.waited_ms]).toEqual([null, 0]);
  });
});

describe('parseLedger', () => {
  it('keeps version-1 lines and skips blank, torn and foreign ones', () => {
    const good = JSON.stringify(ledgerLine(FAULT, CONTEXT, new Date(0)));
    const text = [
      good,
      '',
      '{"v":1,"kind":"x"',
      '{"v":2,"kind":"download-retry"}',
      'junk',
      good
    ].join('\n');
    expect(parseLedger(text)).toHaveLength(2);
  });
});

describe('isAbsorbed', () => {
  it.each([
    ['download-retry', true],
    ['mirror-fallback', true],
    ['command-retry', true],
    ['package-retry', true],
    ['cache-failed', true],
    ['cache-skipped', false],
    ['unabsorbed', false]
  ])('%p -> %p', (kind, expected) => {
    expect(isAbsorbed(kind)).toBe(expected);
  });
});

describe('Ledger', () => {
  function memoryFs(): LedgerFs & {writes: {path: string; data: string}[]} {
    const writes: {path: string; data: string}[] = [];
    return {writes, append: (path, data) => writes.push({path, data})};
  }

  it('appends one line per fault in one write each and counts the absorbed ones', () => {
    const fs = memoryFs();
    const ledger = new Ledger({path: '/l', context: CONTEXT, fs, now: () => new Date(0)});
    ledger.record(FAULT);
    ledger.record({kind: 'cache-skipped', target: 'k', error: 'dead', outcome: 'without-cache'});
    ledger.record({kind: 'unabsorbed', target: 'demo', error: 'x', outcome: 'failed'});
    expect(fs.writes).toHaveLength(3);
    for (const write of fs.writes) {
      expect(write.path).toBe('/l');
      expect(write.data.endsWith('\n')).toBe(true);
      expect(write.data.slice(0, -1)).not.toContain('\n');
    }
    expect(parseLedger(fs.writes.map(w => w.data).join('')).map(l => l.kind)).toEqual([
      'download-retry',
      'cache-skipped',
      'unabsorbed'
    ]);
    expect(ledger.absorbed()).toBe(1);
  });

  it('warns once when the file cannot be written and keeps counting', () => {
    const logger = recordingLogger();
    let calls = 0;
    const ledger = new Ledger({
      path: '/nope/l',
      context: CONTEXT,
      logger,
      fs: {
        append: () => {
          calls++;
          throw new Error('EACCES: permission denied');
        }
      }
    });
    ledger.record(FAULT);
    ledger.record(FAULT);
    expect(calls).toBe(1);
    expect(logger.lines.filter(l => l.startsWith('warning:'))).toHaveLength(1);
    expect(ledger.absorbed()).toBe(2);
  });

  it('writes nothing without a path', () => {
    const fs = memoryFs();
    const ledger = new Ledger({path: undefined, context: CONTEXT, fs});
    ledger.record(FAULT);
    expect(fs.writes).toEqual([]);
    expect(ledger.absorbed()).toBe(1);
  });

  it('warns once per target, not once per attempt', () => {
    const logger = recordingLogger();
    const ledger = new Ledger({path: undefined, context: CONTEXT});
    const other = 'https://two.example/helm.tar.gz';
    ledger.absorb(logger, {...FAULT, attempt: 1}, 'one-1');
    ledger.absorb(logger, {...FAULT, attempt: 2}, 'one-2');
    ledger.absorb(logger, {...FAULT, kind: 'mirror-fallback', outcome: 'next-mirror'}, 'one-3');
    ledger.absorb(logger, {...FAULT, target: other}, 'two-1');
    expect(logger.lines).toEqual([
      'warning: one-1',
      'info: one-2',
      'info: one-3',
      'warning: two-1'
    ]);
  });

  it('reads job and step from the runner', () => {
    expect(ledgerContext('x', {GITHUB_JOB: 'lint', GITHUB_ACTION: '__run_2'})).toEqual({
      job: 'lint',
      action: 'x',
      step: '__run_2'
    });
  });
});

describe('unabsorbedFault', () => {
  it('takes the cause attached to the error or to its cause', () => {
    const failure = withCause(new ActionFailure('all mirrors failed'), {
      target: 'https://u:p@m/x?q=1',
      error: 'HTTP 500',
      attempt: 3
    });
    expect(unabsorbedFault(failure, 'demo')).toEqual({
      kind: 'unabsorbed',
      outcome: 'failed',
      target: 'https://u:p@m/x?q=1',
      error: 'HTTP 500',
      attempt: 3
    });
    const wrapped = new Error('outer', {cause: failure});
    expect(causeOf(wrapped)?.error).toBe('HTTP 500');
  });

  it('falls back to the error class and its first line, URLs redacted', () => {
    expect(unabsorbedFault(new TypeError('bad https://a:b@h/p?x=1\nsecond line'), 'demo')).toEqual({
      kind: 'unabsorbed',
      target: 'demo',
      error: 'TypeError: bad https://h/p',
      outcome: 'failed'
    });
  });
});

describe('appends from several processes at once', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('never interleaves a line', async () => {
    const path = join(dir, 'sub', 'ledger.jsonl');
    const script = join(dir, 'writer.mjs');
    // Each writer appends 200 long lines the way nodeLedgerFs does (open 'a', one write).
    writeFileSync(
      script,
      `import {mkdirSync, openSync, writeSync, closeSync} from 'node:fs';
       import {dirname} from 'node:path';
       const [path, id] = process.argv.slice(2);
       mkdirSync(dirname(path), {recursive: true});
       for (let i = 0; i < 200; i++) {
         const line = JSON.stringify({v: 1, kind: 'download-retry', target: id, attempt: i, error: 'x'.repeat(1500)}) + '\\n';
         const fd = openSync(path, 'a', 0o644);
         writeSync(fd, line);
         closeSync(fd);
       }`
    );
    await Promise.all(
      ['a', 'b', 'c', 'd'].map(
        id =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, [script, path, id], {stdio: 'inherit'});
            child.on('error', reject);
            child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
          })
      )
    );
    const raw = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    expect(raw).toHaveLength(800);
    expect(parseLedger(raw.join('\n'))).toHaveLength(800);
  });

  it('the real writer creates the folder and appends', () => {
    const path = join(dir, 'deep', 'er', 'ledger.jsonl');
    const ledger = new Ledger({path, context: CONTEXT});
    ledger.record(FAULT);
    ledger.record(FAULT);
    expect(parseLedger(readFileSync(path, 'utf8'))).toHaveLength(2);
  });
});
