export interface RunResult {
  completed: boolean;
  cause: string | null;
  seconds: number;
  requests: number;
  faults: number;
  absorbed: number;
}
export interface Row {
  workflow: string;
  event: string;
  model: string;
  runs: number;
  completed: number;
  byCause: Record<string, number>;
  later: number;
  median: number | null;
  p95: number | null;
  requests: number;
  faults: number;
  absorbed: number;
}
export function row(
  workflow: string,
  event: string,
  model: string,
  runs: readonly RunResult[]
): Row;
export function formatTable(rows: readonly Row[]): string;
export function finalLine(
  before: {completed: number; runs: number},
  after: {completed: number; runs: number},
  model: string,
  p: number,
  window: number
): string;
