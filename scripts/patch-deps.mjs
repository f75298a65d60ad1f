// Fixes, in place and idempotently, a bug of @actions/cache that fails a job from a cache save.
// Its v1 upload streams every chunk from one shared file descriptor (autoClose: false) and closes
// that descriptor as soon as the chunk requests have settled. A service that answers before it has
// read the body (413 from a proxy, a 500, even a 204) leaves a stream still reading: its next read
// hits the closed descriptor (EBADF) or one the process has reused meanwhile (ESPIPE, or another
// file's bytes), and the stream's 'error' listener throws, an uncaught exception. The fix gives
// each chunk stream its own descriptor, destroys the streams once the upload settles and turns a
// read error into a debug line. Runs on `npm ci` (postinstall) and before every build; fails when
// the code to patch is gone, so that an upgrade of @actions/cache is looked at again.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const FILE = fileURLToPath(
  new URL('../node_modules/@actions/cache/lib/internal/cacheHttpClient.js', import.meta.url)
);
const MARK = '/* ci-actions: per-stream descriptors */';

const BROKEN = `        const fd = fs.openSync(archivePath, 'r');
        const uploadOptions = getUploadOptions(options);`;
const FIXED = `        ${MARK}
        const streams = [];
        const uploadOptions = getUploadOptions(options);`;

const BROKEN_STREAM = `                    yield uploadChunk(httpClient, resourceUrl, () => fs
                        .createReadStream(archivePath, {
                        fd,
                        start,
                        end,
                        autoClose: false
                    })
                        .on('error', error => {
                        throw new Error(\`Cache upload failed because file read failed with \${error.message}\`);
                    }), start, end);`;
const FIXED_STREAM = `                    yield uploadChunk(httpClient, resourceUrl, () => {
                        const stream = fs.createReadStream(archivePath, { start, end });
                        streams.push(stream);
                        return stream.on('error', error => {
                            core.debug(\`Cache upload: reading the archive failed with \${error.message}\`);
                        });
                    }, start, end);`;

const BROKEN_CLOSE = `        finally {
            fs.closeSync(fd);
        }`;
const FIXED_CLOSE = `        finally {
            for (const stream of streams)
                stream.destroy();
        }`;

export function patchDeps() {
  const text = readFileSync(FILE, 'utf8');
  if (text.includes(MARK)) return false;
  let patched = text;
  for (const [from, to] of [
    [BROKEN, FIXED],
    [BROKEN_STREAM, FIXED_STREAM],
    [BROKEN_CLOSE, FIXED_CLOSE]
  ]) {
    if (patched.split(from).length !== 2) {
      throw new Error(
        `scripts/patch-deps.mjs: the upload code of @actions/cache changed (${FILE}); check whether its shared-descriptor bug is fixed and update or delete this patch`
      );
    }
    patched = patched.replace(from, to);
  }
  writeFileSync(FILE, patched);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (patchDeps()) console.log('patched @actions/cache (per-stream descriptors in the v1 upload)');
}
