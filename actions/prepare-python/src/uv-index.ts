import {ActionFailure} from '@ci-actions/core';
import {isSha256} from '@ci-actions/core/digest';
import type {Target} from './target';
import {compareVersions, parseVersion} from './versions';

// uv from a package index: the project page `{index}/uv/` in either simple-API form (PEP 503 HTML,
// PEP 691 JSON), the `uv` wheel for a platform on it, and where the binaries sit in that wheel.
// Pure functions over the page text; the fetch and the install are run.ts's.

/** What a client asks for (PEP 691): JSON first, HTML accepted. */
export const INDEX_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

export interface IndexFile {
  readonly filename: string;
  /** Absolute URL, without the fragment. */
  readonly url: string;
  readonly sha256?: string;
  /** PEP 592: a yanked file is never chosen. */
  readonly yanked: boolean;
}

export interface Wheel extends IndexFile {
  readonly version: string;
  /** The platform tags of the file name (`manylinux_2_17_x86_64.manylinux2014_x86_64` split). */
  readonly platforms: readonly string[];
}

/** Not usable from this index (unreadable page, no such version, no wheel for the platform). */
export class UvIndexError extends ActionFailure {
  constructor(message: string) {
    super(message);
    this.name = 'UvIndexError';
  }
}

/** `{index}/uv/`: PEP 503's project URL (the name `uv` is already normalized). */
export function projectPageUrl(index: string): string {
  return `${index.replace(/\/+$/, '')}/uv/`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'"
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower] !== undefined) return ENTITIES[lower];
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return whole;
  });
}

/** The attributes of one start tag's text (`a href="x" data-yanked`); names lower-cased. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of tag.matchAll(pattern)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    found.set(match[1].toLowerCase(), decodeEntities(value));
  }
  return found;
}

/** The file at `href` (relative to `base`), its name and the sha256 of its `#sha256=` fragment. */
function fileAt(
  href: string,
  base: string,
  name: string | undefined
): Omit<IndexFile, 'yanked'> | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const fragment = /^#sha256=([0-9a-fA-F]{64})$/.exec(url.hash)?.[1];
  url.hash = '';
  const last = url.pathname.split('/').pop() ?? '';
  let filename = name?.trim() || last;
  try {
    filename = name?.trim() || decodeURIComponent(last);
  } catch {
    // a malformed escape: keep the raw name
  }
  if (!filename) return undefined;
  return {filename, url: url.href, ...(fragment ? {sha256: fragment.toLowerCase()} : {})};
}

/** PEP 503: every `<a href>` of the page; the anchor's text is the file name. */
export function parseHtmlPage(text: string, pageUrl: string): IndexFile[] {
  const base = /<base\s[^>]*>/i.exec(text);
  const baseHref = base ? attributes(base[0].slice(5, -1)).get('href') : undefined;
  const root = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
  const files: IndexFile[] = [];
  for (const match of text.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const attrs = attributes(match[1]);
    const href = attrs.get('href');
    if (!href) continue;
    const name = decodeEntities(match[2].replace(/<[^>]*>/g, ''));
    const file = fileAt(href, root, name);
    if (file) files.push({...file, yanked: attrs.has('data-yanked')});
  }
  return files;
}

interface JsonFile {
  readonly filename?: unknown;
  readonly url?: unknown;
  readonly hashes?: {readonly sha256?: unknown};
  readonly yanked?: unknown;
}

/** PEP 691: `files[]` with `filename`, `url`, `hashes.sha256` and `yanked`. */
export function parseJsonPage(data: unknown, pageUrl: string): IndexFile[] {
  const list = (data as {files?: unknown} | null)?.files;
  if (!Array.isArray(list)) {
    throw new UvIndexError(`The index page ${pageUrl} is JSON without a 'files' list (PEP 691).`);
  }
  const files: IndexFile[] = [];
  for (const entry of list as JsonFile[]) {
    if (typeof entry?.url !== 'string' || typeof entry.filename !== 'string') continue;
    const file = fileAt(entry.url, pageUrl, entry.filename);
    if (!file) continue;
    const sha256 = entry.hashes?.sha256;
    // A JSON hash wins over a fragment; anything but 64 hex characters is no digest.
    const digest =
      typeof sha256 === 'string' && isSha256(sha256) ? sha256.toLowerCase() : file.sha256;
    const {sha256: _fragment, ...rest} = file;
    files.push({
      ...rest,
      ...(digest ? {sha256: digest} : {}),
      // `true`, or a non-empty reason (PEP 691); `false` and absent mean not yanked.
      yanked: entry.yanked === true || (typeof entry.yanked === 'string' && entry.yanked !== '')
    });
  }
  return files;
}

/** Either form of the page, told apart by its first character: JSON is an object. */
export function parseIndexPage(text: string, pageUrl: string): IndexFile[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{')) return parseHtmlPage(text, pageUrl);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new UvIndexError(
      `The index page ${pageUrl} is not valid JSON: ${(error as Error).message}.`
    );
  }
  return parseJsonPage(data, pageUrl);
}

