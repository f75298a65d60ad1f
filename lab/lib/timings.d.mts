export function goDuration(s: string): number;
export function stepSeconds(log: string): Map<string, number>;
export function jobSpans(
  lines: readonly {t: number; line: string}[]
): Record<string, [number, number]>;
