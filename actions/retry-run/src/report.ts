import {cell, formatDuration, renderSummary} from '@ci-actions/core';
import type {Outcome} from './decision';

export interface AttemptRecord {
  readonly attempt: number;
  readonly exitCode: number;
  readonly signal?: string;
  readonly outcome: Outcome;
  readonly durationMs: number;
  readonly reason: string;
  /** Wait after this attempt, when another one followed. */
  readonly delayMs?: number;
}

export function exitLabel(record: Pick<AttemptRecord, 'exitCode' | 'signal'>): string {
  return record.signal ? `${record.exitCode} (${record.signal})` : String(record.exitCode);
}

/** The step summary: one row per attempt, and the faults the ledger counted when given. */
export function summaryTable(records: readonly AttemptRecord[], faultsAbsorbed?: number): string {
  return renderSummary({
    title: 'retry-run',
    tables: [
      {
        head: ['attempt', 'exit code', 'outcome', 'duration', 'decided by', 'wait after'],
        rows: records.map(r => [
          String(r.attempt),
          exitLabel(r),
          r.outcome,
          formatDuration(r.durationMs),
          cell(r.reason),
          r.delayMs === undefined ? '' : formatDuration(r.delayMs)
        ])
      }
    ],
    faultsAbsorbed
  });
}

/** The failure message, e.g. `failed after 3 attempts (last exit code 100: matched preset apt)`. */
export function failureMessage(records: readonly AttemptRecord[], stoppedBy?: string): string {
  const last = records[records.length - 1];
  const count = `${records.length} attempt${records.length === 1 ? '' : 's'}`;
  const verb = last.outcome === 'aborted' ? 'aborted' : 'failed';
  const what =
    last.outcome === 'timeout' ? 'last attempt timed out' : `last exit code ${exitLabel(last)}`;
  return `${verb} after ${count} (${what}: ${stoppedBy ?? last.reason})`;
}
