// Types for scripts/e2e/pypi-index.mjs (so strict TypeScript tests can import it).
export function normalizeName(name: string): string;
export function wheelProject(file: string): string | null;
export function wheelMetadata(file: string): Promise<Buffer | null>;
export function buildIndex(
  out: string,
  dirs: string[]
): Promise<{reused: boolean; wheels: number; projects?: number}>;
