import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ setLongTimeout),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports DURATION_FORMS, MAX_TIMER_MS, MAX_DURATION_MS, parseDuration */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
// No white space inside: `5\nm` is a typo, not five minutes.
const PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_FORMS = "'500ms', '30s', '5m', '1h' or a bare number of seconds";
/** Node's timers fire at once above 2^31-1 ms (24.8 days); no timer may be set beyond this. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The longest duration any input accepts unless it sets a lower limit: 7 days. */
const MAX_DURATION_MS = (/* unused pure expression or super */ null && (7 * 24 * 3_600_000));
/** Parses `500ms`, `30s`, `5m`, `1h` or a bare number of seconds into milliseconds. */
function parseDuration(text) {
    const match = PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const ms = Number(match[1]) * UNITS[match[2] ?? 's'];
    return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    if (ms < 3_600_000)
        return `${+(ms / 60_000).toFixed(1)}m`;
    return `${+(ms / 3_600_000).toFixed(1)}h`;
}
/** A timer that may be longer than Node allows: re-armed in steps of at most MAX_TIMER_MS. */
function setLongTimeout(fn, ms) {
    const end = Date.now() + Math.max(0, ms);
    let timer;
    const arm = () => {
        const left = end - Date.now();
        timer = setTimeout(left > MAX_TIMER_MS ? arm : fn, Math.min(Math.max(0, left), MAX_TIMER_MS));
    };
    arm();
    return { clear: () => clearTimeout(timer) };
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** A problem the workflow author can fix (bad input, missing file). Reported without a stack. */
class ConfigurationError extends Error {
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


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ FAULTS_ABSORBED_OUTPUT),
  Vf: () => (/* binding */ nameLedger),
  QD: () => (/* binding */ recordFault),
  $K: () => (/* binding */ stepAbsorbed),
  wc: () => (/* binding */ stepLedger),
  AG: () => (/* binding */ unabsorbedFault)
});

// UNUSED EXPORTS: ABSORBED_KINDS, FAULT_KINDS, LEDGER_ENV, LEDGER_VERSION, Ledger, absorbFault, causeOf, commandTarget, isAbsorbed, ledgerContext, ledgerLine, ledgerPath, nodeLedgerFs, parseLedger, redactText, resetLedger, scriptTarget, withCause

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logger.ts
var logger = __nccwpck_require__(9157);
;// CONCATENATED MODULE: ./packages/core/src/url.ts
// Text that may be a URL, made fit for a log, a summary or the ledger.
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * A URL without user, password, query or fragment. Text that is not a URL (a command name, a cache
 * key) comes back unchanged; text that only looks like one (`scheme://...` that does not parse) is
 * withheld, since it may still hold credentials.
 */
function redactUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return URL_LIKE.test(text) ? '(invalid URL)' : text;
    }
    if (!url.host)
        return text;
    // `http://host` stays as written: URL adds a `/` path to it.
    const bare = url.pathname === '/' && !text.split(/[?#]/)[0].endsWith('/');
    return `${url.protocol}//${url.host}${bare ? '' : url.pathname}`;
}

;// CONCATENATED MODULE: ./packages/core/src/ledger.ts





// The flake ledger: one JSON line per fault an action absorbed (or that failed its step), appended
// to a file every action of the job shares, bootstrap.sh included. Each line is one write(2) on a
// descriptor opened with O_APPEND, so two steps or processes writing at once never interleave a
// line. Nothing secret goes in: URLs keep only origin and path, errors are a status, a code or a
// short message, never a header or a body. A ledger that cannot be written warns once and is
// otherwise ignored: bookkeeping never fails a step. Schema (versioned): README, "Flake ledger".
const LEDGER_VERSION = 1;
/** Names the ledger file instead of $RUNNER_TEMP/ci-actions/ledger.jsonl. */
const LEDGER_ENV = 'CI_ACTIONS_LEDGER';
const FAULTS_ABSORBED_OUTPUT = 'faults-absorbed';
const FAULT_KINDS = (/* unused pure expression or super */ null && ([
    'download-retry',
    'mirror-fallback',
    'command-retry',
    'package-retry',
    'cache-failed',
    'cache-skipped',
    'unabsorbed'
]));
/** Faults worked around. `cache-skipped` follows a `cache-failed` and `unabsorbed` failed the step. */
const ABSORBED_KINDS = new Set([
    'download-retry',
    'mirror-fallback',
    'command-retry',
    'package-retry',
    'cache-failed'
]);
const MAX_TARGET = 300;
const MAX_ERROR = 300;
/** The ledger file: CI_ACTIONS_LEDGER, else under RUNNER_TEMP; undefined outside a runner. */
function ledgerPath(env = process.env) {
    if (env[LEDGER_ENV])
        return env[LEDGER_ENV];
    return env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'ci-actions', 'ledger.jsonl') : undefined;
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
/** One line, every URL in it redacted, at most `max` characters. */
function redactText(text, max = MAX_ERROR) {
    const oneLine = text.replace(URL_IN_TEXT, redactUrl).replace(/\s+/g, ' ').trim();
    return cut(oneLine, max);
}
const WORD = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,39}$/;
/**
 * A command's name for the ledger: the program's base name and the sub-command words after it,
 * up to the first option, path, assignment or value-like word (`uv pip install`, `helm dependency
 * build`); never its arguments, which may hold a token.
 */
