// Shell templates with `run:` step semantics: the script goes to a file whose path replaces {0}.

export interface Shell {
  /** The template, e.g. `bash --noprofile --norc -eo pipefail {0}`. */
  readonly template: string;
  /** File extension for the script, which some interpreters require. */
  readonly extension: string;
}

export const BUILTIN_SHELLS: Readonly<Record<string, Shell>> = {
  bash: {template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh'},
  sh: {template: 'sh -e {0}', extension: '.sh'},
  python: {template: 'python {0}', extension: '.py'},
  pwsh: {template: `pwsh -command ". '{0}'"`, extension: '.ps1'}
};

/** A built-in shell name or a custom template containing {0}; undefined when neither. */
export function resolveShell(value: string): Shell | undefined {
  const builtin = BUILTIN_SHELLS[value];
  if (builtin) return builtin;
  if (!value.includes('{0}') || tokenize(value) === undefined) return undefined;
  const program = tokenize(value)![0].split('/').pop() ?? '';
  const extension = program.startsWith('python')
    ? '.py'
    : program === 'pwsh' || program === 'powershell'
      ? '.ps1'
      : '.sh';
  return {template: value, extension};
}

/** Splits a command template into words, honouring single and double quotes; undefined if unbalanced. */
export function tokenize(template: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (const char of template) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(word);
  return words.length > 0 ? words : undefined;
}

/** The program and its arguments for running `scriptPath` through `shell`. */
export function shellCommand(shell: Shell, scriptPath: string): {command: string; args: string[]} {
  const [command, ...args] = tokenize(shell.template)!.map(word =>
    word.split('{0}').join(scriptPath)
  );
  return {command, args};
}
