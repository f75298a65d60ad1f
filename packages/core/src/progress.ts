import type {Logger} from './logger';

// A download's progress as log lines: none while it is quick (under PROGRESS_INTERVAL_MS), then at
// most one line every PROGRESS_INTERVAL_MS, so a slow mirror shows it is alive without flooding
// the log. Driven by the bytes that arrive; a stalled body prints nothing (its stall timeout ends it).

export const PROGRESS_INTERVAL_MS = 5000;

export interface ProgressOptions {
  /** What is downloading, e.g. the URL. */
  readonly label: string;
  /** Content-Length, when the server gave one. */
  readonly total?: number;
  readonly logger: Logger;
  readonly now: () => number;
  readonly intervalMs?: number;
}

/** `12.3 MiB`, `512 B`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** One progress line: bytes, total and share when known, mean rate since the start. */
export function progressLine(
  label: string,
  bytes: number,
  total: number | undefined,
  elapsedMs: number
): string {
  const of =
    total !== undefined && total > 0
      ? ` of ${formatBytes(total)} (${Math.floor((bytes / total) * 100)}%)`
      : '';
  const rate = elapsedMs > 0 ? formatBytes(Math.round((bytes * 1000) / elapsedMs)) : '0 B';
  return `${label}: ${formatBytes(bytes)}${of}, ${rate}/s`;
}

/** Returns the function to call with the bytes received so far, after each chunk. */
export function progressMeter(options: ProgressOptions): (bytes: number) => void {
  const interval = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const start = options.now();
  let last = start;
  return bytes => {
    const now = options.now();
    if (now - last < interval) return;
    last = now;
    options.logger.info(progressLine(options.label, bytes, options.total, now - start));
  };
}