function commandTarget(words, maxWords = 3) {
    const name = (words[0] ?? '').split('/').pop() ?? '';
    if (!WORD.test(name))
        return 'command';
    const kept = [name];
    for (const word of words.slice(1, maxWords)) {
        if (!/^[a-z][a-z0-9-]{0,29}$/.test(word))
            break;
        kept.push(word);
    }
    return kept.join(' ');
}
/** The first command of a script (`pip install`), or `script` when it does not start with one. */
function scriptTarget(script) {
    const line = script
        .split(/\r?\n/)
        .map(text => text.trim())
        .find(text => text && !text.startsWith('#'));
    if (!line)
        return 'script';
    const target = commandTarget(line.split(/\s+/), 2);
    return target === 'command' ? 'script' : target;
}
function ledgerLine(fault, context, now) {
    return {
        v: LEDGER_VERSION,
        ts: now.toISOString(),
        job: context.job,
        action: context.action,
        step: context.step,
        kind: fault.kind,
        target: cut(redactUrl(fault.target), MAX_TARGET),
        attempt: fault.attempt ?? null,
        error: redactText(fault.error),
        waited_ms: Math.max(0, Math.round(fault.waitedMs ?? 0)),
        outcome: fault.outcome
    };
}
/** The lines of a ledger file; blank and malformed lines (a torn write, another version) skipped. */
function parseLedger(text) {
    const lines = [];
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        try {
            const line = JSON.parse(raw);
            if (line && line.v === LEDGER_VERSION && typeof line.kind === 'string')
                lines.push(line);
        }
        catch {
            // not a ledger line
        }
    }
    return lines;
}
function isAbsorbed(kind) {
    return ABSORBED_KINDS.has(kind);
}
const nodeLedgerFs = {
    append(path, data) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const fd = (0,external_node_fs_.openSync)(path, 'a', 0o644);
        try {
            (0,external_node_fs_.writeSync)(fd, data);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
};
/** The ledger of one step: writes its lines, counts the absorbed ones, warns once per target. */
class Ledger {
    options;
    absorbedCount = 0;
    writeFailed = false;
    warned = new Set();
    lines = [];
    constructor(options) {
        this.options = options;
    }
    get path() {
        return this.options.path;
    }
    record(fault) {
        const line = ledgerLine(fault, this.options.context, (this.options.now ?? (() => new Date()))());
        this.lines.push(line);
        if (isAbsorbed(line.kind))
            this.absorbedCount++;
        const path = this.options.path;
        if (path && !this.writeFailed) {
            try {
                (this.options.fs ?? nodeLedgerFs).append(path, `${JSON.stringify(line)}\n`);
            }
            catch (error) {
                this.writeFailed = true;
                (this.options.logger ?? logger/* coreLogger */.Wj).warning(`The flake ledger ${path} cannot be written (${redactText((0,errors/* errorMessage */.gJ)(error))}); faults are not recorded for the rest of this step.`);
            }
        }
        return line;
    }
    /**
     * Records an absorbed fault and logs `message`: a warning for the first fault of its target in
     * this step, an info line after that.
     */
    absorb(logger, fault, message) {
        const line = this.record(fault);
        if (this.warned.has(line.target)) {
            logger.info(message);
        }
        else {
            this.warned.add(line.target);
            logger.warning(message);
        }
    }
    /** How many faults this step absorbed (the `faults-absorbed` output). */
    absorbed() {
        return this.absorbedCount;
    }
}
function ledgerContext(action, env = process.env) {
    return { job: env.GITHUB_JOB ?? '', action, step: env.GITHUB_ACTION ?? '' };
}
let current;
let stepAction = 'ci-actions';
/**
 * Names this step's ledger (runAction does, with the action's name). The ledger itself starts with
 * the step's first fault: a step that records none never builds one.
 */
function nameLedger(action) {
    current = undefined;
    stepAction = action;
}
/** This step's ledger, started on first use; named `ci-actions` when runAction did not name it. */
function stepLedger() {
    current ??= new Ledger({ path: ledgerPath(), context: ledgerContext(stepAction) });
    return current;
}
/** How many faults this step absorbed so far (the `faults-absorbed` output); starts no ledger. */
function stepAbsorbed() {
    return current?.absorbed() ?? 0;
}
/** Forgets this process's ledger and its name (tests run many steps in one process). */
function resetLedger() {
    nameLedger('ci-actions');
}
function recordFault(fault) {
    stepLedger().record(fault);
}
function absorbFault(logger, fault, message) {
    stepLedger().absorb(logger, fault, message);
}
const CAUSE = Symbol.for('ci-actions.fault-cause');
/** Marks `error` with the fault that caused it; returns the error (`throw withCause(...)`). */
function withCause(error, cause) {
    if (cause)
        Object.defineProperty(error, CAUSE, { value: cause, enumerable: false });
    return error;
}
/** The cause attached to `error` or to one of its `cause`s. */
function causeOf(error) {
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const cause = e[CAUSE];
        if (cause)
            return cause;
        e = e.cause;
    }
    return undefined;
}
/** The `unabsorbed` fault for the error that failed a step. */
function unabsorbedFault(error, action) {
    const cause = causeOf(error);
    if (cause)
        return { kind: 'unabsorbed', outcome: 'failed', ...cause };
    const name = error instanceof Error ? error.name : 'Error';
    return {
        kind: 'unabsorbed',
        target: action,
        error: `${name}: ${redactText((0,errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '', 200)}`,
        outcome: 'failed'
    };
}


/***/ }),

/***/ 9157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wj: () => (/* binding */ coreLogger)
/* harmony export */ });
/* unused harmony exports createLogger, nullLogger, recordingLogger */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8643);