/** A `uv-X.Y.Z-{python}-{abi}-{platforms}.whl` file (PEP 427), or undefined. */
export function parseWheel(file: IndexFile): Wheel | undefined {
  const match = /^uv-([^-]+)-(?:\d[^-]*-)?[^-]+-[^-]+-([^-]+)\.whl$/i.exec(file.filename);
  if (!match || !parseVersion(match[1])) return undefined;
  return {...file, version: match[1], platforms: match[2].split('.')};
}

// The wheel architecture names (PEP 600 / 656 tags) of uv's release architectures.
const LINUX_WHEEL_ARCH: Readonly<Record<string, string>> = {
  x86_64: 'x86_64',
  aarch64: 'aarch64',
  armv7: 'armv7l',
  i686: 'i686',
  powerpc64le: 'ppc64le',
  powerpc64: 'ppc64',
  s390x: 's390x',
  riscv64gc: 'riscv64',
  loongarch64: 'loongarch64'
};
const WINDOWS_TAG: Readonly<Record<string, string>> = {
  x86_64: 'win_amd64',
  i686: 'win32',
  aarch64: 'win_arm64'
};

/** Whether a wheel platform tag runs on the target, and the target in wheel words. */
export function platformTags(target: Target): {
  readonly describe: string;
  readonly matches: (tag: string) => boolean;
} {
  const triple = target.triple;
  if (triple.includes('-linux-')) {
    const arch = LINUX_WHEEL_ARCH[target.arch];
    if (target.libc === 'musl') {
      const tag = new RegExp(`^musllinux_\\d+_\\d+_${arch}$`);
      return {describe: `linux ${arch} musl (musllinux_*_${arch})`, matches: t => tag.test(t)};
    }
    const tag = new RegExp(`^manylinux(?:1|2010|2014|_\\d+_\\d+)_${arch}$`);
    return {describe: `linux ${arch} glibc (manylinux*_${arch})`, matches: t => tag.test(t)};
  }
  if (triple.endsWith('-apple-darwin')) {
    const arch = target.arch === 'aarch64' ? 'arm64' : 'x86_64';
    const tag = new RegExp(`^macosx_\\d+_\\d+_(?:${arch}|universal2)$`);
    return {describe: `macOS ${arch} (macosx_*_${arch})`, matches: t => tag.test(t)};
  }
  const tag = WINDOWS_TAG[target.arch];
  return {describe: `Windows ${target.arch} (${tag})`, matches: t => t === tag};
}

/** Every wheel of uv on the page, parsed; other files (sdists, other projects) left out. */
export function wheelsOf(files: readonly IndexFile[]): Wheel[] {
  return files.map(parseWheel).filter((wheel): wheel is Wheel => wheel !== undefined);
}

/** The versions (oldest first) with a wheel for the target that is not yanked. */
export function installableVersions(wheels: readonly Wheel[], target: Target): string[] {
  const {matches} = platformTags(target);
  const versions = new Set(
    wheels.filter(w => !w.yanked && w.platforms.some(matches)).map(w => w.version)
  );
  return [...versions].sort(compareVersions);
}

const SHOWN = 12;

function names(wheels: readonly Wheel[]): string {
  const shown = wheels.slice(0, SHOWN).map(w => w.filename + (w.yanked ? ' (yanked)' : ''));
  return shown.join(', ') + (wheels.length > SHOWN ? `, and ${wheels.length - SHOWN} more` : '');
}

/**
 * The wheel of `version` for the target: not yanked, an arch-specific tag before a universal one.
 * Throws a UvIndexError naming the platform and the wheels the page has.
 */
export function selectWheel(
  wheels: readonly Wheel[],
  version: string,
  target: Target,
  pageUrl: string
): Wheel {
  const {describe, matches} = platformTags(target);
  const same = wheels.filter(w => compareVersions(w.version, version) === 0);
  if (same.length === 0) {
    const known = [...new Set(wheels.map(w => w.version))].sort(compareVersions);
    throw new UvIndexError(
      `The index page ${pageUrl} has no uv ${version} wheel (it has ${
        known.length
          ? `${known.length} version(s), ${known[0]} to ${known[known.length - 1]}`
          : 'no uv wheel'
      }).`
    );
  }
  const usable = same.filter(w => !w.yanked && w.platforms.some(matches));
  if (usable.length === 0) {
    const yanked = same.some(w => w.yanked && w.platforms.some(matches));
    throw new UvIndexError(
      `The index page ${pageUrl} has no ${yanked ? 'unyanked ' : ''}uv ${version} wheel for ${describe}; its uv ${version} wheels: ${names(same)}.`
    );
  }
  const universal = (w: Wheel) => w.platforms.every(p => p.endsWith('_universal2'));
  return usable.find(w => !universal(w)) ?? usable[0];
}

/** The members for `uv` and `uvx` in a uv wheel: `uv-X.Y.Z.data/scripts/` (PEP 427's data directory). */
export function wheelBinaries(
  version: string,
  target: Target
): {readonly member: string; readonly name: string}[] {
  const exe = target.extension === 'zip' ? '.exe' : '';
  return ['uv', 'uvx'].map(binary => ({
    member: `uv-${version}.data/scripts/${binary}${exe}`,
    name: `${binary}${exe}`
  }));
}
