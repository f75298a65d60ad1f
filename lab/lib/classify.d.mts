export const CAUSES: readonly string[];
export function stepCause(step: string, text: string): string;
export function failures(log: string): {job: string; step: string; cause: string}[];
export function runCause(log: string): string;
export function absorbed(
  requests: readonly {
    path: string;
    fault: string | null;
    status: number;
    bytes: number;
    size: number;
    method: string;
  }[]
): number;
