import {hasValue} from './decide';

/**
 * The strings to register with the runner's masking for one value: the whole value and each of
 * its lines, as is and trimmed. Blank values and blank lines give nothing: a mask of white space
 * would hide every space in the log. The Forgejo runner masks whole registered strings only, so
 * the lines of a PEM block must be registered one by one to be hidden where they appear alone.
 */
export function maskVariants(value: string | undefined): string[] {
  if (value === undefined || !hasValue(value)) return [];
  const variants = new Set<string>([value]);
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    variants.add(line);
    variants.add(line.trim());
  }
  return [...variants];
}