/** One output stream and its group state; a runner shows one open group at a time. */
class Output {
    emit;
    // Made by the first group: a step that never folds (a post step with nothing to do) never pays
    // for async context tracking.
    context;
    open;
    waiting = [];
    constructor(emit) {
        this.emit = emit;
    }
    write(kind, message) {
        const group = this.context?.getStore();
        // A line from a group not yet shown waits for it; once shown (a late timer), it goes straight out.
        if (group && !group.shown)
            group.pending.push([kind, message]);
        else
            this.emit(kind, message);
    }
    async group(name, fn) {
        this.context ??= new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
        if (this.context.getStore())
            return fn();
        const group = { name, pending: [], done: false, shown: false };
        if (this.open)
            this.waiting.push(group);
        else
            this.show(group);
        try {
            return await this.context.run(group, fn);
        }
        finally {
            group.done = true;
            if (this.open === group)
                this.close();
        }
    }
    show(group) {
        this.open = group;
        group.shown = true;
        this.emit('group', group.name);
        for (const [kind, message] of group.pending.splice(0))
            this.emit(kind, message);
    }
    close() {
        this.emit('endgroup', '');
        this.open = undefined;
        // The groups that ran meanwhile, in the order they started; the first still running stays open.
        for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
            this.show(next);
            if (!next.done)
                return;
            this.emit('endgroup', '');
            this.open = undefined;
        }
    }
}
function runnerEmit(kind, message) {
    if (kind === 'group')
        _runner__WEBPACK_IMPORTED_MODULE_1__.startGroup(message);
    else if (kind === 'endgroup')
        _runner__WEBPACK_IMPORTED_MODULE_1__.endGroup();
    else
        _runner__WEBPACK_IMPORTED_MODULE_1__[kind](message);
}
const runnerOutput = new Output(runnerEmit);
function createLogger(options = {}) {
    const output = options.emit ? new Output(options.emit) : runnerOutput;
    const text = options.prefix ? (m) => `${options.prefix}: ${m}` : (m) => m;
    return {
        debug: m => output.write('debug', text(m)),
        info: m => output.write('info', text(m)),
        warning: m => output.write('warning', text(m)),
        error: m => output.write('error', text(m)),
        group: (name, fn) => output.group(name, fn)
    };
}
const coreLogger = createLogger();
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, fn) => fn()
};
/**
 * A logger for tests that keeps `kind: message` lines (`group: name`, `endgroup`); debug lines
 * only when asked, as a run without ACTIONS_STEP_DEBUG hides them.
 */
function recordingLogger(options = {}) {
    const lines = [];
    const logger = createLogger({
        prefix: options.prefix,
        emit: (kind, message) => {
            if (kind === 'debug' && !options.debug)
                return;
            lines.push(kind === 'endgroup' ? kind : `${kind}: ${message}`);
        }
    });
    return { ...logger, lines };
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   addPath: () => (/* binding */ addPath),
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* binding */ endGroup),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   exportVariable: () => (/* binding */ exportVariable),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   issueCommand: () => (/* binding */ issueCommand),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


