// The `kubeconform-args` output: `-cache DIR -schema-location default -kubernetes-version 1.31.0`,
// quoted for a POSIX shell so that `eval "set -- $KUBECONFORM_ARGS"` gives back the exact words in
// bash, dash and busybox sh. Each word is either made only of characters no shell treats specially
// or wrapped in single quotes, inside which every character is literal; the one character that
// would end them, `'`, is written `'\''`. NUL cannot occur (it cannot be in an input or a path).

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(value: string): string {
  if (PLAIN.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function kubeconformArgs(options: {
  cacheDir?: string;
  schemaLocations: readonly string[];
  kubernetesVersion?: string;
}): string {
  const args: string[] = [];
  if (options.cacheDir) args.push('-cache', options.cacheDir);
  for (const location of options.schemaLocations) args.push('-schema-location', location);
  if (options.kubernetesVersion) args.push('-kubernetes-version', options.kubernetesVersion);
  return args.map(shellQuote).join(' ');
}
