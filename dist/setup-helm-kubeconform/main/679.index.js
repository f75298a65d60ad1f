export const id = 679;
export const ids = [679];
export const modules = {

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LIMITS: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   archiveFormat: () => (/* binding */ archiveFormat),
/* harmony export */   extractMembers: () => (/* binding */ extractMembers),
/* harmony export */   feedTarGz: () => (/* binding */ feedTarGz),
/* harmony export */   listZip: () => (/* binding */ listZip),
/* harmony export */   validateEntryPath: () => (/* binding */ validateEntryPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8697);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7638);








const MiB = 1024 * 1024;
/**
 * What the streams below move at a time: each step of a gunzip is a round trip to the thread
 * pool, and on a busy runner every round trip waits for a core.
 */
const BLOCK = MiB;
/** Well above any real release: helm, kubeconform and uv archives inflate to 20-60 MB, 3x at most. */
const DEFAULT_LIMITS = {
    maxTotalBytes: 1024 * MiB,
    maxMemberBytes: 512 * MiB,
    maxRatio: 100,
    minRatioBytes: 64 * MiB
};
/** Rejects absolute paths, drive letters, `..` segments and empty names. Returns the clean path. */
function validateEntryPath(entry) {
    const name = entry.replace(/^(\.\/)+/, '');
    const bad = entry === '' ||
        name.startsWith('/') ||
        name.startsWith('\\') ||
        /^[A-Za-z]:/.test(name) ||
        name.split(/[\\/]/).some(segment => segment === '..');
    if (bad)
        throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`Unsafe path in archive: '${entry}'. Nothing was extracted.`);
    return name || '.';
}
function archiveFormat(archiveName) {
    if (archiveName.endsWith('.zip'))
        return 'zip';
    if (/\.(tar\.gz|tgz)$/.test(archiveName))
        return 'tar.gz';
    throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`Unknown archive format: ${archiveName}`);
}
/** Counts entries against the limits; `source` names the archive (its URL) in the error. */
class Budget {
    source;
    limits;
    total = 0;
    inflatedBytes = 0;
    maxTotal;
    constructor(source, archiveBytes, limits) {
        this.source = source;
        this.limits = limits;
        this.maxTotal = Math.min(limits.maxTotalBytes, Math.max(limits.minRatioBytes, archiveBytes * limits.maxRatio));
    }
    add(name, size) {
        if (size > this.limits.maxMemberBytes) {
            throw this.exceeded(`'${name}' is ${size} bytes`, `${this.limits.maxMemberBytes} bytes per entry`);
        }
        this.total += size;
        if (this.total > this.maxTotal) {
            throw this.exceeded(`it inflates to more than ${this.maxTotal} bytes`, this.totalLimit());
        }
    }
    /** Bytes out of the decompressor (headers, padding and data after the end included). */
    inflated(bytes) {
        this.inflatedBytes += bytes;
        if (this.inflatedBytes > this.maxTotal + 64 * 1024) {
            throw this.exceeded(`it inflates to more than ${this.maxTotal} bytes`, this.totalLimit());
        }
    }
    totalLimit() {
        return `${this.maxTotal} bytes in total (${this.limits.maxTotalBytes} at most, ${this.limits.maxRatio}x the archive)`;
    }
    exceeded(what, limit) {
        return new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`The archive from ${this.source} is too large when uncompressed: ${what}; the limit is ${limit}. Nothing was installed.`);
    }
}
/** Streams `source` to a temp file beside `target`, hashing it, never more than `size` bytes. */
function writeMember(source, target, size, budget, name) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, '..', `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // Not executable before its archive's digest matched: commit() makes it so.
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { mode: 0o600, highWaterMark: BLOCK });
    let bytes = 0;
    let cancel = () => undefined;
    const written = new Promise((resolve, reject) => {
        const fail = (error) => {
            out.destroy();
            source.resume();
            // Only once closed: a stream still opening would create the file after discard() removed it.
            if (out.closed)
                reject(error);
            else
                out.once('close', () => reject(error));
        };
        cancel = fail;
        source.on('data', chunk => {
            bytes += chunk.length;
            if (bytes > size)
                return fail(budget.exceeded(`'${name}' inflates past its recorded size`, `${size} bytes`));
            hash.update(chunk);
            if (!out.write(chunk)) {
                source.pause();
                out.once('drain', () => source.resume());
            }
        });
        source.on('end', () => out.end());
        source.on('error', fail);
        out.on('error', fail);
        out.on('finish', () => resolve({ path: target, sha256: hash.digest('hex'), size: bytes }));
    });
    // Settled by the caller; no unhandled rejection meanwhile.
    written.catch(() => undefined);
    return { name, temp, target, written, cancel };
}
function notRegular(name) {
    return new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`'${name}' in the archive is not a regular file.`);
}
function missing(member, listed) {
    return new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`The archive has no '${member}' (entries: ${listed.slice(0, 10).join(', ')}).`);
}
const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/**
 * Gunzips `compressed` with Node's zlib (output in bounded chunks, as fast as it is read) and
 * feeds the tar parser, waiting on it; the parser never sees compressed data, so it never
 * inflates anything. `archive` names the archive in errors.
 */
async function readTarGz(compressed, archive, wanted, budget, take) {
    const listed = [];
    let failure;
    let reject = () => undefined;
    const stopped = new Promise((_, no) => (reject = no));
    stopped.catch(() => undefined);
    const stop = (error) => {
        failure ??= error;
        reject(error);
    };
    const parser = new tar__WEBPACK_IMPORTED_MODULE_6__/* .Parser */ .iX({ strict: true, brotli: false, zstd: false });
    const ended = new Promise(resolve => parser.on('end', resolve));
    parser.on('error', stop);
    parser.on('entry', (entry) => {
        try {
            const name = validateEntryPath(entry.path);
            listed.push(name);
            budget.add(name, entry.size);
            const target = wanted.get(name);
            if (target === undefined)
                return entry.resume();
            if (!TAR_FILE_TYPES.has(entry.type))
                throw notRegular(entry.path);
            take(target, entry, entry.size).written.catch(stop);
        }
        catch (error) {
            entry.resume();
            stop(error);
        }
    });
    const input = (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)({ chunkSize: BLOCK });
    // An error of either stream ends the loop below with it.
    (0,node_stream__WEBPACK_IMPORTED_MODULE_4__.pipeline)(compressed, input, () => undefined);
    let first = true;
    try {
        for await (const chunk of input) {
            if (first && chunk.subarray(0, 2).equals(GZIP_MAGIC)) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`${archive} holds another gzip stream, not a tar archive.`);
            }
            first = false;
            if (failure)
                throw failure;
            budget.inflated(chunk.length);
            if (!parser.write(chunk) && !failure) {
                await Promise.race([new Promise(resolve => parser.once('drain', resolve)), stopped]);
            }
        }
        parser.end();
        await Promise.race([ended, stopped]);
        if (failure)
            throw failure;
    }
    catch (error) {
        if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR)
            throw error;
        throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`${archive} is not a valid tar.gz archive: ${(0,_errors__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
    }
    finally {
        input.destroy();
        compressed.destroy();
    }
    return listed;
}
// Zip: the central directory gives every entry's name, sizes, method and mode; each wanted entry
// is then inflated from its local record. ZIP64 is not needed by any release here and is refused.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Every entry of a zip archive, from its central directory. */
async function listZip(archive) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(archive, 'r');
    try {
        const { size } = await file.stat();
        const tailLength = Math.min(size, 65_557);
        const tail = Buffer.alloc(tailLength);
        await file.read(tail, 0, tailLength, size - tailLength);
        let eocd = -1;
        for (let i = tailLength - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR('Not a zip archive (no end of central directory).');
        const count = tail.readUInt16LE(eocd + 10);
        const cdSize = tail.readUInt32LE(eocd + 12);
        const cdOffset = tail.readUInt32LE(eocd + 16);
        if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > size) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR('Unsupported or corrupt zip archive (ZIP64 or bad central directory).');
        }
        const cd = Buffer.alloc(cdSize);
        await file.read(cd, 0, cdSize, cdOffset);
        const entries = [];
        let at = 0;
        for (let i = 0; i < count; i++) {
            if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR('Corrupt zip central directory.');
            }
            const nameLength = cd.readUInt16LE(at + 28);
            const name = cd.subarray(at + 46, at + 46 + nameLength).toString('utf8');
            const unixMode = cd.readUInt32LE(at + 38) >>> 16;
            const fileType = unixMode & 0o170000;
            entries.push({
                name,
                method: cd.readUInt16LE(at + 10),
                compressedSize: cd.readUInt32LE(at + 20),
                size: cd.readUInt32LE(at + 24),
                offset: cd.readUInt32LE(at + 42),
                isFile: !name.endsWith('/') && (fileType === 0 || fileType === 0o100000)
            });
            at += 46 + nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
        }
        return entries;
    }
    finally {
        await file.close();
    }
}
async function zipContent(archive, entry) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(archive, 'r');
    const header = Buffer.alloc(30);
    try {
        await file.read(header, 0, 30, entry.offset);
    }
    finally {
        await file.close();
    }
    if (header.readUInt32LE(0) !== LOCAL)
        throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR('Corrupt zip local header.');
    const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (entry.compressedSize === 0)
        return node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from([]);
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive, { start, end: start + entry.compressedSize - 1 });
    if (entry.method === 0)
        return raw;
    if (entry.method !== 8) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_7__/* .ActionFailure */ .dR(`'${entry.name}' uses zip method ${entry.method}; only deflate is read.`);
    }
    return raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createInflateRaw)({ chunkSize: BLOCK }));
}
async function readZip(archive, wanted, budget, take) {
    const entries = await listZip(archive);
    const chosen = [];
    for (const entry of entries) {
        const name = validateEntryPath(entry.name);
        budget.add(name, entry.size);
        const target = wanted.get(name);
        if (target === undefined)
            continue;
        if (!entry.isFile)
            throw notRegular(entry.name);
        chosen.push([target, entry]);
    }
    for (const [target, entry] of chosen)
        take(target, await zipContent(archive, entry), entry.size);
    return entries.map(entry => validateEntryPath(entry.name));
}
function startExtraction(read, members, dir, source, archiveBytes, limits, onFault = () => undefined) {
    const budget = new Budget(source, archiveBytes, limits);
    const pending = [];
    const take = (name, content, size) => {
        const written = writeMember(content, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), size, budget, name);
        pending.push(written);
        return written;
    };
    const wanted = (async () => new Map(members.map(m => [validateEntryPath(m.member), m.name])))();
    const listed = wanted.then(names => read(names, budget, take));
    // A member cut off by the fault would never end; one already written is unaffected.
    listed.catch((error) => {
        pending.forEach(p => p.cancel(error));
        onFault(error);
    });
    let discarded;
    const discard = () => (discarded ??= (async () => {
        await listed.catch(() => undefined);
        await Promise.allSettled(pending.map(p => p.written));
        await Promise.all(pending.map(p => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(p.temp, { force: true })));
    })());
    return {
        async commit() {
            try {
                const names = await listed;
                const found = new Set(names);
                for (const member of (await wanted).keys()) {
                    if (!found.has(member))
                        throw missing(member, names);
                }
                const files = {};
                for (const p of pending) {
                    files[p.name] = await p.written;
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(p.temp, 0o755);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(p.temp, p.target);
                }
                return files;
            }
            finally {
                await discard();
            }
        },
        discard
    };
}
/**
 * Extracts `members` of `archive` into `dir` (mode 755), replacing what is there only when the
 * whole archive was read without fault. `source` (the URL) names the archive in errors.
 */
