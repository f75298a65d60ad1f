import {createHash} from 'node:crypto';

// Chart dependency caching, keyed on each chart's Chart.lock (hashed as-is, with the chart's path):
// the `charts/` directory is restored from the Actions cache, checked against the lock, and built
// with `helm dependency build` when anything is missing. Chart.lock is a small, fixed YAML shape;
// it is read line by line so the bundle needs no YAML library.

export interface LockedDependency {
  readonly name: string;
  readonly version: string;
  readonly repository: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(['"]).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

export function parseChartLock(text: string): LockedDependency[] {
  const deps: LockedDependency[] = [];
  let inDependencies = false;
  let current: Record<string, string> | undefined;
  const flush = () => {
    if (current?.name) {
      deps.push({
        name: current.name,
        version: current.version ?? '',
        repository: current.repository ?? ''
      });
    }
    current = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^[A-Za-z_]/.test(line)) {
      flush();
      inDependencies = /^dependencies:\s*$/.test(line);
      continue;
    }
    if (!inDependencies) continue;
    const item = /^\s*-\s+(\w+):\s*(.*)$/.exec(line);
    if (item) {
      flush();
      current = {[item[1]]: unquote(item[2])};
      continue;
    }
    const field = /^\s+(\w+):\s*(.*)$/.exec(line);
    if (field && current) current[field[1]] = unquote(field[2]);
  }
  flush();
  return deps;
}

export function chartCacheKey(chartPath: string, lockText: string): string {
  return `ci-actions-helm-deps-v1-${sha(`${chartPath}\n${lockText}`).slice(0, 32)}`;
}

/** The `charts/*.tgz` names a complete build leaves, for the dependencies fetched from a repo. */
export function expectedArchives(deps: readonly LockedDependency[]): string[] {
  return deps
    .filter(dep => dep.repository !== '' && !dep.repository.startsWith('file://'))
    .map(dep => `${dep.name}-${dep.version}.tgz`);
}

export function missingArchives(
  deps: readonly LockedDependency[],
  present: readonly string[]
): string[] {
  return expectedArchives(deps).filter(name => !present.includes(name));
}

/** http(s) repositories `helm dependency build` needs in repositories.yaml, with generated names. */
export function httpRepositories(deps: readonly LockedDependency[]): {name: string; url: string}[] {
  const urls = [...new Set(deps.map(dep => dep.repository).filter(r => /^https?:\/\//.test(r)))];
  return urls.map(url => ({name: `dep-${sha(url).slice(0, 8)}`, url}));
}
