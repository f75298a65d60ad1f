// Types for scripts/lib/mirror.mjs (so strict TypeScript tests can import it).
export type FaultKind = '500' | '503' | '404' | '429' | 'reset' | 'truncate' | 'stall' | 'redirect';

export interface FaultRule {
  /** RegExp tested against the URL path, or a string the path must contain. */
  match: RegExp | string;
  kind: FaultKind;
  /** How many requests this rule fails (default 1; Infinity for always). */
  times?: number;
  /** Seconds for the Retry-After header of a 429 (default 1). */
  retryAfter?: number;
  /** Only requests with this method (default: any). */
  method?: string;
}

export interface RateFaults {
  /** Share of matching requests to fail, 0..1. */
  rate: number;
  seed?: number;
  /** Kinds to rotate through (default ['500', 'reset', '429']). */
  kinds?: FaultKind[];
  match?: RegExp | string;
  retryAfter?: number;
  /** Never fail one path more than this many times in a row (default 2). */
  maxConsecutive?: number;
}

export interface FaultConfig {
  rules?: FaultRule[];
  rate?: RateFaults;
}

export type Faults = FaultRule[] | FaultConfig | undefined | null;

export interface RequestRecord {
  seq: number;
  method: string;
  path: string;
  status: number;
  fault: FaultKind | null;
  bytes: number;
  size: number;
  /** First byte sent: 0, or the start of a honoured Range (status 206). */
  offset: number;
  ms: number;
  /** The User-Agent header ('' when absent). */
  agent: string;
}

export interface MirrorStats {
  requests: RequestRecord[];
  downloads: number;
  faults: number;
  faultsByKind: Record<string, number>;
}

export interface MirrorSummary {
  url: string;
  total: number;
  downloads: number;
  faults: number;
  faultsByKind: Record<string, number>;
  byPath: Record<string, {requests: number; downloads: number; faults: number}>;
}

export interface Mirror {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  port: number;
  stats: MirrorStats;
  setFaults(faults: Faults): void;
  resetStats(): void;
  requestsFor(predicate?: (r: RequestRecord) => boolean): RequestRecord[];
  summary(): MirrorSummary;
  close(): Promise<void>;
}

export interface MirrorOptions {
  root: string;
  /** More directories by URL prefix, e.g. {'/apt': aptRepoDir, '/simple': pypiSimpleDir}. */
  mounts?: Record<string, string>;
  faults?: Faults;
  port?: number;
  host?: string;
  stallMs?: number;
  /** Honour Range with 206 (default true); false serves every file whole with 200. */
  ranges?: boolean;
  log?: (line: string) => void;
}

export function startMirror(options: MirrorOptions): Promise<Mirror>;
/** True when the response gave the client the file's last byte: a whole 200, or a 206 that ends the file. */
export function completes(r: Pick<RequestRecord, 'status' | 'bytes' | 'size' | 'offset'>): boolean;
export function parseFaultSpec(spec: string): Faults;
export function parseRange(
  header: string | undefined,
  size: number
): {start: number; end: number} | null;
export function parseFaultsJson(text: string): Faults;
export function mulberry32(seed: number): () => number;
