import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
function errors_errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function keyValueFile(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
        (0,external_node_fs_.appendFileSync)(file, `${dir}${external_node_os_.EOL}`, 'utf8');
    else
        issueCommand('add-path', dir);
    process.env.PATH = `${dir}${external_node_path_.delimiter}${process.env.PATH ?? ''}`;
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
    process.stdout.write(message + external_node_os_.EOL);
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
    (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL, 'utf8');
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
const TAIL_BYTES = 64 * 1024;
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
    return 128 + (external_node_os_.constants.signals[signal] ?? 0);
}
/** Live (non-zombie) members of a process group, from /proc; undefined where there is no /proc. */
function liveMembers(pgid) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    let count = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(options.command, [...options.args], {
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
    return `${name}: ${errors_errorMessage(error)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/state.ts

function createState() {
    return {
        set: (key, value) => saveState(key, value),
        get: key => getState(key)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
// Light modules only: everything here is on every action's start path. Modules that load the
// toolkit's HTTP or cache packages are imported by subpath (`@ci-actions/core/download`).











;// CONCATENATED MODULE: ./packages/core/src/cache.ts



const MAX_KEY_LENGTH = 512;
/** How long the probe waits for any HTTP answer from the cache service. */
const PROBE_TIMEOUT_MS = 1500;
/** The state main hands to post once the cache failed (STATE_<name>). */
const CACHE_UNUSABLE_STATE = 'CI_ACTIONS_CACHE_UNUSABLE';
/** Lower-case, commas replaced (a comma is not allowed in a key), cut to 512 characters. */
function normaliseCacheKey(key) {
    return key.toLowerCase().replace(/,/g, '-').slice(0, MAX_KEY_LENGTH);
}
/** The environment-only check @actions/cache makes, without loading it. */
function cacheServiceConfigured(env = process.env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** The base URL @actions/cache talks to (v2 only on github.com-like hosts, as it decides). */
function cacheServiceUrl(env = process.env) {
    let host = 'github.com';
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        // an unparsable server URL: @actions/cache throws on it, the calls below warn
    }
    const v2Host = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
    if (v2Host && env.ACTIONS_CACHE_SERVICE_V2)
        return env.ACTIONS_RESULTS_URL ?? '';
    return env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL || '';
}
let cacheModule;
let probe;
let unavailableLogged = false;
/** Why the cache is not used for the rest of the step; set once. */
let unusable;
let skipLogged = false;
function unavailable(logger) {
    if (!unavailableLogged) {
        logger.info('The Actions cache service is not available on this runner; caching is skipped.');
        unavailableLogged = true;
    }
    return undefined;
}
function markUnusable(reason) {
    if (unusable)
        return;
    unusable = reason;
    skipLogged = true; // the warning that set it is this step's one warning
    try {
        saveState(CACHE_UNUSABLE_STATE, reason);
    }
    catch {
        // only a reason holding the file's delimiter throws; this step's skips hold regardless
    }
}
/** Where the service can be named in a log: its origin only (the path may identify the repo). */
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'the configured URL';
    }
}
/** One short request: any HTTP answer means alive; a refusal, reset or silence means dead. */
async function probeService(url, timeoutMs) {
    const { HttpClient } = await __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 4942));
    const client = new HttpClient('ci-actions-cache-probe', [], {
        allowRetries: false,
        maxRetries: 0,
        keepAlive: false,
        socketTimeout: timeoutMs
    });
    try {
        const response = await withDeadline(client.get(url), timeoutMs);
        response.message.destroy();
        return undefined;
    }
    catch (error) {
        return error instanceof CacheTimeout
            ? `${origin(url)} did not answer within ${duration_formatDuration(timeoutMs)}`
            : `${origin(url)} is unreachable (${errors_errorMessage(error)})`;
    }
    finally {
        client.dispose();
    }
}
/**
 * True, with one warning per step (info after it), once the cache failed earlier in this step or
 * in the main step before this post step.
 */
function cacheFailedEarlier(logger) {
    unusable ??= getState(CACHE_UNUSABLE_STATE) || undefined;
    if (!unusable)
        return false;
    const message = `The Actions cache is skipped: it failed earlier in this job (${unusable}).`;
    if (skipLogged)
        logger.info(message);
    else
        logger.warning(message);
    skipLogged = true;
    return true;
}
async function loadCache(logger) {
    if (!cacheServiceConfigured())
        return unavailable(logger);
    if (cacheFailedEarlier(logger))
        return undefined;
    probe ??= probeService(cacheServiceUrl(), PROBE_TIMEOUT_MS);
    const dead = await probe;
    if (dead && !unusable) {
        logger.warning(`The Actions cache service ${dead}; caching is skipped for this job.`);
        markUnusable(dead);
        return undefined;
    }
    // A call running alongside may have failed meanwhile.
    if (cacheFailedEarlier(logger))
        return undefined;
    cacheModule ??= Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(289)]).then(__nccwpck_require__.bind(__nccwpck_require__, 289));
    const cache = await cacheModule;
    if (!cache.isFeatureAvailable())
        return unavailable(logger);
    return cache;
}
class CacheTimeout extends Error {
}
async function withDeadline(work, timeoutMs) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CacheTimeout()), timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
// While toolkit calls are in flight, an exception thrown from one of its callbacks or stream
// listeners (which no caller can catch, and which runAction would report as the step's failure)
// is captured here: it fails the calls in flight with a warning instead.
const inFlight = new Set();
let captureInstalled = false;
function captureToolkitErrors(error) {
    for (const fail of inFlight)
        fail(error);
}
async function guarded(work) {
    if (!captureInstalled && !process.hasUncaughtExceptionCaptureCallback()) {
        process.setUncaughtExceptionCaptureCallback(captureToolkitErrors);
        captureInstalled = true;
    }
    let fail = () => undefined;
    const failed = new Promise((_, reject) => {
        fail = reject;
    });
    inFlight.add(fail);
    const running = work();
    // The toolkit's work may outlive a deadline; the capture stays until it has settled.
    void running
        .catch(() => undefined)
        .finally(() => {
        inFlight.delete(fail);
        if (inFlight.size === 0 && captureInstalled) {
            process.setUncaughtExceptionCaptureCallback(null);
            captureInstalled = false;
        }
    });
    return Promise.race([running, failed]);
}
/** Keeps one stalled segment from using the whole budget: @actions/cache reads this variable. */
function boundSegmentTimeout(timeoutMs) {
    if (process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS)
        return;
    const minutes = Math.max(1, Math.ceil(timeoutMs / 60_000));
    process.env.SEGMENT_DOWNLOAD_TIMEOUT_MINS = String(minutes);
}
async function restoreCache(paths, key, restoreKeys, options) {
    const { logger } = options;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const primary = normaliseCacheKey(key);
    try {
        const cache = await loadCache(logger);
        if (!cache)
            return { hit: 'none' };
        boundSegmentTimeout(timeoutMs);
        const matched = await withDeadline(guarded(() => cache.restoreCache([...paths], primary, restoreKeys.map(normaliseCacheKey), { lookupOnly: options.lookupOnly ?? false, segmentTimeoutInMs: timeoutMs }, options.enableCrossOsArchive ?? false)), timeoutMs);
        if (!matched) {
            logger.info(`Cache not found for key ${primary}`);
            return { hit: 'none' };
        }
        const hit = matched.toLowerCase() === primary ? 'exact' : 'partial';
        logger.info(hit === 'exact'
            ? `Cache restored from key ${matched}`
            : `Cache restored from key ${matched} (a partial match for ${primary})`);
        return { hit, matchedKey: matched };
    }
    catch (error) {
        const reason = error instanceof CacheTimeout
            ? `a restore did not finish within ${formatDuration(timeoutMs)}`
            : `a restore failed: ${errorMessage(error)}`;
        const first = !unusable;
        markUnusable(reason);
        const message = `Cache restore for key ${primary}: ${reason}; going on without it`;
        if (first)
            logger.warning(message);
        else
            logger.info(message);
        return { hit: 'none' };
    }
}
function isValidationError(error) {
    if (!(error instanceof Error))
        return false;
    return error.name === 'ValidationError' || error.message.startsWith('Path Validation Error');
}
/**
 * Saves `paths` under `key`; false on any failure. @actions/cache reports a failed save only in its
 * log (it returns the reserved id all the same), so a save counts once a lookup finds the key.
 */
async function saveCache(paths, key, options) {
    const { logger } = options;
    const timeoutMs = options.timeoutMs ?? 300_000;
    const primary = normaliseCacheKey(key);
    const crossOs = options.enableCrossOsArchive ?? false;
    try {
        const cache = await loadCache(logger);
        if (!cache)
            return false;
        const landed = await withDeadline(guarded(async () => {
            const id = await cache.saveCache([...paths], primary, undefined, crossOs);
            const found = await cache.restoreCache([...paths], primary, [], { lookupOnly: true }, crossOs);
            if (found?.toLowerCase() !== primary)
                return 'lost';
            return id === -1 ? 'present' : 'saved';
        }), timeoutMs);
        if (landed === 'present') {
            logger.info(`Cache for key ${primary} exists already (saved by another job); not saved again`);
            return false;
        }
        if (landed === 'lost') {
            markUnusable(`the save for key ${primary} did not land`);
            logger.info(`Cache was not saved for key ${primary}: the service does not list it (see the messages above); the cache is skipped for the rest of this job`);
            return false;
        }
        logger.info(`Cache saved with key ${primary}`);
        return true;
    }
    catch (error) {
        // A path or key the toolkit rejects says nothing about the service.
        if (isValidationError(error)) {
            logger.warning(`Cache save for key ${primary} failed: ${error.message}`);
            return false;
        }
        const reason = error instanceof CacheTimeout
            ? `a save did not finish within ${duration_formatDuration(timeoutMs)}`
            : `a save failed: ${errors_errorMessage(error)}`;
        const first = !unusable;
        markUnusable(reason);
        const message = `Cache save for key ${primary}: ${reason}; skipped`;
        if (first)
            logger.warning(message);
        else
            logger.info(message);
        return false;
    }
}
/** Forgets the step's probe and failures (tests run many steps in one process). */
function resetCacheHealth() {
    probe = undefined;
    unusable = undefined;
    skipLogged = false;
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/install.ts
// What to install and the uv command lines for it, as pure functions of the inputs and of which
// files exist. The commands run under the retry loop in run.ts.
const INSTALL_MODES = (/* unused pure expression or super */ null && (['auto', 'sync', 'requirements', 'none']));
class PlanError extends (/* unused pure expression or super */ null && (Error)) {
}
function planInstall(mode, files) {
    switch (mode) {
        case 'none':
            return { kind: 'none', reason: "install is 'none'" };
        case 'sync':
            if (!files.hasLock) {
                throw new PlanError("Input 'install' is 'sync', but the working directory has no uv.lock.");
            }
            return { kind: 'sync' };
        case 'requirements':
            if (files.missingRequirements.length > 0) {
                throw new PlanError(`Input 'install' is 'requirements', but these files of input 'requirements' do not exist: ${files.missingRequirements.join(', ')}.`);
            }
            if (files.requirements.length === 0) {
                throw new PlanError("Input 'install' is 'requirements', but input 'requirements' is empty.");
            }
            return { kind: 'requirements', files: files.requirements };
        case 'auto':
            if (files.hasLock)
                return { kind: 'sync' };
            if (files.requirements.length > 0)
                return { kind: 'requirements', files: files.requirements };
            return { kind: 'none', reason: 'no uv.lock and none of the requirements files exist' };
    }
}
/** `uv sync --frozen`: installs exactly what uv.lock says, without re-resolving. */
function syncArgs() {
    return ['sync', '--frozen'];
}
/** `uv pip install --system -r a.txt -r b.txt`. */
function requirementsArgs(files) {
    return ['pip', 'install', '--system', ...files.flatMap(file => ['-r', file])];
}
function installArgs(plan) {
    if (plan.kind === 'sync')
        return syncArgs();
    if (plan.kind === 'requirements')
        return requirementsArgs(plan.files);
    return undefined;
}
/** `uv tool install nox==X`, or nothing for `none`. */
function noxArgs(version) {
    return version === 'none' ? undefined : ['tool', 'install', `nox==${version}`];
}
/** `uv cache prune --ci`, with `--force` (do not wait for the cache lock) from uv 0.8.24 on. */
function pruneArgs(uvVersion) {
    const [major, minor, patch] = uvVersion.split('.').map(Number);
    const force = major > 0 || minor > 8 || (minor === 8 && patch >= 24);
    return ['cache', 'prune', '--ci', ...(force ? ['--force'] : [])];
}
/** `uv python find [request]`. */
function pythonFindArgs(request) {
    return ['python', 'find', ...(request ? [request] : [])];
}
/** `uv python install <request>`, for `python-downloads: true` with a version request. */
function pythonInstallArgs(request) {
    return ['python', 'install', request];
}
/** Prints `3.13.7`, `t` for a free-threaded build (else an empty line) and the executable. */
const PYTHON_VERSION_SCRIPT = "import sys,sysconfig;print('%d.%d.%d' % sys.version_info[:3]);print('t' if sysconfig.get_config_var('Py_GIL_DISABLED') else '');print(sys.executable)";
/** Parses the output of PYTHON_VERSION_SCRIPT; undefined when it is not that. */
function parsePythonProbe(output) {
    const [version = '', threading = '', executable = ''] = output.split(/\r?\n/).map(l => l.trim());
    if (!/^\d+\.\d+\.\d+$/.test(version))
        return undefined;
    return { version, freeThreaded: threading === 't', executable };
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/state.ts

const state = createState();

;// CONCATENATED MODULE: ./actions/prepare-python/src/post-run.ts





// The post step: saves the uv cache when the install phase succeeded, even if a later step of the
// job failed (post-if: always()); skips after an exact hit; prunes first. Every problem is a
// warning: the post step never fails the job, and deadlines on prune and save keep it from hanging.
const PRUNE_TIMEOUT_MS = 120_000;
const SAVE_TIMEOUT_MS = 300_000;
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
    const result = await runProcess({
        command: uv,
        args,
        timeoutMs: PRUNE_TIMEOUT_MS,
        killGraceMs: 5000
    });
    if (result.timedOut) {
        logger.warning(`uv cache prune did not finish within ${duration_formatDuration(PRUNE_TIMEOUT_MS)} and was stopped; saving the cache unpruned`);
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
    if (!cacheServiceConfigured()) {
        logger.info('Not saving the uv cache: the Actions cache service is not available on this runner.');
        return;
    }
    // Before the prune, which only serves a save.
    if (cacheFailedEarlier(logger))
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
    const text = state.get('tool-save');
    if (!text)
        return;
    const saved = JSON.parse(text);
    await saveCache(saved.cachePaths, saved.cacheKey, { logger, timeoutMs: SAVE_TIMEOUT_MS });
}
async function postRun() {
    const logger = coreLogger;
    for (const step of [saveUvBinary, saveUvCache]) {
        try {
            await step(logger);
        }
        catch (error) {
            logger.warning(`prepare-python post step: ${errors_errorMessage(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/post.ts


void runAction(postRun, { name: 'prepare-python post' });

