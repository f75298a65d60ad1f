import type {Logger} from './logger';
import {formatDuration} from './duration';
import type {InstallResult} from './tool-install';
import {redactUrl} from './url';

// The step summary every action writes (input `summary`): a heading, tables, short notes, the time
// of each phase and the faults the step absorbed. Only names, versions, sources, digests and
// decisions go in: never a value from the environment, and URLs without credentials or query.

export interface SummaryTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Phase {
  readonly name: string;
  readonly durationMs: number;
}

export interface StepSummary {
  readonly title: string;
  readonly tables?: readonly SummaryTable[];
  /** Markdown lines after the tables; build them with `cell` and `code`. */
  readonly notes?: readonly string[];
  readonly phases?: readonly Phase[];
  /** How many faults the step absorbed (the ledger's count); the line is left out when unknown. */
  readonly faultsAbsorbed?: number;
}

/** Text for a table cell: pipes escaped, line breaks made spaces. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

/** Inline code for a table cell; a backtick inside widens the fence. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${cell(text)} ` : cell(text)}${fence}`;
}

function table({head, rows}: SummaryTable): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.join(' | ')} |`),
    ''
  ];
}

export function renderSummary(summary: StepSummary): string {
  const lines = [`### ${summary.title}`, ''];
  for (const t of summary.tables ?? []) if (t.rows.length) lines.push(...table(t));
  const notes = [...(summary.notes ?? [])];
  if (summary.phases?.length) {
    notes.push(
      `**time:** ${summary.phases.map(p => `${cell(p.name)} ${formatDuration(p.durationMs)}`).join(' · ')}`
    );
  }
  if (summary.faultsAbsorbed !== undefined) {
    notes.push(`**faults absorbed:** ${summary.faultsAbsorbed}`);
  }
  if (notes.length) lines.push(notes.join('  \n'), '');
  return lines.join('\n');
}

/** Times each phase of a step and folds its log lines into a group of the phase's name. */
export class Phases {
  private readonly done: Phase[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now
  ) {}

  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await this.logger.group(name, fn);
    } finally {
      this.done.push({name, durationMs: this.now() - start});
    }
  }

  /** In the order they ended. */
  list(): readonly Phase[] {
    return [...this.done];
  }
}

const SOURCES: Readonly<Record<InstallResult['source'], string>> = {
  'tool-cache': 'tool cache',
  'actions-cache': 'Actions cache',
  download: 'mirror'
};

const DIGESTS: Readonly<Record<InstallResult['digestSource'], string>> = {
  input: 'the sha256 input',
  'built-in': 'the built-in table',
  index: "the package index's sha256",
  'checksum-file': 'the checksum file',
  'tool-cache-marker': 'the tool cache marker'
};

export const INSTALL_HEAD = ['tool', 'version', 'from', 'verified sha256'];

/** A row of INSTALL_HEAD for an installed tool. */
export function installRow(tool: InstallResult): string[] {
  const from = tool.url ? `mirror ${code(redactUrl(tool.url))}` : SOURCES[tool.source];
  return [
    code(tool.name),
    tool.version,
    from,
    `${code(tool.sha256)} (${DIGESTS[tool.digestSource]})`
  ];
}
