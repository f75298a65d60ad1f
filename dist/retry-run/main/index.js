import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getInput: () => (getInput),
  getState: () => (getState),
  info: () => (info),
  issueCommand: () => (issueCommand),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  warning: () => (warning)
});

;// CONCATENATED MODULE: ./packages/core/src/duration.ts
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
// No white space inside: `5\nm` is a typo, not five minutes.
const PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_FORMS = "'500ms', '30s', '5m', '1h' or a bare number of seconds";
/** Node's timers fire at once above 2^31-1 ms (24.8 days); no timer may be set beyond this. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The longest duration any input accepts unless it sets a lower limit: 7 days. */
const MAX_DURATION_MS = 7 * 24 * 3_600_000;
/** Parses `500ms`, `30s`, `5m`, `1h` or a bare number of seconds into milliseconds. */
function parseDuration(text) {
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
function errors_errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/runner.ts


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
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
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
        (0,external_node_fs_namespaceObject.appendFileSync)(file, `${dir}${EOL}`, 'utf8');
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
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
    return true;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/core/src/retry.ts
// A retry engine: exponential backoff with a multiplier, a cap, optional jitter, a total deadline,
// a time budget for retries, a retryability predicate and a server-given delay. Time and randomness are injected so tests
// run with zero delay.

/** Every network operation's backoff: 1 s, doubled, at most 15 s, jittered. */
const retry_NETWORK_BACKOFF = {
    delayMs: 1000,
    multiplier: 2,
    maxDelayMs: 15_000,
    jitter: true
};
/**
 * The default `retry-budget`: retries go on for 2 minutes after the first failure, so an outage of
 * 60 s at any moment is outlasted with a capped wait and a slow attempt to spare.
 */
const retry_DEFAULT_RETRY_BUDGET_MS = 120_000;
/** The default upper bound on attempts under a budget: enough that the budget decides. */
const DEFAULT_NETWORK_ATTEMPTS = 20;
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setLongTimeout(resolve, ms)),
    random: () => Math.random()
};
/**
 * The nominal wait before retry number `retry` (1 = before the second attempt); never more than a
 * timer can hold, whatever the multiplier does to it.
 */
