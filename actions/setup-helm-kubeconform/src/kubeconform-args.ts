// The ready `kubeconform-args` string: `-cache DIR -schema-location default -kubernetes-version 1.31.0`.
// Values a shell would split or expand (templates with spaces, `$`) are single-quoted.

export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function kubeconformArgs(options: {
  cacheDir?: string;
  schemaLocations: readonly string[];
  kubernetesVersion?: string;
}): string {
  const args: string[] = [];
  if (options.cacheDir) args.push('-cache', shellQuote(options.cacheDir));
  for (const location of options.schemaLocations) {
    args.push('-schema-location', shellQuote(location));
  }
  if (options.kubernetesVersion) args.push('-kubernetes-version', options.kubernetesVersion);
  return args.join(' ');
}
