import {formatDuration} from '@ci-actions/core';
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

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function exitLabel(record: Pick<AttemptRecord, 'exitCode' | 'signal'>): string {
  return record.signal ? `${record.exitCode} (${record.signal})` : String(record.exitCode);
}

/** The step summary: one row per attempt. */
export function summaryTable(records: readonly AttemptRecord[]): string {
  const rows = records.map(
    r =>
      `| ${r.attempt} | ${exitLabel(r)} | ${r.outcome} | ${formatDuration(r.durationMs)} | ${escape(r.reason)} | ${
        r.delayMs === undefined ? '' : formatDuration(r.delayMs)
      } |`
  );
  return [
    '### retry-run',
    '',
    '| attempt | exit code | outcome | duration | decided by | wait after |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n');
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
