import {spawn} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {constants} from 'node:os';

// Runs a command the way a CI step should: its own process group, stdin closed, output streamed
// live with a bounded tail kept for pattern matching, and a deadline that takes the whole group
// down (SIGTERM, then SIGKILL after a grace period) and waits until it is gone.

export const TAIL_BYTES = 64 * 1024;
const GROUP_POLL_MS = 10;
const CLOSE_AFTER_EXIT_MS = 250;
const CANCEL_GRACE_MS = 5000;

export interface ProcessOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the group when the command runs longer than this. */
  readonly timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  readonly killGraceMs: number;
  readonly tailBytes?: number;
  /** Receives the output instead of this process's stdout/stderr (to capture it). */
  readonly stdout?: (chunk: Buffer) => void;
  readonly stderr?: (chunk: Buffer) => void;
}

export interface ProcessResult {
  /** The exit code, or 128+n for a death by signal n; 127 when the command could not start. */
  readonly exitCode: number;
  readonly signal?: NodeJS.Signals;
  readonly timedOut: boolean;
  readonly durationMs: number;
  /** The last bytes of stdout and stderr together, as text. */
  readonly tail: string;
  /** Set when the command could not be started (ENOENT, EACCES). */
  readonly spawnError?: string;
  /** Processes of the group that were still alive after the kill deadline. */
  readonly lingering: boolean;
  /** The process group id, for killing what a finished command left behind. */
  readonly pgid?: number;
}

/** Keeps the last `limit` bytes written to it. */
export class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0].length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/** Live (non-zombie) members of a process group, from /proc; undefined where there is no /proc. */
function liveMembers(pgid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  let count = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

/** Zombies count as gone: reaping them is init's work, and some inits are slow at it. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const live = liveMembers(pgid);
  return live === undefined || live > 0;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: already gone. EPERM (a setuid member): nothing more we may do; reported as lingering.
  }
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until no process of the group is left, at most `limitMs`. */
async function waitForGroup(pgid: number, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (groupAlive(pgid)) {
    if (Date.now() >= end) return false;
    await delay(GROUP_POLL_MS);
  }
  return true;
}

/** SIGTERM to the whole group, SIGKILL after the grace period; true when the group is gone. */
export async function killGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!groupAlive(pgid)) return true;
  signalGroup(pgid, 'SIGTERM');
  if (await waitForGroup(pgid, graceMs)) return true;
  signalGroup(pgid, 'SIGKILL');
  return waitForGroup(pgid, 5000);
}

// Groups still running, so that cancelling the step (the runner sends SIGINT, then SIGTERM) takes
// them down instead of leaving them to the end-of-job cleanup. A second signal kills at once.
const running = new Map<number, number>();
let cancelling = false;

function onCancel(signal: NodeJS.Signals): void {
  if (cancelling) {
    for (const pgid of running.keys()) signalGroup(pgid, 'SIGKILL');
    return;
  }
  cancelling = true;
  const kills = [...running].map(([pgid, grace]) =>
    killGroup(pgid, Math.min(grace, CANCEL_GRACE_MS))
  );
  void Promise.all(kills).finally(() => process.exit(signalExitCode(signal)));
}

function track(pgid: number, graceMs: number): void {
  if (running.size === 0) {
    process.on('SIGINT', onCancel);
    process.on('SIGTERM', onCancel);
  }
  running.set(pgid, graceMs);
}

function untrack(pgid: number): void {
  if (!running.delete(pgid) || running.size > 0) return;
  process.off('SIGINT', onCancel);
  process.off('SIGTERM', onCancel);
}

/**
 * Forwards a child's stream to ours, pausing the child when our pipe is full (a runner that reads
 * slowly must not make us buffer without bound). Remembers whether the last byte ended a line.
 */
function forwarder(source: NodeJS.ReadableStream, sink: NodeJS.WriteStream) {
  const state = {atLineStart: true, paused: false};
  const write = (chunk: Buffer): void => {
    if (chunk.length > 0) state.atLineStart = chunk[chunk.length - 1] === 0x0a;
    if (!sink.write(chunk) && !state.paused) {
      state.paused = true;
      source.pause();
      sink.once('drain', () => {
        state.paused = false;
        source.resume();
      });
    }
  };
  return {state, write};
}

export function runProcess(options: ProcessOptions): Promise<ProcessResult> {
  const started = Date.now();
  const tail = new Tail(options.tailBytes ?? TAIL_BYTES);

  return new Promise(resolve => {
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    });
    const stdout = forwarder(child.stdout, process.stdout);
    const stderr = forwarder(child.stderr, process.stderr);
    const out = options.stdout ?? stdout.write;
    const err = options.stderr ?? stderr.write;
    let timedOut = false;
    let killing: Promise<boolean> | undefined;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let lastData = Date.now();
    if (child.pid !== undefined) track(child.pid, options.killGraceMs);

    const finish = (result: Omit<ProcessResult, 'durationMs' | 'tail' | 'timedOut'>): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (child.pid !== undefined) untrack(child.pid);
      // The runner reads workflow commands only at the start of a line.
      if (!options.stdout && !stdout.state.atLineStart) process.stdout.write('\n');
      resolve({...result, timedOut, durationMs: Date.now() - started, tail: tail.toString()});
    };

    child.stdout.on('data', (chunk: Buffer) => {
      lastData = Date.now();
      tail.push(chunk);
      out(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      lastData = Date.now();
      tail.push(chunk);
      err(chunk);
    });

    child.on('error', error => {
      finish({exitCode: 127, spawnError: error.message, lingering: false});
    });

    if (options.timeoutMs !== undefined && child.pid !== undefined) {
      const pid = child.pid;
      timer = setTimeout(() => {
        timedOut = true;
        killing = killGroup(pid, options.killGraceMs);
      }, options.timeoutMs);
    }

    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      const exitCode = code ?? (signal ? signalExitCode(signal) : 1);
      // A background child may hold the pipes open: after the leader exits, wait for the streams
      // only while they still deliver (or wait for our pipe), then go on without them. On a
      // timeout, wait until the kill has taken the whole group.
      const streamsClosed = new Promise<void>(done => {
        if (child.stdout.readableEnded && child.stderr.readableEnded) return done();
        child.once('close', () => done());
        const idle = () => {
          const busy = stdout.state.paused || stderr.state.paused;
          if (!busy && Date.now() - lastData >= CLOSE_AFTER_EXIT_MS) done();
          else setTimeout(idle, 50).unref();
        };
        setTimeout(idle, CLOSE_AFTER_EXIT_MS).unref();
      });
      void Promise.all([streamsClosed, killing ?? Promise.resolve(true)]).then(([, gone]) =>
        finish({exitCode, signal: signal ?? undefined, lingering: !gone, pgid: child.pid})
      );
    });
  });
}
