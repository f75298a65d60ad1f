import type {Logger} from '@ci-actions/core';

/** A logger that keeps what it was told, as `level: message` lines (debug dropped). */
export function recordingLogger(): Logger & {lines: string[]} {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: m => lines.push(`info: ${m}`),
    warning: m => lines.push(`warning: ${m}`),
    error: m => lines.push(`error: ${m}`)
  };
}
