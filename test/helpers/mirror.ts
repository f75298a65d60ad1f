// Typed access to scripts/lib/mirror.mjs (plain ESM, no declarations) for TypeScript tests.
import {join} from 'node:path';
import {ROOT} from './runner';

export type FaultKind = '500' | '503' | '404' | '429' | 'reset' | 'truncate' | 'stall' | 'redirect';

export interface FaultRule {
  match: RegExp | string;
  kind: FaultKind;
  times?: number;
  retryAfter?: number;
  method?: string;
  /** Location of a 'redirect' (302); default: the same path (a loop). */
  location?: string;
}

export interface RequestRecord {
  seq: number;
  method: string;
  path: string;
  status: number;
  fault: FaultKind | null;
  bytes: number;
  size: number;
  offset: number;
  ms: number;
}

export interface Mirror {
  url: string;
  port: number;
  stats: {requests: RequestRecord[]; downloads: number; faults: number};
  setFaults(faults: FaultRule[] | null): void;
  resetStats(): void;
  close(): Promise<void>;
}

interface MirrorOptions {
  root: string;
  faults?: FaultRule[];
  stallMs?: number;
  /** Honour Range with 206 (default true). */
  ranges?: boolean;
}

interface MirrorModule {
  startMirror(options: MirrorOptions): Promise<Mirror>;
}

export async function startMirror(options: MirrorOptions): Promise<Mirror> {
  const path: string = join(ROOT, 'scripts', 'lib', 'mirror.mjs');
  const module = (await import(path)) as MirrorModule;
  return module.startMirror({stallMs: 5000, ...options});
}
