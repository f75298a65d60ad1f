import {readdirSync} from 'node:fs';
import {join} from 'node:path';

// A small glob matcher for `cache-dependency-glob`: `*`, `**`, `?`, `[...]`, `!` negation, relative
// to the working directory. @actions/glob is not used: it is heavy for the start path.

/** Directories never searched: they hold environments and caches, not dependency declarations. */
export const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '.nox',
  '.tox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache'
]);

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const p = pattern.replace(/^\.\//, '');
  for (let i = 0; i < p.length; i++) {
    const char = p[i];
    if (char === '*') {
      if (p[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` anything.
        if (p[i + 2] === '/') {
          source += '(?:.*/)?';
          i += 2;
        } else {
          source += '.*';
          i += 1;
        }
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = p.indexOf(']', i + 1);
      if (end < 0) {
        source += '\\[';
      } else {
        const body = p
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else {
      source += char.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

export interface GlobSet {
  readonly include: RegExp[];
  readonly exclude: RegExp[];
}

export function compileGlobs(patterns: readonly string[]): GlobSet {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) exclude.push(globToRegExp(pattern.slice(1)));
    else include.push(globToRegExp(pattern));
  }
  return {include, exclude};
}

export function matches(set: GlobSet, path: string): boolean {
  return set.include.some(r => r.test(path)) && !set.exclude.some(r => r.test(path));
}

/** Files under `root` (relative, `/`-separated, sorted) that the globs select. */
export function findFiles(root: string, patterns: readonly string[], maxFiles = 10_000): string[] {
  const set = compileGlobs(patterns);
  if (set.include.length === 0) return [];
  const found: string[] = [];
  let seen = 0;
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > maxFiles * 10) return;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), path);
      } else if (entry.isFile() && matches(set, path)) {
        found.push(path);
        if (found.length >= maxFiles) return;
      }
    }
  };
  walk(root, '');
  return found.sort();
}
