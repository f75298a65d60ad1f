import {isAbsorbed, type LedgerLine} from '@ci-actions/core';

// The workflow-level view of the flake ledgers: per job, what was absorbed and what failed it;
// per kind and target, how often and how much time it cost. Pure: lines in, Markdown out.

export interface JobLedger {
  /** The artifact's folder name, or the job name the lines give. */
  readonly job: string;
  readonly lines: readonly LedgerLine[];
}

export interface JobRow {
  readonly job: string;
  readonly absorbed: number;
  readonly failed: number;
  readonly waitedMs: number;
}

export interface FaultRow {
  readonly kind: string;
  readonly target: string;
  readonly count: number;
  readonly jobs: readonly string[];
  readonly waitedMs: number;
}

export interface FailureRow {
  readonly job: string;
  readonly action: string;
  readonly target: string;
  readonly error: string;
}

export interface Report {
  readonly jobs: readonly JobRow[];
  readonly faults: readonly FaultRow[];
  readonly failures: readonly FailureRow[];
  readonly absorbed: number;
  readonly failed: number;
  readonly waitedMs: number;
}

export function buildReport(ledgers: readonly JobLedger[]): Report {
  const jobs: JobRow[] = [];
  const faults = new Map<
    string,
    {kind: string; target: string; count: number; jobs: Set<string>; waitedMs: number}
  >();
  const failures: FailureRow[] = [];
  for (const {job, lines} of ledgers) {
    let absorbed = 0;
    let failed = 0;
    let waitedMs = 0;
    for (const line of lines) {
      const waited = Number.isFinite(line.waited_ms) ? line.waited_ms : 0;
      if (line.kind === 'unabsorbed') {
        failed++;
        failures.push({job, action: line.action, target: line.target, error: line.error});
        continue;
      }
      if (isAbsorbed(line.kind)) absorbed++;
      waitedMs += waited;
      const key = `${line.kind}\n${line.target}`;
      const row = faults.get(key) ?? {
        kind: line.kind,
        target: line.target,
        count: 0,
        jobs: new Set<string>(),
        waitedMs: 0
      };
      row.count++;
      row.jobs.add(job);
      row.waitedMs += waited;
      faults.set(key, row);
    }
    jobs.push({job, absorbed, failed, waitedMs});
  }
  const rows = [...faults.values()]
    .map(row => ({...row, jobs: [...row.jobs].sort()}))
    .sort(
      (a, b) =>
        b.count - a.count || a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target)
    );
  return {
    jobs: jobs.sort((a, b) => a.job.localeCompare(b.job)),
    faults: rows,
    failures,
    absorbed: jobs.reduce((sum, row) => sum + row.absorbed, 0),
    failed: failures.length,
    waitedMs: jobs.reduce((sum, row) => sum + row.waitedMs, 0)
  };
}

/** A table cell: one line, no pipe, no backtick run that could close the code span. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function reportMarkdown(report: Report): string {
  const out: string[] = ['## Flake report', ''];
  if (report.jobs.length === 0) {
    out.push('No flake ledger was found: no job recorded a fault, or none uploaded its ledger.');
    return `${out.join('\n')}\n`;
  }
  out.push(
    `**${report.absorbed}** fault(s) absorbed, **${report.failed}** not absorbed, ${seconds(report.waitedMs)} waited in retries, over ${report.jobs.length} job(s).`,
    '',
    '| job | absorbed | failed it | waited |',
    '| --- | ---: | ---: | ---: |',
    ...report.jobs.map(
      row => `| ${code(row.job)} | ${row.absorbed} | ${row.failed} | ${seconds(row.waitedMs)} |`
    )
  );
  if (report.faults.length > 0) {
    out.push(
      '',
      '| kind | target | count | jobs | waited |',
      '| --- | --- | ---: | --- | ---: |',
      ...report.faults.map(
        row =>
          `| ${row.kind} | ${code(row.target)} | ${row.count} | ${row.jobs.map(code).join(', ')} | ${seconds(row.waitedMs)} |`
      )
    );
  }
  if (report.failures.length > 0) {
    out.push(
      '',
      'Faults that failed a job:',
      '',
      '| job | action | target | error |',
      '| --- | --- | --- | --- |',
      ...report.failures.map(
        row =>
          `| ${code(row.job)} | ${cell(row.action)} | ${code(row.target)} | ${code(row.error)} |`
      )
    );
  }
  return `${out.join('\n')}\n`;
}
