import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./packages/core/src/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  addPath: () => (addPath),
  appendSummary: () => (appendSummary),
  debug: () => (debug),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getInput: () => (runner_getInput),
  getState: () => (getState),
  info: () => (info),
  issueCommand: () => (issueCommand),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

;// CONCATENATED MODULE: ./packages/core/src/duration.ts
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
const duration_DURATION_FORMS = "'500ms', '30s', '5m', '1h' or a bare number of seconds";
/** Parses `500ms`, `30s`, `5m`, `1h` or a bare number of seconds into milliseconds. */
function duration_parseDuration(text) {
    const match = PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const ms = Number(match[1]) * UNITS[match[2] ?? 's'];
    return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
function duration_formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    if (ms < 3_600_000)
        return `${+(ms / 60_000).toFixed(1)}m`;
    return `${+(ms / 3_600_000).toFixed(1)}h`;
}

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/** A problem the workflow author can fix (bad input, missing file). Reported without a stack. */
class errors_ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/** An expected failure of the action's work (all attempts failed, checksum mismatch). No stack. */
class ActionFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'ActionFailure';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/runner.ts




// The runner's side of the contract for a node action: INPUT_* variables, workflow commands on
// stdout and the GITHUB_* file commands. It mirrors @actions/core, which the actions cannot afford
// on their start path: importing it costs 50-85 ms (its OIDC helper loads undici eagerly), more than
// the 30 ms start-up budget of retry-run and secret-guard (see bench/).
function runner_getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return options.trimWhitespace === false ? value : value.trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function keyValueFile(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!keyValueFile('GITHUB_OUTPUT', name, value))
        issueCommand('set-output', value, { name });
}
/** Exports a variable to later steps and to this process. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!keyValueFile('GITHUB_ENV', name, value))
        issueCommand('set-env', value, { name });
}
function addPath(dir) {
    const file = process.env.GITHUB_PATH;
    if (file)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, `${dir}${external_node_os_namespaceObject.EOL}`, 'utf8');
    else
        issueCommand('add-path', dir);
    process.env.PATH = `${dir}${external_node_path_namespaceObject.delimiter}${process.env.PATH ?? ''}`;
}
function saveState(name, value) {
    if (!keyValueFile('GITHUB_STATE', name, value))
        issueCommand('save-state', value, { name });
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Registers a value with the runner's log masking. */
function setSecret(value) {
    issueCommand('add-mask', value);
}
function debug(message) {
    issueCommand('debug', message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function warning(message) {
    issueCommand('warning', message);
}
function error(message) {
    issueCommand('error', message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends Markdown to the step summary; false when the runner offers none. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts






// Typed getters over the step's INPUT_* variables. Each bad value throws a ConfigurationError that
// names the input, the value received and what is allowed, before the action changes anything.
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
function raw(name) {
    return getInput(name);
}
function invalid(name, value, allowed) {
    return new ConfigurationError(`Input '${name}' must be ${allowed}, got '${value}'.`);
}
function getRequired(name) {
    const value = raw(name);
    if (!value)
        throw new ConfigurationError(`Input '${name}' is required and was not supplied.`);
    return value;
}
function getOptional(name) {
    return raw(name) || undefined;
}
/** The raw value with surrounding white space kept, for scripts. */
function getMultiline(name, options = {}) {
    const value = getInput(name, { trimWhitespace: false });
    if (options.required && !value.trim()) {
        throw new ConfigurationError(`Input '${name}' is required and was not supplied.`);
    }
    return value;
}
/** YAML 1.2 core schema booleans only: true/True/TRUE/false/False/FALSE. */
function getBoolean(name, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw invalid(name, value, 'true or false');
}
/** Items separated by newlines or commas, trimmed, blanks dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
function getList(name) {
    return splitList(raw(name));
}
/** Newline-separated items only, for values that may themselves contain commas (regexes). */
function getLines(name) {
    return raw(name)
        .split('\n')
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
function getInt(name, options) {
    const value = raw(name);
    if (!value)
        return options.fallback;
    const allowed = `an integer from ${options.min} to ${options.max}`;
    if (!/^-?\d+$/.test(value))
        throw invalid(name, value, allowed);
    const number = Number(value);
    if (number < options.min || number > options.max)
        throw invalid(name, value, allowed);
    return number;
}
function getNumber(name, options) {
    const value = raw(name);
    if (!value)
        return options.fallback;
    const allowed = `a number from ${options.min} to ${options.max}`;
    if (!/^\d+(\.\d+)?$/.test(value))
        throw invalid(name, value, allowed);
    const number = Number(value);
    if (number < options.min || number > options.max)
        throw invalid(name, value, allowed);
    return number;
}
function getEnum(name, allowed, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw invalid(name, value, `one of ${allowed.map(a => `'${a}'`).join(', ')}`);
}
/** A duration in milliseconds, or undefined when the input is empty. */
function getDuration(name, options = {}) {
    const value = raw(name);
    if (!value)
        return undefined;
    const ms = parseDuration(value);
    const min = options.min ?? 0;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (ms === undefined)
        throw invalid(name, value, `a duration such as ${DURATION_FORMS}`);
    if (ms < min || ms > max) {
        const range = options.max === undefined
            ? `of at least ${formatDuration(min)}`
            : `from ${formatDuration(min)} to ${formatDuration(max)}`;
        throw invalid(name, value, `a duration ${range}`);
    }
    return ms;
}
/** Expands a leading `~` and resolves against `cwd`. */
function resolvePath(value, cwd) {
    const expanded = value === '~' ? homedir() : value.startsWith('~/') ? join(homedir(), value.slice(2)) : value;
    return isAbsolute(expanded) ? resolve(expanded) : resolve(cwd, expanded);
}
function getPath(name, options) {
    return resolvePath(raw(name) || options.fallback, options.cwd);
}
/** The `working-directory` input: an existing directory, relative to the workspace; default the workspace. */
function getWorkingDirectory(name = 'working-directory') {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const value = getOptional(name);
    const dir = value ? resolvePath(value, workspace) : workspace;
    let isDir = false;
    try {
        isDir = statSync(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir)
        throw invalid(name, value ?? dir, 'an existing directory');
    return dir;
}

;// CONCATENATED MODULE: ./packages/core/src/logger.ts

const coreLogger = {
    debug: message => debug(message),
    info: message => info(message),
    warning: message => warning(message),
    error: message => error(message)
};
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined
};

;// CONCATENATED MODULE: ./packages/core/src/output-patterns.ts
// Output patterns of transient failures, by tool. Matched case-insensitively against the tail of a
// failed command's output; a match makes the failure retryable. Shared by retry-run's
// `retry-presets` and by the actions that retry their own network commands (prepare-python).
const OUTPUT_PATTERNS = {
    apt: [
        'Temporary failure resolving',
        'Could not resolve',
        'Failed to fetch',
        'Hash Sum mismatch',
        'File has unexpected size',
        'Unable to connect to',
        'Could not connect to',
        'Connection timed out',
        'Connection failed',
        'Some index files failed to download',
        'Mirror sync in progress',
        'Could not get lock /var/lib/(dpkg|apt)',
        'Unable to acquire the dpkg frontend lock',
        '\\b50[234]\\s+(Bad Gateway|Service Unavailable|Gateway Time-?out)'
    ],
    network: [
        'EAI_AGAIN',
        'Name or service not known',
        'Temporary failure in name resolution',
        'Could not resolve host',
        'Connection reset by peer',
        'ECONNRESET',
        'ECONNREFUSED',
        'ETIMEDOUT',
        'Connection timed out',
        'Network is unreachable',
        'TLS handshake timeout',
        'i/o timeout',
        'unexpected EOF',
        'curl: \\((6|7|18|28|35|52|56)\\)'
    ],
    http: [
        'Too Many Requests',
        'Bad Gateway',
        'Service Unavailable',
        'Gateway Time-?out',
        'Internal Server Error',
        'The requested URL returned error: (408|425|429|5\\d\\d)',
        '\\b(HTTP|status|status code|response)[ :/]*(408|425|429|500|502|503|504)\\b'
    ],
    pip: [
        'Read timed out',
        'Connection reset',
        'error sending request',
        'HTTP status server error \\(5\\d\\d',
        'HTTP status client error \\(429',
        'status code:? 429',
        'ReadTimeoutError',
        'ConnectTimeoutError',
        'Max retries exceeded',
        'IncompleteRead',
        'Failed to download',
        'operation timed out'
    ],
    git: [
        'Could not resolve host',
        'early EOF',
        'RPC failed',
        'The remote end hung up unexpectedly',
        'unable to access .*: (Failed to connect|Could not resolve|Operation timed out|Connection timed out|The requested URL returned error: (429|5\\d\\d))',
        'fatal: unable to connect',
        'gnutls_handshake\\(\\) failed',
        'SSL_ERROR_SYSCALL',
        'index-pack failed'
    ],
    helm: [
        'is not a valid chart repository or cannot be reached',
        'context deadline exceeded',
        'TLS handshake timeout',
        'i/o timeout',
        'connection reset by peer',
        'unexpected EOF',
        '429 Too Many Requests',
        'failed to fetch .* : 5\\d\\d'
    ]
};
const OUTPUT_PATTERN_NAMES = Object.keys(OUTPUT_PATTERNS);
/** The patterns of the named sets, compiled case-insensitive and multi-line. */
function compileOutputPatterns(names) {
    return names.flatMap(name => OUTPUT_PATTERNS[name].map(source => ({ name: `preset ${name}`, regex: new RegExp(source, 'im') })));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/process.ts



// Runs a command the way a CI step should: its own process group, stdin closed, output streamed
// live with a bounded tail kept for pattern matching, and a deadline that takes the whole group
// down (SIGTERM, then SIGKILL after a grace period) and waits until it is gone.
const TAIL_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
const GROUP_POLL_MS = 10;
const CLOSE_AFTER_EXIT_MS = 250;
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
    return 128 + (constants.signals[signal] ?? 0);
}
/** Live (non-zombie) members of a process group, from /proc; undefined where there is no /proc. */
function liveMembers(pgid) {
    let entries;
    try {
        entries = readdirSync('/proc');
    }
    catch {
        return undefined;
    }
    let count = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X')
                count++;
        }
        catch {
            // the process ended while we looked
        }
    }
    return count;
}
/** Zombies count as gone: reaping them is init's work, and some inits are slow at it. */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    const live = liveMembers(pgid);
    return live === undefined || live > 0;
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: already gone. EPERM (a setuid member): nothing more we may do; reported as lingering.
    }
}
const delay = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Waits until no process of the group is left, at most `limitMs`. */
async function waitForGroup(pgid, limitMs) {
    const end = Date.now() + limitMs;
    while (groupAlive(pgid)) {
        if (Date.now() >= end)
            return false;
        await delay(GROUP_POLL_MS);
    }
    return true;
}
/** SIGTERM to the whole group, SIGKILL after the grace period; true when the group is gone. */
async function killGroup(pgid, graceMs) {
    if (!groupAlive(pgid))
        return true;
    signalGroup(pgid, 'SIGTERM');
    if (await waitForGroup(pgid, graceMs))
        return true;
    signalGroup(pgid, 'SIGKILL');
    return waitForGroup(pgid, 5000);
}
// Groups still running, so that cancelling the step (the runner sends SIGINT, then SIGTERM) takes
// them down instead of leaving them to the end-of-job cleanup. A second signal kills at once.
const running = new Map();
let cancelling = false;
function onCancel(signal) {
    if (cancelling) {
        for (const pgid of running.keys())
            signalGroup(pgid, 'SIGKILL');
        return;
    }
    cancelling = true;
    const kills = [...running].map(([pgid, grace]) => killGroup(pgid, Math.min(grace, CANCEL_GRACE_MS)));
    void Promise.all(kills).finally(() => process.exit(signalExitCode(signal)));
}
function track(pgid, graceMs) {
    if (running.size === 0) {
        process.on('SIGINT', onCancel);
        process.on('SIGTERM', onCancel);
    }
    running.set(pgid, graceMs);
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
    return new Promise(resolve => {
        const child = spawn(options.command, [...options.args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const stdout = forwarder(child.stdout, process.stdout);
        const stderr = forwarder(child.stderr, process.stderr);
        const out = options.stdout ?? stdout.write;
        const err = options.stderr ?? stderr.write;
        let timedOut = false;
        let killing;
        let timer;
        let settled = false;
        let lastData = Date.now();
        if (child.pid !== undefined)
            track(child.pid, options.killGraceMs);
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            if (child.pid !== undefined)
                untrack(child.pid);
            // The runner reads workflow commands only at the start of a line.
            if (!options.stdout && !stdout.state.atLineStart)
                process.stdout.write('\n');
            resolve({ ...result, timedOut, durationMs: Date.now() - started, tail: tail.toString() });
        };
        child.stdout.on('data', (chunk) => {
            lastData = Date.now();
            tail.push(chunk);
            out(chunk);
        });
        child.stderr.on('data', (chunk) => {
            lastData = Date.now();
            tail.push(chunk);
            err(chunk);
        });
        child.on('error', error => {
            finish({ exitCode: 127, spawnError: error.message, lingering: false });
        });
        if (options.timeoutMs !== undefined && child.pid !== undefined) {
            const pid = child.pid;
            timer = setTimeout(() => {
                timedOut = true;
                killing = killGroup(pid, options.killGraceMs);
            }, options.timeoutMs);
        }
        child.on('exit', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const exitCode = code ?? (signal ? signalExitCode(signal) : 1);
            // A background child may hold the pipes open: after the leader exits, wait for the streams
            // only while they still deliver (or wait for our pipe), then go on without them. On a
            // timeout, wait until the kill has taken the whole group.
            const streamsClosed = new Promise(done => {
                if (child.stdout.readableEnded && child.stderr.readableEnded)
                    return done();
                child.once('close', () => done());
                const idle = () => {
                    const busy = stdout.state.paused || stderr.state.paused;
                    if (!busy && Date.now() - lastData >= CLOSE_AFTER_EXIT_MS)
                        done();
                    else
                        setTimeout(idle, 50).unref();
                };
                setTimeout(idle, CLOSE_AFTER_EXIT_MS).unref();
            });
            void Promise.all([streamsClosed, killing ?? Promise.resolve(true)]).then(([, gone]) => finish({ exitCode, signal: signal ?? undefined, lingering: !gone, pgid: child.pid }));
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts
// A retry engine: exponential backoff with a multiplier, a cap, optional jitter, a total deadline,
// a retryability predicate and a server-given delay. Time and randomness are injected so tests
// run with zero delay.
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
/** The nominal wait before retry number `retry` (1 = before the second attempt). */
function nominalDelay(backoff, retry) {
    const delay = backoff.delayMs * Math.pow(backoff.multiplier, retry - 1);
    return Math.min(backoff.maxDelayMs, delay);
}
function jitteredDelay(backoff, retry, random) {
    const nominal = nominalDelay(backoff, retry);
    return Math.round(backoff.jitter ? nominal * (0.5 + 0.5 * random()) : nominal);
}
/** Gives the last error when attempts, time or retryability run out. */
async function retry(fn, options) {
    const clock = options.clock ?? systemClock;
    const start = clock.now();
    const remaining = () => options.deadlineMs === undefined ? undefined : options.deadlineMs - (clock.now() - start);
    for (let attempt = 1;; attempt++) {
        try {
            return await fn({ attempt, remainingMs: remaining() });
        }
        catch (error) {
            if (attempt >= options.attempts)
                throw error;
            if (options.isRetryable && !options.isRetryable(error, attempt))
                throw error;
            const serverDelay = options.serverDelayMs?.(error);
            const delayMs = serverDelay === undefined
                ? jitteredDelay(options.backoff, attempt, clock.random)
                : Math.min(Math.max(0, serverDelay), options.backoff.maxDelayMs);
            const left = remaining();
            if (left !== undefined && delayMs >= left)
                throw error;
            await options.onRetry?.({ error, attempt, delayMs });
            if (delayMs > 0)
                await clock.sleep(delayMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts


const MIN_NODE_MAJOR = 20;
/** Runs a main or post entry: every failure is reported once, nothing escapes as a crash. */
async function runAction(fn, options) {
    const reporter = options.reporter ?? runner_namespaceObject;
    const exit = options.exit ?? exitWhenFlushed;
    let failed = false;
    const fail = (error) => {
        if (failed)
            return;
        failed = true;
        reporter.setFailed(describe(error, options.name));
        if (!(error instanceof errors_ConfigurationError || error instanceof ActionFailure)) {
            reporter.debug(error instanceof Error && error.stack ? error.stack : String(error));
        }
    };
    const onAsyncError = (error) => {
        fail(error);
        exit(1);
    };
    process.on('unhandledRejection', onAsyncError);
    process.on('uncaughtException', onAsyncError);
    try {
        const major = Number((options.nodeVersion ?? process.versions.node).split('.')[0]);
        if (major < MIN_NODE_MAJOR) {
            throw new errors_ConfigurationError(`${options.name} needs Node.js ${MIN_NODE_MAJOR} or newer, but runs on ${options.nodeVersion ?? process.versions.node}; use a job image with a newer node.`);
        }
        await fn();
    }
    catch (error) {
        fail(error);
    }
    finally {
        process.off('unhandledRejection', onAsyncError);
        process.off('uncaughtException', onAsyncError);
    }
    exit(failed ? 1 : Number(process.exitCode) || 0);
}
function flushed(stream) {
    return new Promise(resolve => stream.write('', () => resolve()));
}
/**
 * Exits once stdout and stderr are flushed: `process.exit` drops writes still queued for a pipe
 * the runner has not read yet (the end of a chatty log, the failure annotation).
 */
function exitWhenFlushed(code) {
    process.exitCode = code;
    void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}
function describe(error, name) {
    if (error instanceof errors_ConfigurationError)
        return error.message;
    return `${name}: ${errorMessage(error)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/state.ts

function createState() {
    return {
        set: (key, value) => core.saveState(key, value),
        get: key => core.getState(key)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
// Light modules only: everything here is on every action's start path. Modules that load the
// toolkit's HTTP or cache packages are imported by subpath (`@ci-actions/core/download`).











;// CONCATENATED MODULE: ./actions/secret-guard/src/context.ts
// The trust of the run, from the event name, the event payload, the actor and the repository.
// Pure: the caller reads the environment and the payload file. GitHub and Forgejo/Gitea payloads
// share the fields used here (`pull_request.head.repo.full_name`, `pull_request.base.repo`,
// `repository.full_name`, `repository.fork`, `pull_request.user.login`); Gitea's PRBranchInfo
// adds `repo_id`.
const DEPENDABOT = 'dependabot[bot]';
/** Forgejo sets FORGEJO_ACTIONS, Gitea GITEA_ACTIONS, both besides GITHUB_ACTIONS. */
function detectPlatform(env) {
    if (env.FORGEJO_ACTIONS)
        return 'forgejo';
    if (env.GITEA_ACTIONS)
        return 'gitea';
    return 'github';
}
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function context_text(value) {
    return typeof value === 'string' && value ? value : undefined;
}
function id(value) {
    return typeof value === 'number' && value > 0 ? value : undefined;
}
/**
 * Decides whether a pull request comes from a fork: head and base repository full names differ
 * (case-insensitively, owner names are), or the head repository is gone (`null`, as GitHub and
 * Gitea send for a deleted fork). Without full names, repository ids are compared.
 */
function headIsFork(pr, payload, repository) {
    const head = object(pr.head);
    const base = object(pr.base);
    const headRepo = object(head?.repo);
    if (!headRepo)
        return true;
    const baseRepo = object(base?.repo);
    const headName = context_text(headRepo.full_name);
    const baseName = context_text(baseRepo?.full_name) ?? context_text(object(payload.repository)?.full_name) ?? context_text(repository);
    if (headName && baseName)
        return headName.toLowerCase() !== baseName.toLowerCase();
    const headId = id(headRepo.id) ?? id(head?.repo_id);
    const baseId = id(baseRepo?.id) ?? id(base?.repo_id) ?? id(object(payload.repository)?.id);
    if (headId !== undefined && baseId !== undefined)
        return headId !== baseId;
    return true;
}
/** The run's repository is trusted: listed, or (no list) not a fork by the payload's word. */
function repositoryTrusted(input, payload) {
    const repository = object(payload.repository);
    if (input.trustedRepositories.length === 0)
        return repository?.fork !== true;
    const name = context_text(input.repository) ?? context_text(repository?.full_name);
    if (!name)
        return false;
    return input.trustedRepositories.some(listed => listed.toLowerCase() === name.toLowerCase());
}
function resolveContext(input) {
    const payload = object(input.payload) ?? {};
    const event = input.eventName || 'unknown';
    const pullRequest = event.startsWith('pull_request');
    const pr = object(payload.pull_request);
    let note;
    let isFork = false;
    if (pullRequest && pr)
        isFork = headIsFork(pr, payload, input.repository);
    else if (pullRequest) {
        note = `the ${event} event payload holds no pull request; treated as a same-repository pull request`;
    }
    const prAuthor = context_text(object(pr?.user)?.login);
    const dependabot = input.actor === DEPENDABOT || prAuthor === DEPENDABOT;
    const base = { event, platform: input.platform, pullRequest, isFork, dependabot, note };
    if (dependabot)
        return { ...base, trusted: false, untrustedBy: 'dependabot' };
    // pull_request_target runs the base branch's workflow with the base's secrets, forks included.
    if (isFork && event !== 'pull_request_target') {
        return { ...base, trusted: false, untrustedBy: 'fork-pull-request' };
    }
    // A fork's own push or schedule runs with the fork's secrets, not the upstream's. An unknown or
    // empty event (forgejo-runner exec) is trusted: missing secrets then fail, never go online.
    if (!repositoryTrusted(input, payload)) {
        return { ...base, trusted: false, untrustedBy: 'untrusted-repository' };
    }
    return { ...base, trusted: true };
}
/** A short description for logs and the summary, e.g. `pull_request from a fork`. */
function describeContext(context) {
    const parts = [context.event];
    if (context.pullRequest)
        parts.push(context.isFork ? 'from a fork' : 'from the same repository');
    if (context.dependabot)
        parts.push('by Dependabot');
    if (context.untrustedBy === 'untrusted-repository')
        parts.push('in an untrusted repository');
    if (context.platform !== 'github')
        parts.push(`on ${context.platform}`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./actions/secret-guard/src/decide.ts

/** Filled in by the runner itself; on a fork's pull request they are read-only. */
const AUTOMATIC_TOKENS = ['GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'];
/** A value that is empty or only white space is missing. */
function hasValue(value) {
    return value !== undefined && value.trim() !== '';
}
function decide(input) {
    const { context } = input;
    const counts = (name) => input.set.has(name) && (context.trusted || !AUTOMATIC_TOKENS.includes(name));
    const names = [...input.required, ...input.optional.filter(n => !input.required.includes(n))];
    const present = names.filter(counts);
    const missing = names.filter(name => !counts(name));
    const requiredMissing = input.required.filter(name => !counts(name));
    const discounted = names.filter(name => input.set.has(name) && !counts(name));
    const result = { present, missing, requiredMissing, discounted };
    if (requiredMissing.length === 0) {
        return { ...result, mode: 'online', ok: true, reason: 'all-present' };
    }
    const reason = context.untrustedBy ?? (input.onMissing === 'auto' ? 'missing-in-trusted-context' : 'missing');
    const fails = input.onMissing === 'fail' || (input.onMissing === 'auto' && context.trusted);
    return {
        ...result,
        mode: 'offline',
        ok: false,
        reason,
        failure: fails
            ? failureMessage(requiredMissing, discounted, context, input.onMissing)
            : undefined
    };
}
function where(names, context) {
    // The example names a variable that can be a secret: not an automatic token, whose name is reserved.
    const name = names.find(n => !AUTOMATIC_TOKENS.includes(n)) ?? names[0];
    const example = `\`${name}: \${{ secrets.${name} }}\``;
    if (context.dependabot) {
        return ('Runs started by Dependabot receive Dependabot secrets only, not Actions secrets: add them ' +
            'under Settings → Secrets and variables → Dependabot, and pass each to this step via `env:` ' +
            `(for example ${example}).`);
    }
    if (context.platform !== 'github') {
        return ('Set them as repository, organisation or user secrets (Settings → Actions → Secrets) and ' +
            `pass each to this step via \`env:\` (for example ${example}). Secret names may not start ` +
            'with GITHUB_, GITEA_ or FORGEJO_: store such a value under another name (e.g. FORGEJO_PAT) ' +
            'and map it in `env:`.');
    }
    return ('Set them as repository or organisation secrets (Settings → Secrets and variables → Actions) ' +
        `and pass each to this step via \`env:\` (for example ${example}).`);
}
function failureMessage(requiredMissing, discounted, context, onMissing) {
    const list = requiredMissing.join(', ');
    const label = describeContext(context);
    const parts = context.trusted
        ? [`Required secrets are missing in a trusted context (${label}): ${list}.`]
        : [
            `Required secrets are missing (${label}; on-missing is '${onMissing}'): ${list}.`,
            context.untrustedBy === 'fork-pull-request'
                ? 'Workflows triggered from a fork receive no secrets; use on-missing: auto to run offline there.'
                : '',
            context.untrustedBy === 'untrusted-repository'
                ? "A fork's own runs receive none of the upstream's secrets; use on-missing: auto to run offline there, or list the repository in trusted-repositories."
                : ''
        ];
    parts.push(where(requiredMissing, context));
    const tokens = discounted.filter(name => requiredMissing.includes(name));
    if (tokens.length > 0) {
        parts.push(`${tokens.join(', ')} ${tokens.length === 1 ? 'is' : 'are'} filled in by the runner and count${tokens.length === 1 ? 's' : ''} as present only in a trusted context.`);
    }
    return parts.filter(Boolean).join(' ');
}

;// CONCATENATED MODULE: ./actions/secret-guard/src/inputs.ts

const ON_MISSING = ['auto', 'offline', 'fail'];
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REPOSITORY_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const NOT_SHOWN = 'it is not shown, as it may be a secret given here by mistake';
/** Variables the runner refuses to take from GITHUB_ENV. */
const REFUSED_KEYS = ['NODE_OPTIONS'];
/** Splits a list (newlines or commas), checks each item and drops repeats. */
function parseList(input, text, pattern, what) {
    const items = [];
    splitList(text).forEach((item, index) => {
        if (!pattern.test(item)) {
            throw new errors_ConfigurationError(`Input '${input}' item ${index + 1} is not ${what} matching ${pattern.source} (${NOT_SHOWN}).`);
        }
        if (!items.includes(item))
            items.push(item);
    });
    return items;
}
/** Environment variable names, newline- or comma-separated. */
function parseNames(input, text) {
    return parseList(input, text, NAME_PATTERN, 'an environment variable name');
}
/** owner/name items, newline- or comma-separated. */
function parseRepositories(input, text) {
    return parseList(input, text, REPOSITORY_PATTERN, 'a repository owner/name');
}
/**
 * Parses `KEY=VALUE` lines at the first `=`. Blank lines and `#` comments are skipped; white space
 * around the key and the value is trimmed. Errors name the input and the line number only.
 */
function parseEnvLines(input, text) {
    const lines = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const trimmed = line.trim();
        if (!trimmed || trimmed.startsWith('#'))
            return;
        const where = `Input '${input}' line ${index + 1}`;
        const equals = trimmed.indexOf('=');
        if (equals < 0) {
            throw new errors_ConfigurationError(`${where} must be KEY=VALUE, but has no '='.`);
        }
        const key = trimmed.slice(0, equals).trim();
        if (!NAME_PATTERN.test(key)) {
            throw new errors_ConfigurationError(`${where} must be KEY=VALUE with KEY matching ${NAME_PATTERN.source} (${NOT_SHOWN}).`);
        }
        const refused = REFUSED_KEYS.find(name => name === key.toUpperCase());
        if (refused) {
            throw new errors_ConfigurationError(`${where} sets ${refused}, which the runner refuses to take from GITHUB_ENV; set it in the job's env: instead.`);
        }
        const value = trimmed.slice(equals + 1).trim();
        // `KEY=` and `KEY==` are what a base64 secret's padding gives: refused, so its text stays out.
        if (!value || value.startsWith('=')) {
            throw new errors_ConfigurationError(`${where} must be KEY=VALUE with a VALUE that is not empty and does not start with '=' (${NOT_SHOWN}, e.g. a base64 value's padding).`);
        }
        lines.push({ key, value });
    });
    return lines;
}
/** Like core's getEnum, without echoing the value. */
function parseOnMissing(text) {
    if (!text)
        return 'auto';
    const value = ON_MISSING.find(allowed => allowed === text);
    if (value)
        return value;
    throw new errors_ConfigurationError(`Input 'on-missing' must be one of ${ON_MISSING.map(a => `'${a}'`).join(', ')} (${NOT_SHOWN}).`);
}
function readInputs() {
    const requiredText = runner_getInput('required');
    if (!requiredText.replace(/[\s,]/g, '')) {
        throw new errors_ConfigurationError("Input 'required' is required and was not supplied: list at least one environment variable name.");
    }
    const required = parseNames('required', requiredText);
    const optional = parseNames('optional', runner_getInput('optional')).filter(name => !required.includes(name));
    return {
        required,
        optional,
        onMissing: parseOnMissing(runner_getInput('on-missing')),
        offlineEnv: parseEnvLines('offline-env', runner_getInput('offline-env', { trimWhitespace: false })),
        onlineEnv: parseEnvLines('online-env', runner_getInput('online-env', { trimWhitespace: false })),
        trustedRepositories: parseRepositories('trusted-repositories', runner_getInput('trusted-repositories'))
    };
}

;// CONCATENATED MODULE: ./actions/secret-guard/src/masks.ts

/**
 * The strings to register with the runner's masking for one value, in order: each of its lines,
 * trimmed and as is, then the whole value. Blank values and blank lines give nothing: a mask of
 * white space would hide every space in the log. The Forgejo runner masks whole registered strings
 * only, so the lines of a PEM block must be registered one by one to be hidden where they appear
 * alone; and it echoes each raw `::add-mask::` line, masked by what is registered so far, so the
 * lines go first: the echo of the whole value (`first%0Asecond`) then shows `***%0A***`.
 */
function maskVariants(value) {
    if (value === undefined || !hasValue(value))
        return [];
    const variants = new Set();
    for (const line of value.split(/\r\n|\r|\n/)) {
        if (!line.trim())
            continue;
        variants.add(line.trim());
        variants.add(line);
    }
    variants.add(value);
    return [...variants];
}

;// CONCATENATED MODULE: ./actions/secret-guard/src/run.ts






// Order matters: inputs are checked first (nothing written on bad input), then every value is
// registered as a secret, and only then does anything reach the log, the outputs or files.
// Values are read for the named variables only and never leave this function.
function readPayload() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        coreLogger.warning(`secret-guard: could not read the event payload: ${errorMessage(error)}`);
        return undefined;
    }
}
const cell = (text) => text.replace(/\|/g, '\\|');
function summaryTable(decision, inputs, context) {
    const rows = [...inputs.required, ...inputs.optional].map(name => {
        const kind = inputs.required.includes(name) ? 'required' : 'optional';
        const status = decision.present.includes(name)
            ? 'present'
            : decision.discounted.includes(name)
                ? 'missing (automatic token, untrusted context)'
                : 'missing';
        return `| \`${name}\` | ${kind} | ${status} |`;
    });
    return [
        '### secret-guard',
        '',
        '| name | kind | status |',
        '| --- | --- | --- |',
        ...rows,
        '',
        `**mode:** \`${decision.mode}\` · **reason:** \`${decision.reason}\` · **context:** ${cell(describeContext(context))} (${context.trusted ? 'trusted' : 'untrusted'})`,
        ''
    ].join('\n');
}
// Neither keys nor values are logged: a secret given to these inputs by mistake would show its
// pieces (a base64 value's text before `=`).
function exportLines(input, lines) {
    for (const line of lines)
        exportVariable(line.key, line.value);
    if (lines.length > 0) {
        const count = lines.length === 1 ? 'one variable' : `${lines.length} variables`;
        coreLogger.info(`secret-guard: exported ${count} from ${input}`);
    }
}
async function run() {
    const inputs = readInputs();
    const names = [...inputs.required, ...inputs.optional];
    const set = new Set();
    const masked = new Set();
    for (const name of names) {
        const value = process.env[name];
        for (const mask of maskVariants(value)) {
            if (!masked.has(mask))
                setSecret(mask);
            masked.add(mask);
        }
        if (hasValue(value))
            set.add(name);
    }
    const context = resolveContext({
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        payload: readPayload(),
        actor: process.env.GITHUB_ACTOR ?? '',
        repository: process.env.GITHUB_REPOSITORY ?? '',
        platform: detectPlatform(process.env),
        trustedRepositories: inputs.trustedRepositories
    });
    const decision = decide({ ...inputs, set, context });
    if (context.note)
        coreLogger.warning(`secret-guard: ${context.note}`);
    const tokens = inputs.required.filter(name => AUTOMATIC_TOKENS.includes(name));
    if (tokens.length > 0) {
        coreLogger.info(`secret-guard: ${tokens.join(', ')}: filled in by the runner, counted as present only in a trusted context.`);
    }
    const list = (items) => (items.length ? items.join(', ') : 'none');
    coreLogger.info(`secret-guard: ${describeContext(context)} (${context.trusted ? 'trusted' : 'untrusted'} context): mode ${decision.mode}, reason ${decision.reason}`);
    coreLogger.info(`secret-guard: present: ${list(decision.present)}`);
    coreLogger.info(`secret-guard: missing: ${list(decision.missing)}`);
    if (decision.reason === 'missing' && !decision.failure) {
        coreLogger.warning(`secret-guard: required secrets are missing in a trusted context (${describeContext(context)}): ${list(decision.requiredMissing)}; on-missing is '${inputs.onMissing}', so the job runs offline.`);
    }
    setOutput('mode', decision.mode);
    setOutput('ok', String(decision.ok));
    setOutput('present', JSON.stringify(decision.present));
    setOutput('missing', JSON.stringify(decision.missing));
    setOutput('reason', decision.reason);
    setOutput('trusted', String(context.trusted));
    setOutput('is-fork', String(context.isFork));
    if (decision.mode === 'online')
        exportLines('online-env', inputs.onlineEnv);
    else
        exportLines('offline-env', inputs.offlineEnv);
    appendSummary(summaryTable(decision, inputs, context));
    if (decision.failure)
        throw new ActionFailure(decision.failure);
}

;// CONCATENATED MODULE: ./actions/secret-guard/src/main.ts


void runAction(run, { name: 'secret-guard' });

