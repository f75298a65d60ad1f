export function quantile(values: readonly number[], q: number): number | null;
export function median(values: readonly number[]): number | null;
