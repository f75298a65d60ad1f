const UNITS: Readonly<Record<string, number>> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000};
// No white space inside: `5\nm` is a typo, not five minutes.
const PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;

export const DURATION_FORMS = "'500ms', '30s', '5m', '1h' or a bare number of seconds";

/** Node's timers fire at once above 2^31-1 ms (24.8 days); no timer may be set beyond this. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The longest duration any input accepts unless it sets a lower limit: 7 days. */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;

/** Parses `500ms`, `30s`, `5m`, `1h` or a bare number of seconds into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNITS[match[2] ?? 's'];
  return Number.isFinite(ms) ? Math.round(ms) : undefined;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)}s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(1)}m`;
  return `${+(ms / 3_600_000).toFixed(1)}h`;
}

/** A timer that may be longer than Node allows: re-armed in steps of at most MAX_TIMER_MS. */
export function setLongTimeout(fn: () => void, ms: number): {clear(): void} {
  const end = Date.now() + Math.max(0, ms);
  let timer: NodeJS.Timeout;
  const arm = (): void => {
    const left = end - Date.now();
    timer = setTimeout(left > MAX_TIMER_MS ? arm : fn, Math.min(Math.max(0, left), MAX_TIMER_MS));
  };
  arm();
  return {clear: () => clearTimeout(timer)};
}
