import {appendFileSync} from 'node:fs';
import {delimiter as PATH_DELIMITER} from 'node:path';

// The runner's side of the contract for a node action: INPUT_* variables, workflow commands on
// stdout and the GITHUB_* file commands. It mirrors @actions/core, which the actions cannot afford
// on their start path: importing it costs 50-85 ms (its OIDC helper loads undici eagerly), more than
// the 30 ms start-up budget of retry-run and secret-guard (see bench/). @actions/core stays the
// oracle: test/core/runner-contract.test.ts requires both to write the same lines and records.

// os.EOL without loading node:os, which a post step with nothing to do would load for this alone.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

export function getInput(name: string, options: {trimWhitespace?: boolean} = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return options.trimWhitespace === false ? value : value.trim();
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(
  command: string,
  message: string,
  properties: Readonly<Record<string, string | undefined>> = {}
): void {
  // As @actions/core: empty values are left out, but any key at all puts the space in.
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
    .join(',');
  const space = Object.keys(properties).length > 0 ? ' ' : '';
  process.stdout.write(`::${command}${space}${props}::${escapeData(message)}${EOL}`);
}

function keyValueFile(variable: string, name: string, value: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  // The Web Crypto global loads node:crypto on first use only: a post step with nothing to save
  // writes no file command and never pays for it.
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setOutput(name: string, value: string): void {
  if (keyValueFile('GITHUB_OUTPUT', name, value)) return;
  // As @actions/core: start on a fresh line, whatever the last write left.
  process.stdout.write(EOL);
  issueCommand('set-output', value, {name});
}

/** Exports a variable to later steps and to this process. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!keyValueFile('GITHUB_ENV', name, value)) issueCommand('set-env', value, {name});
}

export function addPath(dir: string): void {
  const file = process.env.GITHUB_PATH;
  if (file) appendFileSync(file, `${dir}${EOL}`, 'utf8');
  else issueCommand('add-path', dir);
  process.env.PATH = `${dir}${PATH_DELIMITER}${process.env.PATH ?? ''}`;
}

export function saveState(name: string, value: string): void {
  if (!keyValueFile('GITHUB_STATE', name, value)) issueCommand('save-state', value, {name});
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Registers a value with the runner's log masking. */
export function setSecret(value: string): void {
  issueCommand('add-mask', value);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** What an annotation may carry besides its message (the runner shows `title` as its heading). */
export interface AnnotationProperties {
  readonly title?: string;
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', message, annotation(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', message, annotation(properties));
}

function annotation(properties: AnnotationProperties): Record<string, string | undefined> {
  return Object.keys(properties).length ? {title: properties.title} : {};
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Starts a foldable group; the runner's groups do not nest (the logger keeps to one). */
export function startGroup(name: string): void {
  issueCommand('group', name);
}

export function endGroup(): void {
  issueCommand('endgroup', '');
}

/** Appends Markdown to the step summary; false when the runner offers none. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
  return true;
}
