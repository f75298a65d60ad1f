import {
  CLOSE_AFTER_EXIT_MS,
  killTree,
  runProcess,
  signalExitCode,
  Tail,
  TAG_VARIABLE,
  TAIL_BYTES
} from '@ci-actions/core';
import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';

const quiet = {stdout: () => undefined, stderr: () => undefined};

function bash(script: string, extra: Partial<Parameters<typeof runProcess>[0]> = {}) {
  return runProcess({command: 'bash', args: ['-c', script], killGraceMs: 200, ...quiet, ...extra});
}

/** Processes whose command line holds the marker. */
function survivors(marker: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', marker], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

// Whatever a test's assertions did, nothing it started outlives it.
const markers: string[] = [];
afterEach(() => {
  for (const marker of markers.splice(0)) {
    for (const pid of survivors(marker)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

function newMarker(): string {
  const marker = `ci-actions-${randomUUID()}`;
  markers.push(marker);
  return marker;
}

describe('Tail', () => {
  it('keeps only the last bytes', () => {
    const tail = new Tail(10);
    for (const part of ['abc', 'defgh', 'ijklmnop', 'qr']) tail.push(Buffer.from(part));
    expect(tail.toString()).toBe('ijklmnopqr');
  });
});

describe('runProcess', () => {
  it.each([
    ['exit 0', 0],
    ['exit 3', 3],
    ['false', 1]
  ])('reports the exit code of %p', async (script, code) => {
    const result = await bash(script);
    expect(result).toMatchObject({exitCode: code, timedOut: false});
  });

  it.each([
    ['SIGKILL', 137],
    ['SIGSEGV', 139],
    ['SIGTERM', 143]
  ] as const)('reports a death by %s as %d, never success', async (signal, code) => {
    const result = await bash(`kill -${signal.slice(3)} $$`);
    expect(result.exitCode).toBe(code);
    expect(result.signal).toBe(signal);
    expect(signalExitCode(signal)).toBe(code);
  });

  it('closes stdin so readers do not hang', async () => {
    const result = await bash('cat; read -r line || echo "eof"', {timeoutMs: 5000});
    expect(result.timedOut).toBe(false);
    expect(result.tail).toContain('eof');
  });

  it('streams stdout and stderr and keeps a bounded tail of both', async () => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const result = await runProcess({
      command: 'bash',
      args: ['-c', 'for i in $(seq 1 20000); do echo "line $i"; done; echo oops >&2'],
      killGraceMs: 200,
      stdout: chunk => out.push(chunk),
      stderr: chunk => err.push(chunk)
    });
    expect(Buffer.concat(out).toString()).toContain('line 1\n');
    expect(Buffer.concat(err).toString()).toBe('oops\n');
    expect(Buffer.byteLength(result.tail)).toBe(TAIL_BYTES);
    expect(result.tail).toContain('line 20000');
    expect(result.tail).toContain('oops');
  });

  it('kills the whole tree on timeout, including a child that ignores SIGTERM', async () => {
    const marker = newMarker();
    const script = `(exec -a ${marker} sleep 300) & (trap "" TERM; exec -a ${marker} sleep 301) & exec -a ${marker} sleep 302`;
    const result = await runProcess({
      command: 'bash',
      args: ['-c', script],
      timeoutMs: 300,
      killGraceMs: 300,
      ...quiet
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBe(143);
    expect(result.lingering).toBe(false);
    expect(result.durationMs).toBeLessThan(3000);
    expect(survivors(marker)).toEqual([]);
  });

  it('waits a short grace for a background child that holds the output open, then kills it', async () => {
    const marker = newMarker();
    const result = await bash(
      `(exec -a ${marker} bash -c 'while :; do echo tick; sleep 0.1; done') & exit 4`
    );
    expect(result).toMatchObject({exitCode: 4, timedOut: false, lingering: false});
    expect(result.durationMs).toBeGreaterThanOrEqual(CLOSE_AFTER_EXIT_MS - 50);
    expect(result.durationMs).toBeLessThan(CLOSE_AFTER_EXIT_MS + 10_000);
    expect(result.tail).toContain('tick');
    expect(survivors(marker)).toEqual([]);
  });

  it('kills what left the process group (setsid, a double fork) when the command ends', async () => {
    const marker = newMarker();
    const result = await bash(
      [
        `setsid bash -c 'exec -a ${marker} sleep 300' </dev/null >/dev/null 2>&1 &`,
        `(setsid bash -c '(exec -a ${marker} sleep 301) &' </dev/null >/dev/null 2>&1 &)`,
        `until [ "$(pgrep -fc ^${marker})" -ge 2 ]; do sleep 0.05; done`
      ].join('\n')
    );
    expect(result).toMatchObject({exitCode: 0, lingering: false});
    expect(survivors(marker)).toEqual([]);
  });

  it('kills what left the process group on timeout, SIGKILL for a child that ignores SIGTERM', async () => {
    const marker = newMarker();
    const result = await bash(
      `setsid bash -c 'trap "" TERM; exec -a ${marker} sleep 300' </dev/null >/dev/null 2>&1 & sleep 300`,
      {timeoutMs: 500, killGraceMs: 300}
    );
    expect(result).toMatchObject({timedOut: true, exitCode: 143, lingering: false});
    expect(survivors(marker)).toEqual([]);
  });

  it('tags the command environment with a value of its own', async () => {
    const first = await bash(`printenv ${TAG_VARIABLE}`);
    const second = await bash(`printenv ${TAG_VARIABLE}`);
    expect(first.tail.trim()).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.tail.trim()).not.toBe(first.tail.trim());
  });

  it('killTree reports a tree that is already gone', async () => {
    await expect(killTree({pgid: 2 ** 22 + 1, tag: randomUUID()}, 100)).resolves.toBe(true);
  });

  it('reports a command that cannot start as 127 with the reason', async () => {
    const result = await runProcess({command: 'no-such-shell-here', args: [], killGraceMs: 10});
    expect(result.exitCode).toBe(127);
    expect(result.spawnError).toContain('ENOENT');
  });
});