// The runner's side of the contract for a node action: INPUT_* variables, workflow commands on
// stdout and the GITHUB_* file commands. It mirrors @actions/core, which the actions cannot afford
// on their start path: importing it costs 50-85 ms (its OIDC helper loads undici eagerly), more than
// the 30 ms start-up budget of retry-run and secret-guard (see bench/). @actions/core stays the
// oracle: test/core/runner-contract.test.ts requires both to write the same lines and records.
// os.EOL without loading node:os, which a post step with nothing to do would load for this alone.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
function getInput(name, options = {}) {
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
    // As @actions/core: empty values are left out, but any key at all puts the space in.
    const props = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    const space = Object.keys(properties).length > 0 ? ' ' : '';
    process.stdout.write(`::${command}${space}${props}::${escapeData(message)}${EOL}`);
}
function keyValueFile(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    // The Web Crypto global loads node:crypto on first use only: a post step with nothing to save
    // writes no file command and never pays for it.
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (keyValueFile('GITHUB_OUTPUT', name, value))
        return;
    // As @actions/core: start on a fresh line, whatever the last write left.
    process.stdout.write(EOL);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${dir}${EOL}`, 'utf8');
    else
        issueCommand('add-path', dir);
    process.env.PATH = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter}${process.env.PATH ?? ''}`;
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
    process.stdout.write(message + EOL);
}
function warning(message, properties = {}) {
    issueCommand('warning', message, annotation(properties));
}
function error(message, properties = {}) {
    issueCommand('error', message, annotation(properties));
}
function annotation(properties) {
    return Object.keys(properties).length ? { title: properties.title } : {};
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Starts a foldable group; the runner's groups do not nest (the logger keeps to one). */
function startGroup(name) {
    issueCommand('group', name);
}
function endGroup() {
    issueCommand('endgroup', '');
}
/** Appends Markdown to the step summary; false when the runner offers none. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
    return true;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/ledger.ts + 1 modules
var ledger = __nccwpck_require__(8306);
;// CONCATENATED MODULE: ./packages/core/src/run-action.ts



const MIN_NODE_MAJOR = 20;
/** Runs a main or post entry: every failure is reported once, nothing escapes as a crash. */
async function runAction(fn, options) {
    const reporter = options.reporter ?? runner;
    const exit = options.exit ?? exitWhenFlushed;
    // The ledger's action is the name's first word: `prepare-python post` writes as prepare-python.
    (0,ledger/* nameLedger */.Vf)(options.name.split(/[\s(]/)[0]);
    let failed = false;
    let badInput = false;
    const fail = (error) => {
        if (failed)
            return;
        failed = true;
        // A bad input is no fault: nothing was attempted, nothing is recorded.
        badInput = error instanceof errors/* ConfigurationError */.j1;
        if (!badInput)
            (0,ledger/* stepLedger */.wc)().record((0,ledger/* unabsorbedFault */.AG)(error, options.name));
        reporter.error(failureAnnotation(error, options.name), { title: options.name });
        if (!(error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* ActionFailure */.dR)) {
            reporter.debug(error instanceof Error && error.stack ? error.stack : String(error));
        }
    };
    const onAsyncError = (error) => {
        fail(error);
        exit(1);
    };
    // A step whose promise can never settle (nothing left to wait on) would otherwise exit 0.
    const onBeforeExit = () => {
        fail(new errors/* ActionFailure */.dR('stopped with work unfinished (the event loop emptied before the step settled)'));
        exit(1);
    };
    process.on('unhandledRejection', onAsyncError);
    process.on('uncaughtException', onAsyncError);
    process.once('beforeExit', onBeforeExit);
    try {
        const major = Number((options.nodeVersion ?? process.versions.node).split('.')[0]);
        if (major < MIN_NODE_MAJOR) {
            throw new errors/* ConfigurationError */.j1(`${options.name} needs Node.js ${MIN_NODE_MAJOR} or newer, but runs on ${options.nodeVersion ?? process.versions.node}; use a job image with a newer node.`);
        }
        await fn();
    }
    catch (error) {
        fail(error);
    }
    finally {
        process.off('beforeExit', onBeforeExit);
        process.off('unhandledRejection', onAsyncError);
        process.off('uncaughtException', onAsyncError);
    }
    // A post step's outputs reach no one.
    if (!badInput && !/\bpost\b/.test(options.name)) {
        reporter.setOutput?.(ledger/* FAULTS_ABSORBED_OUTPUT */.fe, String((0,ledger/* stepAbsorbed */.$K)()));
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
function failureAnnotation(error, name) {
    if (error instanceof errors/* ConfigurationError */.j1)
        return error.message;
    return `${name}: ${(0,errors/* errorMessage */.gJ)(error)}`;
}

// EXTERNAL MODULE: ./packages/core/src/duration.ts
var duration = __nccwpck_require__(9713);
// EXTERNAL MODULE: ./packages/core/src/logger.ts
var src_logger = __nccwpck_require__(9157);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/state.ts


function createState() {
    return {
        set: (key, value) => runner.saveState(key, value),
        get: key => runner.getState(key),
        setJson: (key, value) => runner.saveState(key, JSON.stringify(value)),
        getJson: (key, log = runner) => {
            const text = runner.getState(key);
            if (!text)
                return undefined;
            try {
                return JSON.parse(text);
            }
            catch (error) {
                log.warning(`Ignoring the unreadable state '${key}': ${(0,errors/* errorMessage */.gJ)(error)}`);
                return undefined;
            }
        }
    };
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/state.ts

const state = createState();

;// CONCATENATED MODULE: ./actions/prepare-python/src/post-run.ts





// The post step: saves the uv cache when the install phase succeeded, even if a later step of the
// job failed (post-if: always()); skips after an exact hit; prunes first. Every problem is a
// warning: the post step never fails the job, and deadlines on prune and save keep it from hanging.
// It reads its state first and loads the cache and process code only when there is a save.
const PRUNE_TIMEOUT_MS = 120_000;
const SAVE_TIMEOUT_MS = 300_000;
/** `uv cache prune --ci`, with `--force` (do not wait for the cache lock) from uv 0.8.24 on. */
function pruneArgs(uvVersion) {
    const [major, minor, patch] = uvVersion.split('.').map(Number);
    const force = major > 0 || minor > 8 || (minor === 8 && patch >= 24);
    return ['cache', 'prune', '--ci', ...(force ? ['--force'] : [])];
}
/** Whether to save the uv cache, from the state main left behind. Pure. */
function decideSave(values) {
    if (!values.key) {
        return { save: false, reason: 'caching is off, or the main step stopped before the cache key' };
    }
    if (values.installOk !== 'true') {
        return { save: false, reason: 'the install phase did not succeed' };
    }
    if (values.matchedKey && values.matchedKey.toLowerCase() === values.key.toLowerCase()) {
        return { save: false, reason: `the cache was restored from this exact key (${values.key})` };
    }
    return { save: true };
}
async function prune(uv, version, logger) {
    const args = pruneArgs(version);
    logger.info(`uv ${args.join(' ')}`);
    const { runProcess } = await __nccwpck_require__.e(/* import() */ 332).then(__nccwpck_require__.bind(__nccwpck_require__, 7332));
    const result = await runProcess({
        command: uv,
        args,
        timeoutMs: PRUNE_TIMEOUT_MS,
        killGraceMs: 5000
    });
    if (result.timedOut) {
        logger.warning(`uv cache prune did not finish within ${(0,duration/* formatDuration */.a3)(PRUNE_TIMEOUT_MS)} and was stopped; saving the cache unpruned`);
    }
    else if (result.exitCode !== 0) {
        logger.warning(`uv cache prune failed (exit code ${result.exitCode}${result.spawnError ? `: ${result.spawnError}` : ''}); saving the cache unpruned`);
    }
}
async function saveUvCache(logger) {
    const key = state.get('cache-key');
    const decision = decideSave({
        key,
        matchedKey: state.get('cache-matched-key'),
        installOk: state.get('install-ok')
    });
    if (!decision.save) {
        logger.info(`Not saving the uv cache: ${decision.reason}.`);
        return;
    }
    const { cacheFailedEarlier, cacheServiceConfigured, saveCache } = await __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 1731));
    if (!cacheServiceConfigured()) {
        logger.info('Not saving the uv cache: the Actions cache service is not available on this runner.');
        return;
    }
    // Before the prune, which only serves a save.
    if (cacheFailedEarlier(logger, key))
        return;
    const dir = state.get('cache-dir');
    if (!dir || !(0,external_node_fs_.existsSync)(dir)) {
        logger.info(`Not saving the uv cache: ${dir || 'its directory'} does not exist.`);
        return;
    }
    const uv = state.get('uv-path');
    if (state.get('prune') === 'true' && uv)
        await prune(uv, state.get('uv-version'), logger);
    await saveCache([dir], key, { logger, timeoutMs: SAVE_TIMEOUT_MS });
}
async function saveUvBinary(logger) {
    const saved = state.getJson('tool-save', logger);
    if (!saved)
        return;
    const { saveCache } = await __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 1731));
    await saveCache([...saved.cachePaths], saved.cacheKey, { logger, timeoutMs: SAVE_TIMEOUT_MS });
}
async function postRun(logger = src_logger/* coreLogger */.Wj) {
    for (const step of [saveUvBinary, saveUvCache]) {
        try {
            await step(logger);
        }
        catch (error) {
            logger.warning(`prepare-python post step: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/post.ts


void runAction(postRun, { name: 'prepare-python post' });

