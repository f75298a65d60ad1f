export const id = 332;
export const ids = [332];
export const modules = {

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runProcess: () => (/* binding */ runProcess)
/* harmony export */ });
/* unused harmony exports TAIL_BYTES, CLOSE_AFTER_EXIT_MS, TAG_VARIABLE, Tail, signalExitCode, killTree, killGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9713);





// Runs a command the way a CI step should: its own process group, stdin closed, output streamed
// live with a bounded tail kept for pattern matching, and a deadline. When the command ends, times
// out or the step is cancelled, everything it started is taken down (SIGTERM, then SIGKILL after a
// grace period) and waited for: its process group, and every process whose environment carries
// the command's tag (TAG_VARIABLE), which finds children that left the group (`setsid`).
const TAIL_BYTES = 64 * 1024;
const GROUP_POLL_MS = 20;
/** How long the output may stay open after the command exits before its holders are killed. */
const CLOSE_AFTER_EXIT_MS = 1000;
/** Set in each command's environment to a unique value; processes that carry it belong to it. */
const TAG_VARIABLE = 'CI_ACTIONS_PROCESS_TAG';
const CANCEL_GRACE_MS = 5000;
/** Keeps the last `limit` bytes written to it. */
class Tail {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.limit) {
            this.size -= this.chunks.shift().length;
        }
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
function signalExitCode(signal) {
    return 128 + (node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals[signal] ?? 0);
}
// Our own start time in clock ticks since boot: a process started before us cannot carry a tag of
// ours, so its environment need not be read.
let ownStart;
// One read into a reused buffer: a scan reads every process's stat, so each syscall counts.
const statBuffer = Buffer.alloc(1024);
function statFields(pid) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(`/proc/${pid}/stat`, 'r');
    let length;
    try {
        length = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(fd, statBuffer, 0, statBuffer.length, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
    const stat = statBuffer.toString('latin1', 0, length);
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
function carriesTag(pid, needle) {
    const environ = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/environ`);
    const at = environ.indexOf(needle);
    return at >= 0 && (at === 0 || environ[at - 1] === 0);
}
/**
 * Live (non-zombie) processes of the tree: members of the group, and processes that carry the tag
 * even after leaving the group (`setsid`, a double fork). Undefined where there is no /proc.
 * Processes end, and some are not ours to read, while we look: those are skipped.
 */
function liveMembers(tree) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const needle = tree.tag === undefined ? undefined : Buffer.from(`${TAG_VARIABLE}=${tree.tag}\0`);
    if (needle && ownStart === undefined) {
        try {
            ownStart = Number(statFields('self')[19]);
        }
        catch {
            ownStart = 0;
        }
    }
    const pids = [];
    for (const entry of entries) {
        const code = entry.charCodeAt(0);
        if (code < 48 || code > 57 || Number(entry) === process.pid)
            continue;
        try {
            const fields = statFields(entry);
            if (fields[0] === 'Z' || fields[0] === 'X')
                continue;
            if (Number(fields[2]) === tree.pgid)
                pids.push(Number(entry));
            else if (needle && Number(fields[19]) >= ownStart && carriesTag(entry, needle)) {
                pids.push(Number(entry));
            }
        }
        catch {
            // ended while we looked (ENOENT, ESRCH), or not ours to read (EACCES)
        }
    }
    return pids;
}
/** Zombies count as gone: reaping them is init's work, and some inits are slow at it. */
function treeAlive(tree) {
    const live = liveMembers(tree);
    if (live !== undefined)
        return live.length > 0 ? live : undefined;
    try {
        process.kill(-tree.pgid, 0);
        return [];
    }
    catch (error) {
        return error.code === 'EPERM' ? [] : undefined;
    }
}
function signal(target, name) {
    try {
        process.kill(target, name);
    }
    catch {
        // ESRCH: already gone. EPERM (a setuid member): nothing more we may do; reported as lingering.
    }
}
function signalTree(tree, name, pids) {
    signal(-tree.pgid, name);
    for (const pid of pids)
        signal(pid, name);
}
const delay = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Waits until no process of the tree is left, at most `limitMs`, sending `name` to each process
 * that joins it meanwhile (a child forked before the signal landed).
 */
async function waitForTree(tree, limitMs, name, signalled) {
    const end = Date.now() + limitMs;
    for (;;) {
        const live = treeAlive(tree);
        if (!live)
            return true;
        if (Date.now() >= end)
            return false;
        const fresh = live.filter(pid => !signalled.has(pid));
        if (fresh.length > 0)
            signalTree(tree, name, fresh);
        for (const pid of fresh)
            signalled.add(pid);
        await delay(GROUP_POLL_MS);
    }
}
/**
 * SIGTERM to the whole tree (group and tagged processes), SIGKILL after the grace period; true when
 * nothing of it is left.
 */
async function killTree(tree, graceMs) {
    const live = treeAlive(tree);
    if (!live)
        return true;
    signalTree(tree, 'SIGTERM', live);
    if (await waitForTree(tree, graceMs, 'SIGTERM', new Set(live)))
        return true;
    signalTree(tree, 'SIGKILL', treeAlive(tree) ?? []);
    return waitForTree(tree, 5000, 'SIGKILL', new Set());
}
/** killTree for a bare process group. */
function killGroup(pgid, graceMs) {
    return killTree({ pgid }, graceMs);
}
// Trees still running, so that cancelling the step (the runner sends SIGINT, then SIGTERM) takes
// them down instead of leaving them to the end-of-job cleanup. A second signal kills at once.
const running = new Map();
let cancelling = false;
function onCancel(name) {
    if (cancelling) {
        for (const { tree } of running.values())
            signalTree(tree, 'SIGKILL', treeAlive(tree) ?? []);
        return;
    }
    cancelling = true;
    const kills = [...running.values()].map(({ tree, graceMs }) => killTree(tree, Math.min(graceMs, CANCEL_GRACE_MS)));
    void Promise.all(kills).finally(() => process.exit(signalExitCode(name)));
}
function track(tree, graceMs) {
    if (running.size === 0) {
        process.on('SIGINT', onCancel);
        process.on('SIGTERM', onCancel);
    }
    running.set(tree.pgid, { tree, graceMs });
}
function untrack(pgid) {
    if (!running.delete(pgid) || running.size > 0)
        return;
    process.off('SIGINT', onCancel);
    process.off('SIGTERM', onCancel);
}
/**
 * Forwards a child's stream to ours, pausing the child when our pipe is full (a runner that reads
 * slowly must not make us buffer without bound). Remembers whether the last byte ended a line.
 */
function forwarder(source, sink) {
    const state = { atLineStart: true, paused: false };
    const write = (chunk) => {
        if (chunk.length > 0)
            state.atLineStart = chunk[chunk.length - 1] === 0x0a;
        if (!sink.write(chunk) && !state.paused) {
            state.paused = true;
            source.pause();
            sink.once('drain', () => {
                state.paused = false;
                source.resume();
            });
        }
    };
    return { state, write };
}
function runProcess(options) {
    const started = Date.now();
    const tail = new Tail(options.tailBytes ?? TAIL_BYTES);
    const tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)();
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.command, [...options.args], {
            cwd: options.cwd,
            env: { ...(options.env ?? process.env), [TAG_VARIABLE]: tag },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const stdout = forwarder(child.stdout, process.stdout);
        const stderr = forwarder(child.stderr, process.stderr);
        const out = options.stdout ?? stdout.write;
        const err = options.stderr ?? stderr.write;
        const tree = child.pid === undefined ? undefined : { pgid: child.pid, tag };
        let timedOut = false;
        let killing;
        let timer;
        let settled = false;
        let exited = false;
        if (tree)
            track(tree, options.killGraceMs);
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            timer?.clear();
            if (tree)
                untrack(tree.pgid);
            // The runner reads workflow commands only at the start of a line.
            if (!options.stdout && !stdout.state.atLineStart)
                process.stdout.write('\n');
            resolve({ ...result, timedOut, durationMs: Date.now() - started, tail: tail.toString() });
        };
        child.stdout.on('data', (chunk) => {
            tail.push(chunk);
            out(chunk);
        });
        child.stderr.on('data', (chunk) => {
            tail.push(chunk);
            err(chunk);
        });
        child.on('error', error => {
            finish({ exitCode: 127, spawnError: error.message, lingering: false });
        });
        // Armed until the end, after the command's exit too: nothing the tree does postpones it.
        if (options.timeoutMs !== undefined && tree) {
            timer = (0,_duration__WEBPACK_IMPORTED_MODULE_4__/* .setLongTimeout */ .ER)(() => {
                // After the command's own exit, its exit code stands; only the leftovers go.
                if (!exited)
                    timedOut = true;
                killing ??= killTree(tree, options.killGraceMs);
            }, options.timeoutMs);
        }
        const closed = new Promise(done => child.once('close', () => done()));
        child.on('exit', (code, signal) => {
            exited = true;
            const exitCode = code ?? (signal ? signalExitCode(signal) : 1);
            void (async () => {
                // What the command started may hold its output open: give the streams a short grace,
                // then take the whole tree down, whatever it is doing.
                if (!killing)
                    await Promise.race([closed, delay(CLOSE_AFTER_EXIT_MS)]);
                killing ??= killTree(tree, options.killGraceMs);
                const gone = await killing;
                timer?.clear();
                // Drain what is still in the pipes (the runner may read slowly); a holder out of reach
                // (it cleared its environment and left the group) gets a last grace, then is cut off.
                const cutOff = Date.now() + CLOSE_AFTER_EXIT_MS;
                await Promise.race([
                    closed,
                    new Promise(done => {
                        const check = () => {
                            const busy = stdout.state.paused || stderr.state.paused;
                            if (!busy && Date.now() >= cutOff)
                                done();
                            else
                                setTimeout(check, 50).unref();
                        };
                        check();
                    })
                ]);
                child.stdout.destroy();
                child.stderr.destroy();
                finish({ exitCode, signal: signal ?? undefined, lingering: !gone, pgid: tree.pgid });
            })();
        });
    });
}


/***/ })

};
