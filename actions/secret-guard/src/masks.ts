import {hasValue} from './decide';

/**
 * The strings to register with the runner's masking for one value, in order: each of its lines,
 * trimmed and as is, then the whole value. Blank values and blank lines give nothing: a mask of
 * white space would hide every space in the log. The Forgejo runner masks whole registered strings
 * only, so the lines of a PEM block must be registered one by one to be hidden where they appear
 * alone; and it echoes each raw `::add-mask::` line, masked by what is registered so far, so the
 * lines go first: the echo of the whole value (`first%0Asecond`) then shows `***%0A***`.
 */
export function maskVariants(value: string | undefined): string[] {
  if (value === undefined || !hasValue(value)) return [];
  const variants = new Set<string>();
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    variants.add(line.trim());
    variants.add(line);
  }
  variants.add(value);
  return [...variants];
}
