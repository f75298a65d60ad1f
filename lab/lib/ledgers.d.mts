export interface LabLedgerLine {
  v: number;
  kind: string;
  target: string;
  [field: string]: unknown;
}
export interface LabRequest {
  path: string;
  fault: string | null;
  status: number;
  bytes: number;
  size: number;
  agent: string;
}
export interface Accounting {
  ledger: number;
  command: number;
  tool: number;
  unaccounted: {path: string; fault: string; client: string}[];
  unmatched: LabLedgerLine[];
}
export function readLedgers(dir: string): LabLedgerLine[];
export function retriesAbsorbed(lines: readonly {kind: string}[]): number;
export function accountFaults(
  requests: readonly LabRequest[],
  lines: readonly LabLedgerLine[],
  mirrorUrl: string,
  clientOf: (request: LabRequest) => string
): Accounting;
export function mismatches(result: Accounting): string[];
export const ACT_VOLUME: string;
export const ACT_LEDGER_DIR: string;
export function actLedgerPath(run: string): string;
export function collectActLedger(
  run: string,
  dest: string,
  mountPoint: (volume: string) => string
): boolean;
