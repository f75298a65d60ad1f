import {ActionFailure} from './errors';

// A reader for uncompressed tar data (ustar, GNU long names, pax `path`), enough to take named
// binaries out of release archives in one pass without spawning `tar` twice (list, then extract).

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  readonly name: string;
  readonly type: TarEntryType;
  /** The content of a regular file (a view into the archive, not a copy). */
  readonly data: Buffer;
}

const BLOCK = 512;

function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

/** Octal, or GNU base-256 when the high bit of the first byte is set. */
function number(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  if (field[0] & 0x80) {
    let value = field[0] & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + field[i];
    return value;
  }
  const digits = text(block, offset, length).trim();
  if (!/^[0-7]*$/.test(digits)) throw new ActionFailure('Corrupt tar header (bad number field).');
  return digits ? parseInt(digits, 8) : 0;
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum === number(block, 148, 8);
}

/** The `path` record of a pax extended header, if any. */
function paxPath(data: Buffer): string | undefined {
  let offset = 0;
  let path: string | undefined;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number(data.subarray(offset, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (record.slice(0, equals) === 'path') path = record.slice(equals + 1);
    offset += length;
  }
  return path;
}

const TYPES: Readonly<Record<string, TarEntryType>> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink'
};

export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every(byte => byte === 0)) break;
    if (!checksumOk(header)) throw new ActionFailure('Corrupt tar header (checksum mismatch).');
    const size = number(header, 124, 12);
    const typeflag = String.fromCharCode(header[156]);
    const start = offset + BLOCK;
    if (start + size > archive.length) throw new ActionFailure('Truncated tar archive.');
    const data = archive.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'L') {
      longName = text(data, 0, data.length);
      continue;
    }
    if (typeflag === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (typeflag === 'g' || typeflag === 'K') continue;
    // POSIX ustar keeps a name prefix at 345; GNU tar ("ustar  ") uses that area for times.
    const posix = header.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = posix ? text(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    entries.push({name, type: TYPES[typeflag] ?? 'other', data});
  }
  return entries;
}