async function extractMembers(archive, format, members, dir, source, limits = DEFAULT_LIMITS) {
    const read = format === 'zip'
        ? (wanted, budget, take) => readZip(archive, wanted, budget, take)
        : (wanted, budget, take) => readTarGz((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive, { highWaterMark: BLOCK }), archive, wanted, budget, take);
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(archive);
    return startExtraction(read, members, dir, source, size, limits).commit();
}
/**
 * Starts extracting `members` of a tar.gz archive of `archiveBytes` bytes into `dir` from what
 * is written to the feed; `archive` names it in errors, `source` (the URL) in size errors. As
 * with extractMembers, nothing replaces a target before commit(): the caller verifies the
 * archive's digest first.
 */
function feedTarGz(archive, members, dir, source, archiveBytes, limits = DEFAULT_LIMITS) {
    const input = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough({ highWaterMark: BLOCK });
    input.on('error', () => undefined);
    const extraction = startExtraction((wanted, budget, take) => readTarGz(input, archive, wanted, budget, take), members, dir, source, archiveBytes, limits, 
    // A fault found before the parser ran (a bad member path) leaves `input` unread: without
    // this, write() would wait for a drain forever.
    error => input.destroy(error));
    let [complete, aborted] = [false, false];
    // Network chunks (16-64 KiB) are gathered into blocks: one gunzip step each, not one per chunk.
    let held = [];
    let heldBytes = 0;
    const release = () => {
        const block = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
        [held, heldBytes] = [[], 0];
        return input.write(block);
    };
    return {
        ...extraction,
        get complete() {
            return complete;
        },
        write(chunk) {
            // After a fault (input destroyed), the rest of the download only matters to the digest.
            if (input.destroyed || input.writableEnded)
                return;
            held.push(chunk);
            heldBytes += chunk.length;
            if (heldBytes < BLOCK || release())
                return;
            return new Promise(resolve => {
                const done = () => {
                    input.off('drain', done).off('close', done);
                    resolve();
                };
                input.on('drain', done).on('close', done);
            });
        },
        end() {
            // After a fault the feed is complete too: commit() reports the fault.
            complete = !aborted;
            if (input.destroyed || input.writableEnded)
                return;
            if (heldBytes > 0)
                release();
            input.end();
        },
        abort() {
            [complete, aborted, held, heldBytes] = [false, true, [], 0];
            input.destroy(new Error('the download was interrupted'));
            // Its failure is reported by the discard() the caller awaits.
            extraction.discard().catch(() => undefined);
        }
    };
}


/***/ })

};
