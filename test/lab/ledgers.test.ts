import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {clientOf} from '../../lab/lib/calibrate.mjs';
import {
  accountFaults,
  actLedgerPath,
  collectActLedger,
  mismatches,
  readLedgers,
  retriesAbsorbed
} from '../../lab/lib/ledgers.mjs';

const M = 'http://127.0.0.1:4000';
const req = (path: string, fault: string | null, agent: string, status = fault ? 503 : 200) => ({
  path,
  fault,
  status,
  bytes: fault ? 0 : 10,
  size: 10,
  offset: 0,
  agent
});
const line = (kind: string, target: string) => ({v: 1, kind, target});

describe('retriesAbsorbed', () => {
  it('counts the absorbed kinds only', () => {
    expect(
      retriesAbsorbed([
        line('download-retry', 'x'),
        line('package-retry', 'apt-get update'),
        line('cache-skipped', 'k'),
        line('unabsorbed', 'uv sync')
      ])
    ).toBe(2);
  });
});

describe('accountFaults', () => {
  it('matches our downloads by URL, commands by client, tools by their own refetch', () => {
    const requests = [
      req('/tools/helm.tgz', '503', 'ci-actions'),
      req('/tools/helm.tgz', null, 'ci-actions'),
      req('/empty/SUMS', null, 'ci-actions', 404),
      req('/apt/pool/git.deb', 'reset', 'Debian APT-HTTP/1.3 (3.0.3)'),
      req('/apt/pool/git.deb', null, 'Debian APT-HTTP/1.3 (3.0.3)'),
      req('/simple/nox/', '503', 'uv/0.9.5'),
      req('/files/nox.whl', 'truncate', 'uv/0.9.5'),
      req('/tools/kc.tgz', '503', 'ci-actions')
    ];
    const lines = [
      line('download-retry', `${M}/tools/helm.tgz`),
      line('mirror-fallback', `${M}/empty/SUMS`),
      line('command-retry', 'uv tool install'),
      line('cache-failed', 'http://127.0.0.1:9'),
      line('download-retry', `${M}/tools/other.tgz`)
    ];
    const result = accountFaults(requests, lines, M, clientOf);
    expect([result.ledger, result.command, result.tool]).toEqual([2, 1, 1]);
    expect(result.unaccounted).toEqual([
      {path: '/files/nox.whl', fault: 'truncate', client: 'uv'},
      {path: '/tools/kc.tgz', fault: '503', client: 'other'}
    ]);
    expect(result.unmatched).toEqual([line('download-retry', `${M}/tools/other.tgz`)]);
    expect(mismatches(result)).toEqual([
      'injected truncate on /files/nox.whl (uv) is in no ledger line and was not retried',
      'injected 503 on /tools/kc.tgz (other) is in no ledger line and was not retried',
      `ledger download-retry for ${M}/tools/other.tgz matches no failed request of the mirror`
    ]);
  });

  it("counts a cut body the client resumed to the file's end with a Range as its own retry", () => {
    const apt = 'Debian APT-HTTP/1.3 (3.0.3)';
    const cut = {...req('/apt/git.deb', 'truncate', apt, 200), bytes: 5};
    const resumed = {...req('/apt/git.deb', null, apt, 206), bytes: 5, offset: 5};
    const short = {...resumed, bytes: 4};
    expect(accountFaults([cut, resumed], [], M, clientOf)).toMatchObject({
      tool: 1,
      unaccounted: []
    });
    expect(accountFaults([cut, short], [], M, clientOf).unaccounted).toEqual([
      {path: '/apt/git.deb', fault: 'truncate', client: 'apt'}
    ]);
  });

  it("counts a refetch answered with the path's own 404 as the client's retry, not a later fault", () => {
    const apt = 'Debian APT-HTTP/1.3 (3.0.3)';
    const outage = req('/apt/InRelease', '503', apt);
    expect(
      accountFaults([outage, outage, req('/apt/InRelease', null, apt, 404)], [], M, clientOf)
    ).toMatchObject({tool: 2, unaccounted: []});
    expect(accountFaults([outage, outage], [], M, clientOf).unaccounted).toHaveLength(2);
    expect(
      accountFaults([outage, req('/apt/InRelease', null, apt, 500)], [], M, clientOf).unaccounted
    ).toEqual([{path: '/apt/InRelease', fault: '503', client: 'apt'}]);
  });

  it('has nothing to say when every fault is accounted for', () => {
    const result = accountFaults(
      [req('/t/a', '500', 'ci-actions'), req('/t/a', null, 'ci-actions')],
      [line('download-retry', `${M}/t/a`)],
      M,
      clientOf
    );
    expect(mismatches(result)).toEqual([]);
  });
});

describe('readLedgers', () => {
  it('reads every jsonl file of the folder, skipping torn lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-ledgers-'));
    try {
      writeFileSync(
        join(dir, 'ledger.jsonl'),
        `${JSON.stringify(line('download-retry', 'a'))}\n{"v":1,`
      );
      writeFileSync(join(dir, 'other.jsonl'), `${JSON.stringify(line('unabsorbed', 'b'))}\n`);
      writeFileSync(join(dir, 'notes.txt'), 'x');
      expect(readLedgers(dir).map(l => l.target)).toEqual(['a', 'b']);
      expect(readLedgers(join(dir, 'missing'))).toEqual([]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('the ledger of an act run', () => {
  it('is written under the tool cache volume and moved out of it after the run', () => {
    expect(actLedgerPath('after-push-independent-1')).toBe(
      '/opt/hostedtoolcache/ci-actions-ledgers/after-push-independent-1.jsonl'
    );
    const volume = mkdtempSync(join(tmpdir(), 'lab-volume-'));
    try {
      mkdirSync(join(volume, 'ci-actions-ledgers'));
      const source = join(volume, 'ci-actions-ledgers', 'run-1.jsonl');
      writeFileSync(source, 'line\n');
      const dest = join(volume, 'out', 'run-1');
      const mountPoint = (name: string) => {
        expect(name).toBe('act-toolcache');
        return volume;
      };
      expect(collectActLedger('run-1', dest, mountPoint)).toBe(true);
      expect(readFileSync(join(dest, 'ledger.jsonl'), 'utf8')).toBe('line\n');
      expect(existsSync(source)).toBe(false);
      expect(collectActLedger('run-2', dest, mountPoint)).toBe(false);
      expect(
        collectActLedger('run-1', dest, () => {
          throw new Error('no such volume');
        })
      ).toBe(false);
    } finally {
      rmSync(volume, {recursive: true, force: true});
    }
  });
});
