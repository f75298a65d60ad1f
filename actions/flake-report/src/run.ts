import {ConfigurationError, parseLedger, runner} from '@ci-actions/core';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {basename, dirname, join, relative, sep} from 'node:path';
import {readInputs} from './inputs';
import {buildReport, reportMarkdown, type JobLedger} from './report';

/** Every `*.jsonl` under `root` (or `root` itself), sorted, symlinks not followed. */
function ledgerFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  if (!statSync(root).isDirectory()) return [root];
  const found: string[] = [];
  // A walk of its own: `recursive` and `parentPath` came late in Node 20.
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.jsonl')) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** A file in a sub-folder (a downloaded artifact) is named by that folder, else by its lines. */
function jobLedgers(root: string, files: readonly string[]): JobLedger[] {
  const byJob = new Map<string, JobLedger['lines'][number][]>();
  for (const file of files) {
    const lines = parseLedger(readFileSync(file, 'utf8'));
    const folder = relative(root, dirname(file));
    for (const line of lines) {
      const job =
        folder && !folder.startsWith('..')
          ? folder.split(sep).join('/')
          : line.job || basename(file);
      byJob.set(job, [...(byJob.get(job) ?? []), line]);
    }
    if (lines.length === 0 && folder && !folder.startsWith('..'))
      byJob.set(folder, byJob.get(folder) ?? []);
  }
  return [...byJob].map(([job, lines]) => ({job, lines}));
}

export async function run(): Promise<void> {
  const inputs = readInputs();
  if (!inputs.path) {
    throw new ConfigurationError(
      "Input 'path' is empty and RUNNER_TEMP is not set: name a ledger file or a folder of downloaded ledgers."
    );
  }
  const files = ledgerFiles(inputs.path);
  const report = buildReport(jobLedgers(inputs.path, files));
  const markdown = reportMarkdown(report);
  runner.info(markdown);
  runner.appendSummary(markdown);
  runner.setOutput('jobs', String(report.jobs.length));
  runner.setOutput('absorbed', String(report.absorbed));
  runner.setOutput('unabsorbed', String(report.failed));
  runner.setOutput('waited-ms', String(report.waitedMs));
}
