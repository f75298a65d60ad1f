import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

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

// NAMESPACE OBJECT: ./packages/core/src/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  addPath: () => (runner_addPath),
  appendSummary: () => (appendSummary),
  debug: () => (debug),
  endGroup: () => (endGroup),
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/runner.ts


// The runner's side of the contract for a node action: INPUT_* variables, workflow commands on
// stdout and the GITHUB_* file commands. It mirrors @actions/core, which the actions cannot afford
// on their start path: importing it costs 50-85 ms (its OIDC helper loads undici eagerly), more than
// the 30 ms start-up budget of retry-run and secret-guard (see bench/). @actions/core stays the
// oracle: test/core/runner-contract.test.ts requires both to write the same lines and records.
// os.EOL without loading node:os, which a post step with nothing to do would load for this alone.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
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
function runner_addPath(dir) {
    const file = process.env.GITHUB_PATH;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, `${dir}${EOL}`, 'utf8');
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
    (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
    return true;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/retry.ts
// A retry engine: exponential backoff with a multiplier, a cap, optional jitter, a total deadline,
// a time budget for retries, a retryability predicate and a server-given delay. Time and randomness are injected so tests
// run with zero delay.

/** Every network operation's backoff: 1 s, doubled, at most 15 s, jittered. */
const NETWORK_BACKOFF = {
    delayMs: 1000,
    multiplier: 2,
    maxDelayMs: 15_000,
    jitter: true
};
/**
 * The default `retry-budget`: retries go on for 2 minutes after the first failure, so an outage of
 * 60 s at any moment is outlasted with a capped wait and a slow attempt to spare.
 */
const DEFAULT_RETRY_BUDGET_MS = 120_000;
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
async function retry(fn, options) {
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
    return runner_getInput(name);
}
function invalid(name, value, allowed) {
    return new errors/* ConfigurationError */.j1(`Input '${name}' must be ${allowed}, got '${value}'.`);
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
    const expanded = value === '~' ? homedir() : value.startsWith('~/') ? join(homedir(), value.slice(2)) : value;
    return isAbsolute(expanded) ? resolve(expanded) : resolve(cwd, expanded);
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
        isDir = statSync(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir)
        throw invalid(name, value ?? dir, 'an existing directory');
    return dir;
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
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
        this.context ??= new external_node_async_hooks_.AsyncLocalStorage();
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
                (this.options.logger ?? coreLogger).warning(`The flake ledger ${path} cannot be written (${redactText((0,errors/* errorMessage */.gJ)(error))}); faults are not recorded for the rest of this step.`);
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
function compileOutputPatterns(names) {
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
const MATCH_CHARS = (/* unused pure expression or super */ null && (64 * 1024));
// Runs in a worker, so that a pattern that backtracks for ever can be stopped by terminating it.
const MATCHER = (/* unused pure expression or super */ null && (`
const {parentPort, workerData} = require('node:worker_threads');
const {lists, text} = workerData;
lists.forEach((list, l) => {
  for (let i = 0; i < list.length; i++) {
    const matched = new RegExp(list[i].source, list[i].flags).test(text);
    parentPort.postMessage({list: l, index: i, matched});
    if (matched) return;
  }
});
`));
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
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    return 128 + (external_node_os_.constants.signals[signal] ?? 0);
}
// Our own start time in clock ticks since boot: a process started before us cannot carry a tag of
// ours, so its environment need not be read.
let ownStart;
// One read into a reused buffer: a scan reads every process's stat, so each syscall counts.
const statBuffer = Buffer.alloc(1024);
function statFields(pid) {
    const fd = (0,external_node_fs_.openSync)(`/proc/${pid}/stat`, 'r');
    let length;
    try {
        length = (0,external_node_fs_.readSync)(fd, statBuffer, 0, statBuffer.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const stat = statBuffer.toString('latin1', 0, length);
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
function carriesTag(pid, needle) {
    const environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
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
        entries = (0,external_node_fs_.readdirSync)('/proc');
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
    const tag = (0,external_node_crypto_.randomUUID)();
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
            target: commandTarget(label.split(' ')),
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
            }, `${failure.message} (attempt ${attempt} of ${options.attempts}, ${failure.transient}); retrying in ${duration_formatDuration(delayMs)}`);
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
        badInput = error instanceof errors/* ConfigurationError */.j1;
        if (!badInput)
            stepLedger().record(unabsorbedFault(error, options.name));
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
    if (error instanceof errors/* ConfigurationError */.j1)
        return error.message;
    return `${name}: ${(0,errors/* errorMessage */.gJ)(error)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/run-deps.ts

/** The injected inputs and logger, else the step's (`readInputs` runs only when none are given). */
function resolveRunDeps(deps, readInputs, stepLogger = coreLogger) {
    return { inputs: deps.inputs ?? readInputs(), logger: deps.logger ?? stepLogger };
}

;// CONCATENATED MODULE: ./packages/core/src/state.ts


function createState() {
    return {
        set: (key, value) => saveState(key, value),
        get: key => getState(key),
        setJson: (key, value) => saveState(key, JSON.stringify(value)),
        getJson: (key, log = runner_namespaceObject) => {
            const text = getState(key);
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
const INSTALL_HEAD = ['tool', 'version', 'from', 'verified sha256'];
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
















;// CONCATENATED MODULE: ./packages/core/src/glob.ts


// The one glob dialect of every glob input: minimatch's (`*`, `**`, `?`, `[...]`, `[!...]`,
// `{a,b}` braces; dot files match), a leading `!` excludes, patterns are relative to a root.
// Symbolic links to files and directories are followed (a link back to an ancestor is not), and
// directories that hold environments and caches are not searched. minimatch is loaded on the
// first call (about 17 ms; @actions/glob costs 139 ms).
/** Directories never searched: they hold environments and caches, not project files. */
const SKIPPED_DIRS = new Set([
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
async function compile(patterns, root) {
    const { minimatch } = await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 3581));
    const make = (pattern) => {
        let p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
        if ((0,external_node_path_.isAbsolute)(p))
            p = (0,external_node_path_.relative)(root, p).split(external_node_path_.sep).join('/');
        if (p === '')
            p = '.';
        return path => minimatch(path, p, { dot: true, nonegate: true, nocomment: true });
    };
    const include = patterns.filter(p => !p.startsWith('!')).map(make);
    const exclude = patterns.filter(p => p.startsWith('!')).map(p => make(p.slice(1)));
    return (path) => include.some(m => m(path)) && !exclude.some(m => m(path));
}
/** Paths under `root` (relative, `/`-separated, sorted) that the patterns select. */
async function glob(root, patterns, options = {}) {
    if (!patterns.some(p => !p.startsWith('!')))
        return [];
    const selected = await compile(patterns, root);
    const found = [];
    const walk = (dir, rel, ancestors) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(dir);
        }
        catch {
            return;
        }
        if (ancestors.has(real))
            return;
        const within = new Set(ancestors).add(real);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            const full = (0,external_node_path_.join)(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const target = (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false });
                isDir = !!target?.isDirectory();
                isFile = !!target?.isFile();
            }
            if (isDir) {
                if (SKIPPED_DIRS.has(entry.name))
                    continue;
                if (options.directories && selected(path))
                    found.push(path);
                walk(full, path, within);
            }
            else if (isFile && !options.directories && selected(path)) {
                found.push(path);
            }
        }
    };
    if (options.directories && selected('.'))
        found.push('.');
    walk(root, '', new Set());
    return [...new Set(found)].sort();
}

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
    const { HttpClient } = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
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
            : `${origin(url)} is unreachable (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
    finally {
        client.dispose();
    }
}
/**
 * True, with one warning per step (info after it), once the cache failed earlier in this step or
 * in the main step before this post step.
 */
function cacheFailedEarlier(logger, key = 'cache') {
    unusable ??= getState(CACHE_UNUSABLE_STATE) || undefined;
    if (!unusable)
        return false;
    recordFault({
        kind: 'cache-skipped',
        target: normaliseCacheKey(key),
        error: unusable,
        outcome: 'without-cache'
    });
    const message = `The Actions cache is skipped: it failed earlier in this job (${unusable}).`;
    if (skipLogged)
        logger.info(message);
    else
        logger.warning(message);
    skipLogged = true;
    return true;
}
async function loadCache(logger, key) {
    if (!cacheServiceConfigured())
        return unavailable(logger);
    if (cacheFailedEarlier(logger, key))
        return undefined;
    const started = Date.now();
    probe ??= probeService(cacheServiceUrl(), PROBE_TIMEOUT_MS);
    const dead = await probe;
    if (dead && !unusable) {
        logger.warning(`The Actions cache service ${dead}; caching is skipped for this job.`);
        markUnusable(dead);
        recordFault({
            kind: 'cache-failed',
            target: origin(cacheServiceUrl()),
            error: dead,
            waitedMs: Date.now() - started,
            outcome: 'without-cache'
        });
        return undefined;
    }
    // A call running alongside may have failed meanwhile.
    if (cacheFailedEarlier(logger, key))
        return undefined;
    cacheModule ??= Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(581), __nccwpck_require__.e(304)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4304));
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
    const started = Date.now();
    try {
        const cache = await loadCache(logger, primary);
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
            ? `a restore did not finish within ${duration_formatDuration(timeoutMs)}`
            : `a restore failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        const first = !unusable;
        markUnusable(reason);
        recordCacheFailure(primary, reason, started);
        const message = `Cache restore for key ${primary}: ${reason}; going on without it`;
        if (first)
            logger.warning(message);
        else
            logger.info(message);
        return { hit: 'none' };
    }
}
function recordCacheFailure(key, reason, started) {
    const error = reason.replace(/^a (restore|save) failed: /, '');
    recordFault({
        kind: 'cache-failed',
        target: key,
        error,
        waitedMs: Date.now() - started,
        outcome: 'without-cache'
    });
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
    const started = Date.now();
    try {
        const cache = await loadCache(logger, primary);
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
            recordCacheFailure(primary, 'the save did not land', started);
            logger.info(`Cache was not saved for key ${primary}: the service does not list it (see the messages above); the cache is skipped for the rest of this job`);
            return false;
        }
        logger.info(`Cache saved with key ${primary}`);
        return true;
    }
    catch (error) {
        // A path or key the toolkit rejects says nothing about the service.
        if (isValidationError(error)) {
            recordCacheFailure(primary, error.message, started);
            logger.warning(`Cache save for key ${primary} failed: ${error.message}`);
            return false;
        }
        const reason = error instanceof CacheTimeout
            ? `a save did not finish within ${formatDuration(timeoutMs)}`
            : `a save failed: ${errorMessage(error)}`;
        const first = !unusable;
        markUnusable(reason);
        recordCacheFailure(primary, reason, started);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./packages/core/src/progress.ts
// A download's progress as log lines: none while it is quick (under PROGRESS_INTERVAL_MS), then at
// most one line every PROGRESS_INTERVAL_MS, so a slow mirror shows it is alive without flooding
// the log. Driven by the bytes that arrive; a stalled body prints nothing (its stall timeout ends it).
const PROGRESS_INTERVAL_MS = 5000;
/** `12.3 MiB`, `512 B`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** One progress line: bytes, total and share when known, mean rate since the start. */
function progressLine(label, bytes, total, elapsedMs) {
    const of = total !== undefined && total > 0
        ? ` of ${formatBytes(total)} (${Math.floor((bytes / total) * 100)}%)`
        : '';
    const rate = elapsedMs > 0 ? formatBytes(Math.round((bytes * 1000) / elapsedMs)) : '0 B';
    return `${label}: ${formatBytes(bytes)}${of}, ${rate}/s`;
}
/** Returns the function to call with the bytes received so far, after each chunk. */
function progressMeter(options) {
    const interval = options.intervalMs ?? PROGRESS_INTERVAL_MS;
    const start = options.now();
    let last = start;
    return bytes => {
        const now = options.now();
        if (now - last < interval)
            return;
        last = now;
        options.logger.info(progressLine(options.label, bytes, options.total, now - start));
    };
}

;// CONCATENATED MODULE: ./packages/core/src/download.ts










// Downloads one file from an ordered list of mirrors: the toolkit's proxy-aware HTTP client, a
// deadline per request that grows with the announced size, a stall timeout, streaming to disk
// while hashing, Content-Length checks, and the core retry engine for network errors, truncated
// bodies, 408, 425, 429 and 5xx (Retry-After honoured) within a time budget. An interrupted file
// download resumes with `Range` where the server answers 206 with the matching Content-Range; a
// 200 starts over. A 404 or another 4xx moves to the next mirror at once.
const DEFAULT_BACKOFF = NETWORK_BACKOFF;
/** The slowest transfer a request's deadline allows for: 128 KiB/s. */
const MIN_BYTES_PER_SECOND = 128 * 1024;
/** A checksum mismatch: always fatal, never retried, names the URL and both digests. */
class IntegrityError extends errors/* ActionFailure */.dR {
    url;
    expected;
    actual;
    constructor(url, expected, actual, source) {
        super(`Checksum mismatch for ${url}: expected sha256 ${expected}${source ? ` (from ${source})` : ''}, got ${actual}. The file was not used.`);
        this.url = url;
        this.expected = expected;
        this.actual = actual;
        this.name = 'IntegrityError';
    }
}
/** An HTTP status other than 200. */
class HttpStatusError extends Error {
    url;
    status;
    retryAfterMs;
    constructor(url, status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.url = url;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'HttpStatusError';
    }
}
/** The body ended before Content-Length bytes arrived. */
class TruncatedBodyError extends Error {
    constructor(received, expected) {
        super(Number.isFinite(expected)
            ? `truncated body: ${received} of ${expected} bytes`
            : `connection closed after ${received} bytes, before the end of the body`);
        this.name = 'TruncatedBodyError';
    }
}
class RequestTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RequestTimeoutError';
    }
}
/** Every mirror failed; `failures` has one line per URL. */
class DownloadError extends errors/* ActionFailure */.dR {
    failures;
    constructor(what, failures) {
        super(`Could not download ${what} from any mirror:\n${failures.map(f => `  ${f.url}: ${f.error}`).join('\n')}`);
        this.failures = failures;
        this.name = 'DownloadError';
    }
}
const RETRYABLE_STATUS = new Set([408, 425, 429]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status) || (status >= 500 && status <= 599);
}
/** Network errors, timeouts, truncated bodies and 408/425/429/5xx are worth another attempt. */
function isRetryableDownloadError(error) {
    if (error instanceof IntegrityError || error instanceof MirrorError)
        return false;
    if (error instanceof HttpStatusError)
        return isRetryableStatus(error.status);
    return true;
}
/** `Retry-After` as seconds or an HTTP date, in ms from `now`; undefined when absent or invalid. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
let httpClientModule;
/**
 * The agent @actions/http-client would use for `url`. Its whole client (undici and tunnel, about
 * 10 MiB and tens of ms to load) is only loaded when a proxy applies; without one it makes a
 * plain agent, as here.
 */
async function agentFor(url, plain) {
    if (!(0,proxy/* getProxyUrl */.s)(url)?.hostname)
        return new plain({ keepAlive: false, maxSockets: 100 });
    httpClientModule ??= __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
    const { HttpClient } = await httpClientModule;
    return new HttpClient(USER_AGENT).getAgent(url.href);
}
const MAX_REDIRECTS = 10;
const USER_AGENT = 'ci-actions';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
function freshResume() {
    return { bytes: 0, hash: (0,external_node_crypto_.createHash)('sha256') };
}
/**
 * The first byte a 206 answer carries when its Content-Range (`bytes A-B/T`) continues `resume`
 * (A is the bytes kept, T unknown or the size seen before), else undefined.
 */
function resumeOffset(contentRange, resume) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange?.trim() ?? '');
    if (!match)
        return undefined;
    const [first, last] = [Number(match[1]), Number(match[2])];
    const total = match[3] === '*' ? undefined : Number(match[3]);
    if (first !== resume.bytes || last < first)
        return undefined;
    if (total !== undefined &&
        (last >= total || (resume.total !== undefined && total !== resume.total)))
        return undefined;
    return first;
}
/** The deadline of one request: the base, plus the announced size at the slowest allowed rate. */
function requestDeadlineMs(baseMs, contentLength, minBytesPerSecond = MIN_BYTES_PER_SECOND) {
    const transfer = contentLength === undefined || !Number.isFinite(contentLength) || contentLength < 0
        ? 0
        : Math.ceil((contentLength / minBytesPerSecond) * 1000);
    return Math.min(baseMs + transfer, MAX_TIMER_MS);
}
/** A mirror that cannot serve the file (bad redirect): never retried, the next mirror is tried. */
class MirrorError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MirrorError';
    }
}
/** The next URL of a redirect, or a MirrorError: http(s) only, no https -> http, no loop. */
function redirectTarget(from, location, seen) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new MirrorError(`redirect to an invalid URL '${location}'`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new MirrorError(`refused redirect to ${next.protocol} (only http: and https: are followed)`);
    }
    if (from.protocol === 'https:' && next.protocol !== 'https:') {
        throw new MirrorError(`refused redirect from https to ${next.protocol} (${next.href})`);
    }
    if (seen.has(next.href))
        throw new MirrorError(`redirect loop at ${next.href}`);
    if (seen.size > MAX_REDIRECTS)
        throw new MirrorError(`more than ${MAX_REDIRECTS} redirects`);
    return next;
}
/** One request; resolves with the response headers, rejects on a network error or the signal. */
async function request(url, options, signal, stallTimeoutMs, extraHeaders) {
    const module = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    const agent = await agentFor(url, module.Agent);
    return new Promise((resolve, reject) => {
        const req = module.request(url, {
            method: 'GET',
            agent,
            headers: { 'User-Agent': USER_AGENT, ...options.headers, ...extraHeaders },
            signal
        });
        req.setTimeout(stallTimeoutMs, () => req.destroy(new RequestTimeoutError(`no data for ${duration_formatDuration(stallTimeoutMs)}`)));
        req.on('error', reject);
        req.on('response', resolve);
        req.end();
    });
}
/**
 * Follows redirects to the final 200 response (or 206 for a Range request); any other status is
 * an HttpStatusError.
 */
async function get(url, options, signal, now, range = {}) {
    const stallTimeoutMs = options.stallTimeoutMs ?? Math.min(30_000, options.requestTimeoutMs ?? 60_000);
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new MirrorError(`invalid URL ${url}`);
    }
    const seen = new Set([target.href]);
    for (;;) {
        const response = await request(target, options, signal, stallTimeoutMs, range);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status === 200 || (status === 206 && range.Range))
            return response;
        response.resume();
        if (REDIRECTS.has(status) && location) {
            target = redirectTarget(target, location, seen);
            seen.add(target.href);
            continue;
        }
        const header = response.headers['retry-after'];
        throw new HttpStatusError(target.href, status, parseRetryAfter(Array.isArray(header) ? header[0] : header, now()));
    }
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** Streams the body into `sink`, hashing it on from `resume`; checks Content-Length. */
async function readBody(url, response, sink, resume, onBytes) {
    const length = header(response, 'content-length');
    const expected = length === undefined ? NaN : resume.bytes + Number(length);
    let bytes = resume.bytes;
    try {
        for await (const chunk of response) {
            await sink.write(chunk);
            resume.hash.update(chunk);
            bytes += chunk.length;
            resume.bytes = bytes;
            onBytes(bytes);
        }
    }
    catch (error) {
        if (error instanceof RequestTimeoutError)
            throw error;
        if (bytes < expected || !response.complete)
            throw new TruncatedBodyError(bytes, expected);
        throw error;
    }
    if (!response.complete || (!Number.isNaN(expected) && bytes !== expected)) {
        throw new TruncatedBodyError(bytes, expected);
    }
    await sink.close();
    return { url, sha256: resume.hash.digest('hex'), bytes };
}
/** Starts `resume` over for a full response, noting what identifies its body. */
function restart(resume, response) {
    const etag = header(response, 'etag');
    const length = header(response, 'content-length');
    resume.bytes = 0;
    resume.hash = (0,external_node_crypto_.createHash)('sha256');
    resume.validator = etag && !etag.startsWith('W/') ? etag : header(response, 'last-modified');
    resume.total = length === undefined ? undefined : Number(length);
}
/**
 * One GET with a deadline (headers and body together, growing with the announced size): follows
 * redirects, streams the body into the sink `open` gives (appending when it continues `resume`).
 * With `resume` holding bytes it asks for the rest; a 206 whose Content-Range continues them is
 * appended, a 200 starts over. Rejects on any failure; the sink keeps its bytes when `resume`
 * can continue them, and is aborted otherwise.
 */
async function fetchOnce(url, open, options, now, logger, resume) {
    const baseMs = options.requestTimeoutMs ?? 60_000;
    const started = Date.now();
    const controller = new AbortController();
    let timeout = new RequestTimeoutError(`no complete response within ${duration_formatDuration(baseMs)}`);
    let deadline = setTimeout(() => controller.abort(timeout), baseMs);
    let response;
    let sink;
    const state = resume ?? freshResume();
    try {
        if (state.bytes > 0) {
            const range = { Range: `bytes=${state.bytes}-` };
            if (state.validator)
                range['If-Range'] = state.validator;
            response = await get(url, options, controller.signal, now, range);
            const offset = response.statusCode === 206
                ? resumeOffset(header(response, 'content-range'), state)
                : undefined;
            if (offset !== undefined) {
                logger.info(`${url}: resuming at byte ${offset}`);
            }
            else {
                logger.info(`${url}: the server ${response.statusCode === 206 ? `answered the range request with Content-Range '${header(response, 'content-range') ?? ''}'` : 'sent the whole file'}; starting over`);
                if (response.statusCode === 206) {
                    response.destroy();
                    response = await get(url, options, controller.signal, now);
                }
            }
        }
        else {
            response = await get(url, options, controller.signal, now);
        }
        if (response.statusCode !== 206)
            restart(state, response);
        const length = header(response, 'content-length');
        const deadlineMs = requestDeadlineMs(baseMs, length === undefined ? undefined : Number(length), options.minBytesPerSecond);
        if (deadlineMs > baseMs) {
            clearTimeout(deadline);
            timeout = new RequestTimeoutError(`no complete response within ${duration_formatDuration(deadlineMs)}`);
            deadline = setTimeout(() => controller.abort(timeout), Math.max(0, deadlineMs - (Date.now() - started)));
        }
        const total = length === undefined ? undefined : state.bytes + Number(length);
        sink = open(state.bytes > 0, total);
        const progress = progressMeter({
            label: url,
            total,
            logger: options.logger,
            now
        });
        return await readBody(url, response, sink, state, progress);
    }
    catch (error) {
        if (sink && resume && state.bytes > 0)
            await sink.keep().catch(() => undefined);
        else
            sink?.abort();
        throw controller.signal.aborted ? timeout : error;
    }
    finally {
        clearTimeout(deadline);
        response?.destroy();
    }
}
function fileSink(dest, append) {
    // 1 MiB buffered: a chunk waits for the disk only when the disk is behind, not for each write.
    const stream = (0,external_node_fs_.createWriteStream)(dest, {
        mode: 0o644,
        flags: append ? 'a' : 'w',
        highWaterMark: 1024 * 1024
    });
    let failed;
    // One wait for 'drain' shared by every write made while the stream is full: a chunk may still
    // arrive after the response was paused, and a listener pair per chunk would pile up.
    let draining;
    stream.on('error', error => (failed = error));
    const drain = () => new Promise((resolve, reject) => {
        if (failed)
            return reject(failed);
        const onDrain = () => {
            stream.off('error', onError);
            resolve();
        };
        const onError = (error) => {
            stream.off('drain', onDrain);
            reject(error);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
    }).finally(() => (draining = undefined));
    return {
        write: chunk => (stream.write(chunk) ? undefined : (draining ??= drain())),
        close: () => new Promise((resolve, reject) => {
            if (failed)
                return reject(failed);
            stream.end(() => (failed ? reject(failed) : resolve()));
        }),
        abort: () => {
            stream.destroy();
            (0,external_node_fs_.rmSync)(dest, { force: true });
        },
        keep: () => new Promise(resolve => {
            if (stream.closed)
                return resolve();
            stream.once('close', () => resolve());
            stream.end();
        })
    };
}
function teeSink(file, tap) {
    return {
        write: chunk => {
            const [a, b] = [file.write(chunk), tap.write(chunk)];
            return a || b ? Promise.all([a, b]).then(() => undefined) : undefined;
        },
        close: async () => {
            await file.close();
            tap.end();
        },
        abort: () => {
            tap.abort();
            file.abort();
        },
        keep: () => {
            tap.abort();
            return file.keep();
        }
    };
}
function memorySink(limit, chunks) {
    let size = 0;
    return {
        write: chunk => {
            size += chunk.length;
            if (size > limit)
                throw new Error(`response larger than ${limit} bytes`);
            chunks.push(chunk);
        },
        close: async () => undefined,
        abort: () => {
            chunks.length = 0;
        },
        keep: async () => {
            chunks.length = 0;
        }
    };
}
async function fromMirrors(what, urls, options, attemptUrl) {
    if (urls.length === 0)
        throw new errors/* ActionFailure */.dR(`No URL to download ${what} from.`);
    const clock = options.clock ?? systemClock;
    // Each mirror gets an equal part of the budget, so a dead first mirror leaves time for the rest.
    const budgetMs = (options.budgetMs ?? DEFAULT_RETRY_BUDGET_MS) / urls.length;
    const failures = [];
    for (const [index, url] of urls.entries()) {
        const where = urls.length > 1 ? ` (mirror ${index + 1} of ${urls.length})` : '';
        let tried = 0;
        try {
            return await retry(async ({ attempt }) => {
                tried = attempt;
                const count = options.attempts > 1 ? `, attempt ${attempt} of ${options.attempts}` : '';
                options.logger.info(`Downloading ${url}${where}${count}`);
                return attemptUrl(url);
            }, {
                attempts: Math.max(1, options.attempts),
                budgetMs,
                backoff: options.backoff ?? DEFAULT_BACKOFF,
                clock,
                isRetryable: isRetryableDownloadError,
                serverDelayMs: error => error instanceof HttpStatusError ? error.retryAfterMs : undefined,
                onRetry: ({ error, attempt, delayMs }) => {
                    absorbFault(options.logger, {
                        kind: 'download-retry',
                        target: url,
                        attempt,
                        error: failureReason(error),
                        waitedMs: delayMs,
                        outcome: 'retried'
                    }, `${url}: attempt ${attempt} of ${options.attempts} failed (${failureReason(error)}); retrying in ${duration_formatDuration(delayMs)}`);
                }
            });
        }
        catch (error) {
            if (error instanceof IntegrityError)
                throw error;
            failures.push({ url, error: failureReason(error), attempt: tried });
            if (index < urls.length - 1) {
                absorbFault(options.logger, {
                    kind: 'mirror-fallback',
                    target: url,
                    attempt: tried,
                    error: failureReason(error),
                    outcome: 'next-mirror'
                }, `${url}: ${failureReason(error)}; trying the next mirror`);
            }
        }
    }
    const last = failures[failures.length - 1];
    throw withCause(new DownloadError(what, failures), {
        target: last.url,
        error: last.error,
        attempt: last.attempt
    });
}
function failureReason(error) {
    if (error instanceof HttpStatusError)
        return `HTTP ${error.status}`;
    return (0,errors/* errorMessage */.gJ)(error);
}
/**
 * Downloads the same file from `mirrors` (full URLs, tried in order) to `dest`. `tap`, when
 * given, is asked for a tap for each body that starts at byte 0 (a resumed body gets none).
 */
async function downloadFile(mirrors, dest, options, tap) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    const clock = options.clock ?? systemClock;
    // What the attempts on one URL have written so far; another mirror starts from nothing.
    let resume = freshResume();
    let resumeUrl;
    try {
        return await fromMirrors(dest.split(/[\\/]/).pop() ?? dest, mirrors, options, async (url) => {
            if (url !== resumeUrl)
                resume = freshResume();
            resumeUrl = url;
            // Resume only bytes that reached the disk: anything else starts over.
            const onDisk = resume.bytes > 0
                ? await (0,promises_.stat)(dest).then(s => s.size, () => -1)
                : 0;
            if (onDisk !== resume.bytes)
                resume = freshResume();
            return fetchOnce(url, (append, total) => {
                const file = fileSink(dest, append);
                const seen = append ? undefined : tap?.(url, total);
                return seen ? teeSink(file, seen) : file;
            }, options, () => clock.now(), options.logger, resume);
        });
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dest, { force: true });
        throw error;
    }
}
/** Fetches a small text file (a checksum list) with the same mirror and retry rules. */
async function fetchText(urls, options) {
    const clock = options.clock ?? systemClock;
    const name = urls[0]?.split('/').pop() ?? 'text';
    return fromMirrors(name, urls, options, async (url) => {
        const chunks = [];
        const result = await fetchOnce(url, () => memorySink(options.maxTextBytes ?? 1024 * 1024, chunks), options, () => clock.now(), options.logger);
        return { url: result.url, text: Buffer.concat(chunks).toString('utf8') };
    });
}

;// CONCATENATED MODULE: ./packages/core/src/digest.ts




// SHA-256 digests: the one pattern every input, checksum list and marker is checked against, file
// hashing, and where the expected digest of a release archive comes from (input, built-in table,
// checksum file, in that order).
/** 64 hexadecimal characters, either case; the one SHA-256 pattern of the repository. */
const SHA256_HEX = '[0-9a-fA-F]{64}';
const SHA256 = new RegExp(`^${SHA256_HEX}$`);
function isSha256(value) {
    return SHA256.test(value);
}
/** A digest input (`name`), lower-cased; a leading `sha256:` is allowed. Undefined when empty. */
function parseSha256(name, value) {
    if (value === undefined)
        return undefined;
    const hex = value.replace(/^sha256:/i, '');
    if (!isSha256(hex)) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a SHA-256 digest of 64 hexadecimal characters, got '${value}'.`);
    }
    return hex.toLowerCase();
}
/** Throws an IntegrityError unless `actual` equals `expected` (case-insensitive). */
function verifySha256(url, expected, actual, source) {
    if (expected.toLowerCase() !== actual.toLowerCase()) {
        throw new IntegrityError(url, expected.toLowerCase(), actual.toLowerCase(), source);
    }
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
    }
    return hash.digest('hex');
}
const LISTED = new RegExp(`^(${SHA256_HEX})\\s+\\*?(.+)$`);
const BARE = new RegExp(`^(${SHA256_HEX})(?:\\s+\\*?(\\S+))?$`);
/** The sha256 on the line naming `archiveName` (sha256sum/goreleaser format), or a bare digest. */
function parseChecksumList(text, archiveName) {
    const lines = text.split(/\r?\n/).map(line => line.trim());
    for (const line of lines) {
        const match = LISTED.exec(line);
        if (match && match[2].trim().replace(/^\.\//, '') === archiveName)
            return match[1].toLowerCase();
    }
    const bare = lines.filter(Boolean);
    if (bare.length === 1) {
        const only = BARE.exec(bare[0]);
        if (only && (!only[2] || only[2] === archiveName))
            return only[1].toLowerCase();
    }
    return undefined;
}
/** The digest known without the network (input, then built-in table). */
function knownDigest(sources) {
    if (sources.input)
        return { sha256: sources.input.toLowerCase(), source: 'input' };
    if (sources.builtIn)
        return { sha256: sources.builtIn.toLowerCase(), source: 'built-in' };
    return undefined;
}
function describeDigest(digest) {
    switch (digest.source) {
        case 'input':
            return 'the sha256 input';
        case 'built-in':
            return "the action's table of published digests";
        case 'index':
            return `the package index page ${digest.url ?? ''}`.trim();
        case 'checksum-file':
            return `the checksum file ${digest.url ?? ''}`.trim();
        default:
            return 'the tool cache marker';
    }
}
/** The known digest, else the index page's, else the first answering mirror's checksum file's. */
async function resolveDigest(sources, archiveName, options) {
    const known = knownDigest(sources);
    if (known)
        return known;
    const { index } = sources;
    if (index)
        return { sha256: index.sha256.toLowerCase(), source: 'index', url: index.url };
    const file = sources.checksumFile;
    if (!file) {
        throw new errors/* ActionFailure */.dR(`No sha256 is known for ${archiveName}: give one as an input or use a mirror that serves a checksum file.`);
    }
    const { url, text } = await fetchText(file.urls, options);
    const sha256 = file.parse(text, archiveName)?.toLowerCase();
    if (!sha256 || !isSha256(sha256)) {
        throw new errors/* ActionFailure */.dR(`The checksum file ${url} has no sha256 for ${archiveName}.`);
    }
    return { sha256, source: 'checksum-file', url };
}

;// CONCATENATED MODULE: ./packages/core/src/tool-marker.ts




// The record beside an installed tool's binaries: the archive digest it was verified against and
// each binary's digest and size. It only vouches for the install it was written with; a tool-cache
// hit is checked against it (sizes, or full digests where the tool cache is not the runner's own).
const MARKER_FILE = '.ci-actions-tool.json';
function readMarker(dir) {
    const file = (0,external_node_path_.join)(dir, MARKER_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const marker = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof marker.sha256 === 'string' &&
            typeof marker.binaries === 'object' &&
            typeof marker.sizes === 'object'
            ? marker
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Why the binaries in `dir` do not match the marker (`check`: sizes only, or full digests), or
 * undefined when they all do.
 */
async function markerMismatch(dir, marker, names, check) {
    for (const name of names) {
        const path = (0,external_node_path_.join)(dir, name);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info?.isFile())
            return `${path} is missing`;
        if (check === 'size'
            ? info.size !== marker.sizes[name]
            : (await sha256File(path)) !== marker.binaries[name]) {
            return `${path} does not match the ${check} recorded in ${(0,external_node_path_.join)(dir, MARKER_FILE)}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/tool-install.ts












// Installs a pinned tool from its release archive, in tiers: the runner's tool cache, then the
// expected digest (input, built-in table, checksum file), then the Actions cache, then the mirrors
// in order. Trust comes only from that digest: the Actions cache holds the release archive itself
// (never the extracted binaries), re-hashed on restore before anything is extracted from it. A
// tool-cache hit is checked against the marker written at install time: sizes on GitHub-hosted
// runners (a fresh VM per job), full digests elsewhere (a tool cache other jobs can write).


function toolCacheKey(spec, sha256) {
    return `ci-actions-tool-${spec.name}-${spec.version}-${spec.os}-${spec.arch}-${sha256.slice(0, 16)}`.toLowerCase();
}
function toolDir(spec, options) {
    const root = options.toolCacheDir ??
        process.env.RUNNER_TOOL_CACHE ??
        (0,external_node_path_.join)(options.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ci-actions-tools');
    return (0,external_node_path_.join)(root, spec.name, spec.version, options.toolCacheArch ?? process.arch);
}
/** Where the verified release archive is kept (and what the Actions cache saves). */
function archiveDir(dir) {
    return `${dir}.archive`;
}
/** The archive URLs, the one beside `checksumUrl` (same mirror, same index) first. */
function archiveUrls(spec, checksumUrl) {
    const index = checksumUrl ? (spec.digest.checksumFile?.urls.indexOf(checksumUrl) ?? -1) : -1;
    if (index <= 0 || index >= spec.urls.length)
        return [...spec.urls];
    return [spec.urls[index], ...spec.urls.filter((_, i) => i !== index)];
}
/** GitHub-hosted runners get a fresh VM per job; anywhere else the tool cache outlives jobs. */
function toolCacheCheck() {
    return process.env.RUNNER_ENVIRONMENT === 'github-hosted' ? 'size' : 'sha256';
}
async function installTool(spec, options) {
    const ctx = {
        spec,
        options,
        dir: toolDir(spec, options),
        label: `${spec.name} ${spec.version}`
    };
    const finish = (installed) => {
        if (options.addToPath ?? true)
            runner_addPath(installed.dir);
        return installed;
    };
    // 1. The runner's tool cache: no network at all when the digest is known (input or table).
    const cached = await fromToolCache(ctx);
    if (cached)
        return finish(cached);
    // 2. The expected digest: the only thing a later tier is trusted by.
    const digest = await resolveDigest(spec.digest, spec.archiveName, options);
    options.logger.info(`${ctx.label}: expecting sha256 ${digest.sha256} from ${describeDigest(digest)}`);
    // 3. The Actions cache: the release archive, re-hashed before use.
    if (options.actionsCache && (await restoreArchive(ctx, digest))) {
        return finish(await install(ctx, digest, 'actions-cache'));
    }
    // 4. The mirrors, in order; the one whose checksum file gave the digest first.
    const { url, extraction } = await downloadArchive(ctx, digest);
    return finish(await install(ctx, digest, 'download', url, extraction));
}
/**
 * The install of `spec` in the runner's tool cache, checked against its marker as installTool
 * checks it, without any network request; undefined when there is none. For a tool whose archive
 * name and URLs are only known after a request (a package index page).
 */
async function findInstalled(spec, options) {
    const full = { ...spec, archiveName: '', urls: [] };
    const label = `${spec.name} ${spec.version}`;
    const cached = await fromToolCache({ spec: full, options, dir: toolDir(full, options), label });
    if (cached && (options.addToPath ?? true))
        addPath(cached.dir);
    return cached;
}
async function fromToolCache({ spec, options, dir, label }) {
    const marker = readMarker(dir);
    if (!marker)
        return undefined;
    const known = knownDigest(spec.digest);
    if (known && marker.sha256 !== known.sha256) {
        options.logger.warning(`${label}: the tool cache copy in ${dir} was installed from an archive with sha256 ${marker.sha256}, not ${known.sha256} (${describeDigest(known)}); reinstalling`);
        return undefined;
    }
    const check = toolCacheCheck();
    const names = spec.binaries.map(binary => binary.name);
    const problem = await markerMismatch(dir, marker, names, check);
    if (problem) {
        options.logger.warning(`${label}: discarding the tool cache copy in ${dir}: ${problem}; reinstalling`);
        await (0,promises_.rm)((0,external_node_path_.join)(dir, MARKER_FILE), { force: true });
        return undefined;
    }
    options.logger.info(`${label}: found in the tool cache (${dir}, ${check === 'size' ? 'sizes' : 'sha256 of each binary'} checked), archive sha256 ${marker.sha256} ${known
        ? `matches ${describeDigest(known)}`
        : `as verified against ${marker.digestSource} when installed`}`);
    return result(spec, dir, {
        sha256: marker.sha256,
        digestSource: known?.source ?? 'tool-cache-marker',
        source: 'tool-cache',
        needsSave: false
    });
}
/** Restores the archive from the Actions cache; true when it is there and has the digest. */
async function restoreArchive({ spec, options, dir, label }, digest) {
    const key = toolCacheKey(spec, digest.sha256);
    const restored = await restoreCache([archiveDir(dir)], key, [], {
        logger: options.logger,
        timeoutMs: options.cacheTimeoutMs
    });
    if (restored.hit !== 'exact')
        return false;
    const archive = (0,external_node_path_.join)(archiveDir(dir), spec.archiveName);
    const actual = (0,external_node_fs_.existsSync)(archive) ? await sha256File(archive) : undefined;
    if (actual === digest.sha256) {
        options.logger.info(`${label}: restored from the Actions cache (${spec.archiveName}, sha256 ${actual} verified)`);
        return true;
    }
    recordFault({
        kind: 'cache-failed',
        target: key,
        error: actual ? 'sha256 mismatch' : `no ${spec.archiveName} in the entry`,
        outcome: 'without-cache'
    });
    options.logger.warning(`${label}: discarding the Actions cache entry ${key}: ${actual
        ? `its ${spec.archiveName} has sha256 ${actual}, not ${digest.sha256} (${describeDigest(digest)})`
        : `it has no ${spec.archiveName}`}; downloading from the mirrors`);
    await (0,promises_.rm)(archiveDir(dir), { recursive: true, force: true });
    return false;
}
/**
 * Downloads to a temp file beside the kept archive, verifies, renames; returns the URL. A tar.gz
 * body is extracted as it arrives (members in temp files, committed by install() only after the
 * digest matched); the extraction of a body that was resumed with Range is left to install().
 */
async function downloadArchive({ spec, options, dir, label }, digest) {
    const target = (0,external_node_path_.join)(archiveDir(dir), spec.archiveName);
    const temp = (0,external_node_path_.join)(archiveDir(dir), `.${spec.archiveName}.${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.mkdir)(archiveDir(dir), { recursive: true });
    const feeds = [];
    let used;
    try {
        const { archiveFormat, feedTarGz } = await Promise.all(/* import() */[__nccwpck_require__.e(697), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2679));
        const tap = (spec.format ?? archiveFormat(spec.archiveName)) === 'tar.gz'
            ? (url, total) => {
                if (total === undefined || !Number.isFinite(total))
                    return undefined;
                const feed = feedTarGz(target, spec.binaries, dir, url, total, options.limits);
                feeds.push(feed);
                return feed;
            }
            : undefined;
        if (tap)
            await (0,promises_.mkdir)(dir, { recursive: true });
        const downloaded = await downloadFile(archiveUrls(spec, digest.source === 'checksum-file' ? digest.url : undefined), temp, options, tap);
        verifySha256(downloaded.url, digest.sha256, downloaded.sha256, describeDigest(digest));
        options.logger.info(`${label}: ${downloaded.url} (${downloaded.bytes} bytes) matches sha256 ${digest.sha256}`);
        await (0,promises_.rename)(temp, target);
        used = feeds.filter(feed => feed.complete).pop();
        return { url: downloaded.url, extraction: used };
    }
    catch (error) {
        // Leave no empty folders behind a failed install (rmdir: never another run's files).
        await (0,promises_.rm)(temp, { force: true });
        // Not read to its end: an archive with the wrong digest is not worth inflating.
        for (const feed of feeds)
            feed.abort();
        // Taken out of `feeds`: the finally below has nothing left to discard twice.
        await discardAll(feeds.splice(0), options.logger, label);
        await (0,promises_.rmdir)(dir).catch(() => undefined);
        for (const empty of [archiveDir(dir), (0,external_node_path_.dirname)(dir), (0,external_node_path_.dirname)((0,external_node_path_.dirname)(dir))]) {
            if (!(await (0,promises_.rmdir)(empty).then(() => true, () => false)))
                break;
        }
        throw error;
    }
    finally {
        await discardAll(feeds.filter(feed => feed !== used), options.logger, label);
    }
}
/** Removes the extractions' temp files; a failing rm is worth a warning, not the step's error. */
async function discardAll(extractions, logger, label) {
    const results = await Promise.allSettled(extractions.map(extraction => extraction.discard()));
    for (const r of results) {
        if (r.status === 'rejected') {
            logger.warning(`${label}: could not remove a temp file: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
        }
    }
}
/** Extracts the binaries of the verified archive and writes the marker. */
async function install({ spec, options, dir, label }, digest, source, url, extraction) {
    const archive = (0,external_node_path_.join)(archiveDir(dir), spec.archiveName);
    let archiveModule;
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        // Loaded here: a tool-cache hit does not pay for the tar parser.
        archiveModule = await Promise.all(/* import() */[__nccwpck_require__.e(697), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2679));
    }
    catch (error) {
        // Neither committed nor discarded otherwise: its temp files would stay.
        if (extraction)
            await discardAll([extraction], options.logger, label);
        throw error;
    }
    const { archiveFormat, extractMembers } = archiveModule;
    const files = extraction
        ? await extraction.commit()
        : await extractMembers(archive, spec.format ?? archiveFormat(spec.archiveName), spec.binaries, dir, url ?? `the Actions cache entry ${toolCacheKey(spec, digest.sha256)}`, options.limits);
    const names = spec.binaries.map(binary => binary.name);
    const marker = {
        name: spec.name,
        version: spec.version,
        os: spec.os,
        arch: spec.arch,
        archive: spec.archiveName,
        sha256: digest.sha256,
        digestSource: describeDigest(digest),
        binaries: Object.fromEntries(names.map(name => [name, files[name].sha256])),
        sizes: Object.fromEntries(names.map(name => [name, files[name].size]))
    };
    await writeAtomic((0,external_node_path_.join)(dir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
    await writeAtomic(`${dir}.complete`, '');
    return result(spec, dir, {
        sha256: digest.sha256,
        digestSource: digest.source,
        source,
        needsSave: source === 'download' && (options.actionsCache ?? false),
        url
    });
}
/** A run sharing the tool cache sees the old file or the new one, never a half-written one. */
async function writeAtomic(target, content) {
    const temp = `${target}.${(0,external_node_crypto_.randomUUID)()}`;
    try {
        await (0,promises_.writeFile)(temp, content, { mode: 0o644 });
        await (0,promises_.rename)(temp, target);
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
}
function result(spec, dir, fields) {
    const paths = {};
    for (const binary of spec.binaries)
        paths[binary.name] = (0,external_node_path_.join)(dir, binary.name);
    return {
        name: spec.name,
        version: spec.version,
        dir,
        paths,
        cacheKey: toolCacheKey(spec, fields.sha256),
        cachePaths: [archiveDir(dir)],
        ...fields
    };
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/charts.ts

const sha = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
function unquote(value) {
    const trimmed = value.trim();
    return /^(['"]).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
function parseChartLock(text) {
    const deps = [];
    let inDependencies = false;
    let current;
    const flush = () => {
        if (current?.name) {
            deps.push({
                name: current.name,
                version: current.version ?? '',
                repository: current.repository ?? ''
            });
        }
        current = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (/^[A-Za-z_]/.test(line)) {
            flush();
            inDependencies = /^dependencies:\s*$/.test(line);
            continue;
        }
        if (!inDependencies)
            continue;
        const item = /^\s*-\s+(\w+):\s*(.*)$/.exec(line);
        if (item) {
            flush();
            current = { [item[1]]: unquote(item[2]) };
            continue;
        }
        const field = /^\s+(\w+):\s*(.*)$/.exec(line);
        if (field && current)
            current[field[1]] = unquote(field[2]);
    }
    flush();
    return deps;
}
function chartCacheKey(chartPath, lockText) {
    return `ci-actions-helm-deps-v1-${sha(`${chartPath}\n${lockText}`).slice(0, 32)}`;
}
/** The `charts/*.tgz` names a complete build leaves, for the dependencies fetched from a repo. */
function expectedArchives(deps) {
    return deps
        .filter(dep => dep.repository !== '' && !dep.repository.startsWith('file://'))
        .map(dep => `${dep.name}-${dep.version}.tgz`);
}
function missingArchives(deps, present) {
    return expectedArchives(deps).filter(name => !present.includes(name));
}
/** http(s) repositories `helm dependency build` needs in repositories.yaml, with generated names. */
function httpRepositories(deps) {
    const urls = [...new Set(deps.map(dep => dep.repository).filter(r => /^https?:\/\//.test(r)))];
    return urls.map(url => ({ name: `dep-${sha(url).slice(0, 8)}`, url }));
}

;// CONCATENATED MODULE: ./packages/core/src/platform.ts

/** The runner's platform, or undefined on an OS no action supports. */
function currentPlatform() {
    const os = osName(process.platform);
    if (!os)
        return undefined;
    return { os, arch: process.arch, ...(os === 'linux' ? { libc: detectLibc() } : {}) };
}
function osName(platform) {
    if (platform === 'linux')
        return 'linux';
    if (platform === 'darwin')
        return 'darwin';
    if (platform === 'win32')
        return 'windows';
    return undefined;
}
/** Go's GOARCH for a Node arch. */
function goArch(arch) {
    const table = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        x32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64'
    };
    return table[arch];
}
/**
 * musl or glibc from what Node reports: a glibc runtime version in the process report means glibc;
 * otherwise a `/lib/ld-musl-*` loader means musl. Inputs are injectable for tests.
 */
function detectLibc(probe = {}) {
    const glibc = probe.glibcVersionRuntime ?? glibcRuntime();
    if (glibc)
        return 'glibc';
    const entries = probe.libEntries ?? listLib();
    return entries.some(name => name.startsWith('ld-musl-')) ? 'musl' : 'glibc';
}
function glibcRuntime() {
    try {
        const report = process.report?.getReport();
        return report?.header?.glibcVersionRuntime;
    }
    catch {
        return undefined;
    }
}
function listLib() {
    try {
        return readdirSync('/lib');
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/platforms.ts

/** What helm publishes (get.helm.sh). */
const HELM_PLATFORMS = new Set([
    'darwin-amd64',
    'darwin-arm64',
    'linux-386',
    'linux-amd64',
    'linux-arm',
    'linux-arm64',
    'linux-ppc64le',
    'linux-s390x',
    'linux-riscv64',
    'windows-amd64',
    'windows-arm64'
]);
/** What kubeconform 0.7.0 publishes (goreleaser: `armv6` for arm). */
const KUBECONFORM_PLATFORMS = new Set([
    'darwin-amd64',
    'darwin-arm64',
    'linux-386',
    'linux-amd64',
    'linux-arm64',
    'linux-armv6',
    'windows-386',
    'windows-amd64',
    'windows-arm64',
    'windows-armv6'
]);
function helmPlatform(platform) {
    const arch = goArch(platform.arch);
    if (!arch || !HELM_PLATFORMS.has(`${platform.os}-${arch}`))
        return undefined;
    return { os: platform.os, arch };
}
function kubeconformPlatform(platform) {
    const go = goArch(platform.arch);
    const arch = go === 'arm' ? 'armv6' : go;
    if (!arch || !KUBECONFORM_PLATFORMS.has(`${platform.os}-${arch}`))
        return undefined;
    return { os: platform.os, arch };
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/versions.ts


// The published sha256 digests of the pinned releases (the projects' release checksum files): the
// supply-chain anchor. Only full digests are listed; for the platforms where the reference
// records only a prefix...suffix (helm linux-arm/386/ppc64le/s390x/riscv64, kubeconform
// linux-386/armv6 and windows-386/armv6) the digest comes from the mirror's checksum file.
// A digest here always wins over a mirror's checksum file.
const HELM_SHA256 = {
    '3.16.4': {
        'linux-amd64': 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179',
        'linux-arm64': 'd3f8f15b3d9ec8c8678fbf3280c3e5902efabe5912e2f9fcf29107efbc8ead69',
        'darwin-amd64': '8dc25671120a4af197afe7ad9041fb8e1dd71bc01e5ef73dba1139cbc9e9f44b',
        'darwin-arm64': 'e2442d8f05d53d84c39b869bc5fe5affad247ee2f4c706a040919c146edb1f94',
        'windows-amd64': '9bb114c12e530a7129fd3d78fc1784e813dd7a6e29e5f9b5af8bc83fd1066d36',
        'windows-arm64': 'a4afeee93031920ec08b7e880c859a159bcd222837a81196cadaeb42408ad0b3'
    }
};
const KUBECONFORM_SHA256 = {
    '0.7.0': {
        'linux-amd64': 'c31518ddd122663b3f3aa874cfe8178cb0988de944f29c74a0b9260920d115d3',
        'linux-arm64': 'cc907ccf9e3c34523f0f32b69745265e0a6908ca85b92f41931d4537860eb83c',
        'darwin-amd64': 'c6771cc894d82e1b12f35ee797dcda1f7da6a3787aa30902a15c264056dd40d4',
        'darwin-arm64': 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
        'windows-amd64': '9cb75551d81c909c2241ab383ced2be68363b5bfb15fd989badcc5a63bea5d7e',
        'windows-arm64': '85c5b984950e2783cafac58cac432f35c5003d45ba1dee47d70f05e471960c55'
    }
};
const DEFAULT_HELM_VERSION = '3.16.4';
const DEFAULT_KUBECONFORM_VERSION = '0.7.0';
function releasePlatform(map, platform, arch) {
    const os = osName(platform);
    return os ? map({ os, arch }) : undefined;
}
/** helm: `{base}/helm-v{version}-{os}-{arch}.tar.gz` (.zip on Windows), `{archive}.sha256sum`. */
function helmDownload(version, platform, arch, mirrors) {
    const target = releasePlatform(helmPlatform, platform, arch);
    if (!target)
        return undefined;
    const ext = target.os === 'windows' ? 'zip' : 'tar.gz';
    const exe = target.os === 'windows' ? '.exe' : '';
    const archiveName = `helm-v${version}-${target.os}-${target.arch}.${ext}`;
    return {
        name: 'helm',
        version,
        os: target.os,
        arch: target.arch,
        archiveName,
        urls: mirrors.map(base => `${base}/${archiveName}`),
        checksumUrls: mirrors.map(base => `${base}/${archiveName}.sha256sum`),
        member: `${target.os}-${target.arch}/helm${exe}`,
        binary: `helm${exe}`,
        builtInSha256: HELM_SHA256[version]?.[`${target.os}-${target.arch}`]
    };
}
/** kubeconform: `{base}/v{version}/kubeconform-{os}-{arch}.tar.gz` (.zip on Windows), `v{version}/CHECKSUMS`. */
function kubeconformDownload(version, platform, arch, mirrors) {
    const target = releasePlatform(kubeconformPlatform, platform, arch);
    if (!target)
        return undefined;
    const ext = target.os === 'windows' ? 'zip' : 'tar.gz';
    const exe = target.os === 'windows' ? '.exe' : '';
    const archiveName = `kubeconform-${target.os}-${target.arch}.${ext}`;
    return {
        name: 'kubeconform',
        version,
        os: target.os,
        arch: target.arch,
        archiveName,
        urls: mirrors.map(base => `${base}/v${version}/${archiveName}`),
        checksumUrls: mirrors.map(base => `${base}/v${version}/CHECKSUMS`),
        member: `kubeconform${exe}`,
        binary: `kubeconform${exe}`,
        builtInSha256: KUBECONFORM_SHA256[version]?.[`${target.os}-${target.arch}`]
    };
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/inputs.ts



const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/** A `*-version` input: an exact release version, without a leading `v`; undefined for `none`. */
function parseToolVersion(name, value, fallback) {
    const text = value ?? fallback;
    if (text === 'none')
        return undefined;
    const match = VERSION.exec(text);
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be an exact version such as '${fallback}' or 'v${fallback}', or 'none', got '${text}'.${/latest|x|\*/.test(text) ? ' Moving versions are not supported: pin one.' : ''}`);
    }
    return match[1];
}
function parseKubernetesVersion(value) {
    if (value === undefined)
        return undefined;
    if (!/^(master|\d+\.\d+\.\d+)$/.test(value)) {
        throw new errors/* ConfigurationError */.j1(`Input 'kubernetes-version' must be 'master' or a version such as '1.31.0' (no 'v'), got '${value}'.`);
    }
    return value;
}
function readInputs() {
    return {
        helmVersion: parseToolVersion('helm-version', getOptional('helm-version'), DEFAULT_HELM_VERSION),
        kubeconformVersion: parseToolVersion('kubeconform-version', getOptional('kubeconform-version'), DEFAULT_KUBECONFORM_VERSION),
        helmSha256: parseSha256('helm-sha256', getOptional('helm-sha256')),
        kubeconformSha256: parseSha256('kubeconform-sha256', getOptional('kubeconform-sha256')),
        helmMirrors: parseMirrors('helm-mirrors', getList('helm-mirrors'), {
            fallback: 'https://get.helm.sh'
        }),
        kubeconformMirrors: parseMirrors('kubeconform-mirrors', getList('kubeconform-mirrors'), {
            fallback: 'https://github.com/yannh/kubeconform/releases/download'
        }),
        cache: getBoolean('cache', true),
        charts: getList('charts'),
        kubernetesVersion: parseKubernetesVersion(getOptional('kubernetes-version')),
        schemaLocations: splitLocations(getOptional('schema-locations') ?? 'default'),
        schemaCache: getBoolean('schema-cache', true),
        attempts: getInt('attempts', { min: 1, max: 100, fallback: DEFAULT_NETWORK_ATTEMPTS }),
        retryBudgetMs: getRetryBudget(),
        summary: getBoolean('summary', true)
    };
}
/** Newline-separated (a template location may contain commas); a single line may use commas. */
function splitLocations(value) {
    const lines = value
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
    const list = lines.length === 1 && !lines[0].includes('{{') ? splitList(lines[0]) : lines;
    if (list.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'schema-locations' must list at least one location ('default' or a URL/path), got '${value}'.`);
    }
    return list;
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/kubeconform-args.ts
// The `kubeconform-args` output: `-cache DIR -schema-location default -kubernetes-version 1.31.0`,
// quoted for a POSIX shell so that `eval "set -- $KUBECONFORM_ARGS"` gives back the exact words in
// bash, dash and busybox sh. Each word is either made only of characters no shell treats specially
// or wrapped in single quotes, inside which every character is literal; the one character that
// would end them, `'`, is written `'\''`. NUL cannot occur (it cannot be in an input or a path).
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
function shellQuote(value) {
    if (PLAIN.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function kubeconformArgs(options) {
    const args = [];
    if (options.cacheDir)
        args.push('-cache', options.cacheDir);
    for (const location of options.schemaLocations)
        args.push('-schema-location', location);
    if (options.kubernetesVersion)
        args.push('-kubernetes-version', options.kubernetesVersion);
    return args.map(shellQuote).join(' ');
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/schemas.ts

// The kubeconform schema cache: a directory kubeconform fills (`-cache DIR`, one file per schema
// URL, named by the URL's sha256, never invalidated), kept in the Actions cache. The key prefix
// holds the Kubernetes version and the schema locations; `master` moves daily, so it also holds the
// ISO week. The full key adds a digest of the file names, so the post step saves a new entry only
// when kubeconform added schemas.
const schemas_sha = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** ISO 8601 week, e.g. `2026-w09`. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const weekday = day.getUTCDay() || 7;
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
    const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
    return `${day.getUTCFullYear()}-w${String(week).padStart(2, '0')}`;
}
function schemaKeyPrefix(options) {
    const version = options.kubernetesVersion || 'master';
    const bucket = version === 'master' ? `master-${isoWeek(options.now)}` : version;
    const locations = schemas_sha(options.schemaLocations.join('\n')).slice(0, 16);
    return `ci-actions-kubeconform-schemas-v1-${bucket}-${locations}-`;
}
/** The full key for the files now in the cache directory. */
function schemaKey(prefix, fileNames) {
    return `${prefix}${schemas_sha([...fileNames].sort().join('\n')).slice(0, 16)}`;
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/state.ts

const state = createState();

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/run.ts













function unsupported(tool) {
    return new errors/* ActionFailure */.dR(`${tool} publishes no build for ${process.platform}/${process.arch}; set its version to 'none' on this runner.`);
}
async function run_install(download, inputSha256, inputs, logger) {
    return installTool({
        name: download.name,
        version: download.version,
        os: download.os,
        arch: download.arch,
        archiveName: download.archiveName,
        urls: download.urls,
        binaries: [{ member: download.member, name: download.binary }],
        digest: {
            input: inputSha256,
            builtIn: download.builtInSha256,
            checksumFile: { urls: download.checksumUrls, parse: parseChecksumList }
        }
    }, {
        logger,
        attempts: inputs.attempts,
        budgetMs: inputs.retryBudgetMs,
        actionsCache: inputs.cache,
        addToPath: false
    });
}
/** A path inside the workspace as a relative one (a stable cache version across runners). */
function cachePath(path) {
    const rel = (0,external_node_path_.relative)(workspaceDir(), path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split(external_node_path_.sep).join('/') : path;
}
async function findChartDirs(patterns) {
    const root = workspaceDir();
    const found = await glob(root, patterns, { directories: true });
    return found.map(dir => (0,external_node_path_.join)(root, dir)).filter(dir => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Chart.lock')));
}
/** A helm command that reaches chart repositories, retried on helm's and the network's transient errors. */
async function helmCommand(helm, args, inputs, logger) {
    logger.info(`helm ${args.join(' ')}`);
    try {
        await runRetriedCommand({
            command: helm,
            args,
            label: `helm ${args.join(' ')}`,
            cwd: workspaceDir(),
            timeoutMs: 10 * 60_000,
            attempts: inputs.attempts,
            budgetMs: inputs.retryBudgetMs,
            retryOn: ['helm', 'network', 'http'],
            logger
        });
    }
    catch (error) {
        if (error instanceof CommandError) {
            throw withCause(new errors/* ActionFailure */.dR(error.result.spawnError
                ? `cannot run ${helm}: ${error.result.spawnError}`
                : `${error.message}${error.transient ? ` after ${error.attempt} attempt(s) (${error.transient})` : ''}`), causeOf(error));
        }
        throw error;
    }
}
async function chartDependencies(inputs, helm, logger) {
    const dirs = await findChartDirs(inputs.charts);
    if (dirs.length === 0) {
        logger.warning(`No chart directory with a Chart.lock matches ${inputs.charts.join(', ')}`);
        return { allHit: false, saves: [], rows: [] };
    }
    const saves = [];
    const rows = [];
    let allHit = true;
    const addedRepos = new Set();
    for (const dir of dirs) {
        const lock = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'Chart.lock'), 'utf8');
        const deps = parseChartLock(lock);
        const rel = cachePath(dir);
        const key = chartCacheKey(rel, lock);
        const chartsDir = (0,external_node_path_.join)(dir, 'charts');
        const paths = [cachePath(chartsDir)];
        const restored = await restoreCache(paths, key, [], { logger });
        const present = (0,external_node_fs_.existsSync)(chartsDir) ? (0,external_node_fs_.readdirSync)(chartsDir) : [];
        const missing = missingArchives(deps, present);
        if (restored.hit === 'exact' && missing.length === 0) {
            logger.info(`${rel}: chart dependencies restored from the cache`);
            rows.push([code(rel), `${deps.length}`, 'Actions cache (hit)']);
            continue;
        }
        allHit = false;
        for (const repo of httpRepositories(deps)) {
            if (addedRepos.has(repo.url))
                continue;
            await helmCommand(helm, ['repo', 'add', '--force-update', repo.name, repo.url], inputs, logger);
            addedRepos.add(repo.url);
        }
        await helmCommand(helm, ['dependency', 'build', dir], inputs, logger);
        const after = (0,external_node_fs_.existsSync)(chartsDir) ? (0,external_node_fs_.readdirSync)(chartsDir) : [];
        const still = missingArchives(deps, after);
        if (still.length) {
            throw new errors/* ActionFailure */.dR(`${rel}: helm dependency build left out ${still.join(', ')}`);
        }
        saves.push({ key, paths });
        rows.push([code(rel), `${deps.length}`, `${code('helm dependency build')} (cache miss)`]);
    }
    return { allHit, saves, rows };
}
function schemaCacheDir() {
    const base = process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'ci-actions-kubeconform');
}
/** Creates the schema cache directory (kubeconform needs it to exist) and restores it. */
async function restoreSchemaCache(inputs, logger) {
    const dir = schemaCacheDir();
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const prefix = schemaKeyPrefix({
        kubernetesVersion: inputs.kubernetesVersion,
        schemaLocations: inputs.schemaLocations,
        now: new Date()
    });
    const restored = await restoreCache([dir], `${prefix}restore`, [prefix], { logger });
    return { dir, prefix, matchedKey: restored.matchedKey ?? '' };
}
async function run(deps = {}) {
    const { inputs, logger } = resolveRunDeps(deps, readInputs);
    const helm = inputs.helmVersion
        ? helmDownload(inputs.helmVersion, process.platform, process.arch, inputs.helmMirrors)
        : undefined;
    if (inputs.helmVersion && !helm)
        throw unsupported('helm');
    const kubeconform = inputs.kubeconformVersion
        ? kubeconformDownload(inputs.kubeconformVersion, process.platform, process.arch, inputs.kubeconformMirrors)
        : undefined;
    if (inputs.kubeconformVersion && !kubeconform)
        throw unsupported('kubeconform');
    const phases = new Phases(logger);
    // Both tools at once; a failure of either fails the step after both have settled.
    const installs = Promise.allSettled([
        helm
            ? phases.run('helm', () => run_install(helm, inputs.helmSha256, inputs, logger))
            : Promise.resolve(undefined),
        kubeconform
            ? phases.run('kubeconform', () => run_install(kubeconform, inputs.kubeconformSha256, inputs, logger))
            : Promise.resolve(undefined)
    ]);
    // The schema cache is restored while the tools install: each cache call may take up to its
    // deadline when the cache service hangs, and one after the other they would add up.
    const schemas = inputs.schemaCache
        ? phases.run('schemas', () => restoreSchemaCache(inputs, logger))
        : undefined;
    // Awaited below; when an install fails first, the step ends without it.
    schemas?.catch(() => undefined);
    const settled = await installs;
    const failure = settled.find(s => s.status === 'rejected');
    const [helmResult, kubeconformResult] = settled.map(s => s.status === 'fulfilled' ? s.value : undefined);
    const installed = [helmResult, kubeconformResult].filter((r) => r !== undefined);
    const toolSaves = installed
        .filter(r => r.needsSave)
        .map(r => ({ key: r.cacheKey, paths: [...r.cachePaths] }));
    if (toolSaves.length)
        state.setJson('tools', toolSaves);
    if (failure)
        throw failure.reason;
    // In a fixed order (the installs ran in parallel): helm, then kubeconform.
    for (const result of installed)
        runner_addPath(result.dir);
    setOutput('helm-path', helmResult?.paths[helm.binary] ?? '');
    setOutput('helm-version', helmResult?.version ?? '');
    setOutput('kubeconform-path', kubeconformResult?.paths[kubeconform.binary] ?? '');
    setOutput('kubeconform-version', kubeconformResult?.version ?? '');
    setOutput('cache-hit', String(installed.every(r => r.source !== 'download')));
    let cacheDir;
    let schemaCache = 'off';
    if (schemas) {
        const restored = await schemas;
        cacheDir = restored.dir;
        schemaCache = restored.matchedKey ? `hit ${code(restored.matchedKey)}` : 'miss';
        state.setJson('schemas', restored);
    }
    setOutput('schema-cache-dir', cacheDir ?? '');
    setOutput('kubeconform-args', kubeconformArgs({
        cacheDir,
        schemaLocations: inputs.schemaLocations,
        kubernetesVersion: inputs.kubernetesVersion
    }));
    let chartRows = [];
    if (inputs.charts.length) {
        const helmPath = helmResult?.paths[helm.binary] ?? 'helm';
        const charts = await phases.run('charts', () => chartDependencies(inputs, helmPath, logger));
        if (charts.saves.length)
            state.setJson('charts', charts.saves);
        setOutput('charts-cache-hit', String(charts.allHit));
        chartRows = charts.rows;
    }
    else {
        setOutput('charts-cache-hit', 'false');
    }
    if (inputs.summary) {
        appendSummary(renderSummary({
            title: 'setup-helm-kubeconform',
            faultsAbsorbed: stepLedger().absorbed(),
            tables: [
                { head: INSTALL_HEAD, rows: installed.map(installRow) },
                { head: ['chart', 'dependencies', 'from'], rows: chartRows }
            ],
            notes: [`**schema cache:** ${schemaCache}`],
            phases: phases.list()
        }));
    }
}

;// CONCATENATED MODULE: ./actions/setup-helm-kubeconform/src/main.ts


void runAction(run, { name: 'setup-helm-kubeconform' });