function nominalDelay(backoff, retry) {
    const delay = backoff.delayMs * Math.pow(backoff.multiplier, retry - 1);
    return Math.min(backoff.maxDelayMs, delay, MAX_TIMER_MS);
}
function jitteredDelay(backoff, retry, random) {
    const nominal = nominalDelay(backoff, retry);
    return Math.round(backoff.jitter ? nominal * (0.5 + 0.5 * random()) : nominal);
}
/** Gives the last error when attempts, time or retryability run out. */
async function retry_retry(fn, options) {
    const clock = options.clock ?? systemClock;
    const start = clock.now();
    let firstFailure;
    const remaining = () => options.deadlineMs === undefined ? undefined : options.deadlineMs - (clock.now() - start);
    for (let attempt = 1;; attempt++) {
        try {
            return await fn({ attempt, remainingMs: remaining() });
        }
        catch (error) {
            firstFailure ??= clock.now();
            if (attempt >= options.attempts)
                throw error;
            if (options.isRetryable && !options.isRetryable(error, attempt))
                throw error;
            const serverDelay = options.serverDelayMs?.(error);
            let delayMs = serverDelay === undefined
                ? jitteredDelay(options.backoff, attempt, clock.random)
                : Math.min(Math.max(0, serverDelay), options.backoff.maxDelayMs, MAX_TIMER_MS);
            if (options.budgetMs !== undefined) {
                const budgetLeft = options.budgetMs - (clock.now() - firstFailure);
                if (budgetLeft <= 0)
                    throw error;
                delayMs = Math.min(delayMs, budgetLeft);
            }
            const left = remaining();
            if (left !== undefined && delayMs >= left)
                throw error;
            await options.onRetry?.({ error, attempt, delayMs });
            if (delayMs > 0)
                await clock.sleep(delayMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts







// Typed getters over the step's INPUT_* variables. Each bad value throws a ConfigurationError that
// names the input, the value received and what is allowed, before the action changes anything.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function raw(name) {
    return getInput(name);
}
function invalid(name, value, allowed) {
    return new errors_ConfigurationError(`Input '${name}' must be ${allowed}, got '${value}'.`);
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
        throw new errors_ConfigurationError(`Input '${name}' is required and was not supplied.`);
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
/**
 * A duration in milliseconds, or undefined when the input is empty. Every duration is bounded
 * (`max`, at most MAX_DURATION_MS) so that no timer built from it overflows.
 */
function getDuration(name, options = {}) {
    const value = raw(name);
    if (!value)
        return undefined;
    const ms = parseDuration(value);
    const min = options.min ?? 0;
    const max = Math.min(options.max ?? MAX_DURATION_MS, MAX_DURATION_MS);
    if (ms === undefined)
        throw invalid(name, value, `a duration such as ${DURATION_FORMS}`);
    if (ms < min || ms > max) {
        throw invalid(name, value, `a duration from ${duration_formatDuration(min)} to ${duration_formatDuration(max)}`);
    }
    return ms;
}
/** The longest `retry-budget` any action accepts. */
const MAX_RETRY_BUDGET_MS = 3_600_000;
/**
 * The `retry-budget` input every action with network work has: how long retries of one network
 * operation go on after its first failure (`0s`: no retry), at most 1 h.
 */
function getRetryBudget(name = 'retry-budget') {
    return getDuration(name, { max: MAX_RETRY_BUDGET_MS }) ?? DEFAULT_RETRY_BUDGET_MS;
}
/** Mirror base URLs (`name`, a list input's items): http or https, without a trailing `/`. */
function parseMirrors(name, values, options) {
    const list = values.length ? values : [options.fallback];
    return list.map(value => {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            // reported below
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            const layout = options.layout ? ` with the upstream layout (${options.layout})` : '';
            throw invalid(name, value, `a list of http:// or https:// base URLs${layout}`);
        }
        return value.replace(/\/+$/, '');
    });
}
/** The workspace: GITHUB_WORKSPACE, else the current directory. */
function workspaceDir() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** Expands a leading `~` and resolves against `cwd`. */
function resolvePath(value, cwd) {
    const expanded = value === '~' ? (0,external_node_os_namespaceObject.homedir)() : value.startsWith('~/') ? (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), value.slice(2)) : value;
    return (0,external_node_path_namespaceObject.isAbsolute)(expanded) ? (0,external_node_path_namespaceObject.resolve)(expanded) : (0,external_node_path_namespaceObject.resolve)(cwd, expanded);
}
function getPath(name, options) {
    return resolvePath(raw(name) || options.fallback, options.cwd);
}
/** The `working-directory` input: an existing directory, relative to the workspace; default the workspace. */
function getWorkingDirectory(name = 'working-directory') {
    const workspace = workspaceDir();
    const value = getOptional(name);
    const dir = value ? resolvePath(value, workspace) : workspace;
    let isDir = false;
    try {
        isDir = (0,external_node_fs_namespaceObject.statSync)(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir)
        throw invalid(name, value ?? dir, 'an existing directory');
    return dir;
}

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
;// CONCATENATED MODULE: ./packages/core/src/logger.ts


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
        this.context ??= new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
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
        startGroup(message);
    else if (kind === 'endgroup')
        endGroup();
    else
        runner_namespaceObject[kind](message);
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

;// CONCATENATED MODULE: ./packages/core/src/url.ts
// Text that may be a URL, made fit for a log, a summary or the ledger.
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * A URL without user, password, query or fragment. Text that is not a URL (a command name, a cache
 * key) comes back unchanged; text that only looks like one (`scheme://...` that does not parse) is
 * withheld, since it may still hold credentials.
 */
function url_redactUrl(text) {
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
    return env.RUNNER_TEMP ? (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP, 'ci-actions', 'ledger.jsonl') : undefined;
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
/** One line, every URL in it redacted, at most `max` characters. */
function redactText(text, max = MAX_ERROR) {
    const oneLine = text.replace(URL_IN_TEXT, url_redactUrl).replace(/\s+/g, ' ').trim();
    return cut(oneLine, max);
}
const WORD = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,39}$/;
/**
 * A command's name for the ledger: the program's base name and the sub-command words after it,
 * up to the first option, path, assignment or value-like word (`uv pip install`, `helm dependency
 * build`); never its arguments, which may hold a token.
 */
function ledger_commandTarget(words, maxWords = 3) {
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
    const target = ledger_commandTarget(line.split(/\s+/), 2);
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
        target: cut(url_redactUrl(fault.target), MAX_TARGET),
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
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'a', 0o644);
        try {
            (0,external_node_fs_namespaceObject.writeSync)(fd, data);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
                (this.options.logger ?? coreLogger).warning(`The flake ledger ${path} cannot be written (${redactText(errors_errorMessage(error))}); faults are not recorded for the rest of this step.`);
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
function ledger_absorbFault(logger, fault, message) {
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
        error: `${name}: ${redactText(errors_errorMessage(error).split('\n')[0] ?? '', 200)}`,
        outcome: 'failed'
    };
}

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
        'operation timed out',
        // A wheel cut off mid-body: uv reads it as a broken zip, pip as a broken connection.
        'has an invalid package format',
        'Failed to read from zip file',
        'Connection broken'
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
        'failed to fetch .* : 5\\d\\d',
        // Go's refused connection, as `helm dependency build` prints it for a chart archive
        'dial tcp [^ ]+: connect: connection refused'
    ]
};
const OUTPUT_PATTERN_NAMES = Object.keys(OUTPUT_PATTERNS);
/** The patterns of the named sets, compiled case-insensitive and multi-line. */
function output_patterns_compileOutputPatterns(names) {
    return names.flatMap(name => OUTPUT_PATTERNS[name].map(source => ({ name: `preset ${name}`, regex: new RegExp(source, 'im') })));
}
/**
 * Why `source` could make the backtracking engine take exponential time, or undefined when it
 * cannot: a repeated group that itself holds a quantifier or an alternation (`(a+)+`, `(a*)*`,
 * `(a|a)*`). Conservative: it also refuses some safe patterns (`(ab|cd)+`); polynomial cases
 * (`a*a*a*b`) pass and are left to the matching deadline.
 */
function unboundedPatternReason(source) {
    // One frame per open group: whether it holds a quantifier or an alternation.
    const stack = [false];
    // The atom a quantifier would apply to: a group (and whether it was risky) or anything else.
    let group;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            i++;
            group = undefined;
        }
        else if (char === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
            group = undefined;
        }
        else if (char === '(') {
            stack.push(false);
            group = undefined;
            if (source[i + 1] === '?') {
                const named = source[i + 2] === '<' && !'=!'.includes(source[i + 3]);
                i = named ? source.indexOf('>', i) : i + (source[i + 2] === '<' ? 3 : 2);
                if (i < 0)
                    return undefined;
            }
        }
        else if (char === ')') {
            const risky = stack.length > 1 ? stack.pop() : false;
            if (risky)
                stack[stack.length - 1] = true;
            group = risky;
        }
        else if (char === '|') {
            stack[stack.length - 1] = true;
            group = undefined;
        }
        else {
            const counted = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : undefined;
            if (char !== '*' && char !== '+' && char !== '?' && !counted) {
                group = undefined;
                continue;
            }
            const repeats = char === '*' ||
                char === '+' ||
                (counted !== undefined &&
                    counted !== null &&
                    (counted[2] ? counted[3] !== '1' : counted[1] !== '1'));
            if (group === true && repeats) {
                return 'a repeated group holds a quantifier or an alternation (as in (a+)+, (a*)*, (a|a)*)';
            }
            stack[stack.length - 1] = true;
            if (counted)
                i += counted[0].length - 1;
            if (source[i + 1] === '?')
                i++;
            group = undefined;
        }
    }
    return undefined;
}
/** Patterns are matched against at most this much of the output: its end. */
const MATCH_CHARS = 64 * 1024;
// Runs in a worker, so that a pattern that backtracks for ever can be stopped by terminating it.
const MATCHER = `
const {parentPort, workerData} = require('node:worker_threads');
const {lists, text} = workerData;
lists.forEach((list, l) => {
  for (let i = 0; i < list.length; i++) {
    const matched = new RegExp(list[i].source, list[i].flags).test(text);
    parentPort.postMessage({list: l, index: i, matched});
    if (matched) return;
  }
});
`;
/**
 * The first match of each list of patterns in the end of `text`, computed in a worker thread that is
 * terminated at the deadline; lists not finished by then count as not matching.
 */
async function matchPatterns(lists, text, deadlineMs) {
    const first = lists.map(() => undefined);
    if (lists.every(list => list.length === 0))
        return { first };
    const done = lists.map(list => list.length === 0);
    const position = { list: done.indexOf(false), index: 0 };
    if (deadlineMs <= 0)
        return { first, timedOut: position };
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 919, 23));
    const worker = new Worker(MATCHER, {
        eval: true,
        workerData: {
            lists: lists.map(list => list.map(({ source, flags }) => ({ source, flags }))),
            text: text.slice(-MATCH_CHARS)
        }
    });
    return new Promise(resolve => {
        const end = (timedOut) => {
            clearTimeout(timer);
            void worker.terminate();
            resolve(timedOut ? { first, timedOut } : { first });
        };
        const timer = setTimeout(() => end({ ...position }), deadlineMs);
        worker.on('message', (message) => {
            const list = lists[message.list];
            if (message.matched)
                first[message.list] = message.index;
            if (message.matched || message.index === list.length - 1)
                done[message.list] = true;
            const next = done.findIndex(d => !d);
            if (next < 0)
                return end();
            position.list = next;
            position.index = next === message.list ? message.index + 1 : 0;
        });
        worker.on('error', () => end({ ...position }));
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/core/src/process.ts





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
    return 128 + (external_node_os_namespaceObject.constants.signals[signal] ?? 0);
}
// Our own start time in clock ticks since boot: a process started before us cannot carry a tag of
// ours, so its environment need not be read.
let ownStart;
// One read into a reused buffer: a scan reads every process's stat, so each syscall counts.
const statBuffer = Buffer.alloc(1024);
function statFields(pid) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(`/proc/${pid}/stat`, 'r');
    let length;
    try {
        length = (0,external_node_fs_namespaceObject.readSync)(fd, statBuffer, 0, statBuffer.length, 0);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    const stat = statBuffer.toString('latin1', 0, length);
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
function carriesTag(pid, needle) {
    const environ = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/environ`);
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
        entries = (0,external_node_fs_namespaceObject.readdirSync)('/proc');
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
function process_killGroup(pgid, graceMs) {
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
function process_runProcess(options) {
    const started = Date.now();
    const tail = new Tail(options.tailBytes ?? TAIL_BYTES);
    const tag = (0,external_node_crypto_namespaceObject.randomUUID)();
    return new Promise(resolve => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(options.command, [...options.args], {
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
            timer = setLongTimeout(() => {
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

;// CONCATENATED MODULE: ./packages/core/src/retried-command.ts





// Runs a command that reaches the network (uv, helm) under the retry engine: in its own process
// group with live output; a failure is retried only when the output's tail matches one of the named
// pattern sets or the exit code is listed, until the time budget is spent (attempts are an upper
// bound). Anything else fails at once: a real error does not get slower by retrying it.
const KILL_GRACE_MS = 5000;
/** The last failure of a retried command; `transient` says why it was retried, if it was. */
class CommandError extends Error {
    label;
    result;
    transient;
    attempt;
    constructor(label, result, transient, 
    /** The attempt that failed last (1-based). */
    attempt) {
        super(`${label} ${result.timedOut
            ? 'timed out'
            : result.spawnError
                ? `could not start: ${result.spawnError}`
                : `failed with exit code ${result.exitCode}`}`);
        this.label = label;
        this.result = result;
        this.transient = transient;
        this.attempt = attempt;
        this.name = 'CommandError';
        withCause(this, {
            target: ledger_commandTarget(label.split(' ')),
            error: result.timedOut
                ? 'timed out'
                : result.spawnError
                    ? 'could not start'
                    : `exit code ${result.exitCode}${transient ? `: ${transient}` : ''}`,
            attempt
        });
    }
}
/** Why a failed result is worth another attempt (a pattern set or an exit code), or undefined. */
function transientReason(result, retryOn, retryExitCodes = []) {
    if (result.spawnError)
        return undefined;
    if (retryExitCodes.includes(result.exitCode))
        return `exit code ${result.exitCode}`;
    const match = compileOutputPatterns(retryOn).find(pattern => pattern.regex.test(result.tail));
    return match ? `output matched ${match.name}` : undefined;
}
/** Runs the command until it succeeds; throws the last CommandError otherwise. */
async function runRetriedCommand(options) {
    const label = options.label ?? [options.command, ...options.args].join(' ');
    const run = options.runProcess ?? runProcess;
    return retry(async ({ attempt }) => {
        if (attempt > 1)
            options.logger.info(`${label}: attempt ${attempt} of ${options.attempts}`);
        const result = await run({
            command: options.command,
            args: options.args,
            cwd: options.cwd,
            env: options.env ?? process.env,
            timeoutMs: options.timeoutMs,
            killGraceMs: KILL_GRACE_MS
        });
        if (result.exitCode === 0 && !result.timedOut && !result.spawnError)
            return result;
        if (result.pgid !== undefined)
            await killGroup(result.pgid, KILL_GRACE_MS);
        throw new CommandError(label, result, transientReason(result, options.retryOn, options.retryExitCodes), attempt);
    }, {
        attempts: options.attempts,
        budgetMs: options.budgetMs,
        backoff: options.backoff ?? NETWORK_BACKOFF,
        clock: options.clock,
        isRetryable: error => error instanceof CommandError && error.transient !== undefined,
        onRetry: ({ error, attempt, delayMs }) => {
            const failure = error;
            absorbFault(options.logger, {
                kind: 'command-retry',
                target: commandTarget([options.command, ...options.args]),
                attempt,
                error: `exit code ${failure.result.exitCode}: ${failure.transient}`,
                waitedMs: delayMs,
                outcome: 'retried'
            }, `${failure.message} (attempt ${attempt} of ${options.attempts}, ${failure.transient}); retrying in ${formatDuration(delayMs)}`);
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts



const MIN_NODE_MAJOR = 20;
/** Runs a main or post entry: every failure is reported once, nothing escapes as a crash. */
async function runAction(fn, options) {
    const reporter = options.reporter ?? runner_namespaceObject;
    const exit = options.exit ?? exitWhenFlushed;
    // The ledger's action is the name's first word: `prepare-python post` writes as prepare-python.
    nameLedger(options.name.split(/[\s(]/)[0]);
    let failed = false;
    let badInput = false;
    const fail = (error) => {
        if (failed)
            return;
        failed = true;
        // A bad input is no fault: nothing was attempted, nothing is recorded.
        badInput = error instanceof errors_ConfigurationError;
        if (!badInput)
            stepLedger().record(unabsorbedFault(error, options.name));
        reporter.error(failureAnnotation(error, options.name), { title: options.name });
        if (!(error instanceof errors_ConfigurationError || error instanceof ActionFailure)) {
            reporter.debug(error instanceof Error && error.stack ? error.stack : String(error));
        }
    };
    const onAsyncError = (error) => {
        fail(error);
        exit(1);
    };
    // A step whose promise can never settle (nothing left to wait on) would otherwise exit 0.
    const onBeforeExit = () => {
        fail(new ActionFailure('stopped with work unfinished (the event loop emptied before the step settled)'));
        exit(1);
    };
    process.on('unhandledRejection', onAsyncError);
    process.on('uncaughtException', onAsyncError);
    process.once('beforeExit', onBeforeExit);
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
        process.off('beforeExit', onBeforeExit);
        process.off('unhandledRejection', onAsyncError);
        process.off('uncaughtException', onAsyncError);
    }
    // A post step's outputs reach no one.
    if (!badInput && !/\bpost\b/.test(options.name)) {
        reporter.setOutput?.(FAULTS_ABSORBED_OUTPUT, String(stepAbsorbed()));
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
    if (error instanceof errors_ConfigurationError)
        return error.message;
    return `${name}: ${errors_errorMessage(error)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/run-deps.ts

/** The injected inputs and logger, else the step's (`readInputs` runs only when none are given). */
function resolveRunDeps(deps, readInputs, stepLogger = coreLogger) {
    return { inputs: deps.inputs ?? readInputs(), logger: deps.logger ?? stepLogger };
}

;// CONCATENATED MODULE: ./packages/core/src/state.ts


function createState() {
    return {
        set: (key, value) => core.saveState(key, value),
        get: key => core.getState(key),
        setJson: (key, value) => core.saveState(key, JSON.stringify(value)),
        getJson: (key, log = core) => {
            const text = core.getState(key);
            if (!text)
                return undefined;
            try {
                return JSON.parse(text);
            }
            catch (error) {
                log.warning(`Ignoring the unreadable state '${key}': ${errorMessage(error)}`);
                return undefined;
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts


/** Text for a table cell: pipes escaped, line breaks made spaces. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}
/** Inline code for a table cell; a backtick inside widens the fence. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.includes('`') ? ` ${cell(text)} ` : cell(text)}${fence}`;
}
function table({ head, rows }) {
    return [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.join(' | ')} |`),
        ''
    ];
}
function renderSummary(summary) {
    const lines = [`### ${summary.title}`, ''];
    for (const t of summary.tables ?? [])
        if (t.rows.length)
            lines.push(...table(t));
    const notes = [...(summary.notes ?? [])];
    if (summary.phases?.length) {
        notes.push(`**time:** ${summary.phases.map(p => `${cell(p.name)} ${duration_formatDuration(p.durationMs)}`).join(' · ')}`);
    }
    if (summary.faultsAbsorbed !== undefined) {
        notes.push(`**faults absorbed:** ${summary.faultsAbsorbed}`);
    }
    if (notes.length)
        lines.push(notes.join('  \n'), '');
    return lines.join('\n');
}
/** Times each phase of a step and folds its log lines into a group of the phase's name. */
class Phases {
    logger;
    now;
    done = [];
    constructor(logger, now = Date.now) {
        this.logger = logger;
        this.now = now;
    }
    async run(name, fn) {
        const start = this.now();
        try {
            return await this.logger.group(name, fn);
        }
        finally {
            this.done.push({ name, durationMs: this.now() - start });
        }
    }
    /** In the order they ended. */
    list() {
        return [...this.done];
    }
}
const SOURCES = {
    'tool-cache': 'tool cache',
    'actions-cache': 'Actions cache',
    download: 'mirror'
};
const DIGESTS = {
    input: 'the sha256 input',
    'built-in': 'the built-in table',
    index: "the package index's sha256",
    'checksum-file': 'the checksum file',
    'tool-cache-marker': 'the tool cache marker'
};
const INSTALL_HEAD = (/* unused pure expression or super */ null && (['tool', 'version', 'from', 'verified sha256']));
/** A row of INSTALL_HEAD for an installed tool. */
function installRow(tool) {
    const from = tool.url ? `mirror ${code(redactUrl(tool.url))}` : SOURCES[tool.source];
    return [
        code(tool.name),
        tool.version,
        from,
        `${code(tool.sha256)} (${DIGESTS[tool.digestSource]})`
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
// Light modules only: everything here is on every action's start path. Modules that load the
// toolkit's HTTP or cache packages are imported by subpath (`@ci-actions/core/download`).
















;// CONCATENATED MODULE: ./actions/retry-run/src/attempt-files.ts


// Each attempt writes its file commands to files of its own; only the successful attempt's
// writes are appended to the runner's files, so failed attempts leave no outputs, env or PATH.
const FILES = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary'
};
const VARIABLES = Object.keys(FILES);
// Forgejo and Gitea give the same files under their own names too.
const ALIASES = ['FORGEJO_', 'GITEA_'];
function createAttemptFiles(dir, runnerEnv) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const env = {};
    for (const variable of VARIABLES) {
        const file = (0,external_node_path_namespaceObject.join)(dir, FILES[variable]);
        (0,external_node_fs_namespaceObject.writeFileSync)(file, '');
        env[variable] = file;
        const suffix = variable.slice('GITHUB_'.length);
        for (const prefix of ALIASES) {
            if (runnerEnv[prefix + suffix] !== undefined)
                env[prefix + suffix] = file;
        }
    }
    return {
        env,
        commit() {
            for (const variable of VARIABLES) {
                const target = runnerEnv[variable];
                const content = (0,external_node_fs_namespaceObject.readFileSync)(env[variable], 'utf8');
                if (target && content)
                    (0,external_node_fs_namespaceObject.appendFileSync)(target, content.endsWith('\n') ? content : content + '\n');
            }
        }
    };
}

;// CONCATENATED MODULE: ./actions/retry-run/src/decision.ts
// Whether a finished attempt succeeded, and if not, whether it may be retried and why.

/** The first abort and the first retry pattern that match the output's tail, under a deadline. */
async function findMatches(policy, tail, deadlineMs) {
    const lists = [policy.abortPatterns, policy.retryPatterns];
    const { first, timedOut } = await matchPatterns(lists.map(list => list.map(pattern => pattern.regex)), tail, deadlineMs);
    const pick = (list) => (first[list] === undefined ? undefined : lists[list][first[list]]);
    return {
        abort: pick(0),
        retry: pick(1),
        unfinished: timedOut ? lists[timedOut.list][timedOut.index] : undefined
    };
}
function judge(result, policy, matches = {}) {
    if (result.exitCode === 0 && !result.timedOut) {
        return { outcome: 'success', retryable: false, reason: 'exit code 0' };
    }
    if (result.spawnError) {
        return { outcome: 'failure', retryable: false, reason: `could not start: ${result.spawnError}` };
    }
    const abort = matches.abort;
    if (abort)
        return { outcome: 'aborted', retryable: false, reason: `matched abort ${abort.name}` };
    if (result.timedOut) {
        return policy.retryOn === 'error'
            ? { outcome: 'timeout', retryable: false, reason: 'timed out; retry-on is error' }
            : { outcome: 'timeout', retryable: true, reason: 'timed out' };
    }
    if (policy.retryOn === 'timeout') {
        return { outcome: 'failure', retryable: false, reason: 'retry-on is timeout' };
    }
    if (policy.exitCodes && !policy.exitCodes.has(result.exitCode)) {
        return { outcome: 'failure', retryable: false, reason: 'exit code not in retry-on-exit-codes' };
    }
    if (policy.retryPatterns.length > 0) {
        const match = matches.retry;
        return match
            ? { outcome: 'failure', retryable: true, reason: `matched ${match.name}` }
            : { outcome: 'failure', retryable: false, reason: 'no retry pattern matched' };
    }
    return { outcome: 'failure', retryable: true, reason: 'non-zero exit code' };
}

;// CONCATENATED MODULE: ./actions/retry-run/src/shell.ts
// Shell templates with `run:` step semantics: the script goes to a file whose path replaces {0}.
const BUILTIN_SHELLS = {
    bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
    sh: { template: 'sh -e {0}', extension: '.sh' },
    python: { template: 'python {0}', extension: '.py' },
    pwsh: { template: `pwsh -command ". '{0}'"`, extension: '.ps1' }
};
/** A built-in shell name or a custom template containing {0}; undefined when neither. */
function resolveShell(value) {
    const builtin = BUILTIN_SHELLS[value];
    if (builtin)
        return builtin;
    if (!value.includes('{0}') || tokenize(value) === undefined)
        return undefined;
    const program = tokenize(value)[0].split('/').pop() ?? '';
    const extension = program.startsWith('python')
        ? '.py'
        : program === 'pwsh' || program === 'powershell'
            ? '.ps1'
            : '.sh';
    return { template: value, extension };
}
/** Splits a command template into words, honouring single and double quotes; undefined if unbalanced. */
function tokenize(template) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (const char of template) {
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                word += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += char;
            inWord = true;
        }
    }
    if (quote)
        return undefined;
    if (inWord)
        words.push(word);
    return words.length > 0 ? words : undefined;
}
/** The program and its arguments for running `scriptPath` through `shell`. */
function shellCommand(shell, scriptPath) {
    const [command, ...args] = tokenize(shell.template).map(word => word.split('{0}').join(scriptPath));
    return { command, args };
}

;// CONCATENATED MODULE: ./actions/retry-run/src/inputs.ts


/** The longest `timeout` and `total-timeout`: beyond any hosted job (6 h), within Node's timers. */
const MAX_TIMEOUT_MS = 72 * 3_600_000;
/** The longest `kill-grace`. */
const MAX_KILL_GRACE_MS = 10 * 60_000;
const RETRY_ON = ['any', 'error', 'timeout'];
function parseExitCodes(name, items) {
    if (items.length === 0)
        return undefined;
    const codes = new Set();
    for (const item of items) {
        const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item);
        const from = Number(match?.[1]);
        const to = Number(match?.[2] ?? match?.[1]);
        if (!match || from < 1 || to > 255 || from > to) {
            throw new errors_ConfigurationError(`Input '${name}' must list exit codes from 1 to 255 or ranges such as 100-110, got '${item}'.`);
        }
        for (let code = from; code <= to; code++)
            codes.add(code);
    }
    return codes;
}
function compilePatterns(name, sources) {
    return sources.map(source => {
        let regex;
        try {
            regex = new RegExp(source, 'm');
        }
        catch (error) {
            throw new errors_ConfigurationError(`Input '${name}' must hold JavaScript regular expressions, one per line, got '${source}' (${error.message}).`);
        }
        const unbounded = unboundedPatternReason(source);
        if (unbounded) {
            throw new errors_ConfigurationError(`Input '${name}' must hold regular expressions that match in bounded time, got '${source}' (${unbounded}).`);
        }
        return { name: `pattern '${source}'`, regex };
    });
}
function presetPatterns(name, presets) {
    for (const preset of presets) {
        if (!OUTPUT_PATTERN_NAMES.includes(preset)) {
            throw new errors_ConfigurationError(`Input '${name}' must list presets from ${OUTPUT_PATTERN_NAMES.join(', ')}, got '${preset}'.`);
        }
    }
    return output_patterns_compileOutputPatterns(presets);
}
function readInputs() {
    const run = getMultiline('run', { required: true });
    const shellValue = getOptional('shell') ?? 'bash';
    const shell = resolveShell(shellValue);
    if (!shell) {
        throw new errors_ConfigurationError(`Input 'shell' must be bash, sh, python, pwsh or a command template containing {0}, got '${shellValue}'.`);
    }
    const onRetry = getMultiline('on-retry');
    return {
        run,
        shell,
        workingDirectory: getWorkingDirectory(),
        attempts: getInt('attempts', { min: 1, max: 100, fallback: 3 }),
        backoff: {
            delayMs: getDuration('delay') ?? 5000,
            multiplier: getNumber('backoff', { min: 1, max: 10, fallback: 2 }),
            maxDelayMs: getDuration('max-delay') ?? 60_000,
            jitter: getBoolean('jitter', true)
        },
        timeoutMs: getDuration('timeout', { min: 1, max: MAX_TIMEOUT_MS }),
        totalTimeoutMs: getDuration('total-timeout', { min: 1, max: MAX_TIMEOUT_MS }),
        policy: {
            retryOn: getEnum('retry-on', RETRY_ON, 'any'),
            exitCodes: parseExitCodes('retry-on-exit-codes', getList('retry-on-exit-codes')),
            retryPatterns: [
                ...presetPatterns('retry-presets', getList('retry-presets')),
                ...compilePatterns('retry-if-output-matches', getLines('retry-if-output-matches'))
            ],
            abortPatterns: compilePatterns('abort-if-output-matches', getLines('abort-if-output-matches'))
        },
        onRetry: onRetry.trim() ? onRetry : undefined,
        killGraceMs: getDuration('kill-grace', { max: MAX_KILL_GRACE_MS }) ?? 10_000,
        passRuntimeEnv: getBoolean('pass-runtime-env', false),
        summary: getBoolean('summary', true)
    };
}

;// CONCATENATED MODULE: ./actions/retry-run/src/report.ts

function exitLabel(record) {
    return record.signal ? `${record.exitCode} (${record.signal})` : String(record.exitCode);
}
/** The step summary: one row per attempt, and the faults the ledger counted when given. */
function summaryTable(records, faultsAbsorbed) {
    return renderSummary({
        title: 'retry-run',
        tables: [
            {
                head: ['attempt', 'exit code', 'outcome', 'duration', 'decided by', 'wait after'],
                rows: records.map(r => [
                    String(r.attempt),
                    exitLabel(r),
                    r.outcome,
                    duration_formatDuration(r.durationMs),
                    cell(r.reason),
                    r.delayMs === undefined ? '' : duration_formatDuration(r.delayMs)
                ])
            }
        ],
        faultsAbsorbed
    });
}
/** The failure message, e.g. `failed after 3 attempts (last exit code 100: matched preset apt)`. */
function failureMessage(records, stoppedBy) {
    const last = records[records.length - 1];
    const count = `${records.length} attempt${records.length === 1 ? '' : 's'}`;
    const verb = last.outcome === 'aborted' ? 'aborted' : 'failed';
    const what = last.outcome === 'timeout' ? 'last attempt timed out' : `last exit code ${exitLabel(last)}`;
    return `${verb} after ${count} (${what}: ${stoppedBy ?? last.reason})`;
}

;// CONCATENATED MODULE: ./actions/retry-run/src/script.ts


// The script's process: the inputs' shell over a script file, in the step's environment as a
// `run:` step has it (no INPUT_* variables, no runtime tokens unless `pass-runtime-env`).
/** What the runner gives a JavaScript action but not a `run:` step (`pass-runtime-env` keeps them). */
const RUNTIME_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];
/** The step's environment for the script, as a `run:` step has it: no inputs, no runtime tokens. */
function childEnv(overrides, passRuntimeEnv, parent = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (name.startsWith('INPUT_'))
            continue;
        if (!passRuntimeEnv && RUNTIME_VARIABLES.includes(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...overrides };
}
async function runScript(inputs, script, env, timeoutMs) {
    const { command, args } = shellCommand(inputs.shell, script);
    return process_runProcess({
        command,
        args,
        cwd: inputs.workingDirectory,
        env: childEnv(env, inputs.passRuntimeEnv),
        timeoutMs,
        killGraceMs: inputs.killGraceMs
    });
}

;// CONCATENATED MODULE: ./actions/retry-run/src/run.ts










class AttemptFailed extends Error {
    verdict;
    result;
    constructor(verdict, result) {
        super(verdict.reason);
        this.verdict = verdict;
        this.result = result;
    }
}
/** How long matching the output against the patterns may take. */
const MATCH_DEADLINE_MS = 5000;
/** Matches only a failed attempt's output, and only when there are patterns. */
async function outputMatches(inputs, result, deadline, logger) {
    const { abortPatterns, retryPatterns } = inputs.policy;
    const failed = result.exitCode !== 0 || result.timedOut;
    if (!failed || (abortPatterns.length === 0 && retryPatterns.length === 0))
        return {};
    const limit = minDefined(MATCH_DEADLINE_MS, deadline === undefined ? undefined : deadline - Date.now());
    const matches = await findMatches(inputs.policy, result.tail, limit);
    if (matches.unfinished) {
        logger.warning(`${matches.unfinished.name} did not finish matching within ${duration_formatDuration(limit)}; it and the patterns after it count as not matching`);
    }
    return matches;
}
function minDefined(...values) {
    const defined = values.filter((v) => v !== undefined);
    return defined.length ? Math.max(1, Math.min(...defined)) : undefined;
}
async function run(deps = {}) {
    const { inputs, logger } = resolveRunDeps(deps, readInputs, createLogger({ prefix: 'retry-run' }));
    const started = Date.now();
    const deadline = inputs.totalTimeoutMs === undefined ? undefined : started + inputs.totalTimeoutMs;
    const workDir = (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), `retry-run-${(0,external_node_crypto_namespaceObject.randomUUID)()}`);
    (0,external_node_fs_namespaceObject.mkdirSync)(workDir, { recursive: true, mode: 0o700 });
    const script = (0,external_node_path_namespaceObject.join)(workDir, `script${inputs.shell.extension}`);
    (0,external_node_fs_namespaceObject.writeFileSync)(script, inputs.run, { mode: 0o600 });
    const records = [];
    let stoppedBy;
    // With retries each attempt's output folds into a group of its own; what we say about it follows
    // the group, so it shows without opening it. A script that prints its own `::group::` ends ours
    // early (the runner does not nest groups); nothing of its output is lost.
    const inGroup = (attempt, fn) => inputs.attempts > 1 ? logger.group(`attempt ${attempt} of ${inputs.attempts}`, fn) : fn();
    try {
        await retry_retry(async ({ attempt, remainingMs }) => {
            if (remainingMs !== undefined && remainingMs <= 0) {
                stoppedBy = 'total-timeout reached';
                throw new ActionFailure(stoppedBy);
            }
            const files = createAttemptFiles((0,external_node_path_namespaceObject.join)(workDir, `attempt-${attempt}`), process.env);
            const result = await inGroup(attempt, () => runScript(inputs, script, files.env, minDefined(inputs.timeoutMs, remainingMs)));
            let verdict = judge(result, inputs.policy, await outputMatches(inputs, result, deadline, logger));
            const limitedByTotal = remainingMs !== undefined &&
                (inputs.timeoutMs === undefined || remainingMs <= inputs.timeoutMs);
            if (result.timedOut && limitedByTotal) {
                stoppedBy = 'total-timeout reached';
                verdict = { ...verdict, retryable: false, reason: stoppedBy };
            }
            records.push({
                attempt,
                exitCode: result.exitCode,
                signal: result.signal,
                outcome: verdict.outcome,
                durationMs: result.durationMs,
                reason: verdict.reason
            });
            if (result.lingering) {
                logger.warning(`attempt ${attempt}: some of its processes survived SIGKILL`);
            }
            if (verdict.outcome === 'success') {
                files.commit();
                return;
            }
            throw new AttemptFailed(verdict, result);
        }, {
            attempts: inputs.attempts,
            backoff: inputs.backoff,
            deadlineMs: inputs.totalTimeoutMs,
            isRetryable: error => error instanceof AttemptFailed && error.verdict.retryable,
            onRetry: async ({ attempt, delayMs }) => {
                const record = records[records.length - 1];
                records[records.length - 1] = { ...record, delayMs };
                ledger_absorbFault(logger, {
                    kind: 'command-retry',
                    target: scriptTarget(inputs.run),
                    attempt,
                    error: `exit code ${record.exitCode}: ${record.reason}`,
                    waitedMs: delayMs,
                    outcome: 'retried'
                }, `attempt ${attempt} of ${inputs.attempts} failed (exit code ${record.exitCode}: ${record.reason}); retrying in ${duration_formatDuration(delayMs)}`);
                // on-retry and the wait after it must both fit in what total-timeout leaves.
                const left = deadline === undefined ? undefined : deadline - Date.now() - delayMs;
                if (inputs.onRetry)
                    await runOnRetry(inputs, workDir, attempt, minDefined(inputs.timeoutMs, left), logger);
            }
        });
    }
    catch (error) {
        if (!(error instanceof AttemptFailed) && !(error instanceof ActionFailure))
            throw error;
        // A retryable failure that ends the loop early was stopped by the total deadline.
        if (error instanceof AttemptFailed &&
            error.verdict.retryable &&
            records.length < inputs.attempts) {
            stoppedBy = 'total-timeout reached';
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(workDir, { recursive: true, force: true });
    }
    const last = records[records.length - 1];
    setOutput('attempts', String(records.length));
    setOutput('exit-code', String(last?.exitCode ?? ''));
    setOutput('outcome', last?.outcome ?? 'timeout');
    setOutput('duration-ms', String(Date.now() - started));
    if (inputs.summary)
        appendSummary(summaryTable(records, stepLedger().absorbed()));
    if (last?.outcome !== 'success') {
        throw withCause(new ActionFailure(last ? failureMessage(records, stoppedBy) : 'total-timeout reached before the first attempt'), {
            target: scriptTarget(inputs.run),
            error: last
                ? `exit code ${last.exitCode}: ${stoppedBy ?? last.reason}`
                : (stoppedBy ?? 'total-timeout reached'),
            attempt: records.length
        });
    }
}
async function runOnRetry(inputs, workDir, attempt, timeoutMs, logger) {
    const script = (0,external_node_path_namespaceObject.join)(workDir, `on-retry${inputs.shell.extension}`);
    (0,external_node_fs_namespaceObject.writeFileSync)(script, inputs.onRetry, { mode: 0o600 });
    const files = createAttemptFiles((0,external_node_path_namespaceObject.join)(workDir, `on-retry-${attempt}`), process.env);
    const result = await logger.group(`on-retry after attempt ${attempt}`, () => runScript(inputs, script, files.env, timeoutMs));
    if (result.exitCode !== 0 || result.timedOut) {
        logger.warning(`on-retry script failed (${result.timedOut ? 'timed out' : `exit code ${result.exitCode}`}); retrying anyway`);
    }
}

;// CONCATENATED MODULE: ./actions/retry-run/src/main.ts


void runAction(run, { name: 'retry-run' });

