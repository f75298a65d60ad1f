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
  addPath: () => (addPath),
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
function addPath(dir) {
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
    const expanded = value === '~' ? (0,external_node_os_.homedir)() : value.startsWith('~/') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), value.slice(2)) : value;
    return (0,external_node_path_.isAbsolute)(expanded) ? (0,external_node_path_.resolve)(expanded) : (0,external_node_path_.resolve)(cwd, expanded);
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
        isDir = (0,external_node_fs_.statSync)(dir).isDirectory();
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
        return (0,external_node_fs_.readdirSync)('/lib');
    }
    catch {
        return [];
    }
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
            addPath(installed.dir);
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

;// CONCATENATED MODULE: ./actions/prepare-python/src/cache-key.ts

// The Actions-cache key of the uv cache. Lower-case (act-derived cache servers lower-case keys, and
// a strict comparison would then re-upload every run), no commas, at most 512 characters.
const CACHE_KEY_VERSION = 'v1';
const NO_DEPENDENCY_FILES = 'no-dependency-files';
/** Lower-case, keeps `[a-z0-9._-]`, every other run of characters becomes one `-`. */
function sanitize(part) {
    return part
        .toLowerCase()
        .replace(/[^a-z0-9._]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function cacheKeys(parts) {
    const prefix = [
        'prepare-python',
        CACHE_KEY_VERSION,
        sanitize(parts.os),
        sanitize(parts.arch),
        sanitize(parts.libc),
        `py${sanitize(parts.python)}`
    ].join('-');
    const suffix = parts.suffix ? sanitize(parts.suffix) : '';
    const hash = parts.dependencyHash ?? NO_DEPENDENCY_FILES;
    const key = `${prefix}-${hash}${suffix ? `-${suffix}` : ''}`.slice(0, 512);
    return { key, restoreKeys: [`${prefix}-`] };
}
/** SHA-256 over the files' paths and contents, in path order; undefined for no files. */
function dependencyHash(files) {
    if (files.length === 0)
        return undefined;
    const outer = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const inner = (0,external_node_crypto_.createHash)('sha256').update(file.content).digest('hex');
        outer.update(`${file.path}\0${inner}\n`);
    }
    return outer.digest('hex');
}
/** `3.13` from `3.13.7`, `3.13t` for free-threaded builds. */
function pythonMajorMinor(version, freeThreaded = false) {
    const match = /^(\d+)\.(\d+)/.exec(version.trim());
    return match ? `${match[1]}.${match[2]}${freeThreaded ? 't' : ''}` : undefined;
}
/** `debian-13` from /etc/os-release text; undefined when it says nothing usable. */
function osReleaseId(text) {
    const fields = {};
    for (const line of text.split('\n')) {
        const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (match)
            fields[match[1]] = match[2].replace(/^["']|["']$/g, '');
    }
    const id = fields.ID;
    if (!id)
        return undefined;
    const version = fields.VERSION_ID ?? fields.VERSION_CODENAME ?? fields.BUILD_ID;
    return version ? `${id}-${version}` : id;
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/install.ts
// What to install and the uv command lines for it, as pure functions of the inputs and of which
// files exist. The commands run under the retry loop in run.ts.
const INSTALL_MODES = ['auto', 'sync', 'requirements', 'none'];
const PYTHON_ENVIRONMENTS = ['venv', 'system'];
class PlanError extends Error {
}
function planInstall(mode, files, environment = 'venv') {
    const plan = planFor(mode, files, environment);
    if (plan.kind === 'sync' && environment === 'system') {
        throw new PlanError(`Input 'python-environment' is 'system', but the install is 'uv sync' (${mode === 'sync' ? "install is 'sync'" : 'a uv.lock exists'}), which always installs into the project's virtual environment. Use 'python-environment: venv', or 'install: requirements'.`);
    }
    return plan;
}
function planFor(mode, files, environment) {
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
            return { kind: 'requirements', files: files.requirements, environment };
        case 'auto':
            if (files.hasLock)
                return { kind: 'sync' };
            if (files.requirements.length > 0) {
                return { kind: 'requirements', files: files.requirements, environment };
            }
            return { kind: 'none', reason: 'no uv.lock and none of the requirements files exist' };
    }
}
/** `uv sync --frozen`: installs exactly what uv.lock says, without re-resolving. */
function syncArgs() {
    return ['sync', '--frozen'];
}
/**
 * `uv pip install --python VENV -r a.txt -r b.txt`, or with `--system` instead of a virtual
 * environment.
 */
function requirementsArgs(files, venv) {
    const target = venv === undefined ? ['--system'] : ['--python', venv];
    return ['pip', 'install', ...target, ...files.flatMap(file => ['-r', file])];
}
/**
 * The virtual environment the plan installs into, which later steps get activated: uv sync's
 * project environment, or the one made for a requirements install. Undefined for a system install
 * and for no install.
 */
function planEnvironment(plan, projectEnvironment) {
    if (plan.kind === 'sync')
        return projectEnvironment;
    if (plan.kind === 'requirements' && plan.environment === 'venv')
        return projectEnvironment;
    return undefined;
}
/** `uv venv --clear --python PYTHON DIR`: a fresh environment (uv 0.10 needs `--clear` to replace one). */
function venvArgs(python, dir) {
    return ['venv', '--clear', '--python', python, dir];
}
/** The directory of a virtual environment's executables. */
function venvBinDir(venv, platform) {
    return `${venv}${platform === 'win32' ? '\\Scripts' : '/bin'}`;
}
function installArgs(plan, projectEnvironment) {
    if (plan.kind === 'sync')
        return syncArgs();
    if (plan.kind === 'requirements') {
        return requirementsArgs(plan.files, planEnvironment(plan, projectEnvironment));
    }
    return undefined;
}
/** `uv tool install nox==X`, or nothing for `none`. */
function noxArgs(version) {
    return version === 'none' ? undefined : ['tool', 'install', `nox==${version}`];
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

;// CONCATENATED MODULE: ./actions/prepare-python/src/known-checksums.json
const known_checksums_namespaceObject = /*#__PURE__*/JSON.parse('{"aarch64-apple-darwin-0.8.0":"5a5ca58e3999d4f440632da87a56f7030eaaa3a13d3896561eec5fd51cb9ad45","aarch64-apple-darwin-0.8.1":"4dd195318b0ca893f9e51bd243441016fcf721dfc2c29f86ab7de74c1c216e53","aarch64-apple-darwin-0.8.2":"954d24634d5f37fa26c7af75eb79893d11623fc81b4de4b82d60d1ade4bfca22","aarch64-apple-darwin-0.8.3":"9ebfe9f3b51187932ef97270b689da48261acacadd6ea7018d2cc62719c86ffe","aarch64-apple-darwin-0.8.4":"ef6785df8c23232ce6209c04acefd0c0d2ffb3a3ba0eef16422bdfe99a059105","aarch64-apple-darwin-0.8.5":"467e875ac84ac2155f048b56e33741d7dee6f02369048d5b6c05b74b745411e2","aarch64-apple-darwin-0.8.6":"15269226c753f01137b5a35c79e59ab46d8aab25a242641fdc4003a6d0a831ff","aarch64-apple-darwin-0.8.7":"d1f056d2d04b07a69d2be6ed7eb07ece12dda26570a9af316309787865eba374","aarch64-apple-darwin-0.8.8":"9de9365997d7579d27cdbc132883343b3c47add16804f11be679375037dec33a","aarch64-apple-darwin-0.8.9":"c233bee389c15fdef09a6028db61cc54a12e6171f27d6d9c018eedca5bbbd011","aarch64-apple-darwin-0.8.10":"5200278ae00b5c0822a7db7a99376b2167e8e9391b29c3de22f9e4fdebc9c0e8","aarch64-apple-darwin-0.8.11":"c9e74f779a65798057bca2ff328d5c9952f458391e220c3d3216d7a03a338d9f","aarch64-apple-darwin-0.8.12":"a3f78d20465c6d18f7072f118ce1c61b164b98698fdc37357e72958c7d1b68fd","aarch64-apple-darwin-0.8.13":"c3eddc0e314abb8588f1cdf312f0b060d79e1906eff8f43b64a05ff5e2727872","aarch64-apple-darwin-0.8.14":"281ea18a5778099f7edeee0a7b20671d14918782de153604c939486f2b8a2791","aarch64-apple-darwin-0.8.15":"103367962c5cb00bf7370d84cbaa3fec5a9807be9cc833ea9d8eea400c119fa2","aarch64-apple-darwin-0.8.16":"87e4b51b735e8445f6c445c7b4c0398273e40d34cd192bad8158736653600cd6","aarch64-apple-darwin-0.8.17":"e4d4859d7726298daa4c12e114f269ff282b2cfc2b415dc0b2ca44ae2dbd358e","aarch64-apple-darwin-0.8.18":"ce660d5cdf0ed83d1a045bbe9792b93d06725b8c9e9b88960a503d42192be445","aarch64-apple-darwin-0.8.19":"bb63d43c40a301d889a985223ee8ce540be199e98b3f27ed8477823869a0a605","aarch64-apple-darwin-0.8.20":"a87008d013efd78d94102e5268a24990c409bfb39b80df4de32d1c97f093e7ef","aarch64-apple-darwin-0.8.21":"51a10a0ba94139911266779e61296b07fffc98eedf3d8f6e206f86375ac7fb31","aarch64-apple-darwin-0.8.22":"3f61099e261e449527141dbf125629fab33ad696468c8c90cebbac40185a306c","aarch64-apple-darwin-0.8.23":"e9128449ea08a3c953f0e08dabc78c7588361a898e6bd8163e7e8f8c96adeb66","aarch64-apple-darwin-0.8.24":"5f0d9d14b17ba3f0af4602a7a5a2e4faececf0a9463736cf8e6269c49569b2fa","aarch64-apple-darwin-0.9.0":"136e70984e3fd359f4119ef445bfd67d6e0d50f15400226ef8db7b738ebef6d0","aarch64-apple-darwin-0.9.1":"cc84b5c86fbde176c0e1908abd65cec6e989ff755b6e68a912652beb1311de31","aarch64-apple-darwin-0.9.2":"90b1e69da3d04772565dd556ae8e72c86bdb7da85a8dfc2c6b50c400b0e6aa97","aarch64-apple-darwin-0.9.3":"d6b2eaa1025b24b4779602763ad92f20112cbf19732fc6e0c72bb57a6a592c6c","aarch64-apple-darwin-0.9.4":"52793821b13ac7e424f76c47f544b103a9bdd10546f165b327eba225d0ba4993","aarch64-apple-darwin-0.9.5":"dc098ff224d78ed418e121fd374f655949d2c7031a70f6f6604eaf016a130433","aarch64-apple-darwin-0.9.6":"892e8ac6d5240a4dec21fac5bedef52c1b6d40f0dfe52f9e3203038e7e16aed2","aarch64-apple-darwin-0.9.7":"35572b9619fc14d67fc1cd72582c3cfc5c9c66d97f310192e04f26fb3fe96005","aarch64-apple-darwin-0.9.8":"c021ce28988acbbfcb496e68cd9f2f6ba6401cc6d3292a5d25313873f825e002","aarch64-apple-darwin-0.9.9":"737e1c2c4f97577aa7764141846e27de915eebb3b2a0f467451089a64824d2f7","aarch64-apple-darwin-0.9.10":"af171d5a4eb1c502819de32740aa811ff71851b1f5ec2d8bd0dda302ed9554c2","aarch64-apple-darwin-0.9.11":"594d9f4cfbd21d5a2f34b0352bf423066a9dab1733c90b5d40e3e227506deb03","aarch64-apple-darwin-0.9.12":"6bf1148aa48bc42853e8216982a89f6909e1932a51f4d8dce27815e8954e4664","aarch64-apple-darwin-0.9.13":"9c594dce1c237e11680be2b6d1331448eeb6f8a1453fb851a66a40291bb624de","aarch64-apple-darwin-0.9.14":"5267ecb62737b2ec0d61fd40e93c20d0a201eba96588582633f725792c778e00","aarch64-apple-darwin-0.9.15":"388029510fdf64771745e9fb85cd6ec042580678a9e61c90fe355301f1c42f1e","aarch64-apple-darwin-0.9.16":"db6d7fb299c35dc9bbbeb89cfa9aa55a9584f637d370c0a4c62a50df9c9294a7","aarch64-apple-darwin-0.9.17":"a1e1464aa1d04d5e5fa700aa2f2e10397d1114e835dbd56be25ba65c9a31bd99","aarch64-apple-darwin-0.9.18":"dc3bee4abbb3bac267a3985a23ea7617d19d41ff381dbaf560ba415ad65af68f","aarch64-apple-darwin-0.9.20":"c3f4b03a5d526119d41fa8b8f255aa8053c49d787778df654895e3d174b1519a","aarch64-apple-darwin-0.9.21":"473977236ef8ac5937c80de08a3599cb6ed6021d0e015e10f88076767877a153","aarch64-apple-darwin-0.9.22":"4bfc6dacc9bcc9e433a9214a658495ca082b94fd607949b6745a955f34ccbc3c","aarch64-apple-darwin-0.9.23":"3aae069424778d13ef45ebd2ec906c66ab10e459e7b33341a64cd371a3d70998","aarch64-apple-darwin-0.9.24":"89661d9a16682197086df54bb43d0b03e58e23d4d9360fc8c6c0166f2828fd71","aarch64-apple-darwin-0.9.25":"606b3c6949d971709f2526fa0d9f0fd23ccf60e09f117999b406b424af18a6a6","aarch64-apple-darwin-0.9.26":"fcf0a9ea6599c6ae28a4c854ac6da76f2c889354d7c36ce136ef071f7ab9721f","aarch64-apple-darwin-0.9.27":"1359538ed8664d172692cf4719ee0933a4a3bfb22fc91b0be1e19e7bdd8f5ef3","aarch64-apple-darwin-0.9.28":"12163fe09eb292d3ad1ea0f132a84485c902e2ff360d57562bf676e6615fcba0","aarch64-apple-darwin-0.9.29":"0729ddd5c02df33669b03627aa5d9ac7cde4421657f808d54585e3cda944bb55","aarch64-apple-darwin-0.9.30":"03a5d9ec7f7d588446b2ec226d13ff6300055e55365eca8f3fab39f342b0e805","aarch64-apple-darwin-0.10.0":"82d4b99dc6ea686695b5ee142ceba03dd3e3eda2b414e94215ab7bce94972fbb","aarch64-apple-darwin-0.10.1":"37c101cd8a745a43d69bc3832c41866ab721467a1d58881f57b73b705abc2851","aarch64-apple-darwin-0.10.2":"3828b2de196687f60e9d199aea8b504299629300831eea0935ff3fe339903d0a","aarch64-apple-darwin-0.10.3":"ed2a08079527dafae4943fee80162ed750286657901e642eba4c9de928706df8","aarch64-apple-darwin-0.10.4":"a6852e4dc565c8fedcf5adcdf09fca7caf5347739bed512bd95b15dada36db51","aarch64-apple-darwin-0.10.5":"796c2d264c6aba3e1179249438a9fa2fe64140748f0e5b6681e38218ab6238f1","aarch64-apple-darwin-0.10.6":"3993249d8f51deaf34cfce037e57e294e82267ff1f9dc45b7983a17afaf065b4","aarch64-apple-darwin-0.10.7":"1eb4dcc5e0fc8669fa0b33cf1151b64ba3b8c26b60dceff4f7a686129e2af22b","aarch64-apple-darwin-0.10.8":"c3a6fff5b6b4abddff863117878194e35dbc6b0267d61ad259ab9896f9b8dcbb","aarch64-apple-darwin-0.10.9":"a92f61e9ac9b0f29668c15f56152e4a60143fca148ff5bfadb86718472c3f376","aarch64-apple-darwin-0.10.10":"8a09f0ef51ee7f7170731b4cb8bde5bf9ba6da5304f49a7df6cdab42a1f37b5d","aarch64-apple-darwin-0.10.11":"437a7d498dd6564d5bf986074249ba1fc600e73da55ae04d7bd4c24d5f149b95","aarch64-apple-darwin-0.10.12":"ae738b5661a900579ec621d3918c0ef17bdec0da2a8a6d8b161137cd15f25414","aarch64-apple-darwin-0.11.0":"0c0f32c6a3473c5928aff96c3233715edfc79290e892f255cac93710cde7b91a","aarch64-apple-darwin-0.11.1":"f7815f739ed5d0e4202e6292acedb8659b9ae7de663d07188d8c6cbd7f96303f","aarch64-apple-darwin-0.11.2":"4beaa9550f93ef7f0fc02f7c28c9c48cd61fe30db00f5ac8947e0a425c3fb282","aarch64-apple-darwin-0.11.3":"2bc3d0c7bf2bd08325b1e170abac6f7e5b3346e1d4eab3370d17cefec934996f","aarch64-apple-darwin-0.11.4":"9b9cb6c6f58c3246dbf3351ed4e97c500bc3266f5f237d2fd620b66e1c31dc56","aarch64-apple-darwin-0.11.5":"470993e87503874c7c48861daa308b48a7c367e117235bbecf19368b9fdd35b2","aarch64-apple-darwin-0.11.6":"4b69a4e366ec38cd5f305707de95e12951181c448679a00dce2a78868dfc9f5b","aarch64-apple-darwin-0.11.7":"66e37d91f839e12481d7b932a1eccbfe732560f42c1cfb89faddfa2454534ba8","aarch64-apple-darwin-0.11.8":"c729adb365114e844dd7f9316313a7ed6443b89bb5681d409eebac78b0bd06c8","aarch64-apple-darwin-0.11.9":"7d02e5f206dcfb555284f8f6b8547890f0b8eb8987f44e9a0a2378cd23338733","aarch64-apple-darwin-0.11.10":"e93d6af7dfff7071edd16342ba9eeccfc28d8a7deaa5707efeecf63a63a74453","aarch64-apple-darwin-0.11.11":"3a185bf8f46a7b7c8b910d111825907b1638d0ae503cb3c333ae205772354046","aarch64-apple-darwin-0.11.12":"bb7c6ef869ec00cd1452f4884acf23d00b153c356ba9197ae99a1bc1ceadb7f3","aarch64-apple-darwin-0.11.13":"196a58aa24da89144187670df7c407358028984537fbc2f8f2d8f7a2604980df","aarch64-apple-darwin-0.11.14":"4333af5c0730d94323a7819bbdf87ce92dd07fc857d67fff0059e0fca31b5c02","aarch64-apple-darwin-0.11.15":"7e5b336108f8576eda1939920ca0a805b4a9a3c3d3eb2f6140e38b7092fbe4f3","aarch64-apple-darwin-0.11.16":"2b25be1af546be330b340b0a76b99f989daa6d92678fdffb87438e661e9d88fb","aarch64-apple-darwin-0.11.17":"2a162f6b90ff3691a2f9cae1622e066a3ce592e110f66670cdcc841324b28226","aarch64-apple-darwin-0.11.18":"1a7adf8dadae3b55853115d13a8bf564d219597ad13824b93b213706933863e5","aarch64-apple-darwin-0.11.19":"d8f59c38e8c4168ee468d423cd63184be12fa6995a4283d41ee1a14d003c9453","aarch64-apple-darwin-0.11.20":"0a2b6a757d5693671a7ce0002554ae869604e1e69acb10313ac14d08374be01a","aarch64-apple-darwin-0.11.21":"1f921d491ba5ffeea774eb04d6681ecee379101341cbb1500394993b541bf3f4","aarch64-apple-darwin-0.11.22":"97a45e2ff8d5ea262623eed57ec2d9c468a42d74496d5c3c3eef11340235bd7f","aarch64-apple-darwin-0.11.23":"71ef9de85db820749b3b12b7585624ee279e9c5afcbc6f8236bc3d628c4305b0","aarch64-apple-darwin-0.11.24":"7578c6087c5cd76981732b1f5d126248101faebdf81016ba780a65ce03653cdf","aarch64-apple-darwin-0.11.25":"5fc334bb25d19806262efd1f6e7d380155c7e817d89bf426df4ba7ae873c9471","aarch64-apple-darwin-0.11.26":"8f7fbf1708399b921857bce71e1d60f0d3ccf52a30caebc1c1a2f175dce13ab6","aarch64-apple-darwin-0.11.27":"34e63cc0de0aebbc8d424767c588c31b685479f045f9ced9e5ef43ff9e0e8d63","aarch64-apple-darwin-0.11.28":"33540eb7c883ab857eff79bd5ac2aa31fe27b595abecb4a9c003a2c998447232","aarch64-apple-darwin-0.11.29":"61c04acc52a33ef0f331e494bdfbedcdb6c26c6970c022ed3699e5860f8930e3","aarch64-apple-darwin-0.11.30":"9bed3567d496d8dab84ecf7a1247551ac94ef1baaebb7b65df008dd93e9dc357","aarch64-apple-darwin-0.11.31":"b2b93e82a6786f9c7cb89fd4ca0e859a147b292ae8f6f95784f9742f0efec39e","aarch64-apple-darwin-0.11.32":"ed336d0ba49db8ef89b2b41fffa372ce63bd032f22a56f001c265891aec32829","aarch64-apple-darwin-0.11.33":"d75e3d2bfc203d17388edaabd3aa37958edbcbfc36219e3ee0d31bb080b4baa2","aarch64-apple-darwin-0.12.0":"2b9e582af54f84fa50c115427451a6c13e80f43b52f8282b8af5791077317bbf","aarch64-apple-darwin-0.12.1":"77d2906988e8074fd43f2f329ec452ebbf9b0c257ba1c66451c71de70a6baf42","aarch64-apple-darwin-0.12.2":"fa909fea3bc06f460db79017030a221fdbc43ec4478f089cb554d8335c090817","aarch64-apple-darwin-0.12.3":"546f7f8a6c70ff13a3a9d2bc958db3427298cebf3e0cb756f9177133b7068843","aarch64-apple-darwin-0.12.4":"99a913b606194867b43086404412c1afe079547fee72ecfb6af7e7b0dd54b0c6","aarch64-apple-darwin-0.12.5":"5bb0e5fe008a773c3dbcb97ff79cd89e1241464fe9d2f986d52ad8f1b037bd62","aarch64-pc-windows-msvc-0.8.0":"2fc83c9e2de30c1de8e9461188ffdac75ad41ac1e2227fd158d46b6cd09501d3","aarch64-pc-windows-msvc-0.8.1":"759b952f7ee0f2a556f6470ea48a2a87508f9a5cbd3624c881875c93748389af","aarch64-pc-windows-msvc-0.8.2":"0e1e80ca0d6faab2c716ac7b73214c6df7a37dc0a45998d5f7d6e73339db8e48","aarch64-pc-windows-msvc-0.8.3":"6e0692b817c5d6cfddad13ad177e866e36d95e8d32b4a296a49d937fdcda18d3","aarch64-pc-windows-msvc-0.8.4":"34cdff9ed7e1ffece93a895e65377a0ea4f186eb6785ead045280be59edabf19","aarch64-pc-windows-msvc-0.8.5":"8d3dda6ff64065e65b49ecd42018a885c0f20e6967af950ef121f976d73e72db","aarch64-pc-windows-msvc-0.8.6":"a2891f1f1c56e717115579da655951007e2e5e498535b473d9f7cbffe7369e1a","aarch64-pc-windows-msvc-0.8.7":"5e0fdc7ebe4f237fa1b24a95116243e6c5fb52e0601aed3b7ca24b6a76b6c2ec","aarch64-pc-windows-msvc-0.8.8":"3029df83f2b40d2fa0cc896aed8a157afd02e8ce767064d80923e166e46b75ce","aarch64-pc-windows-msvc-0.8.9":"7dc9b954e236f842c2120bdb50307f23104ca20a52896c7ae0ea0100904b2aed","aarch64-pc-windows-msvc-0.8.10":"c51b02188c312baef71187273afa625576101e5680739eab83b1b09ca5d2f3a8","aarch64-pc-windows-msvc-0.8.11":"09c6cc8c511d166dc12c9e56ce06c92de928a2e5bad14fc079654901dc8ea114","aarch64-pc-windows-msvc-0.8.12":"eb0c7e47411d11cbc3990eef51a5e10215a1fc9d5f5058fd8e952da94be16512","aarch64-pc-windows-msvc-0.8.13":"5b3a80d385d26fb9f63579a0712d020ec413ada38a6900e88fdfd41b58795b7e","aarch64-pc-windows-msvc-0.8.14":"d7fef1d1d0b0f8e0aa94391376fe5fb95f0e213ef7ee1c498c287fe0ea76f886","aarch64-pc-windows-msvc-0.8.15":"16d92f21508c5dbd3374466c2cdad2909959a6d3bd06672b9db023f2a5d7a014","aarch64-pc-windows-msvc-0.8.16":"392acca957d8d7cccafbb68ce6c4ba29b2ff00c8b0d4744a2136918d3a7bf765","aarch64-pc-windows-msvc-0.8.17":"2396749de576e45a40efa35fe94b3f953c3224c21f75c05772593e085d78e77d","aarch64-pc-windows-msvc-0.8.18":"f49a25f1a89c76d750e2179f40f9302310504f40c89283ca4522b13363c7bdc9","aarch64-pc-windows-msvc-0.8.19":"3bfe2db4bccf95e05d2685bcbfad7e49e7cd2177a20aebe81a5e5348cbdfc0a3","aarch64-pc-windows-msvc-0.8.20":"ac33f921e0d48d14a106a6cc84b146da7a1f4a3c329c7fb0e1a8e6ff4cf541e6","aarch64-pc-windows-msvc-0.8.21":"ad60ed2fd2c95957c55041d2e61146f0f41aedc7afe87f3f79a8648802713fb5","aarch64-pc-windows-msvc-0.8.22":"dbb3a5bd06d20c9ab8bb9a79c7c4fb5832ca1c7ba5f231a020bc92e5a3c6dcf4","aarch64-pc-windows-msvc-0.8.23":"b4720ff1e3dcab3f41ce8135ae6c87d27682428088ce9e9b6802f2645e189a9e","aarch64-pc-windows-msvc-0.8.24":"349e5f26ea4db6459578db210bb8d676e5b2acc13962877637a95f3e951a6899","aarch64-pc-windows-msvc-0.9.0":"a816625eae0117c8ca0cd618716ddc11c68522d1ecfa7d2738f1c670099fef10","aarch64-pc-windows-msvc-0.9.1":"862e0fef8e68f229c99ce05de70a712221bc552403f480379d03f5b05a6886fe","aarch64-pc-windows-msvc-0.9.2":"b28ae90188f00c6d9e6f32fe252ace25a3698eeca1458d435ac1ca55049607ff","aarch64-pc-windows-msvc-0.9.3":"cf14a72d3a53e9cd63a0d87b6f2d1e92429dea9cd133d77c8ebffd57248191f1","aarch64-pc-windows-msvc-0.9.4":"cebd4cc1bfb1f9876903b528eb8d096dff701be9e1b0da04dab2f7151ec8ae11","aarch64-pc-windows-msvc-0.9.5":"4c615aa19e37b2ec7da3370a25a562bb0061ab005081e4539702c059715dc2b0","aarch64-pc-windows-msvc-0.9.6":"57370b6a43b9c7d93064de27e5ef7e068868062473df227a733e2d8a46ea87cf","aarch64-pc-windows-msvc-0.9.7":"4482ad2544544e1966b6d933d38e27368ce0307739d293322c10459f698a1629","aarch64-pc-windows-msvc-0.9.8":"911f354690319ef93f434ecaccd6a893861d231a2af0466b495edee9313d5759","aarch64-pc-windows-msvc-0.9.9":"517a34f4e609f1ae4920f3a31280427244927d713e0451e21ceb102eb59450d2","aarch64-pc-windows-msvc-0.9.10":"6cca85b629d2944f839651e01070dc3de03d238c75a310f28914fcd63ddb9aa6","aarch64-pc-windows-msvc-0.9.11":"04964328f8e8a4e868153f65a29a927c5d3d8f16c343686bbab5147c72858903","aarch64-pc-windows-msvc-0.9.12":"0975aff9837edcd97f2f781ff78754929ee13386708b76a5f223ed41b5741fec","aarch64-pc-windows-msvc-0.9.13":"761e29d5a67ca61f1d19c20ce935a9fd1f0011efb0e00f1efb20b0801e06b3c4","aarch64-pc-windows-msvc-0.9.14":"966f4ddb5450ade2be0989bb3d4cc4ff66ec316ad714618f2391712ec3660908","aarch64-pc-windows-msvc-0.9.15":"19422893deba37feb4b4191b43be89525ac48bd378f9fdbf2d5bca44319f8c19","aarch64-pc-windows-msvc-0.9.16":"591c73f47dfec72f9d242eebcb36197f27ad652a59d70e70db5c52018684d78e","aarch64-pc-windows-msvc-0.9.17":"28423a27ad1d82347c00411a6792567119b3c1cfe775d3312c0e08a6b489be5b","aarch64-pc-windows-msvc-0.9.18":"fadb43ba13091f44e1786fc3967e65c7786d86192aa205d718307c649927cfc2","aarch64-pc-windows-msvc-0.9.20":"ddba8b1ca82df9b49745c93855c670490d776027269cf7de404d951919c96ea7","aarch64-pc-windows-msvc-0.9.21":"54f66a44108b1b68583c9da0a515195d011189874ec9547710c032801726e042","aarch64-pc-windows-msvc-0.9.22":"19b848523d5802279702f5df4ade6d45f17d111cf9e368883d4f6560f0426d49","aarch64-pc-windows-msvc-0.9.23":"dfdb23dbfa6c89847e4163f0b3b683de889df7d9bdf95a3909dfbc6430106304","aarch64-pc-windows-msvc-0.9.24":"40ceb66af2667fc9b4d30a65ad8b8795d4effc39a44019b4218ad03f8f1d5a14","aarch64-pc-windows-msvc-0.9.25":"6a4c2a753a94d9639725b435f5d1a65bfa25cd196d448ad60841f5fe81ef0052","aarch64-pc-windows-msvc-0.9.26":"79e1398ec98681b1b0494ed3485b0f4565e98a7db109a3f205d0fcdc6a1992f7","aarch64-pc-windows-msvc-0.9.27":"b448ab228f5d1165b8497e8ca10346af6f652eb8ad4e75e47fa55e8cdb5b60d7","aarch64-pc-windows-msvc-0.9.28":"081703fa19ae05a49f486f97468f7792e1cdacda403a091b151af7f5bd6f4595","aarch64-pc-windows-msvc-0.9.29":"39f7dce0d2993cd18d67980c012945ea678a99aef199f7afcea522b5bd70ecf7","aarch64-pc-windows-msvc-0.9.30":"cfbc40baf1da11c55eff92ee008f5af3cdbb4c24c40ddb0bbd489b983fadf43f","aarch64-pc-windows-msvc-0.10.0":"614dd3c409d7fb5a98b516d532c98db9b7799a23fb450150e3784338a9ebd903","aarch64-pc-windows-msvc-0.10.1":"9644d0e37c41c19aa65137a928bf6fad78dc887f820202c0cfcf010cceb416a0","aarch64-pc-windows-msvc-0.10.2":"826e4ee3a03ec245e54c449e272fdf8aab749e039cc49c950ad43cc13702221f","aarch64-pc-windows-msvc-0.10.3":"48243b8acbb31d0081e00878ee3b28535ed9f28ab8b27960b88aed8e1d6dd16a","aarch64-pc-windows-msvc-0.10.4":"77f859cfc26181bdfb94087ce42336d9e2d9e0700bc42f6668445cde517198ce","aarch64-pc-windows-msvc-0.10.5":"7f88f279e271cd76a6e07fe1ad711cbdf15374206ab79f55adadb818ebbd8e43","aarch64-pc-windows-msvc-0.10.6":"e431c9a4f8d66e872f6640500cbbf1af20418720b78ac01404399ac810ef2e46","aarch64-pc-windows-msvc-0.10.7":"45ba7b72a7435343d650c73d21d65d2e8bdda47f6bd39af00e37f3cb70aa79ef","aarch64-pc-windows-msvc-0.10.8":"20db25dc446f9a75d1cfde0a5f4b021e1b2eb266e600a610d32c7ca5d7ff83bf","aarch64-pc-windows-msvc-0.10.9":"5c2526844acf978eab784161c21604343141aa6c9ed22c237ae2f315648f049d","aarch64-pc-windows-msvc-0.10.10":"2c6fe113f14574bc27f085751c68d3485589fcc3c3c64ed85dd1eecc2f87cffc","aarch64-pc-windows-msvc-0.10.11":"6a3eec4105c775dd87c11ef8ec41564648273751ff807c8955c24ddbcc636d03","aarch64-pc-windows-msvc-0.10.12":"e79881e2c4f98a0f3a37b8770bf224e8fee70f6dcf8fc17055d8291bb1b0b867","aarch64-pc-windows-msvc-0.11.0":"95419e04a3ef5f13fb2a06bd6d787ba80a9d8981d6f097780e5a979817a2879d","aarch64-pc-windows-msvc-0.11.1":"b789db0c1504dd3b02c090bd5783487497cc46cc2eb71754874cdd1ef59eb52a","aarch64-pc-windows-msvc-0.11.2":"ffdded8338205f53727b51d404563a5ac8eaa9aea53279a7b7c42177e11d478c","aarch64-pc-windows-msvc-0.11.3":"e99c56f9ab5e1e1ddcaea3e2389990c94baf38e0d7cb2148de08baf2d3261d49","aarch64-pc-windows-msvc-0.11.4":"708b1c210109e50ff520bcd9b6d29cbd8cee584bb55e84d3d1941bf75ab0893d","aarch64-pc-windows-msvc-0.11.5":"9b9b99a985cccf249225aaad76412823e9d9736d605dc2252151172a7f6ab3db","aarch64-pc-windows-msvc-0.11.6":"bee7b25a7a999f17291810242b47565c3ef2b9205651a0fd02a086f261a7e167","aarch64-pc-windows-msvc-0.11.7":"1387e1c94e15196351196b79fce4c1e6f4b30f19cdaaf9ff85fbd6b046018aa2","aarch64-pc-windows-msvc-0.11.8":"bb48716e74e4998993f15bc57a55e4d0d73ccbd27a66d7cbed37605f7c67d747","aarch64-pc-windows-msvc-0.11.9":"93de7822f6214c704ec15db1b4d33eabd3709a0303ec068723d9f5f5aa99e9e7","aarch64-pc-windows-msvc-0.11.10":"3d5878cfc55106083ada1e41cccdde477413701eb9d34767e8ad973bb0863de6","aarch64-pc-windows-msvc-0.11.11":"3d8f05de7ed9de885299565f78832a13e443be51de86260f25edb7cfd0fa05f6","aarch64-pc-windows-msvc-0.11.12":"393de1abc2f663cb9dd24405c7a7b31119e2a734609a233d9b89415821f39bf9","aarch64-pc-windows-msvc-0.11.13":"07c3c997020430a9f287fc05ff4c63fd5744eec49df5392a34731ed1a0971f2e","aarch64-pc-windows-msvc-0.11.14":"d66c76ba912ba66fed011e0189dfbc4527dd9e620a2b5d5d5ecd2ad8936601b8","aarch64-pc-windows-msvc-0.11.15":"9eac2d68f3a66326c3e1fc97ef28bd54f1d13136ec092c2f0a8173ae12aaaf1e","aarch64-pc-windows-msvc-0.11.16":"e4f8e70eb21f0f4efd2eeb159ab289f9a16057d59881a4475758be4ce39bc8c5","aarch64-pc-windows-msvc-0.11.17":"f4463aa9671c6d153d32f2a9b272389675a711a9bca806c4ab4a3c7559b045c2","aarch64-pc-windows-msvc-0.11.18":"0689e1a40d36b387522d2b1b865cd98a15ddd4a7507e256ad93be6f6a335fec1","aarch64-pc-windows-msvc-0.11.19":"5592a990a9d9901fd0d23992d872f2ec3ca91b7bbd3d5f0bb5e6f42b851493d8","aarch64-pc-windows-msvc-0.11.20":"5248e1a5f980a77f153c4c452511ec6376abb8772b0979c450775f3a268fc61e","aarch64-pc-windows-msvc-0.11.21":"74e443f8004022dde57a1bd0d10c097830f9ea8feb4ec927db52cd5d805c2f48","aarch64-pc-windows-msvc-0.11.22":"30fa01e0fc7c78bdaf6f369ebac401f22f0f865d650f0732a26f1df3e2c6971e","aarch64-pc-windows-msvc-0.11.23":"c24ef88c44c5e6be3daa7357c0cd8419a88de74c5d01f4ff403e06b765249788","aarch64-pc-windows-msvc-0.11.24":"51bcf8051dcc2075fba9136ece0f229205a6ef813e68e5709c6eeb18802afed5","aarch64-pc-windows-msvc-0.11.25":"40d65c29c4d97db6a0993df665d3727700bb799b3618992ce9a4dc533c6d1a31","aarch64-pc-windows-msvc-0.11.26":"98246149741f558e25e45ecf2b0b20f34de0634269f2bf0dcb4012d4b6ba289a","aarch64-pc-windows-msvc-0.11.27":"7566a80fe96ee84e6938621a1b704f44b0db546672bf43025905784b2507b7fe","aarch64-pc-windows-msvc-0.11.28":"3248109afad3ec59baad299d324ff53de17e2d9a3b3e21580ffd26744b11e036","aarch64-pc-windows-msvc-0.11.29":"55b597ae81bc29531a7c352a1431a8a73cc2755d7a5b9ec454580cbe02e5154f","aarch64-pc-windows-msvc-0.11.30":"0edc44e7f23668bce7985facd96b2fe04a4d8ea8edfc7e53294afd8993e960fc","aarch64-pc-windows-msvc-0.11.31":"060da44c6474680ce9ed31f866a496cb06979dbea86de8fe24e0f22c48ac992b","aarch64-pc-windows-msvc-0.11.32":"a7427ea0440bb826b6716d1837ff3d173b8e7d496cb09ee8f456b4e023a2fdcd","aarch64-pc-windows-msvc-0.11.33":"6eb261d3ad61b35e2a6cfd997b296b908ff74d6199717eca81c3c73e1df7fbc7","aarch64-pc-windows-msvc-0.12.0":"60c12dc34a8ff0269d7744a3a94506fa8f140618a82194b7bf7834fa789a765b","aarch64-pc-windows-msvc-0.12.1":"9bc7c18e616230fa2dc6fb24bc3afde18a95c2b5c9433de747e9502c66041568","aarch64-pc-windows-msvc-0.12.2":"dccc2bb7724c015f2a82467dee5bf4b2353a3fcdbfdfb30e0f93cdf5db2dd1df","aarch64-pc-windows-msvc-0.12.3":"4343217d668727b8a8eb5cad92389a1d2eeead93c89940d1b955ba1bb15462eb","aarch64-pc-windows-msvc-0.12.4":"3290abffee78c30e3113f5113e26684fd057287e89124a588dcdcdd6ceec0fea","aarch64-pc-windows-msvc-0.12.5":"724279317fee6e5fa8ad1908e4eba2bbe764ef1ece5b3f4597927b62b1fe562a","aarch64-unknown-linux-gnu-0.8.0":"61f136a187150624c10ec7025137fdf5391ef083a4cab0eba4fbdb2a928de16b","aarch64-unknown-linux-gnu-0.8.1":"0604abcd1a9232022f1b093874e6303d2725512f2e9fc324f0ac49a30d1b2de6","aarch64-unknown-linux-gnu-0.8.2":"27da35ef54e9131c2e305de67dd59a07c19257882c6b1f3cf4d8d5fbb8eaf4ca","aarch64-unknown-linux-gnu-0.8.3":"e82b5a3eb19e5087a6ea92800b0402f60378bd395e3483acd0b46124128ab71f","aarch64-unknown-linux-gnu-0.8.4":"d42742a28ce161e72cce45c8c5621ee23317e30d461f595c382acf0f9b331f20","aarch64-unknown-linux-gnu-0.8.5":"db05450c7c1e9dd51eeaf4b59c3bc3721bd9146e7ad95e87f5736d45c4037ae0","aarch64-unknown-linux-gnu-0.8.6":"6fd314ca589788265ff99ec754bd2fa2a5d090ef592ddbbe8ded6b141615a491","aarch64-unknown-linux-gnu-0.8.7":"405965165e6c5a782d9b69e1a641a491533cec80390b0bfbe95eedcf5cdc5078","aarch64-unknown-linux-gnu-0.8.8":"4e144807bef9a3b6f44fd5e4084d5010738787745c07e09dee4f008e8bee17a8","aarch64-unknown-linux-gnu-0.8.9":"03108a851cb87ce44069767e0ae7907d9a31180bdd64913852fcde25848d84f2","aarch64-unknown-linux-gnu-0.8.10":"de60f5e3d69b54e6196fb8937fef4feb15e239f0fd14278e77e44dbb353214ae","aarch64-unknown-linux-gnu-0.8.11":"472dbebd1369049e58d3bbeaae663b212e691676cfd15d799e4faca616d37264","aarch64-unknown-linux-gnu-0.8.12":"9a8a53df515bd64d423c85ace7ddca08fb9a91d8a115934c4495b5cf74c60ea6","aarch64-unknown-linux-gnu-0.8.13":"3bb77b764618f65a969da063d1c4a507d8de5360ca2858f771cab109fa879a4d","aarch64-unknown-linux-gnu-0.8.14":"69616218470b2ad053617efb9e7027b1518ea38918d933c2791e113d99cec507","aarch64-unknown-linux-gnu-0.8.15":"6ede0fefa7db7be3d5d9eda8784a8e43b1cf5410720eb3da60ab1d2f66678e82","aarch64-unknown-linux-gnu-0.8.16":"22a3cbaf87776b73c2657ba5d63f8565c1235b65eaf57dffda66061f7a09913b","aarch64-unknown-linux-gnu-0.8.17":"9a20d65b110770bbaa2ee89ed76eb963d8c6a480b9ebef584ea9df2ae85b4f0f","aarch64-unknown-linux-gnu-0.8.18":"164363f88618f4e8e175faf9fcf5172321c221fce93d64cec8e9ab3339511dad","aarch64-unknown-linux-gnu-0.8.19":"ffd29feed13cdd30b27def8e80e64223325fbe4f7cfc4d4c906ec2531f746bde","aarch64-unknown-linux-gnu-0.8.20":"b434851cd94e9e2083bc9a5851f1d13748771726bd2ac30027f820fc134b2104","aarch64-unknown-linux-gnu-0.8.21":"5ebc05755ee1688434993d3bf346b6fbdbcbd2f17f1a8339f175e76af18de50c","aarch64-unknown-linux-gnu-0.8.22":"726b72a137fda33565143325f7d31c42cd30ff9ccdf067e00d124d37b4081cb2","aarch64-unknown-linux-gnu-0.8.23":"503d1df80abe76c1f30264de817c9c847ff5fa457d4085517aecde1f5749ed66","aarch64-unknown-linux-gnu-0.8.24":"9526f8b0eddd13f5162c18df5ecf35c21e4f96567d21849750356b60121882df","aarch64-unknown-linux-gnu-0.9.0":"ca410766024d2d726c937bda2e9441823e2848894ac5a2f8b608902384fc391f","aarch64-unknown-linux-gnu-0.9.1":"450cf31a80cf1335b0169b82310ea589e51b12711ca84b1f5b322b87d26b16c5","aarch64-unknown-linux-gnu-0.9.2":"0f0ecf2abcb50f8fb5d2b52c8095af4c133897086e3f2e0259f4fcb3d8ddf273","aarch64-unknown-linux-gnu-0.9.3":"2094a3ead5a026a2f6894c4d3f71026129c8878939a57f17f0c8246a737bed1d","aarch64-unknown-linux-gnu-0.9.4":"c507e8cc4df18ed16533364013d93c2ace2c7f81a2a0d892a0dc833915b02e8b","aarch64-unknown-linux-gnu-0.9.5":"9db0c2f6683099f86bfeea47f4134e915f382512278de95b2a0e625957594ff3","aarch64-unknown-linux-gnu-0.9.6":"5bf67f958b1fbcee03c975b9b3bfe8f6b7437a3967ef97dd5b618c2323c51014","aarch64-unknown-linux-gnu-0.9.7":"8b3d31a154673c6d357727d2083a33525b515589d153fa5b5455e1db9e9e6363","aarch64-unknown-linux-gnu-0.9.8":"8dc203a27c99f721545adc531279f0486ea3deb77c951a051e6bb9ea1d588a71","aarch64-unknown-linux-gnu-0.9.9":"35cbad89f226a06cd8b295f946e7083e15cd6fa058e09c2e02bb388be39a8fe4","aarch64-unknown-linux-gnu-0.9.10":"39d80f85f604018281b3e7bf2e1515ab96e8eec5763a2cef9f87d821f66d1758","aarch64-unknown-linux-gnu-0.9.11":"b695e1796449ea85f967b749f87283678ce284e2c042b4b6fa51fa36ec06f47c","aarch64-unknown-linux-gnu-0.9.12":"3c4dd18c1db6bd1af3b84ea3b3cc34dd9d8b955d3e700d1e1e4a18249decbe69","aarch64-unknown-linux-gnu-0.9.13":"c221d04810f873a7aa8bae9aa6ed721e600e56534980df1363952386a4fcdcc5","aarch64-unknown-linux-gnu-0.9.14":"b19bac23c34490b46f024636f164889b14403ab262118e2f97224053fc17ed8c","aarch64-unknown-linux-gnu-0.9.15":"d89430e201f629b203975c605cd6bfe85afc2bc0781d95838e2b5177a03b1545","aarch64-unknown-linux-gnu-0.9.16":"a8e9e3f7e621e212d9663ea28827bd8fb9ec11c453ae88d520b48e969e9ff5db","aarch64-unknown-linux-gnu-0.9.17":"e9eba97b7169e47fd3c926e409f0b714820f0befc23b3ae062780586a793e4cc","aarch64-unknown-linux-gnu-0.9.18":"f8e23ec786b18660ade6b033b6191b7e9c283c872eeb8c4531d56a873decf160","aarch64-unknown-linux-gnu-0.9.20":"0451ecac1d0ed43d5870927df84c3d1dc93d72cf1933310acfadce5ad457c587","aarch64-unknown-linux-gnu-0.9.21":"416984484783a357170c43f98e7d2d203f1fb595d6b3b95131513c53e50986ef","aarch64-unknown-linux-gnu-0.9.22":"2f8716c407d5da21b8a3e8609ed358147216aaab28b96b1d6d7f48e9bcc6254e","aarch64-unknown-linux-gnu-0.9.23":"d60b0b2aee79f9d83897615fed427bee1ea4ebcb2f15b48dd522319ecdb3de91","aarch64-unknown-linux-gnu-0.9.24":"9b291a1a4f2fefc430e4fc49c00cb93eb448d41c5c79edf45211ceffedde3334","aarch64-unknown-linux-gnu-0.9.25":"a8f1d71a42c4470251a880348b2d28d530018693324175084fa1749d267c98c6","aarch64-unknown-linux-gnu-0.9.26":"f71040c59798f79c44c08a7a1c1af7de95a8d334ea924b47b67ad6b9632be270","aarch64-unknown-linux-gnu-0.9.27":"a58b3b77a25620ae15ff3587049b755c7cbf3eaa7df187620b3e6c3dbf71daa0","aarch64-unknown-linux-gnu-0.9.28":"382c342735ff29f8ba4574d88e39bca798bcbac50bff6742710ca9cd8143e7d2","aarch64-unknown-linux-gnu-0.9.29":"935b35542b7e25493a551dcb3487af23b72ad284ee8ac6a488a97d02ce2d84ec","aarch64-unknown-linux-gnu-0.9.30":"6aadf3c71600d594e16dabf382cc15282ead4c5ca768599b6bcb43c5004d9aa8","aarch64-unknown-linux-gnu-0.10.0":"c300afd5f2d31df039fe6a26a2d68a76b62832098c272a43e1e74ab9efd4fbd7","aarch64-unknown-linux-gnu-0.10.1":"3731e98805ea6789188edec0dd97e673da195bf976a72db38f325f7c51cf5cdd","aarch64-unknown-linux-gnu-0.10.2":"4998f545234d52fc6f1280827d392f00a9278295050d59c53a776546dbf0124d","aarch64-unknown-linux-gnu-0.10.3":"cce7d1e4c34e22955cd647b256409b6504f4ae72acf190a6f26189efefbc9a9d","aarch64-unknown-linux-gnu-0.10.4":"c84a6e6405715caa6e2f5ef8e5f29a5d0bc558a954e9f1b5c082b9d4708c222e","aarch64-unknown-linux-gnu-0.10.5":"dfa82b047456c646c50ba769af81a6b7ba20aaf5feee96e61554861db8db5809","aarch64-unknown-linux-gnu-0.10.6":"9380705294a85e3e634570abddd5b2577900c1873c29b790c7abc56a81dce4bc","aarch64-unknown-linux-gnu-0.10.7":"20efc27d946860093650bcf26096a016b10fdaf03b13c33b75fbde02962beea9","aarch64-unknown-linux-gnu-0.10.8":"661860e954f87dcd823251191866af3486484d1a9df60eed56f4586ed7559e3d","aarch64-unknown-linux-gnu-0.10.9":"cc0c5a8573e7d6d78aecb954e0a62b5c0d18217bb81f1e19363b428c57a9962a","aarch64-unknown-linux-gnu-0.10.10":"2b80457b950deda12e8d5dc3b9b7494ac143eae47f1fb11b1c6e5a8495a6421e","aarch64-unknown-linux-gnu-0.10.11":"23003df007937dd607409c8ddf010baa82bad2673e60e254632ca5b04edcce13","aarch64-unknown-linux-gnu-0.10.12":"0ed7d20f49f6b9b60d45fdfcac28f3ac01a671a6ef08672401ed2833423fea2a","aarch64-unknown-linux-gnu-0.11.0":"8e179ca110343a17f801444ff9ef117dba56ef5fc9f6a4c9bb77b318ddba5f24","aarch64-unknown-linux-gnu-0.11.1":"1340e62da1ee3c1109764340e1247e8a1a232c30dde4a0f0548976dcaa90f06d","aarch64-unknown-linux-gnu-0.11.2":"04792cac761c4a6ba78267f36f2af541b7f92196d42ac55d21d3ff6b0f5ab6a5","aarch64-unknown-linux-gnu-0.11.3":"711382e3158433f06b11d99afb440f4416359fc3c84558886d8ed8826a921bff","aarch64-unknown-linux-gnu-0.11.4":"f5aa91bba0b98d85a4e5262e2847f9ab2273c754f6374dff62b37ef18c65a2e7","aarch64-unknown-linux-gnu-0.11.5":"3e9b525d686ae4f3682412bce21536366a5c79616a41055530319c501c883169","aarch64-unknown-linux-gnu-0.11.6":"d5be4bf7015ea000378cb3c3aba53ba81a8673458ace9c7fa25a0be005b74802","aarch64-unknown-linux-gnu-0.11.7":"f2ee1cde9aabb4c6e43bd3f341dadaf42189a54e001e521346dc31547310e284","aarch64-unknown-linux-gnu-0.11.8":"eee8dd658d20e5ac85fec9c2326b6cbc9d83a1eef09ef07433e58698ac849591","aarch64-unknown-linux-gnu-0.11.9":"6d22be8d0d675668f657cee802a1344ea7941403f59eb2a6645ef316f69b4309","aarch64-unknown-linux-gnu-0.11.10":"91d5f4583539640765662ef86edcf3bf4db07439b622c7bed50c961240162046","aarch64-unknown-linux-gnu-0.11.11":"155fe4d3b3cb4bfce118ab4b1380f71515ae874d13d9858171b4f9c26e16684d","aarch64-unknown-linux-gnu-0.11.12":"d6e3e5183e71bbd40400da3d2913743cefb98835d8312a5e7908c33865597515","aarch64-unknown-linux-gnu-0.11.13":"12366407dc1fdba5179b10bd69c11ebfc2eff25791366089c0b2f5701056efc5","aarch64-unknown-linux-gnu-0.11.14":"c4958f729e216f1610632574ed927b8cf0af1bd02cb88cb30d948571727aee43","aarch64-unknown-linux-gnu-0.11.15":"21a7dd1a03ea17ac0366887455dab15d215b31dba0870dcd65d3714e22f46c81","aarch64-unknown-linux-gnu-0.11.16":"8c9d0f0ee98166ae6ab198747519ba6f25db29d185bd2ae5960ecebc91a5c22a","aarch64-unknown-linux-gnu-0.11.17":"de008880a903ac2c5654647dc19a75c0d6652313c977a2bc5ce05e1e3a93429e","aarch64-unknown-linux-gnu-0.11.18":"0f03c6648df1c159557f4222c0f37250f84733fb88d6fc3c16770e17c177a8c9","aarch64-unknown-linux-gnu-0.11.19":"83b13ab184a45b7d9a3b0e4b10eaebd50ad41e66cb16dcce8e60aa7be13ae399","aarch64-unknown-linux-gnu-0.11.20":"c8b5b7f9c804b640da0bb66cddddf0a00ce971f64d8076622d70bd141bc80857","aarch64-unknown-linux-gnu-0.11.21":"88e800834007cc5efd4675f166eb2a51e7e3ad19876d85fa8805a6fb5c922397","aarch64-unknown-linux-gnu-0.11.22":"54b22e9f5570f3643cdf85a33bbc8e9feb3fc6e836a7c660c05378434ef44fe2","aarch64-unknown-linux-gnu-0.11.23":"1873a77350f6621279ae1a0d2227f2bd8b67131598f14a7eb0ba2215d3da2c98","aarch64-unknown-linux-gnu-0.11.24":"e22c66d36a0098b17cff80a8647e0b8c58202af899d4e9eb820fc7ad126435a1","aarch64-unknown-linux-gnu-0.11.25":"e0e9d73f74e06a7dcd53910d5962146ab48f0af9c92cc8df33a37baa0121014d","aarch64-unknown-linux-gnu-0.11.26":"befa1a59c91e96eb601b0fd9a97c03dd666f17baba644b2b4db9c59a767e387e","aarch64-unknown-linux-gnu-0.11.27":"321580b9a7069d0cdbd8db9482a5fb62b4f1285110f847746e3b495408e3a08c","aarch64-unknown-linux-gnu-0.11.28":"03e9fe0a81b0718d0bc84625de3885df6cc3f89a8b6af6121d6b9f6113fb6533","aarch64-unknown-linux-gnu-0.11.29":"94500fb064ae3c971a873cba64d94694c50677e0a4dbf78735c80509e7429919","aarch64-unknown-linux-gnu-0.11.30":"8c11d90f5f66d232930cf8ae3a085c39877690d409e10878234802b028b20e2a","aarch64-unknown-linux-gnu-0.11.31":"d74f23949fd07be4970f293d06ca99d87cd2a78a341c3d7b7fc0df7bc2d8a145","aarch64-unknown-linux-gnu-0.11.32":"4d4fa08d95b06642e5800df6a22bd71455f23f988269e18da2847971d8c0bf31","aarch64-unknown-linux-gnu-0.11.33":"9ed88a9a42de3102f9704d021ab186fdf8a69a7ad9a1d3f3486ac6b1e55d6141","aarch64-unknown-linux-gnu-0.12.0":"2c5d6e3092cc5223b10ff403880cc75121bf64e84644e7a0c69f643b0d89ac95","aarch64-unknown-linux-gnu-0.12.1":"769d373e146692c639b5fbaae33b331c297a32e03d30448772051902df52bbf4","aarch64-unknown-linux-gnu-0.12.2":"19b7f1f66895261fbaa07f8ea91da0f86337ad4e47efa594e87641c1718ffc52","aarch64-unknown-linux-gnu-0.12.3":"bb66cb52e7b1823aed1183630d8d8e5c958840d584a4c55ec10a4cfc168dcca2","aarch64-unknown-linux-gnu-0.12.4":"49d881b3403187e1f1789720881e77e4251ad4259d86c4844862657d2a35d13f","aarch64-unknown-linux-gnu-0.12.5":"9bf43b4d1a07665bf64d4c4e710930b382321a785e0eb10aac07f46471f86a31","aarch64-unknown-linux-musl-0.8.0":"c5a7c042e40a9acb693c5ee01f26db047b07e4f3f301470b38ee4a2f3e0e831b","aarch64-unknown-linux-musl-0.8.1":"4b87748593ca3fd060b96599494d5bad6e172455208c3d6a0f4d36cc89a435f9","aarch64-unknown-linux-musl-0.8.2":"725237095ea91ad4fe54b1a047138194bdef428002709e0ae9dfea33b66e1c8a","aarch64-unknown-linux-musl-0.8.3":"05707835aadb8d0dfacf64a50dc31eb77fb11d1773b13ddd78d2404d43be3b7f","aarch64-unknown-linux-musl-0.8.4":"d194e457ba2c9f4e737ee9919c66465e0297d956b6c7121b61d37b98e15a694c","aarch64-unknown-linux-musl-0.8.5":"400771c1136c9d5cf624bb1695b08d46a4e4e0fc2c9b8897e7be950ac5e00ae0","aarch64-unknown-linux-musl-0.8.6":"d78076c7e0dfcd3580736c11e009ef856bd13015f00406e3ded1fc895e2104ba","aarch64-unknown-linux-musl-0.8.7":"70fa63fca7c7b1ccb5a96b8b5691f8dee2f2caeb61fcf6a110227e3f55fcf94c","aarch64-unknown-linux-musl-0.8.8":"fb7785d31a64f416ef67292ba3717781ef4eb1d6f93b6e30715d9127e862de2b","aarch64-unknown-linux-musl-0.8.9":"fb1f2800bfd0bc9a121269e276653899c726d81cd08d6299f0fb34b4b0d61fcf","aarch64-unknown-linux-musl-0.8.10":"704f202ca92386eaa095706ec7e26c4f052f7e17721767d4ee18c676565c51b1","aarch64-unknown-linux-musl-0.8.11":"1c6045bec4d5ca17777dd271401a0407c5acad79f74fd38f35c31ca64c689808","aarch64-unknown-linux-musl-0.8.12":"de85bafc3e238a4fce87eb6a4e584c9c04721475abb9e5f6fe186bdce650763f","aarch64-unknown-linux-musl-0.8.13":"40ba6e62de35820e8460eacee2b5b8f4add70a834d3859f7a60cdfc6b19ab599","aarch64-unknown-linux-musl-0.8.14":"d492d433d8ea87a4051c3f071ed04f13f8f001aa782e2e8192eaa5143e9a6f39","aarch64-unknown-linux-musl-0.8.15":"23ea21a05c62c4c307ce691f29bff2f15c94c4f07f2b83d9b356f0664bc8b3a2","aarch64-unknown-linux-musl-0.8.16":"6bd6a11c384f07353c3c7eec9bde094f89b92a12dc09caea9df40c424afebea5","aarch64-unknown-linux-musl-0.8.17":"bd141b7e263935d14f5725f2a5c1c942fd89642e37683cb904f1984ce7e365f4","aarch64-unknown-linux-musl-0.8.18":"1d7e3bfc3b5ec9d747bc3f42a6a3362249f30560966512b172e8967b11046144","aarch64-unknown-linux-musl-0.8.19":"87925376fa1e59de23582e1cbd81d6aabd16611e871ad085e09be2c2fa12689d","aarch64-unknown-linux-musl-0.8.20":"60ad9b7fb846c2051e0113077b1e9510b4b1a73b9a1816a03e82406deedff08d","aarch64-unknown-linux-musl-0.8.21":"2afeee16b09d40cbe4de445fe82e1ecc00ed51dd8e118ed7800ca537ee4cf0c2","aarch64-unknown-linux-musl-0.8.22":"3cb3c891f56891f0027f0287980014930b18875c9396c1d8a19d607b0a6049d9","aarch64-unknown-linux-musl-0.8.23":"d745f61cdd3a845da6484785995bc6d19ceb3117dc3fa609bd304ecbedb87fea","aarch64-unknown-linux-musl-0.8.24":"2b8f7383b19d408c680a74a6dbd41c70976516922234eb0075fd2de67413cf29","aarch64-unknown-linux-musl-0.9.0":"041d8f56ffe82cbbc0f63f187f4e1935ac8b32531cf071bf5fa7abcb0441b147","aarch64-unknown-linux-musl-0.9.1":"a171e7335fc2e05767fe0d151db5a6af7d1ba93debfc8c91721763eff457d0a3","aarch64-unknown-linux-musl-0.9.2":"1456894c855d38a56d541b201abae306780d8494c3a3497aff2815abd3eba12f","aarch64-unknown-linux-musl-0.9.3":"0544bdb24daffe91e3c14373875767e0be31e85e85e532171ab53d8c744149ac","aarch64-unknown-linux-musl-0.9.4":"c66e99128739ff1ff34c1c883d4b85f72ba1b7ce1c192c07f8327f43172e8d06","aarch64-unknown-linux-musl-0.9.5":"42b9b83933a289fe9c0e48f4973dee49ce0dfb95e19ea0b525ca0dbca3bce71f","aarch64-unknown-linux-musl-0.9.6":"b0c037ea1f8f7c13dbf4f2b2064c6259e642fd3b0bb8960dbdd6c7c9ed5c554d","aarch64-unknown-linux-musl-0.9.7":"f177397625eb7ca184a01a954c7d487d1cafee68e53cc8f2789a02f75c347a68","aarch64-unknown-linux-musl-0.9.8":"4d6d0e435950f62a2b221d1c1c30ab5d27f22a498939b7a5035806e985b9d48e","aarch64-unknown-linux-musl-0.9.9":"84675e9f81c7ec45b11761db4e1f047c64e772d96a7d99201507a10279f7f835","aarch64-unknown-linux-musl-0.9.10":"9dda17fe2261a16ce0d267617e5898b9678ba6c5f1c8528b7fe48d32d839f427","aarch64-unknown-linux-musl-0.9.11":"26b33bb65714247dd865216e71c5528030c85c6de9ce06172152158ed7add70c","aarch64-unknown-linux-musl-0.9.12":"e953307caacdcf8a5bbac510423b2e64840428244a542ae2d7a6ca79c2931c24","aarch64-unknown-linux-musl-0.9.13":"5a81540af68e28df324d01d79900e7b86c659e8167cb236528b8e6050d74f94e","aarch64-unknown-linux-musl-0.9.14":"631ac3b88a77ec1af35297fdecc0b60b3eef16482617e3a2a5805bd667166437","aarch64-unknown-linux-musl-0.9.15":"41f6ef4f86e9f8015bc31e9ca4fd44a6e2c80fc0b75d6eb74063f64ca15177c7","aarch64-unknown-linux-musl-0.9.16":"cb6730e083f17b38aea88c2bdfc3d4c834a832444087d30d7914bd460ae15b79","aarch64-unknown-linux-musl-0.9.17":"f6f48a301f8e855765af42ef50257af0cebc9c5439dfdcbc188142941aea45ca","aarch64-unknown-linux-musl-0.9.18":"b710ceb9889276cbd7ce04e2ca06b5bd3e288da465bd38f7dd17955c4e703a65","aarch64-unknown-linux-musl-0.9.20":"d1b645d63c70da3f6f2368ea4dbc9dd5534b54be74ae32dee8941531c6874b6d","aarch64-unknown-linux-musl-0.9.21":"03a49fb609888032dbc3be9fd114b50fc9bce8b73b3df319746ae08d1fbdea83","aarch64-unknown-linux-musl-0.9.22":"a400eaede62557af86bed6c5252a101aa1efd596698bb10c9400334fcc2847ec","aarch64-unknown-linux-musl-0.9.23":"ee987d943427ee24c1d3af79c7ad676950c9ad634e60a4d07e328d8a54fff92f","aarch64-unknown-linux-musl-0.9.24":"b16359904ede857b90b68168f10b0f6bf500858df9bed4e7156dbc59fd3f0747","aarch64-unknown-linux-musl-0.9.25":"11cddffc61826e3b7af02db37bc3ed8e9e6747dad328d45c8b02f89408afbf75","aarch64-unknown-linux-musl-0.9.26":"ba8698c36c00c22efed4bd3506339b03c95604d001f02eaf6fbc814c9224d801","aarch64-unknown-linux-musl-0.9.27":"f80e97e1154a06e42143a173831289336ca9e34a67096ab070346958153e8e52","aarch64-unknown-linux-musl-0.9.28":"eec3249254efac972d2555ff858f8ed20f05b40fbb38ac83b15cf0a2ccc86749","aarch64-unknown-linux-musl-0.9.29":"b1edc94f5d6c36bb28a20f8c8afb400e55a428fcf396b03bf78cb7394f75077c","aarch64-unknown-linux-musl-0.9.30":"b658b56957bceea742ca14f3ef28fb3542adbcedfb8bd5bd718ae255394ccd09","aarch64-unknown-linux-musl-0.10.0":"edf1adb1d183730302f87eef9b71bc4e47b4b8058832c3393b0fbcd86f270510","aarch64-unknown-linux-musl-0.10.1":"ae9ae536be5b4d1cf7a6560d52a20711f267e7b21e23ee6cc538a4afa236b757","aarch64-unknown-linux-musl-0.10.2":"685e47f8f88b6845a9fc2ca27c3d246c0f53af8c017daf8e98ac0a97fe20365b","aarch64-unknown-linux-musl-0.10.3":"a98f8decf21204d40acb512b0e08a803ed718c640a97f3c095864967463d5b15","aarch64-unknown-linux-musl-0.10.4":"82fc461031dafb130af761e7dbec1bcc51b826c2e664f5bf8bc4e4f8330320cd","aarch64-unknown-linux-musl-0.10.5":"cf01a960442b9aff4cadc4d27c691086151e9289b5b9fbd0dc41ecfcff1db872","aarch64-unknown-linux-musl-0.10.6":"7de7aa836fd54ff930fa5e63bc04da35e2fbd72889d6258e153479c44d08b863","aarch64-unknown-linux-musl-0.10.7":"115291f9943531a3b63db3a2eabda8b74b8da4831551679382cb309c9debd9f7","aarch64-unknown-linux-musl-0.10.8":"2ef0d0489e9e2a32f134ca80097fa36be4b486c4ab004706a1d6d0d57980ff07","aarch64-unknown-linux-musl-0.10.9":"05b0d3087e913ebe11756365a90dd47c05d6728752fdbe129ad4c3ccd769826d","aarch64-unknown-linux-musl-0.10.10":"d08c08b82cdcaf2bd3d928ffe844d3558dda53f90066db6ef9174157cc763252","aarch64-unknown-linux-musl-0.10.11":"5d80a7f6343d2676dfde1e5126582070a2bbc62df6f60d5527a169be3788532a","aarch64-unknown-linux-musl-0.10.12":"55bd1c1c10ec8b95a8c184f5e18b566703c6ab105f0fc118aaa4d748aabf28e4","aarch64-unknown-linux-musl-0.11.0":"658be4b8ec905635f1295468d4d5120d9e1ab1722eec9a104473ce993590babe","aarch64-unknown-linux-musl-0.11.1":"bd04ffce77ee8d77f39823c13606183581847c2f5dcd704f2ea0f15e376b1a27","aarch64-unknown-linux-musl-0.11.2":"275d91dd1f1955136591e7ec5e1fa21e84d0d37ead7da7c35c3683df748d9855","aarch64-unknown-linux-musl-0.11.3":"8ecec82cb9a744d5fabff6d16d7777218a7730f699d2aa0d2f751c17858e2efa","aarch64-unknown-linux-musl-0.11.4":"a02ec7667d7bb1d33cdb7e1de22f7e4242967e3df7e350bac6212515e3bce8ac","aarch64-unknown-linux-musl-0.11.5":"d73860013061c62d6a89f3370527d4c407214038af331147773ae2fd8f6394c1","aarch64-unknown-linux-musl-0.11.6":"d14ebd6f200047264152daaf97b8bd36c7885a5033e9e8bba8366cb0049c0d00","aarch64-unknown-linux-musl-0.11.7":"46647dc16cbb7d6700f762fdd7a67d220abe18570914732bc310adc91308d272","aarch64-unknown-linux-musl-0.11.8":"29418befb64f926a2dba3473e8e69acd00b36fb845d85344ef11321a993ad8f5","aarch64-unknown-linux-musl-0.11.9":"31abb258d8ec2196993b82e746365717a86e3d3d55502b4c60f384540bf16306","aarch64-unknown-linux-musl-0.11.10":"14c21bef6b54d268c6583d851095a543e6cb03a8e4bdca9a44ab91532b14cbc2","aarch64-unknown-linux-musl-0.11.11":"0fc9a49b3900f77ffaccf3ff69a70ddbc1d479e70ac5d8fd6416a7577b03c5a1","aarch64-unknown-linux-musl-0.11.12":"b70e87f15f12d750d218042c4ed36e41de0757eab249d332ee2e242e4174b5d5","aarch64-unknown-linux-musl-0.11.13":"bea8a97b1b3ed41491e075c1f474e7f0249582aa3f62849c4e874b5f34ddc95e","aarch64-unknown-linux-musl-0.11.14":"d7d3966e46915c5f6932692aaf152a2473eecb1d2517ca4f8e88a07484b380b6","aarch64-unknown-linux-musl-0.11.15":"6505075cec3f551fad4fe9026922967ff9c895c9f513c97682b24e7a1c9becd3","aarch64-unknown-linux-musl-0.11.16":"ac022d96411143b9a2dd75ea711fa8dd4cd14538bf248f2e5df3c10a80f7f6a4","aarch64-unknown-linux-musl-0.11.17":"9e5eaf16ffad968fc689f18c2733ace914ed417d4e5572e92d807fd51a90228c","aarch64-unknown-linux-musl-0.11.18":"6d895725333680bf7633ad635baff8e49dc45d3b52e00b2b3adf6ced41f2ebe2","aarch64-unknown-linux-musl-0.11.19":"767629b64cdf078c32e42819db28d5ca868b8dc7e3a879967fadc3e4f7f66be3","aarch64-unknown-linux-musl-0.11.20":"79931fc8e82dddff6eb9cab32aa8492e35bc22767322dd68cad36012411ae6d5","aarch64-unknown-linux-musl-0.11.21":"e71badaed2a2c3a404a0a00974b51c7ed5f5bc7be947916846005b739c68a5a2","aarch64-unknown-linux-musl-0.11.22":"bc28063fe57e76a2d632d804cae9c602f8aded1d99f41025d7fefeb66b10befd","aarch64-unknown-linux-musl-0.11.23":"80efb615b78c1e5721e5858135cd3499609b26741220332c843bd58936053bc6","aarch64-unknown-linux-musl-0.11.24":"222fcd9878ed6f5a8565d121d1a10e1f958e3c7b42e4ec5cbc6927b2be20cc1a","aarch64-unknown-linux-musl-0.11.25":"3d9c9a95f1868ff20ac880712f3a337d710ea4b65f135184b7a35635d1acbf84","aarch64-unknown-linux-musl-0.11.26":"47418cfdb34b1ca42e503da72631ac8c475602e2411ac6c39aa84c2373fe6324","aarch64-unknown-linux-musl-0.11.27":"b0b1909a7e5caf2ec0cbe2649f5171050c26d85efb65d9d4de2cfe754dc14ea3","aarch64-unknown-linux-musl-0.11.28":"da10cdfa7d92212b7acb62021a0fd61bcf8580c58c3632ec915d10c3a1a7906b","aarch64-unknown-linux-musl-0.11.29":"593d79a797ece3f1dfaaf3e0a973263422a135d9262c7dbc6cd75d9c11acc0b4","aarch64-unknown-linux-musl-0.11.30":"7562a40e4e08b1bfd566bd6aeca55a16ee5ac45211554543e8cdb3c395b47416","aarch64-unknown-linux-musl-0.11.31":"49cb5ffce40cc9c85355caa8104f7b61c40a8daac7334f4bc841cad1a7bb359e","aarch64-unknown-linux-musl-0.11.32":"d70cdae687feb6aad9a09fe8d686df8c8efaf69a1007fa581379a2025adc10a5","aarch64-unknown-linux-musl-0.11.33":"e256e5cf23f8c2e7d4d83f029acd662cbe7275ff24268ce1d6d2ba9016855268","aarch64-unknown-linux-musl-0.12.0":"936fbbf20188a2b1c66bce3dca3f4009a5c9cdf12bb2bbd084e71926f75d6a15","aarch64-unknown-linux-musl-0.12.1":"ce218dad9eb48a39dd86160bec6291fac7275f20a9cabcc4bc10dd2c757208f8","aarch64-unknown-linux-musl-0.12.2":"73b87f0d65d7dfcd39753a51ce65592360b02c29f8e1bc2c85cc4190fe914499","aarch64-unknown-linux-musl-0.12.3":"fa513fca1eb2913334c944fe9adbdd410274a1cbe8dd05d03699a9eb85311d4e","aarch64-unknown-linux-musl-0.12.4":"04ed16e895b08065720e3d06cde722f0d406b63d116247d5e7776525c41f4972","aarch64-unknown-linux-musl-0.12.5":"8767a0e77f2cd45436401b1b42bf7e9ed5a4a91a74a5305d6fe93249d0f6dbc5","arm-unknown-linux-musleabihf-0.8.0":"94c54815e371c93ce08ba5d4b95e7d847d11bdc1ba5af5e15656e6d1be521f74","arm-unknown-linux-musleabihf-0.8.1":"6903a6c4ac2f00548a0164ff53ba1898be2e48449071c90bdf38811537ef47d2","arm-unknown-linux-musleabihf-0.8.2":"ea523b34d5c96b32f1f68a51b690774f7822474a355fd74973a089ba2002e82a","arm-unknown-linux-musleabihf-0.8.3":"63f09a167470e40f5a7afce7ba726fa31d700042107215a8f46572a617b2ba64","arm-unknown-linux-musleabihf-0.8.4":"cfd9d5c2d5bc462308c54e4224cb4102819cfc230cd7a75dcf5cd345969ab732","arm-unknown-linux-musleabihf-0.8.5":"7dcd2a34735d2871714ee4993cf0227492c860ab089691a30f6a65d48ec469b6","arm-unknown-linux-musleabihf-0.8.6":"87d33a579cc2ee986e3163bb5de1791c6052ef8716d5fb8d8bf73aa2e5f1bf66","arm-unknown-linux-musleabihf-0.8.7":"172e93344f2aaee552e606150a1d9bd8de2df2716c81ecc332904e4b2713b964","arm-unknown-linux-musleabihf-0.8.8":"fb8ea8fa543322b4901b5acc585e1373dafd996d9aadce7d0c00c00ad36f2cdd","arm-unknown-linux-musleabihf-0.8.9":"9a73ca16557efd21d4dad17759261c6f93eb4079a95bb39c578998ad787ee871","arm-unknown-linux-musleabihf-0.8.10":"51d1244dd7f23d8aa021fa4d2a662a3727b27241e0ceb6f11820cb495611965f","arm-unknown-linux-musleabihf-0.8.11":"84da6bfdf9ee693c7278770e1d16d0d5e3ba5ea8f913d7fed13e9854aad95e31","arm-unknown-linux-musleabihf-0.8.12":"5fe2f13d8c62d410278fbd69b0c1f03be5bd2c40168a98dc8fc82bca64c2eaad","arm-unknown-linux-musleabihf-0.8.13":"f108a49a17b0700d7121b0215575f96c46a203774ed80ef40544005d7af74a67","arm-unknown-linux-musleabihf-0.8.14":"ef6a51cc1808de75969e2719420464d494bb5932d18ebf3ac07df7a5ab27b16a","arm-unknown-linux-musleabihf-0.8.15":"deeac755224244b535c9f654b29aad8a165c94840a520d41e5c697235edd0576","arm-unknown-linux-musleabihf-0.8.16":"53c31a6559dc4fb22ce8c56640b00a8404b7e4d55f68b6bb3aa188864e2c3084","arm-unknown-linux-musleabihf-0.8.17":"9d4ffb6751d65a52f8daf3fd88e331ab989d490a6e336d6a96cac668fce17a65","arm-unknown-linux-musleabihf-0.8.18":"3c356156c074eb21f731116501992aa6ad6079231f37c75ea7a15c22d1c41cf6","arm-unknown-linux-musleabihf-0.8.19":"00d4835ba20e2e4a3bfed6fe4f6fbf4982c5a0e6a3105c7bde93fb9377e61dea","arm-unknown-linux-musleabihf-0.8.20":"72fa919115f5a7c4557c1adb55ac77154f3fb0272b95ff0270d4eaf98bc814c2","arm-unknown-linux-musleabihf-0.8.21":"f45daacdd988284b011137ba017e5b151252922eec52b457d50770f0cde18387","arm-unknown-linux-musleabihf-0.8.22":"78c4898abb5285cbcb53bc2544d93158a705bf2024393d203b7df89406ffd5d7","arm-unknown-linux-musleabihf-0.8.23":"55fd7161d526080dc07fec87aed63734cf18a20f4ef2fa9b870dd99cfb4e1b07","arm-unknown-linux-musleabihf-0.8.24":"e25ead24c0809fd81c67b72a30c81f2e76eff0d702d341c468326e3e374559f5","arm-unknown-linux-musleabihf-0.9.0":"ec1ec28a7cc584a8a06632b717f89747fa8b8ba58277ad68c8f289aaeac35a0d","arm-unknown-linux-musleabihf-0.9.1":"cc290a14f3ffa286b8c5a437f50d5c9bb76e1d27f3d51dd701b0487e62987ea0","arm-unknown-linux-musleabihf-0.9.2":"f6a969f0506b4d9e1d73d223243457825a2544ef9cd8dabc0a8e7e7bea697a62","arm-unknown-linux-musleabihf-0.9.3":"d120656ddfd22cbcf751c3cf7173992ab4fccf83282868ba1e3ffb79cea4fee6","arm-unknown-linux-musleabihf-0.9.4":"25cfc8bf0f133c9f85f6627dc08d955e0ad80927e01b2e26c68de2470b6e38e6","arm-unknown-linux-musleabihf-0.9.5":"68249598cd76214d7e279a9c3d85d9d0469193c46eda54ad56b1c9bc24a587b4","arm-unknown-linux-musleabihf-0.9.6":"fdfe89c41d61fed32e924f57fee6336ebd9b11fcea754a5750085921b584354b","arm-unknown-linux-musleabihf-0.9.7":"a9c99005da0b50675195e901b4e46869e5519f0190b5670f66c925ab0d6960d7","arm-unknown-linux-musleabihf-0.9.8":"1f9b8fcf30f49923f22b026ae5dd97ea2103e18bcb779d5d10da28ad448a5645","arm-unknown-linux-musleabihf-0.9.9":"0ac0dc5e822e8acc9bcd53d3854ebbeef80c806d5722ee8666b8fa49582c8ff3","arm-unknown-linux-musleabihf-0.9.10":"8b71fe3fc0148bcf5a16fe397ad39260145e497f11c51c02293083e8674932f1","arm-unknown-linux-musleabihf-0.9.11":"6b64be48c461ec1b25d8695d407d6189c660ca2f25ab5978476ae2cff516ce32","arm-unknown-linux-musleabihf-0.9.12":"3f8ede818c4a7d8f7f3069eb4034dcdea85342d7b952b269cf17bd2854a9e028","arm-unknown-linux-musleabihf-0.9.13":"35043814a4eff41141943834e70faa8de54a4a9f6635e0993382ac2ee06651bf","arm-unknown-linux-musleabihf-0.9.14":"a5e112d7ec880c2fe9bb95500d3e6f148e68ca7ff2dd88ab0f8d966e14ef3c9d","arm-unknown-linux-musleabihf-0.9.15":"c85740e8c22187f82e3dad042d412991076d5701c7e1a4eba9ae1166f08f769b","arm-unknown-linux-musleabihf-0.9.16":"4c2447ff0aad62934605252eaf6372efb82fb38330b88785e162929491870186","arm-unknown-linux-musleabihf-0.9.17":"4d80f3509b6351882a64c1dd08f72a80e2b27f055a996295ef1f935bc3efcdde","arm-unknown-linux-musleabihf-0.9.18":"2219049d28baaa0764e0315996e26c70ef548a0ba59add7f42358575ab04b410","arm-unknown-linux-musleabihf-0.9.20":"ddbaab7f1413f181bafc96c8b18af8e69372373798d2294d03d3935fd829c939","arm-unknown-linux-musleabihf-0.9.21":"5d84273d9e79aa1262e11d50b4b4e61c7b33bbbf47c7f7e271cb07f89ac479c1","arm-unknown-linux-musleabihf-0.9.22":"23e0770034e31aaf47b0c84156b2e5ec7638ca0edc76a4cccb8bdc94bfd16159","arm-unknown-linux-musleabihf-0.9.23":"1950c235e76e007f75d30903dc5da6747a344c72a1608123feff720c134ecbfe","arm-unknown-linux-musleabihf-0.9.24":"b343d7f49ea5c0982c9696cbc5c7f96d7053cf8f9c7383a58d6c0c44fbeb6422","arm-unknown-linux-musleabihf-0.9.25":"52f3a96605a7873ec44bb84c33ee08e717df61136fec121f715871cae5b779ec","arm-unknown-linux-musleabihf-0.9.26":"8baa850e6f7a4f8edeef411891780161e95682bf291c85405fdc331925c425c2","arm-unknown-linux-musleabihf-0.9.27":"b80f4db9254b9ddec4b576190bdf15723e948f37f648d9b273be2e153d05f820","arm-unknown-linux-musleabihf-0.9.28":"d0df2a9e7db464a567038bd560dc5007e488542c073989334a4a293b8957e1e1","arm-unknown-linux-musleabihf-0.9.29":"c72ae74c04668d4cf3143fb11ad5bbd1c9e9a80aaa439cb3e43208c127249202","arm-unknown-linux-musleabihf-0.9.30":"5a7f4cd306363b734dba2d86eb760812cb1211254d36ace01860f9e783df1900","arm-unknown-linux-musleabihf-0.10.0":"fea6d45bce1e7172192b4a7d3feb9f37c4198c243be1c573c8dacae765a32c53","arm-unknown-linux-musleabihf-0.10.1":"af7994b58553156fb4acdac40b3f7b1b43260a76de96ca7123bdf861351675d4","arm-unknown-linux-musleabihf-0.10.2":"1c51ebc67e8e492fa549167a96e40bb21a2c2ccde8a8b440f9c8bc0e07f3d4a8","arm-unknown-linux-musleabihf-0.10.3":"e4b3c6dc59cd65125eda09e6c24b97fca71647df979f8963662807dc6a53e165","arm-unknown-linux-musleabihf-0.10.4":"2050d9037a63975dafed987bdc7d2960a3b82345951c14193060fce20f9d31d8","arm-unknown-linux-musleabihf-0.10.5":"abe18becc57fe3c3bf55e62b4b7be0231cb4dbb941fdb3f4f9132703b1f4868c","arm-unknown-linux-musleabihf-0.10.6":"9d0b55a3b0aff97884f49e15739a9936eb33a1b59a5bf1b3c7ce4d9e517d4d76","arm-unknown-linux-musleabihf-0.10.7":"3ea331cd68f28235e13639d5400341a3893d0455f2473a74a9926b7d62cb739c","arm-unknown-linux-musleabihf-0.10.8":"f6dfca333c566024f6feaef19adf7ce06675a1bc2fcadc2de640dd805112a518","arm-unknown-linux-musleabihf-0.10.9":"6220fa3eb5f8212cae4ec3a5053060914aaa829549cf706dde9f9cc344f75f61","arm-unknown-linux-musleabihf-0.10.10":"ccc3c4dd5eeea4b2be829ef9bc0b8d9882389c0f303f7ec5ba668065d57e2673","arm-unknown-linux-musleabihf-0.10.11":"d3c248497c450d22a39c1d43a4a358c0c852e6056f5f49be96495eea41afb96c","arm-unknown-linux-musleabihf-0.10.12":"9714e5059b05110a1c7ddbc18c971c13e0260e10551b7b77d82cbf907a4ebd9b","arm-unknown-linux-musleabihf-0.11.0":"bfdcbd5fa41c8a9877a72c2b55a95da2bc79933885ef56c699b65bb2ed9cea91","arm-unknown-linux-musleabihf-0.11.1":"625c0e756e2374fce864ceaa6beedd5821e276e2b6307f2b719f2d62b449b89c","arm-unknown-linux-musleabihf-0.11.2":"ce572dac1a8f9a92960f89e99351352fae068d34b24bed86fb88e75fd5dd67d9","arm-unknown-linux-musleabihf-0.11.3":"3d021046a94ad11f12b9d83f36442a1a28e92e7149c3f79ba2951c96653dafac","arm-unknown-linux-musleabihf-0.11.4":"5bbc59d8c3d5fdade88fca47e4c18298e44a367e178e97e11466b22e992edae2","arm-unknown-linux-musleabihf-0.11.5":"dcfb4dc15f46eae90ac6d64e7dfc91d8bc0b16816f53b9f8d58ccc8a1220dbb8","arm-unknown-linux-musleabihf-0.11.6":"4410a9489e0a29ce8f86fc8604b75a3dd821e9e52734282cbb413b4e19c5c70a","arm-unknown-linux-musleabihf-0.11.7":"238974610607541ccdb3b8f4ad161d4f2a4b018d749dc9d358b0965d9a1ddd0f","arm-unknown-linux-musleabihf-0.11.8":"858f50a1164e9d2e3d1641a5f9d81a8b098025bd4f40011882df4f6b7d6ee393","arm-unknown-linux-musleabihf-0.11.9":"60fd2f75fa0a927ce0373a9289e9490351be3142b00fb0e8da082ed652c7f23c","arm-unknown-linux-musleabihf-0.11.10":"bea66b5dcfb3460a9a2c399033b071ec4a825ff3bf27c3fedc666dcbdc2354dd","arm-unknown-linux-musleabihf-0.11.11":"ef98cbcd50a62d063958740194497a44fc1dc07867b6fe001db1ab2e621f1f2e","arm-unknown-linux-musleabihf-0.11.12":"c1991e652c345395eff3e43aaa0f2ce5d7f0c7ed0dd5a72dcb0a3c109289ac11","arm-unknown-linux-musleabihf-0.11.13":"ee282adf170eb845821309ca6038fdd87a93dd25326f96efe6ea58a1b66a9064","arm-unknown-linux-musleabihf-0.11.14":"31b07fa8bc5bbc8f22064fc1d4238b53c663bdb4812cbfead0b43719571aec03","arm-unknown-linux-musleabihf-0.11.15":"f9206848d617b7beec37c346624ad961d8d4110606990653ebbfc4c62b1f1741","arm-unknown-linux-musleabihf-0.11.16":"cdd60c84597690139e3696461d1278bf4dcd598cd44e3896a98aa75aa59965bf","arm-unknown-linux-musleabihf-0.11.17":"201c7d727423095aa4ba39cc79b16cac2465720d4348270a3977824009526179","arm-unknown-linux-musleabihf-0.11.18":"c4fe354b28c489fa6649531808076c43eb3a34122df49b0a3005bb75dbf101c3","arm-unknown-linux-musleabihf-0.11.19":"638bb5aac6419e062149b4600c0030e2203dfbb8bf6b0db740755bb19f458abf","arm-unknown-linux-musleabihf-0.11.20":"4113bf774c0626d82374fcb4de1dbe117f38e68cfd4cf7360e44259ca62a6d48","arm-unknown-linux-musleabihf-0.11.21":"7cd6637deebacfa0224e53afb4dd7da4f464ba0ecc128f6f543897c157e39a0f","arm-unknown-linux-musleabihf-0.11.22":"950284c836a2f2aff79d64e703b68ea6bc6ee3a5c5f49399a7889cdd5069d78a","arm-unknown-linux-musleabihf-0.11.23":"2467703669be1cf02f31f4347a11c9b10a763e794424eb1073b9fc2565ba45fc","arm-unknown-linux-musleabihf-0.11.24":"92fa5e688c5dac8cf459421ad65f6d21ea1c530dd2225981bcebfd5d538aa4bc","arm-unknown-linux-musleabihf-0.11.25":"50ef6368eebaa9f31d8e8685a91689666c7bae86a1bd9a72b7a505f752084ef9","arm-unknown-linux-musleabihf-0.11.26":"400ebbca4062f7960cbdb2359cd28741dc9a1fab2656abb9ee05fb525e3f1e12","arm-unknown-linux-musleabihf-0.11.27":"d2a165d17814b88d0190ae69bca9877261d26cac79aba3d27d343a56a7ac47ba","arm-unknown-linux-musleabihf-0.11.28":"955f9697d4781cf4dfc62d9442a49f3e57861f19405a981ffe9fdc0d18e0a31a","arm-unknown-linux-musleabihf-0.11.29":"b160d7eb7dc45af378b3c9dd2cd6b07d64c65b509f2da673434e8e5dc996e5b1","arm-unknown-linux-musleabihf-0.11.30":"58967610a6f14f2785e3be3b1b47553b5ff92c3d51bc0f1d9d90d83dc224f0db","arm-unknown-linux-musleabihf-0.11.31":"0f71f9f2b37d1f82dd225662b3ecb10c3ff114a5828819173015dbc86d2fa0dd","arm-unknown-linux-musleabihf-0.11.32":"43b1c42483d15e94747699b5f718e829144d2b1b117e1c1658742e73d05527a3","arm-unknown-linux-musleabihf-0.11.33":"8c973de331a13f83a1b9bc358b6e7bfa5e5e1f015ff93545dc04839c868e20fe","arm-unknown-linux-musleabihf-0.12.0":"b5879d87fe1fd7a3c8fb27346339222acc5628000002024e7f4d114f1e67a55d","arm-unknown-linux-musleabihf-0.12.1":"fba356be49629c5e0c0270fb3c55def0d83a7abe014ea857b13d14e0cbeabbbc","arm-unknown-linux-musleabihf-0.12.2":"4e27dfadda93c82dd85c2de29b7fd6417ea74c430bfbc52833ea9580c8c16d04","arm-unknown-linux-musleabihf-0.12.3":"44c4c43969c0e58945c7954b033a99916355acef558decf6a9a0b090a6e0465b","arm-unknown-linux-musleabihf-0.12.4":"9657ea47619bae9097e92a942694c3bbead7bf37c5ccffa6a0f8b3f08a947dba","arm-unknown-linux-musleabihf-0.12.5":"970f86ddcd1373120c1e7ee246b533c2e75366294098e1406f07ecf3bb55d260","armv7-unknown-linux-gnueabihf-0.8.0":"57c891ebe985ef1c4e83bbc60b9d2fce40fd6e383db451ac1fc04d60a415022d","armv7-unknown-linux-gnueabihf-0.8.1":"179e0c81217d97eecba4c75566404edf947614f72b0be8b5c975b60b7d973282","armv7-unknown-linux-gnueabihf-0.8.2":"8fcbdce85af3b62b8625e780c0065ccd35aab830fcd380c2bb5a03e2174861b0","armv7-unknown-linux-gnueabihf-0.8.3":"ca3ab5110a248febf3af56ca8e417add5a164228d8861d2f6439d6c77654ad24","armv7-unknown-linux-gnueabihf-0.8.4":"234358eb9384c6392678d392ab0835daf500a71b6d78b5b33f10793c2c695d05","armv7-unknown-linux-gnueabihf-0.8.5":"0032fa90b0a74559ac965538178499de6b396ec7ff9b8d8134f442d2d3079f8a","armv7-unknown-linux-gnueabihf-0.8.6":"4139d74dfe3192bc71dacd3cf0cdf6a006d121db2c4d841e08f369761baaf00e","armv7-unknown-linux-gnueabihf-0.8.7":"3277a9db5244767ed6e8848e487377dea69b67e0a196886696263ddbc5681daf","armv7-unknown-linux-gnueabihf-0.8.8":"684538c1aa5da718abb86b0f5a3c5d2eb05a11520e5c87a2b75050751adcc8c6","armv7-unknown-linux-gnueabihf-0.8.9":"a6be2240c8bf070baaed8ee0a9071fe5f33b2fad55f67d39fcdc8ea720ff668a","armv7-unknown-linux-gnueabihf-0.8.10":"ce22ffada0356570f63ad0aae096226f1c45c3d561023b3fb2b1f0936f2b804c","armv7-unknown-linux-gnueabihf-0.8.11":"a27bb0ae23d0584f1a6a7f851362cb52687bbd22ecce37cc80f3eeca0925dac4","armv7-unknown-linux-gnueabihf-0.8.12":"6ddde49d5fcc04a90855f31b5cb500146dac23f31d16f6d7fa7da1ae481eab1e","armv7-unknown-linux-gnueabihf-0.8.13":"730d8ef57f221ecc572d47b227ecbd8261be08157efb351311f7bc1f6c1c944a","armv7-unknown-linux-gnueabihf-0.8.14":"75c77b40c39dd526f88f5119d686e44d95c10cece436e4306f0db32b94d91716","armv7-unknown-linux-gnueabihf-0.8.15":"07ad33bc28ed276944d069eb714322b24167bfe106b4bded01e272fe245934ba","armv7-unknown-linux-gnueabihf-0.8.16":"ada6f393d5e5d9cba5445832ba61e8222859e915e5d77a37f5dd35979f3f18e4","armv7-unknown-linux-gnueabihf-0.8.17":"014afffa5621986aefbe8a6d71597eb45b8cd3d4e94f825f34ec49ba4cd0c382","armv7-unknown-linux-gnueabihf-0.8.18":"15e12cfba5fb7b20b4eb45887b78fe157d29bd28b38bbc03a19224ad6766a641","armv7-unknown-linux-gnueabihf-0.8.19":"7a58efdb9c6e3f320759f9f074306e34f03ccfb535b306cbace92e9ad414efd5","armv7-unknown-linux-gnueabihf-0.8.20":"87a993df182a2abb5581421d6c76b0cbccb311cfca625d8c827f2cfcf1c78fed","armv7-unknown-linux-gnueabihf-0.8.21":"f6b5fa5a6cfad7fd9fa80c11b24cef18acb8d99c137a6144a4bb1c50dbfb5b1b","armv7-unknown-linux-gnueabihf-0.8.22":"96f7e526b7cac851f4448ca773ee82216d3d8564161486f5c0ab0d84418cc3bc","armv7-unknown-linux-gnueabihf-0.8.23":"160e9522965702a31bfcb86ee28318f7d83f3ffdf330739670703fa0a85ce012","armv7-unknown-linux-gnueabihf-0.8.24":"3c0d984f55bcde6c16c8b4b749d2249b6a61125418dd6b333f249d846e759c71","armv7-unknown-linux-gnueabihf-0.9.0":"3063c9adb4786ed49d699de9cf24c721ff2cb96bd2bb39465cab3e42d4e4efcc","armv7-unknown-linux-gnueabihf-0.9.1":"1f0d511f7776deaf40bae03102020f939c96c3d12eec741edf81f581546d2232","armv7-unknown-linux-gnueabihf-0.9.2":"93bbf2c8612174548822086487eef982bb19d95b569d3df83328cff6f5bf7660","armv7-unknown-linux-gnueabihf-0.9.3":"a524b78c31a43131ad0872e56fcaeb36616f11e5323acb74b547157272723eb6","armv7-unknown-linux-gnueabihf-0.9.4":"ebc126709a6ec2863ff22b0cae7ecd50b2094a88e269da674e382ddfb1da4881","armv7-unknown-linux-gnueabihf-0.9.5":"beebd359fc2700d0af1aaaf8436c7edfc9cb61fe523525df45465bc0b1dd6545","armv7-unknown-linux-gnueabihf-0.9.6":"bdc473884b0abbc87be99b33eef358b505fc8671f85ab1221478a267ebbc0186","armv7-unknown-linux-gnueabihf-0.9.7":"5957d4296da0d5f668a4203811c764e4d7f3b1296c7e899e94dfe4753dc6c910","armv7-unknown-linux-gnueabihf-0.9.8":"7f6d2b328ebcd9f55cd342a4d47330f075d3dea4efaef10c1d11d6ec35d8a4c7","armv7-unknown-linux-gnueabihf-0.9.9":"0390a683afc68c10c3cef45d80678015c6d097260a612ab6bca006ec68f75918","armv7-unknown-linux-gnueabihf-0.9.10":"cc2ecd5c5093de3d591f4b856ded66a73af3e18eca48eafb65bd3a0b650adcd4","armv7-unknown-linux-gnueabihf-0.9.11":"2212adfff866e062dcea7d1ef99935043a49e3d77a18c9258851b7d23c5c3f90","armv7-unknown-linux-gnueabihf-0.9.12":"2f06cb797ba7c4f5f1774331d4e15f912b1e8035e49c9ad5f510378fd2d129dc","armv7-unknown-linux-gnueabihf-0.9.13":"a6c99ae8fdd21e58b8908ecf4f521d2045e297572d899fdd6b59e14d1095600c","armv7-unknown-linux-gnueabihf-0.9.14":"09449988d71401c37e8a7db2eb381e4a931c6394b7c1c9db7e444c2948f16677","armv7-unknown-linux-gnueabihf-0.9.15":"d30d648e4c1c76110ee78953b43ecb8c356cda438a071a60c97308f9a7d2cf27","armv7-unknown-linux-gnueabihf-0.9.16":"5a09476442563f6ee32d864d89a87490bf5a850c987898c648ef57608c5899cb","armv7-unknown-linux-gnueabihf-0.9.17":"30a6c041429e2176062573f33c5c44307cb756264224bcb005723a6e18cff34c","armv7-unknown-linux-gnueabihf-0.9.18":"dddf55144884f5d83b9f5795f0b16d023abedf615505962a6ebcaaef2cb62815","armv7-unknown-linux-gnueabihf-0.9.20":"e1b2f5e4298878e6ac1137f744ba38b59ce68abd6a43878e66a1cac4dd7efd0e","armv7-unknown-linux-gnueabihf-0.9.21":"74b2a73b3569cbba8c73470eb45dfba393401c834dd432fc8bd2039b40b1dde6","armv7-unknown-linux-gnueabihf-0.9.22":"db3ac49b78b3ac57c0e6e9a0ea61237a235447338594ad8e398e8074448bd071","armv7-unknown-linux-gnueabihf-0.9.23":"a7104ab491a0c2f0c58760bcb9a13cfb64c899e02a7b747c4d11da114b3f9114","armv7-unknown-linux-gnueabihf-0.9.24":"8d05b55fe2108ecab3995c2b656679a72c543fd9dc72eeb3a525106a709cfdcb","armv7-unknown-linux-gnueabihf-0.9.25":"7ae274742a5b2398bd75f9075536c7f0b3f99ebc8c6588c37e3bfcd9cc9d781d","armv7-unknown-linux-gnueabihf-0.9.26":"f9cf9806b3bd434b4aca5de1a8412502a29bcbc908848cdea18e32480964ab79","armv7-unknown-linux-gnueabihf-0.9.27":"03b45c99ca940739c2a093f6a514da3dd858b3bc1e8c957c16c1832e30b30c28","armv7-unknown-linux-gnueabihf-0.9.28":"6ddf1979609a3f5bdf897965ed6984dacce860ce57c579596bdc4b514c19320b","armv7-unknown-linux-gnueabihf-0.9.29":"e263645c9ab44e3f7e732b0317da775082f077bb86933be662395eeab97fb3d2","armv7-unknown-linux-gnueabihf-0.9.30":"bf8d9c2f1b4d0eee9bfb689b5483b1bd4b0b76acbeaaa4d0d68b132574c606ff","armv7-unknown-linux-gnueabihf-0.10.0":"3e8ab76a515884c29c773e01360acb6da61a1351c630377b54ba58918d9673af","armv7-unknown-linux-gnueabihf-0.10.1":"4f8857a779df69e2aa9df8ff35b6c34ef3ce45c13d2d4a0ae3957b0e68d322cc","armv7-unknown-linux-gnueabihf-0.10.2":"45243fed8f587f11002f175216894c9c75e2f402324627b7e0855e670557ec14","armv7-unknown-linux-gnueabihf-0.10.3":"1d453ef56127d3aab3ea7f383b27765840e0bdc0b683347191e4cbc26272de2e","armv7-unknown-linux-gnueabihf-0.10.4":"d1824ed14f3ad0e7cb7835b46bc0299859cd8141d039a66274a135ca9797bf9c","armv7-unknown-linux-gnueabihf-0.10.5":"46d79f64e88cb339160cf90f6df51ea14795960840fb4fca8aa61af8cddd8187","armv7-unknown-linux-gnueabihf-0.10.6":"165400192202ee2487bcee4429a5e5a2fddfe8fef8985fb548e2a89fda6b2376","armv7-unknown-linux-gnueabihf-0.10.7":"2e2f88cc5a7b49282c9aa05cfe03e3b8b0a044e90981062fbeb60a7aeba188ca","armv7-unknown-linux-gnueabihf-0.10.8":"1bee8f88a7129f7922c43b0e091a7065d4e13a2934e599aa8a48f162cf9739aa","armv7-unknown-linux-gnueabihf-0.10.9":"0076eac165c2f7129627e2297478e7ffbb9465d9ae6a8961b2f53dcbd807473d","armv7-unknown-linux-gnueabihf-0.10.10":"032786622b52f8d0232b5ad16e25342a64f9e43576652db7bf607231021902f3","armv7-unknown-linux-gnueabihf-0.10.11":"7895a6470dfba051af4e74253599482fc0b37141b5d229956b383365e1a22902","armv7-unknown-linux-gnueabihf-0.10.12":"eaa02f36d5112029601b18ac3d1a0c03a83bb20cb4154c2f5345f777fa6c4101","armv7-unknown-linux-gnueabihf-0.11.0":"0cad4e1b6769e48aa1e80cf639ddcc7c1bfe9ed017e95868fed185a8d818c949","armv7-unknown-linux-gnueabihf-0.11.1":"baf8daaab20b0502d1853dbfd916afb0762c024ae7f0df1c2deb2a1a1c1c3467","armv7-unknown-linux-gnueabihf-0.11.2":"3e90d7de9e3a4e2d8d1bd9ce164362fce22248474986e712039479fb6fd73136","armv7-unknown-linux-gnueabihf-0.11.3":"13c9a0f5f624275ccd36db2896607f4fee3585f420734b16f6c66d70e32aa458","armv7-unknown-linux-gnueabihf-0.11.4":"9d2299155b65988643a55777c638408a0df8e65f606933d1e44691ada72ff106","armv7-unknown-linux-gnueabihf-0.11.5":"818d86386fb57ca4182f39df25dd6160e97300d5ba362bc44e25d8adc904776c","armv7-unknown-linux-gnueabihf-0.11.6":"9758d49c200c211ccb2c9cbf43877102031c3457e80b6c3cb9da1e4c00119d2a","armv7-unknown-linux-gnueabihf-0.11.7":"7aa9ddc128f58c0e667227feb84e0aac3bb65301604c5f6f2ab0f442aaaafd99","armv7-unknown-linux-gnueabihf-0.11.8":"b0674ede45b797362f34af0a75d6391e844992ae92a9c181a353e3892af4c325","armv7-unknown-linux-gnueabihf-0.11.9":"074f216882a79506f56f65413932dba9032ca6100285a562c48965688857970e","armv7-unknown-linux-gnueabihf-0.11.10":"ba259f6c14b5653f1b36400fb8c7862e499a4537201edda76991f2b044014fdb","armv7-unknown-linux-gnueabihf-0.11.11":"c102609d34c06bdec87896d738a0e91df21f71faf21ae4379c7a1d7c961879e1","armv7-unknown-linux-gnueabihf-0.11.12":"432e6a96ecc976861dc884d96ac3aa3cc305abc3bb49d3204544477d4a290c64","armv7-unknown-linux-gnueabihf-0.11.13":"4761e38e3d5ca62e87ef13bc35ba169e6ebd126472482095405367b31be88945","armv7-unknown-linux-gnueabihf-0.11.14":"2aca3925d7ad91d2e02a0f9cf75974ebd077ec5cb939a5eb66aba096d5666819","armv7-unknown-linux-gnueabihf-0.11.15":"eb6a12e3e80e1474c1018edc9541bbe71cdf2248fa17b583dcbcc7bb391ad0c0","armv7-unknown-linux-gnueabihf-0.11.16":"71cf33cb511c9fe28ae261c0b4789e1fd9bb84d1bc68828db647b77305a15185","armv7-unknown-linux-gnueabihf-0.11.17":"c941377b20fdd4b101376a9c8ce37c209d36655697815a32658a7cbcb3212409","armv7-unknown-linux-gnueabihf-0.11.18":"a70a8b1124dc1fabcce9f2bbe6591c72a05d49df74125d1c327b5745f2becbb6","armv7-unknown-linux-gnueabihf-0.11.19":"56c307d18acadb1bee2b76bde39cedcf0d29f93102c52f39f8c0c8a42dffe96e","armv7-unknown-linux-gnueabihf-0.11.20":"b8004b8be37d13ae8c05e8d55028d9ea3ea387fa61a96eeda7812e1a413fd9f8","armv7-unknown-linux-gnueabihf-0.11.21":"929440f991ccd8097e01be1ec831f673ac7bbf508e94819b4270f2873f69e658","armv7-unknown-linux-gnueabihf-0.11.22":"7ff74f488d401f66a0314f65b6970edb011885e09f154e31a307e6d620daad0d","armv7-unknown-linux-gnueabihf-0.11.23":"d10df2ebaa729a51d15395720c3f5e76497ae6414beb82043bb2e53f9a86314a","armv7-unknown-linux-gnueabihf-0.11.24":"b9ec27086af022b2962428beeb5d391903d663f3bd76fed3d8a39def1cc7fe19","armv7-unknown-linux-gnueabihf-0.11.25":"eb60b2931d2461022e1675a7f6c08078b1e47150edb2f7728fe117563a5ebc99","armv7-unknown-linux-gnueabihf-0.11.26":"e1a6e135f68c237f969f2acb5277ef2691dec582e99d9f6c237c21583bd26f7b","armv7-unknown-linux-gnueabihf-0.11.27":"b54d68117ca6f9ba451537acf89ed5c6723bcd08a2d33e21a543659fce31cfd8","armv7-unknown-linux-gnueabihf-0.11.28":"b7cddaad27cd531096e88e64de863f7e37c6fedde11c97595060e6503544d120","armv7-unknown-linux-gnueabihf-0.11.29":"7b5717ae304fbb1e94104699fb8c08b32d1537fedc90dd8fcf87768d818951ed","armv7-unknown-linux-gnueabihf-0.11.30":"8e2d2ab63a37af47c1b4126c5871ee191b983a10670af91d8ef0bee198292931","armv7-unknown-linux-gnueabihf-0.11.31":"de23124095c4df154d3807495b59f1985d8d9460bd70d3de61fef2034756bd61","armv7-unknown-linux-gnueabihf-0.11.32":"593e0f6b92cef908b23e3e3e0da2fd8ae24392afdb70eed05651869fea4a1b02","armv7-unknown-linux-gnueabihf-0.11.33":"5446f812e7f5512198adaf60d2c66672a41d9676e86686819222baef021bce5b","armv7-unknown-linux-gnueabihf-0.12.0":"a84cc572bf83d82c9fb6ce6aaed37da98789420a84f6f754b80ba519d8683345","armv7-unknown-linux-gnueabihf-0.12.1":"bfca453bdf4ea6ce149f9d5be0589fc2e17a22d434c66c2f374a802dabb13cb5","armv7-unknown-linux-gnueabihf-0.12.2":"0536e78e9796394fa135102c7500f24a291aaf9fbf129b70add472b6dcf42a4b","armv7-unknown-linux-gnueabihf-0.12.3":"f572e3b8496f2069e102fd02fb346d7b2fbe0cba6edf0013575cfe79322e4ad0","armv7-unknown-linux-gnueabihf-0.12.4":"fd9d223afc79a4d116d48269ea8cdc00cdeb0637d028843910650abc037e7c4f","armv7-unknown-linux-gnueabihf-0.12.5":"63f86f3cd92de223c2680dee5149ed3f317ad7aeac774fd7e6fe1f86f53e85da","armv7-unknown-linux-musleabihf-0.8.0":"fa8a3f50c1ffeb7013a7fb9d9dbba54ff0a1e5d2c4c758ec6fe785c37426ae7f","armv7-unknown-linux-musleabihf-0.8.1":"f62be877927f3a5e6ee99e352e73af8e1735e4251bb8cf11424f79b560616b20","armv7-unknown-linux-musleabihf-0.8.2":"d433a35cd4e0b9ed8163b42b69d050954b77163765e5c25ac21aa08da2117ad3","armv7-unknown-linux-musleabihf-0.8.3":"79b9f2f8abf64b93aaf48f87b159bc34e73b92428c6424a9e633f481449bc8be","armv7-unknown-linux-musleabihf-0.8.4":"65408f9aab2895faa1c523a064eef01f2d5cea4686ceb704217d8ece03a69a8c","armv7-unknown-linux-musleabihf-0.8.5":"daab0e8f9b563dcbd6bc6ac517a5f9ebe1b1dca9671011d40012c73f0cde8cd0","armv7-unknown-linux-musleabihf-0.8.6":"5d4d117cebddc7dbdbf6e1410c65868f113a75700acac77eed28dfdc0411c113","armv7-unknown-linux-musleabihf-0.8.7":"3170d7251d8d2ab40c86a1b20221d6486baf5f52e7069525893cf20481cc8281","armv7-unknown-linux-musleabihf-0.8.8":"c5eebbf9ae549ca45f563a9a9770c1534854a5c4056acac0ab3779b9e1f24d75","armv7-unknown-linux-musleabihf-0.8.9":"758bf39e33d3162fe6ec7bd5f359cc78daf8ce46b2300dec6c31f37b705521f9","armv7-unknown-linux-musleabihf-0.8.10":"9ee0a14ec4fa263095bae4da329602f7735d914db4ad59079b47d714bfb95409","armv7-unknown-linux-musleabihf-0.8.11":"29605e9724eb7c68bc67892b4d8bcc28d03c1cb1125cb3dd783e81dd61cc15b5","armv7-unknown-linux-musleabihf-0.8.12":"39b626f438c22a3122546445d581fe02b6fc449649b4890f44791af4f3d3c18b","armv7-unknown-linux-musleabihf-0.8.13":"b78dacab7c2fb352301d8997c0c705c3959a4e44d7b3afe670aee2397a2c9ab3","armv7-unknown-linux-musleabihf-0.8.14":"33a15d40d407323a516edabdc4eb33bbefc04e17d40769a04bfc15605d2eee1e","armv7-unknown-linux-musleabihf-0.8.15":"0b4f73e084a04828f2431c887c2e3eea590ff06a1dc279e473dd1d94cdc8f25d","armv7-unknown-linux-musleabihf-0.8.16":"55690f70f9c61963c0069558e205acda9ff0604a44028226b9a0ec3b847c9125","armv7-unknown-linux-musleabihf-0.8.17":"fb976e7482c4550f38c51c5c23b9dae0322c3173f56436bf9a81252e4b74fcfb","armv7-unknown-linux-musleabihf-0.8.18":"008cd8225fd8b6b4bb3293d1d7520023f8e432141f256320c034dc5a1a15c7ab","armv7-unknown-linux-musleabihf-0.8.19":"c8f8a244009f3ad01b23772c936c5c5a95871a87b0add90b85a55d3913d1fae0","armv7-unknown-linux-musleabihf-0.8.20":"3a3c1b2370824f3129c89bf3def5b2b703813152cf0be0ec3c04dead21077cd0","armv7-unknown-linux-musleabihf-0.8.21":"d53ad3c1c5b549654c2da6f9369df7a68b961f18fcaf847cb8242dc48fe17e20","armv7-unknown-linux-musleabihf-0.8.22":"763bd2b60642c68e2d2d5ce43f741fe9cdb77b6fa771cd8b45971e4a380411d7","armv7-unknown-linux-musleabihf-0.8.23":"8cc14b0b7b5118a13c80d9245f0aa540c2596c757d7cbfab622b4f798ce90dd5","armv7-unknown-linux-musleabihf-0.8.24":"3e980197c242f36cf93cba0ebdad8f772ebf442ee856ba694daab624affab146","armv7-unknown-linux-musleabihf-0.9.0":"b425603d3ef20c579b94681a587eaa3f8a2198a86473c7cd5f687a93f8a0fdb0","armv7-unknown-linux-musleabihf-0.9.1":"790728d01dd0d252e3151b57b5a716f84d851d0802962144ea822118ae61b2f6","armv7-unknown-linux-musleabihf-0.9.2":"0f96d45eb4edfff26faaac58d9d5761b3f2628519557534e6969ec2777f35984","armv7-unknown-linux-musleabihf-0.9.3":"acb2a76a585e27b3ded59eeba114771cc76303ea1d3e53c7b9df6b60ed44b952","armv7-unknown-linux-musleabihf-0.9.4":"aa002dc4f272ceb02b5535c80a5b043a61b1d45c0234b4bdcae42096c0b25831","armv7-unknown-linux-musleabihf-0.9.5":"6f366dcb0e85ecbc9c247c0c36392820f291f62f3edfb925d099680a8826a87a","armv7-unknown-linux-musleabihf-0.9.6":"62017a93f07e676b3f3ffae390a2b09f427468a8981510b26891ddf2c97c464e","armv7-unknown-linux-musleabihf-0.9.7":"5ba2ae9412fe5c03130a0924f148bec1b36af9385c5b5e8ef01d6cf7f090553f","armv7-unknown-linux-musleabihf-0.9.8":"177c0e7721fb7554fbb2be6c7d7cb11d22d9aa90ee9872858a7b4f41824e67cb","armv7-unknown-linux-musleabihf-0.9.9":"9de2898662af656fb80bdbfae1958423ed572745f3c10272ff4c214f02c0cfe0","armv7-unknown-linux-musleabihf-0.9.10":"52dd0c8479d1f2e9973d2cf84039005b93f63b8d9bcbce6779f73a48b23fff0c","armv7-unknown-linux-musleabihf-0.9.11":"73729ebd29e2895f30c1a600adac56748b1afe18e9398e86ac4a293941fee3f7","armv7-unknown-linux-musleabihf-0.9.12":"d72ecd42c3657c1e6ca76adc0d98c0576751da8e115cbfbb2cbd36be3f8c8638","armv7-unknown-linux-musleabihf-0.9.13":"8a7655f116f90380a9b9e5a11cf8dc37c5a898b01087d48a801a59165eb2e42c","armv7-unknown-linux-musleabihf-0.9.14":"b7273fc488ac5ae624ab5f657410d44443f30643b77b0ac0d1fdec0f7dee7b95","armv7-unknown-linux-musleabihf-0.9.15":"a1fa385da85131e071f9a6cbde89456945ea821609624e80f9b4d8877b8fbcdb","armv7-unknown-linux-musleabihf-0.9.16":"180846487d6baa1ca9d4cd90a0aaf38f7466d3c211c219bd4d7ffbbbc5077ef2","armv7-unknown-linux-musleabihf-0.9.17":"6b034dc63735c2a4541430cbece688e28bce51a09e2ad1ea2c1646a6b24cf1c3","armv7-unknown-linux-musleabihf-0.9.18":"265d49a8976a5956d3cab524e85e86df5397ab0daf6bd77f1494b0b9e1c00b9a","armv7-unknown-linux-musleabihf-0.9.20":"afc4a709ad83773bafa4ba83afa44bb101e44b817c5ad620cb9c54b62fe52e4e","armv7-unknown-linux-musleabihf-0.9.21":"fa3806603be42aad687bb97ff5939a32f5e1c21d565155299410ad445669ce11","armv7-unknown-linux-musleabihf-0.9.22":"c153ac78c571dbbd9bab54c954b93b496645efbd4d3a0689b03e04d0de17c30f","armv7-unknown-linux-musleabihf-0.9.23":"c5d494337a5ca86ad83d6a887634fda3f8392560799e4236a44d76f8e27621b6","armv7-unknown-linux-musleabihf-0.9.24":"788d2bee1dfdb57a462f2a5c4e3d6e8c68ee9f9f1a938bdcdc00fa9e5edeaeec","armv7-unknown-linux-musleabihf-0.9.25":"77220a539dfffe576cdc9b9e9ab5432c07dd1b63915c859c227883af7ba00538","armv7-unknown-linux-musleabihf-0.9.26":"881df52998da192f0609be37abe445ab0d89f28daceecb171ea8a14088153aee","armv7-unknown-linux-musleabihf-0.9.27":"da43ee6e2f17b4646e35e2d55ce6a021fdf47c06601a6ae8b827de7bb7b3b02f","armv7-unknown-linux-musleabihf-0.9.28":"e391ba4cc05a3a1096f1ab6cd82fcbed059d048a6ba108b4cb18da311a07c4d5","armv7-unknown-linux-musleabihf-0.9.29":"98ab47dcb345d746b230a359d72a96444b1be21cf24026c653d5c7848c680beb","armv7-unknown-linux-musleabihf-0.9.30":"8715a9da643d9e6cb984c2d3e00480849f93f11251d1474cd382cc9d7faeab84","armv7-unknown-linux-musleabihf-0.10.0":"85423cda078ed0313f993ddea6ac897e469885539ce156643ace982bbffb8109","armv7-unknown-linux-musleabihf-0.10.1":"79d978b0e829cab83de4c78e80bd014f3210cf0a1a653d880d0aa6760baeaf80","armv7-unknown-linux-musleabihf-0.10.2":"45b3d7eee7a3af2e4309b0bbe4886c6640b773f6500f0e0b662d84f4a5466f67","armv7-unknown-linux-musleabihf-0.10.3":"d2484df75c9ba4c7e9750da00c4c4276b65c088d8b551b63717d5d9aa227ffa5","armv7-unknown-linux-musleabihf-0.10.4":"3038fdf153a722941424c28ae76996d60589f7f626c2000eb6567b3c301100dd","armv7-unknown-linux-musleabihf-0.10.5":"13444ea0cc650551c4c455af73ac27a77185064275475b2999c627158b7455f4","armv7-unknown-linux-musleabihf-0.10.6":"1cf58447f2003122f83b1a34aee94429cb2686010c3502bfa21c8116e09d5bdf","armv7-unknown-linux-musleabihf-0.10.7":"27319e842d802c5c73be52f3774999d79d0f28f37984090998560fd925133375","armv7-unknown-linux-musleabihf-0.10.8":"ad0ca78991518fde1c4c42f8590e86f29db1f746cedb637f9dac1bb7de2e28da","armv7-unknown-linux-musleabihf-0.10.9":"f702e821b80e371e14987a886d58ee103c5948b7b096fa49a552624c24d7e073","armv7-unknown-linux-musleabihf-0.10.10":"f6f67b190eb28b473917c97210f89fd11d9b9393d774acd093ea738fcee68864","armv7-unknown-linux-musleabihf-0.10.11":"d2880c08acfdaef0985488972c8b14969f7139c27545046e2f6202f0e0f4d9d8","armv7-unknown-linux-musleabihf-0.10.12":"bd735652298c6e62cdd2ac939babe176a3356613e6803baa33d0bc10e8d9e4ed","armv7-unknown-linux-musleabihf-0.11.0":"2aa9da83c6c0cf8a06bc9df14d51056284fa067ef5390b4db79998ff12f3bee7","armv7-unknown-linux-musleabihf-0.11.1":"684c25b74e83bcb1b177152379cfe2c974ba731aa5af278e1d161e41709f8bcf","armv7-unknown-linux-musleabihf-0.11.2":"5222cdd7c7dd3263f8c243831606a9f01a1a07a40ffc3c26c03afb34491075c2","armv7-unknown-linux-musleabihf-0.11.3":"260a88e2f00daab0363a745fde036a7881002d7a81094388f31925acb284110b","armv7-unknown-linux-musleabihf-0.11.4":"43b1e02f8f4b27fd1d085fb14a246638bb607af32408cb13c5c3b3fb47db027f","armv7-unknown-linux-musleabihf-0.11.5":"2cae8baae2c1b42249e656e16f5fe733189b0760ee93995be024f9cc5e72eb19","armv7-unknown-linux-musleabihf-0.11.6":"0677423d98cea5011d346d7d4a33a53360b99a51a04df4b45f67d43a8308c831","armv7-unknown-linux-musleabihf-0.11.7":"77a237761579125b822d604973a2d4afb62b10a8f066db4f793906deec66b017","armv7-unknown-linux-musleabihf-0.11.8":"eda6e549a1d3bea67de6550e84b05d75e5538350bf50ba229840ec92063f153e","armv7-unknown-linux-musleabihf-0.11.9":"0ebca62577232bab2c152fdd0fa81f78a28f8fd1f4f09689347759332aae996d","armv7-unknown-linux-musleabihf-0.11.10":"9d6e2ea60fae542e2bd9b36f44672e99fd941f7da0898533bc274329b001a055","armv7-unknown-linux-musleabihf-0.11.11":"6660651927263c587769697572f4843ac6ea91b2b2d24be1b9c8465e87d05b46","armv7-unknown-linux-musleabihf-0.11.12":"a8855302bad162af78c8fa53f402128a3496b7806dc7201252e7f123eefed8b9","armv7-unknown-linux-musleabihf-0.11.13":"d54342a96dda65339b4f7b9e6bb7a27b81aeeffca14e5dfa7911d00fe4a3ead9","armv7-unknown-linux-musleabihf-0.11.14":"988d79544bbf55ebeaf6521d3cbf46957bcfbab998d22092ea860580639e2f30","armv7-unknown-linux-musleabihf-0.11.15":"a40ee3c41443341846137afc5c7f29be766a9a677bd70c7ff91cbb4273e5383c","armv7-unknown-linux-musleabihf-0.11.16":"f24fca34326c5b8f7ddc0001a40e5454bc8091ca67f9ce931ffdaef4ea4815e8","armv7-unknown-linux-musleabihf-0.11.17":"12606cc40d15c5ab5fd06e434c8ee1b0ef7e3ca3cd4d5b2b135a16dd1a45fed2","armv7-unknown-linux-musleabihf-0.11.18":"f8b6f4df3ff9d142a25892be575ade438672a8353ad71997f7db88e9b9a1062d","armv7-unknown-linux-musleabihf-0.11.19":"d807c33e89c27430a68b7be52a8a0d39e08c91dba0fa295172c6ff2ce2d07a27","armv7-unknown-linux-musleabihf-0.11.20":"1a6ab0ebac84282838ec96dadb245b1d4404ea8a40e375822cc5a2f1f3997d72","armv7-unknown-linux-musleabihf-0.11.21":"20f4b653a17adb09cdfa7f911d46a1f254b918a2b49bef1266c735ab4c6fced0","armv7-unknown-linux-musleabihf-0.11.22":"10d3f2a47d8c8c99d6aaafb1ec9c98aaf0b2a8ece43af01141693596b8a5cf35","armv7-unknown-linux-musleabihf-0.11.23":"417e901f5873a62af344e25e08fb96d75be3a02628e59da4529b73c3693bd31b","armv7-unknown-linux-musleabihf-0.11.24":"747560329d0765623f261969fffb8acd35403c280d1baec36bed46d335731aca","armv7-unknown-linux-musleabihf-0.11.25":"50f6f10ca38e4628998c17de24c2780f429d9b354db98b1832c130b7394e8ec4","armv7-unknown-linux-musleabihf-0.11.26":"3b4453d821588f7fafe622a099db4b7f55a668bec79db73411414ffc24b8c45d","armv7-unknown-linux-musleabihf-0.11.27":"ecdc47f7fbb3eed8081f16ea24d61e9ae562c3a0286eb75a9633ebd75f6ff0ab","armv7-unknown-linux-musleabihf-0.11.28":"eb00e0f246d278133df6a55b5d3534a49f051a7dfc276f640b66504c091167f6","armv7-unknown-linux-musleabihf-0.11.29":"bfd05286a80b39bd4708bbbb4450fe09f07fea86eea60d31ea2de0b5e816ef54","armv7-unknown-linux-musleabihf-0.11.30":"33b515887e04c79d4d5de5967b8278b9dac1853cc8d657bf77052bab16a6629f","armv7-unknown-linux-musleabihf-0.11.31":"9cb5373c1c2e6939077dcc60723a79dc348dd3c9942f2559d19696d16ac34990","armv7-unknown-linux-musleabihf-0.11.32":"cc169fc42b63970cb0cc10a1658c9833e79a5bfde8915ec5f6f5316d9e0cb95f","armv7-unknown-linux-musleabihf-0.11.33":"9e0f6904f62997e34ee8795d615ba2974f31b0461674572d05859ba0b9402290","armv7-unknown-linux-musleabihf-0.12.0":"d4a3383585057824e16fa7f0b24e9f0fecf4b37d29e6d4c7f26b76a5959116e3","armv7-unknown-linux-musleabihf-0.12.1":"0cb3e6ccfedce3cf3f5f95e3a5ddb32977f54025ea74f91993072ebcf91f9df2","armv7-unknown-linux-musleabihf-0.12.2":"5e10ffda5760511a16c0d5a9b2c28ebaed864dfa34e73fddcf0f600cf125cfee","armv7-unknown-linux-musleabihf-0.12.3":"771c35fc4de5ea1e115ddab3147439498f30572be38fa2ff5c2dabb2258faa90","armv7-unknown-linux-musleabihf-0.12.4":"c61f3c109fcb0c9cac2a3c232d50ccd70c422a5d4dae44dab007bdf5c1e64f0d","armv7-unknown-linux-musleabihf-0.12.5":"62f838f29cad6fda061b1566168555978c544a4107697cd1967398b7f8efea84","i686-pc-windows-msvc-0.8.0":"cd03e12986765e48297228678dbeada0c284c552884910bcb3f0ea3ceeec8ee4","i686-pc-windows-msvc-0.8.1":"87107714fee0e0b137360b8b5f2425d5994655c58f2743fac5203c5d5cbf2f7e","i686-pc-windows-msvc-0.8.2":"d862eaf046abe9143b3e172137cb50657920d324cb3e00be78d22aba4478d7f8","i686-pc-windows-msvc-0.8.3":"5d272849a94b7ad36711f336d745e08ed3732042fc51f5c7f28bfc4e95463615","i686-pc-windows-msvc-0.8.4":"fc4fca95757e78fa4a782ae7f5cba4f52137df49b737cec0a6ad8092ca829151","i686-pc-windows-msvc-0.8.5":"2c133809d2839eac93341a14df6fb16bf834ae3c7582f069cf24ccc60cf367f7","i686-pc-windows-msvc-0.8.6":"4eaa185b61f9cfe73ab7534de7282e51cc0f6bf47361429bdcbb6a5f3264f6e4","i686-pc-windows-msvc-0.8.7":"f97b09e12f10e8e77b1519124f1f16720bbd64bc0436cad0868f4a2927a7a0e0","i686-pc-windows-msvc-0.8.8":"9ec9bf63460e0625cd941a5bbe0775b99c33def5a2f1fe6cbc9e99e167fea33e","i686-pc-windows-msvc-0.8.9":"25988dae5e7698de1a6ff4bf08ed336d138710ee52f52de60859b99acf2bc96b","i686-pc-windows-msvc-0.8.10":"e62a2549135b4b9474c18e7bc9f0937837012dd9039f6b4b2c109a1cf99ad925","i686-pc-windows-msvc-0.8.11":"17e45a6afa19443a9749668540a033e9fedd3d6bec1ad8952d10da1f40ed9e92","i686-pc-windows-msvc-0.8.12":"97e0e04648e48cccdd25210f5eaf6fb2d46f1a198983b7de10613faf1629663d","i686-pc-windows-msvc-0.8.13":"08482edef8b077e12e73f76e6b4bb0300c054b8009cfac5cc354297f47d24623","i686-pc-windows-msvc-0.8.14":"b43c5703cdfb15c019b04cad2ef19034a91e8a0872ae2d674d366dfc0a755124","i686-pc-windows-msvc-0.8.15":"34425e7dc7323b98fc844d9223596e9a1d2347e6f85a512221428a455dcbea78","i686-pc-windows-msvc-0.8.16":"1e727b8af6c0781bc6eb9a2c34e7ee704070b7a2f122544443418e8be13019ee","i686-pc-windows-msvc-0.8.17":"f528893452ca512b555b63267292977d237bd6fbdd967c9be6941a65ebf256f4","i686-pc-windows-msvc-0.8.18":"55f0d91f766ca141e166fe74b8a81da667b5d703ca1b5f2671677f0b2bfdd901","i686-pc-windows-msvc-0.8.19":"32c7176e49f5fa1c7480b32e325a631431212904b1020427e62afef46fddddb9","i686-pc-windows-msvc-0.8.20":"62fd821f330f469cce6e02eded6f63ba51a9461acc9e0e16794e05da08fe16be","i686-pc-windows-msvc-0.8.21":"8ee8cd0cc5d49a9e3c6f176bdc9d09ece03144dbc0914c20b27e67ff72c0570e","i686-pc-windows-msvc-0.8.22":"e84c697e29afc76223e020edb3786acebed34779a9cc2ab88e570ff93d69a617","i686-pc-windows-msvc-0.8.23":"9ca7cc83d6730762bb811ec96aff9c95c5c9a131d4305229348df61bbfc9241a","i686-pc-windows-msvc-0.8.24":"7a8b3cdd8c02a662a19c426fbae99809d83dbedf172e52d30ba4c266ccd9a8b9","i686-pc-windows-msvc-0.9.0":"fd1dc1c9f7f9bc66186188894e24864e3def2232e1de0d49416037161932bdd7","i686-pc-windows-msvc-0.9.1":"8880c92097c5410c3bbad5e72cf7d38b57523ed374bcd7462d309b9a11b6df33","i686-pc-windows-msvc-0.9.2":"f0cc299f9cfd9850d30f073794cda9523ac7fa2b90de3d1ed47e3fdcbda69ab6","i686-pc-windows-msvc-0.9.3":"dd054d5a92c1b88daa757e913c85f2f1b9c8bd3b6e530916cfc4d4a612f5638f","i686-pc-windows-msvc-0.9.4":"c3bf7eb197164d3d63651412ff84185efc9c5b77509db120493dd84df6883ed4","i686-pc-windows-msvc-0.9.5":"a0f454fb7bb350821b228e6d9f46f942eb9103f40ce7bd8fafb495647586a82b","i686-pc-windows-msvc-0.9.6":"7a08b77907b5a5e93f0419be197449747ad1d5647268ff76b50c9f21904459f2","i686-pc-windows-msvc-0.9.7":"02349c4380c26838be6fd9bde646c5c3296adc2ba224509ee8e16ffa5baba13e","i686-pc-windows-msvc-0.9.8":"b4e39d7c94a3252d475096a62b2a0cc1f1b96dcd8cd4fe3fe50c0d617494b1e5","i686-pc-windows-msvc-0.9.9":"724c82034a49f7e859de83382d18b38ec830730446996ccc92ddf65d8d1073e7","i686-pc-windows-msvc-0.9.10":"3b3198c214294d5dc352a94dc7bb22f582d11e364780f70dbc3580602339de9a","i686-pc-windows-msvc-0.9.11":"d7a6e1d8f3d6bc2eea36311fe1b30ee44e8aac5de54189bbf17849a212a388a0","i686-pc-windows-msvc-0.9.12":"e140404f281a6427faac4d4d0fab467f3e305ae6ba6ecfab0d149ad6815a2c04","i686-pc-windows-msvc-0.9.13":"be134c7576ba494db286a2ccc2ada117b4709e67090264d81891221ea366f2ef","i686-pc-windows-msvc-0.9.14":"b361e46aa3d9fa94850fbf006deff3c23f1aa1392ec78da598b5e3af0349ae23","i686-pc-windows-msvc-0.9.15":"7dabeb4719dedc1f690e4d5e9641d92c6b17e04245015d64511d207dbb1792d8","i686-pc-windows-msvc-0.9.16":"f6921ace765a2905c0cda8bf8185ecd60d83060da4b2904a28b5a8c23ffc7aa2","i686-pc-windows-msvc-0.9.17":"6e93737710e31bf73fcc3b4b6da616bd341e9c6baf1162ddc1e7f65884063f50","i686-pc-windows-msvc-0.9.18":"52bd6fedef821a2412de73c31fdcf41c31b0a5c5886a416c3ba1a3d282ff02b8","i686-pc-windows-msvc-0.9.20":"d7e50a3bc433bbb08e7890206bec0623627e6a911a6c10322c98721bde1a9cb0","i686-pc-windows-msvc-0.9.21":"941e2b656cf9c94eac4b751933b24e5820247d938958c3d62d9d95d0e2409956","i686-pc-windows-msvc-0.9.22":"f08889e9567feb1e802c9e588de60efef5a436630e4c211fbf4a2116928f69ab","i686-pc-windows-msvc-0.9.23":"94292f02b7484616bb3cd7361411540a5a52e952d149eb6faeec610b6657015d","i686-pc-windows-msvc-0.9.24":"b49265a713cb3f874bcb373572095993d3098ab77cd2665483f53b24b788e5e9","i686-pc-windows-msvc-0.9.25":"55dbf32074a76e029410620e7e3fbef9762799c7dfcf539b098ccc0a64cac9a3","i686-pc-windows-msvc-0.9.26":"2fa5e36d7dc3053962a95a2583b2bcc19aab2ec6c5d4c887cca58de819cf77dd","i686-pc-windows-msvc-0.9.27":"f47831a97b8a1bc7c7211905c1e517cc2f4ef84df877f2a283c49609275db0fa","i686-pc-windows-msvc-0.9.28":"fb5015efd0db178268312a7a7dcde7b0d3b7d7e0eccd0372a4b6f1dcfc075472","i686-pc-windows-msvc-0.9.29":"049a929882a3f4a2d054c9dc44848d2c24175079696e131a57d60d9ab62df81a","i686-pc-windows-msvc-0.9.30":"218b7ec0d052836d7ee395d5e0592e5dac7578fd618f439a5d09c1ad36466399","i686-pc-windows-msvc-0.10.0":"b71bca0987dd12ea09ac6a0e52fdfa89f53601b6074be38366d0592b181f3001","i686-pc-windows-msvc-0.10.1":"c4e989d479f9fc229302345a64f272be3c249d5fff4a2e722aa3d73c381fb303","i686-pc-windows-msvc-0.10.2":"a828ee0a2f42d1384f79acd3edaf01956000e1ec5d18d9992d79e17d70d9aa6c","i686-pc-windows-msvc-0.10.3":"51f745bcab5f77fe75e6f221e3e55a4bddf54824e634ac6f229132880506ce7e","i686-pc-windows-msvc-0.10.4":"b42379a65e9cec5863a22cf81810aec57281b08d426e70cc3b90320b996d84a7","i686-pc-windows-msvc-0.10.5":"67d96bae5ef30b9f1e201622505591601b936996ceea84c36fce5e577db5a442","i686-pc-windows-msvc-0.10.6":"ec189db03b89262e6089e4fb895af6116b964234cf4166b330e258aaf7f999b4","i686-pc-windows-msvc-0.10.7":"a7960473a473ee5907a55fccb8c645e24c1da7d39076aaef652b819e3a26a28b","i686-pc-windows-msvc-0.10.8":"db40952a0c16eb647cb3a06c8cc13712b72e5b6a2501bc080c7e00c0f0e4ad88","i686-pc-windows-msvc-0.10.9":"034bf6b91390b9adc5f41a5946fdb618ebc8cef1574f3d95af9c12fe2bf9aaf3","i686-pc-windows-msvc-0.10.10":"980d7ea368cc4883f572bb85c285a647eddfc23539064d2bfaf8fbfefcc2112b","i686-pc-windows-msvc-0.10.11":"c17f3dc3b2c47490057f17a1f0c37270f11a7b7cedf9bf2c0f841ce02bc7001b","i686-pc-windows-msvc-0.10.12":"2312e75b9c77befdc1bff30da18f16df03083452852952553bee91da362c1a1d","i686-pc-windows-msvc-0.11.0":"3b09d70e686087e096dbd8a2af21b922a2cac7d613dc053c3281c3ddbb961961","i686-pc-windows-msvc-0.11.1":"3c07858a08c54e4e5753239354c7b07ae69071b2b6f5aa2cc970e612adcb4740","i686-pc-windows-msvc-0.11.2":"506f8274b253b2386881a121f3b7d915b637019bda15876bbd1357235305cf12","i686-pc-windows-msvc-0.11.3":"036fa39fa5ea3cb86c127324924b913b5858e8d91c4cb413edacfc3123001696","i686-pc-windows-msvc-0.11.4":"661588b3607e6d5bb78551f596772a0d04a930ce128189c90800d07f6fca1998","i686-pc-windows-msvc-0.11.5":"2057ccf3dba9ed23755df92318a08ab221e9e088385c667292acc09d9cc477c6","i686-pc-windows-msvc-0.11.6":"c5569da150166363389a719553d87f99e0c29e542b2c31bc8bd4aeeb8eb83d99","i686-pc-windows-msvc-0.11.7":"04652b46b1be90a753e686b839e109a79af3d032ba96d3616c162dffdbe89e5c","i686-pc-windows-msvc-0.11.8":"59520c34c3c29a901bb490d4bec55a8e1d46c75d2fbad238871e18de733b4201","i686-pc-windows-msvc-0.11.9":"9dbb9bf746f00dd379e7e1bd544a5e1b48a5f36408f75a7f8c6c89a7a5e5506a","i686-pc-windows-msvc-0.11.10":"d56ad43d355d6c40fee4009d0fb7e6710416ce9b25bebf12a4127e51b3595b3c","i686-pc-windows-msvc-0.11.11":"c230fccbe5737e1a54a2f77ff3116c88fbee21c9b437323907618931b767410e","i686-pc-windows-msvc-0.11.12":"98efe2a4cb9529724639aac488c43b28753e738b0f4c679d3e2dea150e5a9b20","i686-pc-windows-msvc-0.11.13":"a9b2d96a118a401c7dc5b717752a074b6324ddc9b36dcb2b60466a4e2912a3ba","i686-pc-windows-msvc-0.11.14":"579408a1134ec3c45dd7b94187978b98b15df4e0c49ebf05c52565e3858d9f2a","i686-pc-windows-msvc-0.11.15":"6a9431f0044a1ff59fd6920f6f982b691acf336b6e26ac8cd40a02b5ab839cd1","i686-pc-windows-msvc-0.11.16":"7417090298bf202395b9b3d6eefb9230332d8d6c94a5616e531148a0b041c8e2","i686-pc-windows-msvc-0.11.17":"be48cd9aa35c8615eff3dba6a24e214edf00885150eacde032a258399131c59d","i686-pc-windows-msvc-0.11.18":"7505112a7bf72f50391c50f2aa07950b95b3c43c7d9fd4da5626876407d15dda","i686-pc-windows-msvc-0.11.19":"e701a69f0ab192fde8ea3f4cfdedfa6cade0c92cea2e350613b6528e966b50c7","i686-pc-windows-msvc-0.11.20":"00c3f694414bf3821922dc9766cec373bcceb16ae3d98ff1fd0774b97bbc55fb","i686-pc-windows-msvc-0.11.21":"77d7979222c6bd621bdb862c9cb138be41dce1e3cea239b1e87eb82dfac2dbd5","i686-pc-windows-msvc-0.11.22":"08388dc9258b211236136327c775f74c127a2321c4f66d7dfcd4ae5cc76748fd","i686-pc-windows-msvc-0.11.23":"6756a552713bd1b9bd1e8d15402db21600c4fbdeae94c70721e0387b6bbad410","i686-pc-windows-msvc-0.11.24":"1df231a0da08d691c32047cce8a4aa0aba82d2a74f02999f2e4847a5e8e7e2df","i686-pc-windows-msvc-0.11.25":"91a87e8a7ea2d5e9451b9bd8b1e9fa490542311ac43e80a9115abbd231c417fb","i686-pc-windows-msvc-0.11.26":"6e19e7ef0ccacfeea7edeb0a7be951d31148b49f5170c1770c58db312fe443f8","i686-pc-windows-msvc-0.11.27":"479fa122a5a332b1bb09a877d7fa1cc2215a951d2af0af966336a640ae9cc568","i686-pc-windows-msvc-0.11.28":"01975deb06072edfc1f18435c25737d8d378dc849b918cd580768ab3b7641e85","i686-pc-windows-msvc-0.11.29":"c173af6f6e125d65214b55d6b75fcf1a32d5e1c3a656938740fe0b2379cd4bcc","i686-pc-windows-msvc-0.11.30":"8ceaa74889e30d64adf55d7ad7acce6ed101fb036155bf2d7613715c9d9533c1","i686-pc-windows-msvc-0.11.31":"4b4d07862b81275ea1a507d5e80774b0f38502493f854cbb585a987c0155d627","i686-pc-windows-msvc-0.11.32":"e54e814a3963af3af607940f142169312d7550d44db8e2daa2bf6c524554ac3c","i686-pc-windows-msvc-0.11.33":"10b09a49823dd561bb4ececee1eea2c29cb58982f7253865ec27d23fd131daa7","i686-pc-windows-msvc-0.12.0":"4b7f9319eeb79a8e6204952742ac5ef6a56a096dc9438f416bfa60a374d6e94d","i686-pc-windows-msvc-0.12.1":"9b51c33d307a8ab9e9dfd88d4ae1491761f63de0bffa3cec96bec536491c9b97","i686-pc-windows-msvc-0.12.2":"e2037092f25370ecbd8827b1d91650a9fbf002548ae647aea39073c6bbe45384","i686-pc-windows-msvc-0.12.3":"8b1e428b1f5acfd5ba6bf490a7205b4f9149a27a0d9cbd1487243fd8e3d8a80b","i686-pc-windows-msvc-0.12.4":"06a4948b908ce93af14c140158e15b5247ae6c8f15db50f3e4c6335bfd08b3fd","i686-pc-windows-msvc-0.12.5":"a5993a7c2e75b418e60d5ed733204222330085b14e85269545b084c273c1629b","i686-unknown-linux-gnu-0.8.0":"ebb52595b6b5a0b6805a50c5d5dc06fd632bbfcce5854228e1e426784e7813b6","i686-unknown-linux-gnu-0.8.1":"1689bb02d731cd4e0ad6e9fb384c937d5ea38246f80c4a3f86bd9bf30c395490","i686-unknown-linux-gnu-0.8.2":"fc0baebac65fba4865c23f0ec31722750543c5f5320d7c52221b0565065520ce","i686-unknown-linux-gnu-0.8.3":"5ca9dcdd8aba4c59266536c00453f3815ccf4852a1bef78f181f4ae43726e742","i686-unknown-linux-gnu-0.8.4":"d43485d5531529c4a57bf9b504e9ac1609a4467d220a268c38464d83d6df08b6","i686-unknown-linux-gnu-0.8.5":"6c6b88bf178f5bd508523457a589e09c885deb57983f8d73dfdd43794d6decfb","i686-unknown-linux-gnu-0.8.6":"7fb9324cfb0c57a9b9145e73598794c7bc4df01f50730bd926d4ab10d4fc59ff","i686-unknown-linux-gnu-0.8.7":"0e88d6a9f088f6632026d7009559d519598876db8b46540dcc6ff015bbf16b85","i686-unknown-linux-gnu-0.8.8":"d934b2f6c892a25d928cdc2dfd42b3e925011992603879d2035bc7b15a236c35","i686-unknown-linux-gnu-0.8.9":"02a140e4d0af8d469ec088eff51ed9b232c76cfa02d4df0b84b7567c2d6ab95e","i686-unknown-linux-gnu-0.8.10":"cdd36af87ca53ec6b8cc4507e85c9ca54c40fd77613633a1095a1a2f317a0563","i686-unknown-linux-gnu-0.8.11":"85fb818676480ac0cc0f7219e4fd96667d851790c4dd054dc84f304128d88817","i686-unknown-linux-gnu-0.8.12":"74484899512bb91ed4bd64d117284c20912c39c600cc775d6ef1bf278d6c2a94","i686-unknown-linux-gnu-0.8.13":"0ce384911d4af9007576ceba2557c5d474a953ced34602ee4e09bd888cee13c0","i686-unknown-linux-gnu-0.8.14":"d49a796d569b010d43eeb8d9259f1a12fa910176b076c04c13609648973f428e","i686-unknown-linux-gnu-0.8.15":"16230e9b785fccb628e920d0fa1ca59b50b0515b838b2bb80f997bcb7a35f2bb","i686-unknown-linux-gnu-0.8.16":"4eaf39134663ef184f684be6f6aa83e971fb36ef7d1c67a5f2196268b61c0579","i686-unknown-linux-gnu-0.8.17":"d52438a1588ea7c2332dc4aa8c93eedae344fc435c95491037237c7b4b36eae4","i686-unknown-linux-gnu-0.8.18":"3b42e3b58650cde6fa0d03dfdb8528573cf679ac9809191b3976913cdec13b6f","i686-unknown-linux-gnu-0.8.19":"94a5f944d1cba4db2e7fc6831bf9c78c291c5c1e5e079b4095e9fcdcbc15bc71","i686-unknown-linux-gnu-0.8.20":"a7bfa2c07183f2fd44ef4d6c910971796a980ebb3c52e9620e6b741cc6fe45c0","i686-unknown-linux-gnu-0.8.21":"327ef2b81967cb2e8407255d3580dd67ddf15fdb18fd3d6e945dc13f76462b0c","i686-unknown-linux-gnu-0.8.22":"f6cfe03095b9cafdbf530cf228803e9ec329511d45e5901e3baa355f96ba37f3","i686-unknown-linux-gnu-0.8.23":"bd578dc12e1170bf14cecd17b343e308edaaee5b44f0cb066076366353567856","i686-unknown-linux-gnu-0.8.24":"7957fbdc4538d706440173d14e91b6a2098b95701654125ebc2d05824aa233e6","i686-unknown-linux-gnu-0.9.0":"02f4b4070af6e0c591d676543b97f7f5d2c0ebf5b1d01d9e116391289f44afc0","i686-unknown-linux-gnu-0.9.1":"4eccf96c57c30edf6c11477351f536b1a6191d13854c8ffa6d8eee58637d82e6","i686-unknown-linux-gnu-0.9.2":"5623618c4a99694b24eb3388577495873847ccae716c0827fdb03035ddd4d441","i686-unknown-linux-gnu-0.9.3":"fd16f999a437157d7a0fce41963373d994480431412b465bda9d818c4070c952","i686-unknown-linux-gnu-0.9.4":"df07db314f640d981fd057fdbb4d139248e79743d802137a0334de70952232da","i686-unknown-linux-gnu-0.9.5":"510c1b579c8f8b52c40bff564c6d8dec8510abe8dd5c75aac787d0f4c80f066e","i686-unknown-linux-gnu-0.9.6":"8794a2633bf813ae5537ef54c9ee8c887487023c59663739724af56cde626a84","i686-unknown-linux-gnu-0.9.7":"164d9901a130a4b1e3ac19b33bd26c3e41bb726555b7543dbffe1d7d7fcb2f3c","i686-unknown-linux-gnu-0.9.8":"f2a8f5443d819088844a35f451f1a685ba40075788a58fd50d4df5cfcc070a30","i686-unknown-linux-gnu-0.9.9":"892e4fd9ee89a1e04ec3608a341e635f4ff5fc6278d0e0be817d1a8df2b29683","i686-unknown-linux-gnu-0.9.10":"2896597201449656c0366c5ce657050f1be3fed77db7f3c40e70008719c8db8c","i686-unknown-linux-gnu-0.9.11":"19189d007a820ed37b08a54cc46efd2b697ed266e71bac6f38abf44e319a5067","i686-unknown-linux-gnu-0.9.12":"a56311ec3dfa0fa0760e763dcd0879f5a5c21aa5342b9290d2650b014fec49c8","i686-unknown-linux-gnu-0.9.13":"b0884051fdf28461db2f1d4f0968cfcc4ad51539195638beb2656cba863a9895","i686-unknown-linux-gnu-0.9.14":"106d70d5a9034d06ad1c2c6b028e6b0b77816f5de34d42f4e5c88fd5d5a0a8b0","i686-unknown-linux-gnu-0.9.15":"806e2e49c539a030336c83cc8dd9fe6250a70b1f8fb15ecb165837ff330f4ee8","i686-unknown-linux-gnu-0.9.16":"1cdb9a2086a5d1ea37e219c45407730ef3e7711737b71fae49d1396918f4cdba","i686-unknown-linux-gnu-0.9.17":"d2426a6d10bedd83524599bb0fbe0ba22e681ed45e892b4fd29086b424daf02a","i686-unknown-linux-gnu-0.9.18":"6cc0437382adddd0439c874c41625539523725d551da9f9aecf7c0a3e86a1c77","i686-unknown-linux-gnu-0.9.20":"aec778b1c44607416102139b6bb6a7f53a313fce8ad1033049b10ac90ed3c597","i686-unknown-linux-gnu-0.9.21":"73fbd705cb4b5c071318afee896ba9984e3a14fcf7842435a93c43dc9ca0a12c","i686-unknown-linux-gnu-0.9.22":"841e534a28285dcadfea2ca0f848a9669df287990f93d64c6bf87a9794c98ec9","i686-unknown-linux-gnu-0.9.23":"627627174d31e6fa270e91c7b2988558e4b18b86cc31de9222b6cf3b7354e9b7","i686-unknown-linux-gnu-0.9.24":"940b8985c4d464c7cc69e40b17bf09d840b980028e1d82a3fb8dd007a737f29e","i686-unknown-linux-gnu-0.9.25":"b9dae29f4e37bc89e69836e59169a51d8cac4da118b7548a20b2269b19c94cad","i686-unknown-linux-gnu-0.9.26":"03548a2abd1d604724c9d65184b506d3eafef1b0a7d8cea974a083f5f9c9496f","i686-unknown-linux-gnu-0.9.27":"fdf3067e0c05d39b849ad48fbbc2b58919f70a686a40506c643d32688ceba1a9","i686-unknown-linux-gnu-0.9.28":"c0d34d92cb11925530fbc313de7536da3e1d097a442f54668417d241697fb3a2","i686-unknown-linux-gnu-0.9.29":"9415828fc2fdacadb56263382a27da6661a89a4bb3a6683d6d864d5c013b7c6a","i686-unknown-linux-gnu-0.9.30":"1bab147179887ebcb5c31e016e9ac9987f687e79f92fd2f0ff9bcedf927b8228","i686-unknown-linux-gnu-0.10.0":"dbac897653b0d60fb863288587dbacb30140f9725a42718f2c017df7b2d2b3c3","i686-unknown-linux-gnu-0.10.1":"0c4a17893df6e11991483277c5f0bee06d8ea60b6e11b349a9849bfe13a8c5cf","i686-unknown-linux-gnu-0.10.2":"7f64628a8a0869185eed24de4a02f4c8d19c99dec7363f383050ccb7474a76e9","i686-unknown-linux-gnu-0.10.3":"e82e76ced718091d946eed30880728cf39f05b85f4f82c483a7dbf95f1663531","i686-unknown-linux-gnu-0.10.4":"79821b1d6c035aa8dc32a45d41551a4f010b8e357c98df48c95c5cb5ec18a743","i686-unknown-linux-gnu-0.10.5":"56eb897036b8607bb7516349388bef6c83004ae05e694ec34e1bae69f3a0f237","i686-unknown-linux-gnu-0.10.6":"f72a88d489fc424aca69c1cbf175bb5aeae649aa8c55b092628e5e553b481dd5","i686-unknown-linux-gnu-0.10.7":"1a22aa0d2268a9a6fb2e5f092ca3d1ef7c14f96c3b4fd546226814f376e59d73","i686-unknown-linux-gnu-0.10.8":"3a78c54ffedce8eafd59a19a32eaec538924169fa4bf9d28d2d5841a7f604210","i686-unknown-linux-gnu-0.10.9":"90d9168a4e7900463f9fd79a32eb1890081fb1e238d803404f6e17b2dcdcca7b","i686-unknown-linux-gnu-0.10.10":"5260fbef838f8cfec44697064a5cfae08a27c6ab7ed7feab7fc946827e896952","i686-unknown-linux-gnu-0.10.11":"1ab69ff7dd104a902731758ee05b782dfd9bdb263384e61650de638f33f586df","i686-unknown-linux-gnu-0.10.12":"8501844b34e3a28cfbba5a4b857eebd696d952e0bb4160357451ad80f3f49db8","i686-unknown-linux-gnu-0.11.0":"59928a0267501c20d9f9942f5f1d81a991ec55e29a19e002ae3d5c178c674c89","i686-unknown-linux-gnu-0.11.1":"6e83167c05708570563b10b6cc7e8c289daef5f51fde0b152e41af2a7ef70813","i686-unknown-linux-gnu-0.11.2":"c7ec378bab887443a70786382e58d76489da14a7e33b155915d648cca4bdb46c","i686-unknown-linux-gnu-0.11.3":"b9410c8dae2fa0d4939af5b0ee7272d5591bd55890e8274dcf7f1aea84bfe043","i686-unknown-linux-gnu-0.11.4":"4248773a2574c3b697588655d7bf14f97baa744c3e156585230e5c711befa6ff","i686-unknown-linux-gnu-0.11.5":"2d340e2e5b3354ee7208bb8f2bbf4d2347d7ffdf2af733c21bee98746e34076d","i686-unknown-linux-gnu-0.11.6":"b4bf8d78478b573c1816b17ec86da7ade14242cd68ac092c1701c5b4a75dc228","i686-unknown-linux-gnu-0.11.7":"9c77e5b5f2ad4151c6dc29db5511af549e205dbd6e836e544c80ebfadd7a07ec","i686-unknown-linux-gnu-0.11.8":"4a82441b70adc3886a4f9c29a1070f104ed73c7e68d14cfa6d6343a8ce0c4ccc","i686-unknown-linux-gnu-0.11.9":"84418c97aeadbbdb0b80090c43e29149c3d5c4a70c76ecffb738cd4a05d515d2","i686-unknown-linux-gnu-0.11.10":"ade0a830fd0b4b67c373c8ed1e46e5af2e312032ebbe15438beddeb5b1e4d8f3","i686-unknown-linux-gnu-0.11.11":"4be5e9901e87f90a9eb5ee11a08a8df2f637df76f3a2dcb11778991b7db9d9a2","i686-unknown-linux-gnu-0.11.12":"22dbbbcd9088ad3ddefce9be142ce2b127b3950718222413e3890f7fbf4a567d","i686-unknown-linux-gnu-0.11.13":"630774d3fd255a219a6eef58f004201737c60f4b282777fb99e599cd90567fe4","i686-unknown-linux-gnu-0.11.14":"8c93880c54dc7a632f602b7627d4338d80011ecf32e340fd2f67129df5325dc7","i686-unknown-linux-gnu-0.11.15":"557e329e76072b513e47bcd8b50ca4bad07ec87cb325cbfc05e6069847af06c4","i686-unknown-linux-gnu-0.11.16":"0d1e427cd3fcc042e85dfc75f6d95e076dff9b930241686969d6706afda21375","i686-unknown-linux-gnu-0.11.17":"89f859f3bfaf3a74733aef671e6a4ade36173623d4539d3559e11caa2c722718","i686-unknown-linux-gnu-0.11.18":"5f3df0d62af1d174a06b82a6faf1a5e9a1f729b87d11c7d9cd87d4241e04f23d","i686-unknown-linux-gnu-0.11.19":"d0ef2e69c44a2763161d5b5f40b722fe81e0d16bed217cbc526fb5a3640802b3","i686-unknown-linux-gnu-0.11.20":"08d3e199788ca3ce331da13cc4df15449bd44844a1262597bacea15bb1e42a0d","i686-unknown-linux-gnu-0.11.21":"07125219898b1c8e71bc612d91b190927c6b192a7bce5dd029b1c9070e9b7049","i686-unknown-linux-gnu-0.11.22":"522c0d3e0799914cb821661b947d73cd0ee44f6f8ecdadd60bdf11bbf0efef5a","i686-unknown-linux-gnu-0.11.23":"87c661f2ccb116dd306b69423fa51f9d7d921ba9bcb1eb8e000853dfbc4b069d","i686-unknown-linux-gnu-0.11.24":"e7444c509c01efb293d2e0c78d306ec2624aa9d1d63c7fed095e0a3e29800bb9","i686-unknown-linux-gnu-0.11.25":"1b0f2ceee8dbe718eb1e14d7eccf67534d2f72698f4f85e70cf8a5055412b5d3","i686-unknown-linux-gnu-0.11.26":"65cc2d8719febecd1bc2fd3ea437c72317ac54de96e54de0a73344e150982478","i686-unknown-linux-gnu-0.11.27":"9add1a8c71bbbbe9058c56ab37c7a423baa4dcdcda64194a4e4f588f323f38da","i686-unknown-linux-gnu-0.11.28":"f8d01e918dd4d5eabdd4caee78e8adbc3993a70f3b82395fa6b23fcf791925d9","i686-unknown-linux-gnu-0.11.29":"c62af324951ae6f31f9453280e077176c96b6e31897d8133c00411a91a20878f","i686-unknown-linux-gnu-0.11.30":"e53221602d83b03c63a5e262bfcbf0f5f6e5972e93847498418bdb42005f04e7","i686-unknown-linux-gnu-0.11.31":"85c71ad3f7c189e77bef0d94bcc3c1cbf8792695efe616dec86a389fbb1ee72b","i686-unknown-linux-gnu-0.11.32":"d4c53923c44dd060a42dbc6b88e349c86676d779b01603329d8c6b8f916e74cd","i686-unknown-linux-gnu-0.11.33":"b5b82a4eedf863f855acba77bb51fc7c1f399b276fdbfdff63edf35bb2a2fdfb","i686-unknown-linux-gnu-0.12.0":"9399d51a33779007692e84e0395a78af7adfd21f2cc10da16ea2c9b6ad7dc260","i686-unknown-linux-gnu-0.12.1":"4c6f5d77215cf40ddd388215dfdac46471d074aeba62163f3e7fab6892645f95","i686-unknown-linux-gnu-0.12.2":"659b83b91a329a6bf5fbb412ea61262640b9bf15f07b6208334bd7a379c0dbf0","i686-unknown-linux-gnu-0.12.3":"0205eb65e8b39419616acbdad139718b59ea2a17869dea49bf7a5e3cf5aae1eb","i686-unknown-linux-gnu-0.12.4":"bcf9e594c0867f9bfe91b7979cdac38a86bb9f7136ceba259e727af912127f23","i686-unknown-linux-gnu-0.12.5":"4875a06092c3b0aa8ece5265a42b053dfef649adba26434b5e40eeb58c2a2aa5","i686-unknown-linux-musl-0.8.0":"b9a44b22bb0605f8413d84a811346696b79e624aed850c0087fbea389074d401","i686-unknown-linux-musl-0.8.1":"9a39a92210752fb03436eb9e69a52cade45c6fdad92aca209fef5594df2dded1","i686-unknown-linux-musl-0.8.2":"fff6ad20fbcf808089823161a303ab32bfbec31b0af73c3d5717fe8b80aa8a81","i686-unknown-linux-musl-0.8.3":"7a7eb903b673c0a0fa8282e12d2130fb63c1f0e574b1b8eb24ac63503db5db9e","i686-unknown-linux-musl-0.8.4":"cd4e9127d6562f0817060aa9c1b396afc7db31cdf48b73ecc347bd6f4f77f075","i686-unknown-linux-musl-0.8.5":"5968f60135941a2bcca742bf44854bbbe8adfba4d0a170f5991d95572c0e4d26","i686-unknown-linux-musl-0.8.6":"3c2e2d69e8da093df76ffffa9758669c33ae47624f73d06ec2a83a363f17fbd4","i686-unknown-linux-musl-0.8.7":"1ab32b294aa94846ee9d1c2597ea8f617aade1e7faf2c8e460d5414d87dd8a58","i686-unknown-linux-musl-0.8.8":"a5b258ee1f686bb58f912ce8c5def3531e0e4cd2bcfe3ee332bfaf3b35e674e0","i686-unknown-linux-musl-0.8.9":"99fa13e9079901365277b9b409a2892afe2efb0260f940388cadb2d56d706766","i686-unknown-linux-musl-0.8.10":"658f14b093e3bf4ffcad645fe27d7aa2f8f18a6f625a22a246288c6368a4d88f","i686-unknown-linux-musl-0.8.11":"194bc103af40c2a15b0a2e86e5eaad53a5219243df8e296d98e9c6269f67e0b3","i686-unknown-linux-musl-0.8.12":"b1e303c231068a3a419b12d3ba4dc852931740ab3ad691c7a87309327eac732f","i686-unknown-linux-musl-0.8.13":"b6462dc8190c7a1eafa74287d8ff213764baa49e098aeeb522fa479d29e1c0bf","i686-unknown-linux-musl-0.8.14":"cee58d8fe55f59a0869039f83875ee44a4a12b3b3f1f1f5a2bdc68968e449f54","i686-unknown-linux-musl-0.8.15":"43d554953beac56a8d8ba23aeb2b0e0e5c43020b074071c15df5d492e46a81f3","i686-unknown-linux-musl-0.8.16":"a179ceba9f2fcca7b46a86b12715e28fb3429ff8193ae839700d534e35e95a45","i686-unknown-linux-musl-0.8.17":"9e10f4c57034e6e98dea48b0f4250a7eff983f1b2947d99ed6605a4eb0ec8d22","i686-unknown-linux-musl-0.8.18":"e2dae897955f666eb2f83af12d9a566bc42c26c17413d1480124cef6b30dc0fd","i686-unknown-linux-musl-0.8.19":"491b282b50e078fac4ced99e69359ac6cecc3f43f585f812d52515e6b081261a","i686-unknown-linux-musl-0.8.20":"67eec91d7ca5a8dc8d95149be52bcf459efb4caeacbacf8586f371f8192a0ec7","i686-unknown-linux-musl-0.8.21":"18b7a77c37155ea15166a3a212e69b53f0e6b8d1d399b87c1b3ac4cc646e9b4f","i686-unknown-linux-musl-0.8.22":"6ea34f5e656ee0f2085436513e9b6a2caeae7ff14d14871f177a7797f79db20e","i686-unknown-linux-musl-0.8.23":"3237b711f1c313b328be0d42395319a2ffdab5f67cd2338fbf77155b6bf425f5","i686-unknown-linux-musl-0.8.24":"1a2b59dddc206106fb19a66dd665bfe85411281ace07825ba60988a00e230afd","i686-unknown-linux-musl-0.9.0":"41fc684a948ec2ff9255b484e11b99a0b504a4fc19d466b549e51b690a6325d5","i686-unknown-linux-musl-0.9.1":"9763ef30957011ce61c56117ef3078c40960c7521c9ee7cbb3ce8aed5b6207a4","i686-unknown-linux-musl-0.9.2":"c9d60b1e09611e3b36d91d5b520687ac15d765fe2a06a47dae068c6ebf23ada1","i686-unknown-linux-musl-0.9.3":"c77e3cd1ac93cf04695f952bc53f79f93b5ff2f126f0d1fa6a347b7099aca0b2","i686-unknown-linux-musl-0.9.4":"63fe6e880420411a5d8e42ea94ba8e21f503fd7c0b430c0cc0a7c4293f9d8ed3","i686-unknown-linux-musl-0.9.5":"37382087159d27c1a3b510d4ac16fd695a050a406e99c5ced9458bdc6c08a3b8","i686-unknown-linux-musl-0.9.6":"e19bff04ed47d2be15b70aa5816630c2c288cffa5dcffbd376e0145185df13bf","i686-unknown-linux-musl-0.9.7":"69b1563d852435ea02e74ada09c5e27fa92ad36ee08847920dbdc227df34ad2e","i686-unknown-linux-musl-0.9.8":"f49983d5fa96bb4bbf733988b667ce1f019a0d2fc1763cf7d14d039e9fe803d4","i686-unknown-linux-musl-0.9.9":"25d9277765bc8e854d5043aa6bad21ed41aca2d84c6f490e6872c5bbd21a8f03","i686-unknown-linux-musl-0.9.10":"5fbd3f8857870a30c0dd8066439adf3a7a3999809088b42ca932e8d4ea458475","i686-unknown-linux-musl-0.9.11":"d517ec84358c3ed55757bf8e28eba40072b7912626d96ef0df29fd115f875ad1","i686-unknown-linux-musl-0.9.12":"1ac8ad42c48eebdc0d62ae78707d4ca2727d0c88ec00fbdd07d0655f023e2ab9","i686-unknown-linux-musl-0.9.13":"839215a614165993ee4daecb25857f17d81640ca88bb2874129a92451ac109f3","i686-unknown-linux-musl-0.9.14":"2b9685ea197030fbcd327f5a96012c0d8a468db35c36e84b683b944b696d853a","i686-unknown-linux-musl-0.9.15":"7ab63f3549f3fc61bab32f9526a6a3ba750dedb7f609a345a4205e41fcd91e92","i686-unknown-linux-musl-0.9.16":"f8b0159c52bc43cbe598c52dd43ca911c22c6b9da992f3604434b23d21ac5ff6","i686-unknown-linux-musl-0.9.17":"988c7702a2e88092b30f16fb7f8c18284a8062044cf57e6abd1dfeae82aa6377","i686-unknown-linux-musl-0.9.18":"a727b054337ce453e98b80d6eccaa913cf542c155f3252503aff3e613735c640","i686-unknown-linux-musl-0.9.20":"92dd40f272b65f8301f0f9559fe55ac99b340caba93fe1952172e3485494cbba","i686-unknown-linux-musl-0.9.21":"c38f823354fff387758f6288ad184b104f47520b3cee7d53e92f3666b3466f55","i686-unknown-linux-musl-0.9.22":"b2c5322e188980afd4bc1afb19f4e8dee7000ad0e17ca754e97dab21c1d4d1f5","i686-unknown-linux-musl-0.9.23":"5f65a0eb1f9067a4f5149275faba3bcb3af94dd68fbce7cd9e93ba86b5bc59c3","i686-unknown-linux-musl-0.9.24":"4ffe6f377b7d68904d8d882af8adc85f2fa1bbccd26151785ff961adb67f2a99","i686-unknown-linux-musl-0.9.25":"a84a159856a0227c273e86594d9cf8fbf84c56bd4eeeb9a665c946304c49dbec","i686-unknown-linux-musl-0.9.26":"5208601b9baee1a04a604f441bd94a1ab91b511f142b27729b073f4286994f8f","i686-unknown-linux-musl-0.9.27":"3c1f8c2b148ebf884311558aaff32b9fb5b68fe4f4242e3e3765381bb594386a","i686-unknown-linux-musl-0.9.28":"be1ad4f30d97c95af5105405fc38329d66375cde3de18cd0f9fe73b4581155c7","i686-unknown-linux-musl-0.9.29":"3ac91c9cccc85c07c0950afc4f45b3e14f2a3e9484f4940366ebab72e71fa8dc","i686-unknown-linux-musl-0.9.30":"14d8b2e2caa0b470418e551e027f3a8283aa8d09eae79206e7dbcd23a8ffa027","i686-unknown-linux-musl-0.10.0":"56a211155275dd33731cbbb33aa915d3e7efa59d4436502edaca39ba436c157a","i686-unknown-linux-musl-0.10.1":"7219a96adde5316489886c0d74749b7248c2c4070170b8e153d9d3f8f9fdfa5e","i686-unknown-linux-musl-0.10.2":"8d1978ecfa37d2d71cbb0e2e75262e65c184d040130fe2dc331f25e044ed97b4","i686-unknown-linux-musl-0.10.3":"0baca51f61729c6911d1d055c2e6dee5d11d88f6abbcd1ff801460f46880dc8d","i686-unknown-linux-musl-0.10.4":"459315d7dba39b0297f44104fad1c93fa5cf866f91b533bba02d58f1e54129ad","i686-unknown-linux-musl-0.10.5":"b0be10f5c16a987294a806dfd3927348456fca8b465377c99e0d167792b842dc","i686-unknown-linux-musl-0.10.6":"94471f51aedbfaceb495949d5ce37d44352b2dfea45b61399870c39a881681fc","i686-unknown-linux-musl-0.10.7":"75c2cc60675fb6f846b394c3f7b51f77c08f0981abf5cfcb5e27cfbb2f5837e0","i686-unknown-linux-musl-0.10.8":"25cf70c12abded06c4c18db8fdba253776bc115ce28f849af6f6ef771e67d730","i686-unknown-linux-musl-0.10.9":"1d42b0d0a037b3d658b11ec889154686db3ab269ba2b789bdbc45d36e3549f34","i686-unknown-linux-musl-0.10.10":"a6683ade964f8d8623098ca0c96b4311d8388b44a56a386cd795974f39fb5bd2","i686-unknown-linux-musl-0.10.11":"cffb80d303fc1655e259d0b769c489f452e97425a6b6d3393d766413783a1d8c","i686-unknown-linux-musl-0.10.12":"56cad78abcf5b710d2f7b9f774fcfd6bbed340d2aa9d9fc9e3b515542ec5e953","i686-unknown-linux-musl-0.11.0":"1f438d6f6f851f0dabad3307ce7fd46541ecc5c42ebb664f382eb6c9a424a67d","i686-unknown-linux-musl-0.11.1":"b0d5152635c257fec76f95cb9268112b47ff70bd33a23866295a4f2ed9f46b7f","i686-unknown-linux-musl-0.11.2":"ade8714be45457899568c5b03ef885a0cc94476c07a0bdbe34531ba84231bab2","i686-unknown-linux-musl-0.11.3":"afe533fd409105e753d844490c65a4375e75bfb3812e49122684f996bed9e90a","i686-unknown-linux-musl-0.11.4":"0323c08c1e7455cdf65c89296eda28bad9051cb09d16ea3ce1d0bf718143449e","i686-unknown-linux-musl-0.11.5":"ffe2bc9e0c4fdc18f69b7c5bc016a03fa17028d42620ab2b024ad5bb22cd3f3d","i686-unknown-linux-musl-0.11.6":"ca31705d93f48313d5ffdc23da165e680c6c5389d9a2cc62b85a1ed495e0331f","i686-unknown-linux-musl-0.11.7":"b067ce3e92d04425bc11b84dc350f97447d3e8dffafccb7ebebde54a56bfc619","i686-unknown-linux-musl-0.11.8":"56b8e8874ba09194c580583697c09cbe6c31626e5bb4cfb1f8bfbf4998a8d6c6","i686-unknown-linux-musl-0.11.9":"f724d184888a52714229584536a3219f0c2fa416944fd476b52c7f597d9b3625","i686-unknown-linux-musl-0.11.10":"fb2ba8c938247f82908acf6ad41a19935b36d0fe7bbe6945ac1ba1f6044756fc","i686-unknown-linux-musl-0.11.11":"d2ded13fbaf59f5f1d3363c47a7cafb73cb7454db1e16cea13365bc28c75522d","i686-unknown-linux-musl-0.11.12":"fc5ff3fef5facf01a664f0942f372988804bda1bb8c7f9e9642d9d29398cf129","i686-unknown-linux-musl-0.11.13":"52cb28c81ca43ea5184f944c31555981cb29c03c2497fa848541af5ee4d8448f","i686-unknown-linux-musl-0.11.14":"c84acf1036767797a7be97a3315122b9565a78bf90b5733741b1abeefa58387f","i686-unknown-linux-musl-0.11.15":"69490ca5580958cdee3353b54357925913ec0540dc8e09819294b9e5b6d48556","i686-unknown-linux-musl-0.11.16":"d5e611deffd3f5fd637b2dc89dbe252342ce4a38c8970e63add8029afe2b5629","i686-unknown-linux-musl-0.11.17":"8d2ecb44951b80861570f4a7f732c9f16f3b342450eeb0bd2eef876b10395400","i686-unknown-linux-musl-0.11.18":"4237cfcd03fb8767a7ec713ab3db14381d83bbd0bf5ccc88cd6f28ac8c2c616f","i686-unknown-linux-musl-0.11.19":"f58e41864cb91fbd2306a7b46718fdd0c1029169fe03347719771a1c68a527e6","i686-unknown-linux-musl-0.11.20":"0556b545dcba5402c6120575e66e046f3165df4be6baed6992ba7ebc000054e6","i686-unknown-linux-musl-0.11.21":"865eff26cef62b7862854e176d57d9e0164daeec595723132a81aa3611238798","i686-unknown-linux-musl-0.11.22":"47e78c168133cb3dd860090de5e832292e9f6d4e3110edd5028f90500a9d791d","i686-unknown-linux-musl-0.11.23":"dac33b2ca44fc162f074bb3b08ef9018e70df930ea82e4c7906e48704b0cfd12","i686-unknown-linux-musl-0.11.24":"ec692d59d86071fd07d2e7cf8cef8473941019238dd00c0481e6db59b79b4665","i686-unknown-linux-musl-0.11.25":"e650be31af3fd31f5e2236a47daab0899070a66a732026d140461f1614fbe786","i686-unknown-linux-musl-0.11.26":"ef5d5c982dfd4d6b5aa107c33b882b978ccccf1487500ae2adbc1d3665ea7e04","i686-unknown-linux-musl-0.11.27":"377d0e1a5a34fc66e7e060adefaf4f141882460e84e76e7a8e9943f8d6e933d8","i686-unknown-linux-musl-0.11.28":"c869415e44e13000d9daae15cec7bcfaf0735915a8d6e66402d459f6bed35710","i686-unknown-linux-musl-0.11.29":"368dd75d030cae0512631ba0d50604e8471275ec2d9f02836edb91e4c82ad36a","i686-unknown-linux-musl-0.11.30":"f66898852a6a745a8c0ab0a26e046857ee77c9f24e4a3b64cb078753490b3978","i686-unknown-linux-musl-0.11.31":"160a9e19934879492f5b92c8eb132b39ee19858a406c9f3224c05c7b7cd70e59","i686-unknown-linux-musl-0.11.32":"7704bf0270e1ef8421608c585e8016411a625314125fce473e01446fdcb1fcf3","i686-unknown-linux-musl-0.11.33":"af050631909811e945a9a8b087cc071038bfe25cfa5ff0b7afd17fb468522f43","i686-unknown-linux-musl-0.12.0":"7a1994b07077bd67ef76dab2107dfad576436951993969a93067f3217f7fa1fb","i686-unknown-linux-musl-0.12.1":"be4d42582284456dae2ff4bf622c4169d1e6b8d1cd0e516658d6ba01f2a57dfa","i686-unknown-linux-musl-0.12.2":"b57cc4b2bd5e1cc20253222add0d377a5398c2bafc93611bd2a4438ac8e21f9c","i686-unknown-linux-musl-0.12.3":"981619b5cf63a1bbab8eaf011aaac9d511db6ec0ac2618d59e36b9ccd95e8f99","i686-unknown-linux-musl-0.12.4":"d4c95044a507046f1ce9efdd00fb6873432a7d582a29d22febad26d92551586a","i686-unknown-linux-musl-0.12.5":"b920f32f0910be363f770485117e08494eec0b09abb4f3f9f1f9b9f53a29394c","loongarch64-unknown-linux-gnu-0.8.16":"600a8be6d2621d654b6665d9a8df9370f4af9c0b6ceb851d1ae0d4b895e8e546","loongarch64-unknown-linux-gnu-0.8.17":"1d02e45dbbcbbaa867afe59fd62b294cba47abf1a76e151e19db03b5dbf1c9c8","powerpc64-unknown-linux-gnu-0.8.0":"7b65a08c8ac4a2fae9f466d94e29896fb5f49f92d72a7c6ac315031b94d43857","powerpc64-unknown-linux-gnu-0.8.1":"5a6bb32ba3f0e26d7a2de90987ba285850a8b405eb402484448c927721fb784d","powerpc64-unknown-linux-gnu-0.8.2":"d0cfde8f85eeeb7baabbca6ad7e66fba0bfb2e6145a95fb9fc97d82d153d08c8","powerpc64-unknown-linux-gnu-0.8.3":"ad94079c0aa352730e5656246ecb8fd6cb5c7c1bbcc100954020f32128d6b0de","powerpc64-unknown-linux-gnu-0.8.4":"3083419366b512e89e53f7e73c48ca15e28daa1ec674f5ef6492d06b0834e62d","powerpc64-unknown-linux-gnu-0.8.5":"a4e7b7dca6386b8623c12581ecb606b31a9df53ca8acbbb14dec5ceaa23c1603","powerpc64-unknown-linux-gnu-0.8.6":"264dbfddd58cdbd35b33ea24dd802a3409eae1d4516d057bdff88df2e257eaa2","powerpc64-unknown-linux-gnu-0.8.7":"52fe0acf3cb57ee33407c1a2d25e66ec08ac6c4a259e016a54ea34cfe749f148","powerpc64-unknown-linux-gnu-0.8.8":"23dc87674b030bf4d7f4f1cd1b903d18ccaec43af0373d62e309ee79cbe2c2f8","powerpc64-unknown-linux-gnu-0.8.9":"604102c2bf07fbb3cc26bcb6b95e60cac55d74b4e21f1cee4b2d5f58930aa5cf","powerpc64-unknown-linux-gnu-0.8.10":"f16d77cfca0dfca2bcef7cc556e0316ba5fdc61b1c3387d60b7c40e12f6617dd","powerpc64-unknown-linux-gnu-0.8.11":"fde3e344ee3ef3eabc4803a27a05f06b082819d09153ec126b09f93882e54082","powerpc64-unknown-linux-gnu-0.8.12":"455bd841952724bff1f45dad91555ce2a33c837cc8d734ca39afaa0ac3c8385d","powerpc64-unknown-linux-gnu-0.8.13":"9a8e8a8927df9fa39af79214ab1acfc227dba9d9e690a424cef1dc17296161a8","powerpc64-unknown-linux-gnu-0.8.14":"f118e642a7e360384a0277980986cea4857cc2d90364d58865d941c6b8abfcd1","powerpc64-unknown-linux-gnu-0.8.15":"71465b1d08e0a4cb3fcfe02e127104400a85ed00c30ec5f53f8705e71567fb6a","powerpc64-unknown-linux-gnu-0.8.16":"c86008ef8a3e3730b0e58a168542331960c90a3b043e3853c1941457748595f3","powerpc64-unknown-linux-gnu-0.8.17":"6f448735dfd72e2d5c3e3bb541b388c58cdfcf3a562128d5ac1a5f2be47f95d6","powerpc64-unknown-linux-gnu-0.8.18":"88cd4ad593e6dd915c69dee02b56cbf1b6d16cb7c8129a5ad1fa8ac02bd755ab","powerpc64-unknown-linux-gnu-0.8.19":"3c7c7ecb8d5b61acee3914984f1025af1707a987a51285aba44d968420139f2c","powerpc64-unknown-linux-gnu-0.8.20":"b96d6a4907ab4c26d7061e43f6993aa47c76a01af6f3cb871d9c48b7b250fbca","powerpc64-unknown-linux-gnu-0.8.21":"1fae8052ce8a9663438ba332f930062b14621adb395eff2950928d7cf8323d16","powerpc64-unknown-linux-gnu-0.8.22":"87b1f9b6452540d1b3e3286e9209fcae39a692c323544c10f6b4f096bfc04673","powerpc64-unknown-linux-gnu-0.8.23":"92f30e2adc8c4ec75b8dc85a82df7b74a617346c7748c41cb4672a61e42791d6","powerpc64-unknown-linux-gnu-0.8.24":"22dfcf44c1e8b273640e13aa41c72856654da650d58e0b39d1143dbdb4ee7997","powerpc64-unknown-linux-gnu-0.9.0":"122b9216414a8a89b0a716dd7bf5995d03cded62747deef68dacca6a9839f96f","powerpc64-unknown-linux-gnu-0.9.1":"4a0965091073115314f9fc935cfa3eed43c3f46a48dfa370583a019b052a950c","powerpc64-unknown-linux-gnu-0.9.2":"d2c92ae4df26b4f62181b3e8840f85f5a9474cfac707f0f8fdbef03f573836ae","powerpc64-unknown-linux-gnu-0.9.3":"98eee12b4bab516bdea0be3a6c5ea0077c6f90d8d745382fc1f41256fcbacddb","powerpc64-unknown-linux-gnu-0.9.4":"0b1526e807c7e3ce564b00db6b502ed6110f147e2db1eaf88f86c38fdf63af83","powerpc64-unknown-linux-gnu-0.9.5":"c13202a151c201435dfab2331e7ea96e7cd670b0a3772b36d136da64274878fc","powerpc64-unknown-linux-gnu-0.9.6":"8007e37929c5665746e1704b0b0d70db40a2def7ffb2856691f3162c31a50eeb","powerpc64-unknown-linux-gnu-0.9.7":"ebb818386029e5d9003d1fa5301bef75c7979a7740c8d2b00bab125b842020b2","powerpc64-unknown-linux-gnu-0.9.8":"21aa2fa7f120e48be2f200b98ee036ccb0856be89e5bdaf56a73d765fb23b3d0","powerpc64-unknown-linux-gnu-0.9.9":"2dd81137f5d033ec742e33cb1914a0113b798bb189cf0ba341c4ecda7e7a3a3f","powerpc64-unknown-linux-gnu-0.9.10":"bbff176ee9a6f2b3dc3764bfe9e782f9f244403082bf774d23f0d1575fdfee16","powerpc64-unknown-linux-gnu-0.9.11":"a30437a5ccbbcedcdd2e70e81404cfcf7a6b4f34d1a440c61e7df96702165869","powerpc64-unknown-linux-gnu-0.9.12":"89f4a9122dfd30dd51db572513e5db4a05e29abe752405d751b92fe6f30990e2","powerpc64-unknown-linux-gnu-0.9.13":"735fd044e22dbcda6d174d9dc7f007a2782610509be4bc9c0bdec18eb0f76684","powerpc64-unknown-linux-gnu-0.9.14":"1cdb82fa8fc213149dd34bed755ba2ec8faef9d45a4206799256b2926c1495d9","powerpc64-unknown-linux-gnu-0.9.15":"b5b72a9053e4ad1c5baa68c3c8ae728567d8d9847f8cc852e0c6fabea9307647","powerpc64-unknown-linux-gnu-0.9.16":"40c39d344c92c6a877fdfe89db8a5f84990dbb7097e529122bd7d90d1975eb90","powerpc64-unknown-linux-gnu-0.9.17":"5ad301d9fa15e0791ef96abd83f0ed97e7ac1191b4b7578caaad3151633fb17c","powerpc64-unknown-linux-gnu-0.9.18":"522154f752a90513cedcc621071893e46fb05d025ce8f0d4523514e8a87417d7","powerpc64-unknown-linux-gnu-0.9.20":"c2abda00a2b53cde9b6c8380ef9773749d341039771d7447df5647d935eb54c6","powerpc64-unknown-linux-gnu-0.9.21":"2cf68ea2ff75c4a627101bfe22064d6646a03cd7ddb939c933f3d8127b8d5982","powerpc64-unknown-linux-gnu-0.9.22":"309c4a48d7f65cdf47aa7e1c5e02502556e04f486d46e9591f5b4196c92730a3","powerpc64-unknown-linux-gnu-0.9.23":"69e2925397d0e781e8525ad0fd22896a114ffa02f5055e7a360e4dda3796c24e","powerpc64-unknown-linux-gnu-0.9.24":"1fbaff65544a2c36bbd8992e2abe6c50179401745dc00b5e12bded89794056a4","powerpc64-unknown-linux-gnu-0.9.25":"37bc519ebe5e4efb12fd155eb94512547a874f0e41251203b49d715f75eb5a20","powerpc64-unknown-linux-gnu-0.9.26":"6ac6baa2dd7db742ff58a2d54e3fc09693e69c878666bcacf9d49bc58decc98a","powerpc64-unknown-linux-gnu-0.9.27":"c3cbda5118b06f2261d32f4802adfdc71f618f808df0c6a3184695a6ffecb88a","powerpc64-unknown-linux-gnu-0.9.28":"6f23bfca0febb001792e7124d0c2ba41ddcfe01d6c030f4a8668ed634a5a582b","powerpc64-unknown-linux-gnu-0.9.29":"7feb1fb35fe66b4f83d3bc7776810f708c6609c9be48ceed6ec024b15733101d","powerpc64-unknown-linux-gnu-0.9.30":"ac4cd1a021462885932f6023b005a4835cca4c72bb60dec186ee2be4b60dca6f","powerpc64le-unknown-linux-gnu-0.8.0":"698bc873422f261ec7e9da3ddb3a1b2b2d96be3f4aa6abe566c9d4a315b9d9d4","powerpc64le-unknown-linux-gnu-0.8.1":"0e7bb9f5c298b9a55e019809fbc7d4a88e491ea7b606cd6b4bbc9ab648904af0","powerpc64le-unknown-linux-gnu-0.8.2":"f44b3870a323ba5dbd189c46ef10e565f9ba94c1f675b1daf8d1deab7cda92fb","powerpc64le-unknown-linux-gnu-0.8.3":"27ccd00f3c617b59d6977e48612dc5fe49d15c1181bf995863350e78002e54ac","powerpc64le-unknown-linux-gnu-0.8.4":"1e1164b8b2bfcd09daf5b32bada5fdc08b81d384bebd9707691cc48561749a27","powerpc64le-unknown-linux-gnu-0.8.5":"1d521c56d8ee83b90f15350f1cebb506e2441e574b27acdbdfce8449ddbfa1c3","powerpc64le-unknown-linux-gnu-0.8.6":"d34c6d7df2ed9e9739bc0313875e602a943b17fccbf1127f824a5ff9a3253bb5","powerpc64le-unknown-linux-gnu-0.8.7":"ad8d7a098c7f1603adb55bf794a6ba952c715d5d05112482a6c9a9b63d04fef8","powerpc64le-unknown-linux-gnu-0.8.8":"6a72bb057073ca989690882ac0ae70e6825151e0d2d52d37540be2dd41d70b56","powerpc64le-unknown-linux-gnu-0.8.9":"8ab18629d8a71a4188761e4e2b0eca0970690f13c85697ad232fe8b22e8d5a99","powerpc64le-unknown-linux-gnu-0.8.10":"00bc1b47078520c588dbd383700d35c786ac2fa3e53c9fca51c5410581f8c87e","powerpc64le-unknown-linux-gnu-0.8.11":"a1de2c76674c5566e27f8a5b8868b4f416ec659ad657aa87ccc2d17f9cfeaac5","powerpc64le-unknown-linux-gnu-0.8.12":"30f1191e997d8d2845b27f57ce30e8d3643994161b7d099caf81fde22d723fa6","powerpc64le-unknown-linux-gnu-0.8.13":"4880a8e2ba5086e7ed4bd3aecfdae5e353da569ddaac02cd3db598b4c8e77193","powerpc64le-unknown-linux-gnu-0.8.14":"c411e63edd125283641420bb4be830872be269451756de2095aebc3ca8b0277a","powerpc64le-unknown-linux-gnu-0.8.15":"54157ee5e01b02b8c89131391d62228787750b556bbdb7d3428a3cdfd1698102","powerpc64le-unknown-linux-gnu-0.8.16":"91645092447a14c23b47d0f434a787a9555b29e061607d9e60d2d556b831f5aa","powerpc64le-unknown-linux-gnu-0.8.17":"e4b28cab21eb990e2bea768bc9f43b61e4fd554552cea8868c855027decef69d","powerpc64le-unknown-linux-gnu-0.8.18":"50b418096f4d82df5d22cb23e650754ca92bca7be657113dcd53631f0e0cec77","powerpc64le-unknown-linux-gnu-0.8.19":"711e39050b528b0860d868c98057eebbd181befbe6a6f24e0f6fd571eab5520f","powerpc64le-unknown-linux-gnu-0.8.20":"1c13fbcd13214e93300749cb14cb5c1425d6a4095f2e406a80b34ab10d269b5b","powerpc64le-unknown-linux-gnu-0.8.21":"cca5f83f59251fced9056ecf8ae90e89a83252dda1eb53eab96a76e484776e0d","powerpc64le-unknown-linux-gnu-0.8.22":"2f639a402031e62dabd6ca534635d73b26e8b72afeb063f8abc9abc6ba97a8e3","powerpc64le-unknown-linux-gnu-0.8.23":"b3f9b147022053b792fd82f7722b527323378c5130a227b7ec667c08b600d1be","powerpc64le-unknown-linux-gnu-0.8.24":"0e757a7109aecbe5b6759470164d466e2a2a234808d84095e6db52a13a62f399","powerpc64le-unknown-linux-gnu-0.9.0":"affbf883bfe4ae0204943b7d936fc2269e806a2534d65da0e75da713ac71ce4e","powerpc64le-unknown-linux-gnu-0.9.1":"cd9e06feaccd26dce79fd6930afbe1210edf69b4181304b4c7143871e8fadbe2","powerpc64le-unknown-linux-gnu-0.9.2":"216e11a9001d7985990b0c4b6efd734b27e5e96222f9815d23c6fc8a5a406718","powerpc64le-unknown-linux-gnu-0.9.3":"ae6e1c44e6291041dfcef21bedb5ea528992ff52ae193c5a17d4ac0bf94188e5","powerpc64le-unknown-linux-gnu-0.9.4":"eff46de91f1d7db051822c9f42e8e7ad06d8e77caa9fe8e9aa9d6e00bdc388af","powerpc64le-unknown-linux-gnu-0.9.5":"17d9ec5324091ed86077a4164eca88cbcbecbb3f06c95730cb8c61fb6a2d7ca8","powerpc64le-unknown-linux-gnu-0.9.6":"0cad393ef7592a8aef64895a2511cfb35acbe60e56289c5815b2ad5c811bed3b","powerpc64le-unknown-linux-gnu-0.9.7":"bbc59737aa88ac3874d959fe0eb92a368dc8a685f04ac3f548b2c521fbec1296","powerpc64le-unknown-linux-gnu-0.9.8":"19c8a06bf229157e72275d2946273c2d19be98b37a1311affa07286fa2b3ff3d","powerpc64le-unknown-linux-gnu-0.9.9":"4b22b352bb953d8e050a6f7e72e5308e437e28f9ce2bd9a037b40d0c0aae9bfe","powerpc64le-unknown-linux-gnu-0.9.10":"6136887ae446c05fb0c88bed01289a830b6ab5b2cd167b05f0c9add6674bfc00","powerpc64le-unknown-linux-gnu-0.9.11":"6340562f7aff862c6b15c55520ca81823fe446e595f96f4732ddf37544977a5d","powerpc64le-unknown-linux-gnu-0.9.12":"2941ffdf84340c8416cec8beb15c35b92afb1185a08cae05b8637c26225473d5","powerpc64le-unknown-linux-gnu-0.9.13":"bac44db58d9e4fc9f1ebc6c03d4ef73d10ae871569a19099d348803e1b09a763","powerpc64le-unknown-linux-gnu-0.9.14":"9ae475bb30150d12633283dd73707fc059bece75e2c42288bf35212b5e6f09ec","powerpc64le-unknown-linux-gnu-0.9.15":"880b977489a0a580df04cf9020968bf05553bccd8dd48375a0c7cb6dd8048f58","powerpc64le-unknown-linux-gnu-0.9.16":"982167ebae22efbda212ccbacc582b00486150695d83fca94d39c3422a0f8865","powerpc64le-unknown-linux-gnu-0.9.17":"4958185c5febf22f1c4c84944334cb0d9262c2c2c93faf30c1e0abd26f9d94fa","powerpc64le-unknown-linux-gnu-0.9.18":"0660534d548800b17d2fc1dcdaf0f284e48ca3e34fff2b8b5c1797610e18fc0e","powerpc64le-unknown-linux-gnu-0.9.20":"f40409d551a30081ada78cca7a1a260c02a7d16c912d73988d8e212324dea758","powerpc64le-unknown-linux-gnu-0.9.21":"3ede0329f67f5db37914b5dfd6014c414d27e1bf0153dab8d5cc2e066da034dc","powerpc64le-unknown-linux-gnu-0.9.22":"1e829630f8317cf3e9818c3ad1f9927fdc9d087cd38abb05f9587c19872a8560","powerpc64le-unknown-linux-gnu-0.9.23":"fb3ad2cb1a19f1bb4785580dc71837161147beab134fdc3eb4e8ccda577db1e0","powerpc64le-unknown-linux-gnu-0.9.24":"57ea84430ccf49f97184d9ee21102b250214fc6e6af4a87eefaaf8bb7c9c2b9a","powerpc64le-unknown-linux-gnu-0.9.25":"a01a273b5cd64ece96d4589afbacaf5e99a0695f37ebe9a72fd6b2f7cf0a7071","powerpc64le-unknown-linux-gnu-0.9.26":"1a7fbd268b7520e03747022f879113545a5bd71cad02e9cbabd591b268b5a36c","powerpc64le-unknown-linux-gnu-0.9.27":"9011f6085cee3921c9fce82ce03041ca97aacc8cab86b7a5791faa71fa5f2712","powerpc64le-unknown-linux-gnu-0.9.28":"894ac114f076cffbf041e55e1ad0df759f7bc9dba1291158690781baad38001e","powerpc64le-unknown-linux-gnu-0.9.29":"1f4e1f859868abcf3557afe78b8b7525a938921af745945deef737927a017d82","powerpc64le-unknown-linux-gnu-0.9.30":"73b8cbc560c6b2fa205358365d4e174abdf50cfcf57dc36a447572c56eba5ae4","powerpc64le-unknown-linux-gnu-0.10.0":"677a414608c61e2ecd751364dae9209cc5b76019481968b99b5d5ad7258d2d77","powerpc64le-unknown-linux-gnu-0.10.1":"aa2ed9587a9ad5127662da9ceccaa747b941f37cbd9e6d9334c7c6c3286c9587","powerpc64le-unknown-linux-gnu-0.10.2":"9b7f8e3ced416276a9e6321369f69234552d9cbf39d68d96a67e85cee4cd611f","powerpc64le-unknown-linux-gnu-0.10.3":"cf4969ba97af3a53d1e4dc8a28441b79e78a8d9a9d41854e88b425f6b6fc6179","powerpc64le-unknown-linux-gnu-0.10.4":"7b315d9580ef574a1d0ff2023c16e5ac8a164feb1e998f33ed144dfd4c4fc125","powerpc64le-unknown-linux-gnu-0.10.5":"c7f4049b7e26a43107351808f7748c3bc0dfdf118c29f4b1470b69be15fef45b","powerpc64le-unknown-linux-gnu-0.10.6":"72d504553fc7150177bbf57b585c850cb4d695ddd848b9ba1416ac122eb88293","powerpc64le-unknown-linux-gnu-0.10.7":"7398686962b966959c32e7fbfd2868fbac38491ff0d86033d7c8bbb826a04026","powerpc64le-unknown-linux-gnu-0.10.8":"3a4a158e645d04825872eb59ca60dd5026529e4f9fe5dd88987a45478301724d","powerpc64le-unknown-linux-gnu-0.10.9":"e804f4a7d0659e09ef806365f04bdd33c940603fab903e925402748d05dd109a","powerpc64le-unknown-linux-gnu-0.10.10":"78939dc4fc905aca8af4be19b6c6ecc306f04c6ca9f98d144372595d9397fd0d","powerpc64le-unknown-linux-gnu-0.10.11":"ddc6a20670e60219e947b1b04813be80d7e9f4c4a0234231c8ed9298eec04aa6","powerpc64le-unknown-linux-gnu-0.10.12":"3c8017d9112221c83f43e8a15a58099663c0b2bdeabc8b43bb800413dfa21218","powerpc64le-unknown-linux-gnu-0.11.0":"29f17fb43595492b1a36cda57df7adad74183132df32799d32897268ff4e26dd","powerpc64le-unknown-linux-gnu-0.11.1":"e42d2abfac46f57564789e2bfa6dbea4ae3135892e36ae066ba0ae77b69bb676","powerpc64le-unknown-linux-gnu-0.11.2":"3f3a50e99364efc8ff7add10e79757a2b8458700a38180ec5f313524481b9fbc","powerpc64le-unknown-linux-gnu-0.11.3":"5cdcadf4d50a5354312bc8ef37c2a6cfab4e2f13ccdf8380d3012b927b4ded95","powerpc64le-unknown-linux-gnu-0.11.4":"3ddb764538a5dcb4967d7375fde193ce5391e37ddd4d1242012d04cf3848479f","powerpc64le-unknown-linux-gnu-0.11.5":"c4dabaaa36a13989ab04389263064ca5c27093eb2e7c851ab62d50b6312d9800","powerpc64le-unknown-linux-gnu-0.11.6":"153397d3d82e45e68fb1f4a40ee9898245ec8ed86fd03fcaacaf6e793316acf7","powerpc64le-unknown-linux-gnu-0.11.7":"6ac23c519d1b06297e1e8753c96911fadee5abab4ca35b8c17da30e3e927d8ac","powerpc64le-unknown-linux-gnu-0.11.8":"7b66bcc99237d19fb25d8b1bcbc1f973f735027d49e7cb9ffa22cd539fefccbc","powerpc64le-unknown-linux-gnu-0.11.9":"cbcdb1b6ee99ca69a572b75544dab484cd34e29109962f5945bb95ccd85d0d52","powerpc64le-unknown-linux-gnu-0.11.10":"dfe5b338e2ebc1e5a2850a17bce35edb8e47550c221d9245c007eaf3003cb6ed","powerpc64le-unknown-linux-gnu-0.11.11":"5348415c8606e5efac5cb293d83d2ae71e43a2dcabf677c6a4cac965c1982c74","powerpc64le-unknown-linux-gnu-0.11.12":"36619f91357b240648caed6557fe893922c7986319c070f4feb225e8f3180b49","powerpc64le-unknown-linux-gnu-0.11.13":"7f302104ea18a01381fe58434b593f887c4f10bc523ad50781de408fbec54354","powerpc64le-unknown-linux-gnu-0.11.14":"d2da5ba5911b86dfec96f0737b7d1053ed78c0c65e51585db03fb4969b2a3825","powerpc64le-unknown-linux-gnu-0.11.15":"6be3637ef86cdee3f5fcfbc66681ecbf6d57c6a123398a1bdd09786d65a06016","powerpc64le-unknown-linux-gnu-0.11.16":"8a3b09ce14d14a75dbbf051cdb78a314fb579e78fb3a02e1ee833c4cb5f6e81e","powerpc64le-unknown-linux-gnu-0.11.17":"714c7b292c805231edbfc77ca14b29e6e469342236ef1cfb58fe7d6f8fed48a4","powerpc64le-unknown-linux-gnu-0.11.18":"fc8f46a198e540ca2d89fd9480da0648d673ff3e25b4048c82ca5c292a478052","powerpc64le-unknown-linux-gnu-0.11.19":"b6dcd94b5c456d11787d1e6d01b5f9a34b456e22e2dde9bbae3531dc7676c0d8","powerpc64le-unknown-linux-gnu-0.11.20":"555c15dfb8e95e9edb5d4c4f442f9a77fe7f007804da164450cac1eddb41bcde","powerpc64le-unknown-linux-gnu-0.11.21":"0e97021d831f9670c8261f9270ecf94b83f1a90ff5312389e37a77676deaec87","powerpc64le-unknown-linux-gnu-0.11.22":"519602d26c50891254e19eb269c35da44a330e0499107bceb7926b7b061ed455","powerpc64le-unknown-linux-gnu-0.11.23":"1c87278219389da56f49670ac3f9ae72cda4c38c6a1305290961586ce1b98c3b","powerpc64le-unknown-linux-gnu-0.11.24":"29db3e6f7422f027d14f5718fe3efa4b6b475ada234d7b10b6002ba1367cdc08","powerpc64le-unknown-linux-gnu-0.11.25":"fbf67c8beccc718b9de478d7e74d605fe9c2e259c4398f95c9df7680da710af1","powerpc64le-unknown-linux-gnu-0.11.26":"095f7cfd814495719244897f96f1c35f10369bcd9237276c63cfed824353f505","powerpc64le-unknown-linux-gnu-0.11.27":"f7673c8308b4f7df79b4dd3771dc43d4140d44439f500f82168121bda1eb12f4","powerpc64le-unknown-linux-gnu-0.11.28":"b634b6f26a036d112914c2d6d7ae1944bf8f4a6dfed6e19a22b35e5d91f168fb","powerpc64le-unknown-linux-gnu-0.11.29":"641b15637de9fedc7e738b0e4716b2233c792ba6dca722ba0484381749e1a9fd","powerpc64le-unknown-linux-gnu-0.11.30":"81a71fa495239c372b3b0c1bb2509167da00cf307323a2d2a39cbc92f0c6d5d1","powerpc64le-unknown-linux-gnu-0.11.31":"43e21695092a3c58aa3d364c139bbeab838baba662f0e9f37aa78e52305289e3","powerpc64le-unknown-linux-gnu-0.11.32":"0afff437b499f5919045fd0095b52dec18d818771f9a6bd0be0ff027b427fb16","powerpc64le-unknown-linux-gnu-0.11.33":"eee721adf229681b98cdd868d4991886bd91527ecbdb6fa778feb79f46d4be75","powerpc64le-unknown-linux-gnu-0.12.0":"9a4a9b50a27111545b16821449f79fa646bad4b14f0811d6f70ad77f627983a2","powerpc64le-unknown-linux-gnu-0.12.1":"9f3ebd5e5ce0f7a212a8d1326995612896cdcaa4ef571194d3b061a2d0d4d92e","powerpc64le-unknown-linux-gnu-0.12.2":"0e135c0fddbd303297a847016ea3cb60fdacebed20bd87200a3537cfb67d4d46","powerpc64le-unknown-linux-gnu-0.12.3":"bff188fcf2d867c5595f8db6061a39e54752ab213eaefc14287f37e85afe9ead","powerpc64le-unknown-linux-gnu-0.12.4":"6028a1744a7c07d789f21cf4c1574bb4bfe40f2980ac411af5bcbaeac32b0094","powerpc64le-unknown-linux-gnu-0.12.5":"af3f868fc8af2c3a688b1a202cbed507ec5bb32522876141f1b7f4200ed0395f","riscv64gc-unknown-linux-gnu-0.8.0":"c508d286c64d34933f06e6ce04e2aada129e039692a57f6d8adf0bf9bbb90186","riscv64gc-unknown-linux-gnu-0.8.1":"5346c2757546b26fc3b738cc021c3c17e372a08b6ee361cde95a88ee1eb87577","riscv64gc-unknown-linux-gnu-0.8.2":"87e97d546129846a2ee73516fa71770ee787ee62121ebfc5c3db682ae0f54cf1","riscv64gc-unknown-linux-gnu-0.8.3":"897257393ca612058bb22691fab3a45480d3f7fc1df5bb968696576d7d98d6c1","riscv64gc-unknown-linux-gnu-0.8.4":"0b4e5e41b4c2836e6d8c1b4eb5151a0ea775908bc892ba62a8126fcdd7b06914","riscv64gc-unknown-linux-gnu-0.8.5":"ca7536b206090982e6f90d566bc441598a6aaad4cfc885618f12051c51a0e454","riscv64gc-unknown-linux-gnu-0.8.6":"6bcd5a72977a4362f042cc2568960b5a42c1f13240ada6b1cce6aa2f6d6a3e42","riscv64gc-unknown-linux-gnu-0.8.7":"f6bea3521a2d5b1593cb8f18d54237d0ae3b388cbd2cce83c1dcd4b512dde1a6","riscv64gc-unknown-linux-gnu-0.8.8":"f107450c910336bfc636208d4d0430a8a6581d98824a4deee5715ac72b73c97a","riscv64gc-unknown-linux-gnu-0.8.9":"757944803901c5ca4049147e28e429e34c04d5ac5fe78728396ec4b810063b00","riscv64gc-unknown-linux-gnu-0.8.10":"db605bb442563f0494c174be639b9d80fcc4e27e360a31ad2675005ea1a1e3ab","riscv64gc-unknown-linux-gnu-0.8.11":"c068fe0b27b7b91d79c3505fcca16ea8dc2df499e6420877bd5cf75b26f5304f","riscv64gc-unknown-linux-gnu-0.8.12":"1e9e7ca966999161ef5174d28a18777d2a143c081a63d455f5b7fd5a1513d2e7","riscv64gc-unknown-linux-gnu-0.8.13":"0cd68055cedbc5b1194e7e7ab2b35ac7aa1d835c586fb3778c7acb0e8a8ac822","riscv64gc-unknown-linux-gnu-0.8.14":"1bb13f9d1a3e55dcea09f3b99b35ec0fbd3428276311b068268b07cd07c5b067","riscv64gc-unknown-linux-gnu-0.8.15":"faa4a470a26ad0db0dbefc510fac91fa0da4d9cd06ca4f229933f7aac21e46b2","riscv64gc-unknown-linux-gnu-0.8.16":"dbaeff3f0baad73c264c35abd937a231fb6b9d1201b6763d82e39e7516358115","riscv64gc-unknown-linux-gnu-0.8.17":"f653caa34479d405d290b825a2fe782bb26c55a7bfaa870911b4e18792312d45","riscv64gc-unknown-linux-gnu-0.8.18":"b696be9a2ef0808f230227477b8e23acedba0b90933978c760ea2a748e8c30fa","riscv64gc-unknown-linux-gnu-0.8.19":"5dd8e1ec8bf8722e08d9853953ed0ef12318d0f5e82d06a8dd98815666f99186","riscv64gc-unknown-linux-gnu-0.8.20":"a14f8297bae6dc3993a9367e0fcf6061281f5f3f0da7c46a6a2a5fd47467f56c","riscv64gc-unknown-linux-gnu-0.8.21":"485f2654720d9fca3c85b147e837f0dc32bb869113bde58e979fc76f0c37547e","riscv64gc-unknown-linux-gnu-0.8.22":"75c83abe161c6e673f7d21e46cd27df539081a9ccf74e4d053e90ba8d2d715e0","riscv64gc-unknown-linux-gnu-0.8.23":"a4925b51f0810e44075d336c3fa5b7534c086111dce0d0d9d92a2e2270aea0a8","riscv64gc-unknown-linux-gnu-0.8.24":"45342e4477dfde1f1d50a8c223706377ddb861cf5c4e1a323a936401472ed2da","riscv64gc-unknown-linux-gnu-0.9.0":"86c9596204fecdacf038f498553a7e8be81aabebe430a1eb08f8ae8215610b10","riscv64gc-unknown-linux-gnu-0.9.1":"394edca0f59b6cf31ee6e3d252442e1e2708483265199d390ac1fc4161f97510","riscv64gc-unknown-linux-gnu-0.9.2":"3fdbc9dc623a992c39ea4c126d4ebe1f78dc2013e9056f2ec93f42b0deb154eb","riscv64gc-unknown-linux-gnu-0.9.3":"369eb1efe7126228a77eab55eafb53f176025b67c9c73c53cd176a173d2d3485","riscv64gc-unknown-linux-gnu-0.9.4":"7d58c5bbbeb7417eb8e5bdc638e2c45ed7515190fe65e8407674d5efa2aab51c","riscv64gc-unknown-linux-gnu-0.9.5":"f1b2ddecb96959b2cc2405bebb006553c94d86948261e179748a1f7b078d3823","riscv64gc-unknown-linux-gnu-0.9.6":"5828042d4f1942ca2ee4ed8ad5c8ae5cc17351a15fa1934dd4eaca9a5ee79f51","riscv64gc-unknown-linux-gnu-0.9.7":"5e3974b6f46bb938feb87d492106983875c494e1dc0919434befba7a8d540d14","riscv64gc-unknown-linux-gnu-0.9.8":"ba0b56345f2faad97132170437c2300f407346b54386e99e0be38e456e08fed5","riscv64gc-unknown-linux-gnu-0.9.9":"527aa930b057c79712089c4529e35b53a0a7884947a3f4bab8d36d91d0011c70","riscv64gc-unknown-linux-gnu-0.9.10":"0572b985da8b546496dbcb087b57127c0d55a02778a7697e27e1314f8f6bccc8","riscv64gc-unknown-linux-gnu-0.9.11":"89ac4d89928dded2e1f300f5f6b184b9f370493c2e506ca272d77e39c6a1b68f","riscv64gc-unknown-linux-gnu-0.9.12":"0f95884ded94f98d3b8a1f2f9f78f6da4eea5e20f718185a0da4778ab0798e9b","riscv64gc-unknown-linux-gnu-0.9.13":"189ce36262a01fc411e85dc6d2cb8dc262b9ba2ce5bc1e6f3ba2bb284a190b95","riscv64gc-unknown-linux-gnu-0.9.14":"96abad8a9324bd756905ab705ef853e036b3725242161682e7ceab2bf4081186","riscv64gc-unknown-linux-gnu-0.9.15":"cb993da480f90b226bca66a1f54c4a0419a245d07d3d0e30a3f8c9a5b1f8fd2a","riscv64gc-unknown-linux-gnu-0.9.16":"b94ef3afa9bc94288e069162143ec20ed1d103d7631a17ca14c6ac28e8825baa","riscv64gc-unknown-linux-gnu-0.9.17":"feed7cc7b5fc8a99e683ee1761cf99e3da12b60a2a413b7b87a0447726a66369","riscv64gc-unknown-linux-gnu-0.9.18":"db6f5cbbc56a7212e61445a8cd1fcf880dc2906b4cac8f945320f0ab8eb9bf75","riscv64gc-unknown-linux-gnu-0.9.20":"6dda223f877ff3eb3eba2fcf14abfd36280e5db1c0480addf5da5273ece087d6","riscv64gc-unknown-linux-gnu-0.9.21":"3b7b070afd9c7be5a6364f081081cf9fec2160b53eba46cad27304b8b158e4ab","riscv64gc-unknown-linux-gnu-0.9.22":"d3036e36b330ad6caab68fa31c12c21f80c9b8cc7822416343a5100f09d6b640","riscv64gc-unknown-linux-gnu-0.9.23":"0d1d9300e2df3155b0d0b071c292fb27f8213d91854decdfb27c293397dc8e0e","riscv64gc-unknown-linux-gnu-0.9.24":"81a884380f0ee954afd968140aaa55df19f2bee30d74f3c0c94a11d2265bb388","riscv64gc-unknown-linux-gnu-0.9.25":"9d9692f1bd5ff6d9db2c4bffc4ceeb8d8746ae03ddeca0b24a0f8fc9ea81b911","riscv64gc-unknown-linux-gnu-0.9.26":"9f202ad04cc398dc77a6efe20ea91ec044ad66e1f7a60777e6efd20a357f479a","riscv64gc-unknown-linux-gnu-0.9.27":"7193628620c2c50c2d6632ea8e53a4ab5313f7e8003ddedd9e999f48b6d2c222","riscv64gc-unknown-linux-gnu-0.9.28":"e61fa014a0b77acd17f9f366a55cbc0e67b377c4eff13629021a4242cc71eabb","riscv64gc-unknown-linux-gnu-0.9.29":"18dc2d3b513c4bfe0fc4b3a67a80f62ce32077f84db343a1f0eb8003ab276732","riscv64gc-unknown-linux-gnu-0.9.30":"5e0453d9252aab874a3658a039d4ffdde79dba4096974fcdc945498697dc81cf","riscv64gc-unknown-linux-gnu-0.10.0":"9da4019ecfd3440a5d0a0a957d8d5e4c6534ac1e3a10636d55266a22ab4135f8","riscv64gc-unknown-linux-gnu-0.10.1":"bda96a9ff8be79f780ff4711a2515061fe80d6f135ba55a47c41e1c6739d048e","riscv64gc-unknown-linux-gnu-0.10.2":"1ad005a361293175170f3c193b50d5a5c7f1da631649236cd857721ce8c9cbde","riscv64gc-unknown-linux-gnu-0.10.3":"79b6b362e48c80e5b7d251fb96546d8ee52dd3458e01518cef969f757b59502b","riscv64gc-unknown-linux-gnu-0.10.4":"101a71c072986929c410d4839babf66851563fd855b36c1dd7ffbbf5fbedce36","riscv64gc-unknown-linux-gnu-0.10.5":"756c43f4844953a2241c4254d268335b3bd35ca81856e8e06c7d4826466e87ce","riscv64gc-unknown-linux-gnu-0.10.6":"8f8a966d1f911f39334581a933805a30cdec5a7c1d4f580e03973ff45bf9b6ad","riscv64gc-unknown-linux-gnu-0.10.7":"39abc60403fdcf5c681b63c967059d42aea58a81ffb092d6dda767390222a4b0","riscv64gc-unknown-linux-gnu-0.10.8":"2349e786d2de14fbd72386f42ed9f398cad52f47f6cdd78e05f338a1faf1321c","riscv64gc-unknown-linux-gnu-0.10.9":"1541596da45855e34202130027a613a2ace7d441e04d747cb4dd9f2590461c9a","riscv64gc-unknown-linux-gnu-0.10.10":"5eff670bf80fce9d9e50df5b4d46c415a9c0324eadf7059d97c76f89ffc33c3f","riscv64gc-unknown-linux-gnu-0.10.11":"c0719473cf5f8b475e917b8dfef6ae5d876b86a00a82ef91e47a02f561399f4f","riscv64gc-unknown-linux-gnu-0.10.12":"b1ca482b6b5dd7bf6ab733a3695cb0ab5b8e992ca96527efae93aa78fcc52a9b","riscv64gc-unknown-linux-gnu-0.11.0":"84ef37dda1003c5b65fa6c8f84242d35a7fcc84cc5ea9490d702edc36cad1f67","riscv64gc-unknown-linux-gnu-0.11.1":"5e2c757b35dab015ad37f74ee3e060208390b5f4defb6684876f1be0664f3f6e","riscv64gc-unknown-linux-gnu-0.11.2":"e56a93f0ff21d6908461a6ecbf465beae19ae22719f900284abb7680bd07ec41","riscv64gc-unknown-linux-gnu-0.11.3":"8271e07ed9695870f4b0ae5ec722e3ae08fff280068f08bc6a8ca76c67d7fefa","riscv64gc-unknown-linux-gnu-0.11.4":"93db93607a824d677c47003ee828936913cfdeb2c871bb34cd79c3ec4481e2b1","riscv64gc-unknown-linux-gnu-0.11.5":"6ae3ec3cf1aab72604bc6aa8486faf4b473066422c49d9c42ea8366ff3039de4","riscv64gc-unknown-linux-gnu-0.11.6":"0e3ead8667b51b07b5fb9d114bcd1914a5fe3159e6959a584dc2f89c6724e123","riscv64gc-unknown-linux-gnu-0.11.7":"2052356c7388d26dc4dfcf2d44e28b3f800785371f37c5f37d179181fe377659","riscv64gc-unknown-linux-gnu-0.11.8":"dd43289c567fda3ca59ec714ffca09125f1149289448667f36a4bb7c29c859be","riscv64gc-unknown-linux-gnu-0.11.9":"a825d1e6b62ca69971c50e6e356ebe478f7616a7873d9f7d7e17fb3efacabef2","riscv64gc-unknown-linux-gnu-0.11.10":"0c8776a0814bf7e32e025d13c733c3a800171a16fba77d1c21e6f10be6a28d8b","riscv64gc-unknown-linux-gnu-0.11.11":"0eadf068918b960e7bf62eda83613c08d99f0d002b8d475d3383993191554d04","riscv64gc-unknown-linux-gnu-0.11.12":"9bdcac006731a2094ad002d93c4fe84a259484e4d35566e29fcb76962961cef9","riscv64gc-unknown-linux-gnu-0.11.13":"3264ce97b34d5c8d37c1e67821a74960ca89237e001253309a3cda25fb416040","riscv64gc-unknown-linux-gnu-0.11.14":"55731359293842826cd82d5fbd826a6bce542c3fec458214604e308b352560ed","riscv64gc-unknown-linux-gnu-0.11.15":"a43e22243e3f3b1fb136a0998b730367fe2589ea98ce6cd4f0d7d20b9f77fb5b","riscv64gc-unknown-linux-gnu-0.11.16":"0314895f159ce97bcedac00a4b97fa7e53c16fee911a6a2d9f0b69ee6461b7d5","riscv64gc-unknown-linux-gnu-0.11.17":"f8bece740520b35f69c82653da77912b38a29a5634a6e0ce7d83122a485c6a6f","riscv64gc-unknown-linux-gnu-0.11.18":"cdb0555db7828bbd1dc24e55171b8ac3dbbc24fe17b6a7387783cd4d543a1538","riscv64gc-unknown-linux-gnu-0.11.19":"4b9ca6bd2ed1e4c2658e5f85cf8a208c192490d9d24dbf2c36d61ea10a389778","riscv64gc-unknown-linux-gnu-0.11.20":"f78a42002f4c7702688493f7513a081939ca3d52b41dcc7b9224bb660f0c4c28","riscv64gc-unknown-linux-gnu-0.11.21":"63013d7afe8fd552b273a7a5ca1f1425c0c82b12d73454d24237876bc26006e9","riscv64gc-unknown-linux-gnu-0.11.22":"291a5506ff058ba68357298752b83b5b230212b0a15845b568029d00cc1d4e8b","riscv64gc-unknown-linux-gnu-0.11.23":"38c3b11a79dd6729ff2f35d1882a40c8919e47f385ed51703bed8e1c1ab9afea","riscv64gc-unknown-linux-gnu-0.11.24":"3e975a156d5972359c6b12ce3235a5cf68f838a0be3605c5800996556b902674","riscv64gc-unknown-linux-gnu-0.11.25":"29e74713e89242c6bf0971b28e904836298a04fb7e0d83262c7bd5aff695ae33","riscv64gc-unknown-linux-gnu-0.11.26":"253d728a2660006e4aadee627f5d9f3ca2a874559b5fc716a5023965e58092bf","riscv64gc-unknown-linux-gnu-0.11.27":"ad677746993287a092e3d32748b24751098638bc1188d4340f8d47583f0ac1ee","riscv64gc-unknown-linux-gnu-0.11.28":"be7473dc29ee88bd260e30642faa5ba6dccd7d4493012077873b293c377ab546","riscv64gc-unknown-linux-gnu-0.11.29":"5c1229cc0309ebc6872ee847b8fc75564b3b7688edeb09e19427203e2dbc0ea7","riscv64gc-unknown-linux-gnu-0.11.30":"e2d65822d8f668f6d055679dba4937e386764b9561f9d1269d3bc9e7140f7491","riscv64gc-unknown-linux-gnu-0.11.31":"7fa2c496e1ca94c7bcfcc9361f7928c4126d63fc4588dee4c8a2465332b60636","riscv64gc-unknown-linux-gnu-0.11.32":"f10954d2263d407f6ffa6bfdd458d0fc0918f097f851ca3cf4907d4f7ebf2dae","riscv64gc-unknown-linux-gnu-0.11.33":"bbb1fc2e25beb8bf0ee4342e70bb0caacb74a7503a02e04cb009aff28a182cfd","riscv64gc-unknown-linux-gnu-0.12.0":"a55f970e88e7acb73a21a9efe892caff40e1a7b928770a2b844fdd7d74d8070e","riscv64gc-unknown-linux-gnu-0.12.1":"dda637a8f2f11b73a3e8da35c7909772beb49799aea61bacb04c2e7d2455b939","riscv64gc-unknown-linux-gnu-0.12.2":"cc348cecc84695394721e2fc1e0c4fd5b9a052d4eeeba57b194929c719d5681e","riscv64gc-unknown-linux-gnu-0.12.3":"84d0d7d1359c432545b5717b5d7ba97465d694e13bd80646e04769b54890037d","riscv64gc-unknown-linux-gnu-0.12.4":"dca9b15d76b5547987fc6b08fc1ea14e49773d9434b52825c68397c53896a139","riscv64gc-unknown-linux-gnu-0.12.5":"2a6fe4a685225082d82f8afba169d038d669f85bf6cff7f5f733079a7b7282d5","riscv64gc-unknown-linux-musl-0.11.1":"6f590a824aed363cbec4079f7ddab87b5685119e0f5f0e71cd114c7b7c326199","riscv64gc-unknown-linux-musl-0.11.2":"4f263571bb457a16a31cb38fba4fcc9cf1059d1d32c5b2e54c43175fcd59205d","riscv64gc-unknown-linux-musl-0.11.3":"b750fc8393ced9939448849b05e94de6bf1e998bb7030c4ebe744b47b372bce9","riscv64gc-unknown-linux-musl-0.11.4":"78f0d7f92244ce3d7a7a0df5fab2495450bcb18600b59acf1755e77cafed2300","riscv64gc-unknown-linux-musl-0.11.5":"d4686fb144563a40e791fc3f010a91e57fdce9cac7a03b8a14a972c25be4464c","riscv64gc-unknown-linux-musl-0.11.6":"87d5932bffef3b7b9cba4a2a042f95edf75cd34555fc80cfa98cc5a4426635f9","riscv64gc-unknown-linux-musl-0.11.7":"219a25e413efb62c8ef3efb3593f1f01d9a3c22d1facf3b9c0d80b7caf3a5e56","riscv64gc-unknown-linux-musl-0.11.8":"c06b5bbbfecb258f869b18168abb46ef974a76c786fa9350923b1cf38d1661a0","riscv64gc-unknown-linux-musl-0.11.9":"486b67c16381bb75d74daa86c091b36273cde617e0a2678e0b685b89047a6e6f","riscv64gc-unknown-linux-musl-0.11.10":"8ae35c10dfcae262dee07c93a3d8d10c2ce597d4a152ba1a2f1385395a286ec3","riscv64gc-unknown-linux-musl-0.11.11":"0ee27ce77e32496bc46e01f1cbb730d13647cbca41934a5871bf2fe5fdc5ba39","riscv64gc-unknown-linux-musl-0.11.12":"80012ba0aa3b21561c96edda003add87d9111daf3425e5cc3243957ca76ba396","riscv64gc-unknown-linux-musl-0.11.13":"44f23b8e59fd8628fb68383e4cbdf78c3cff02ed86d3dcea5605ebd7757ca363","riscv64gc-unknown-linux-musl-0.11.14":"86b053903d29a2d04441e4cbd05a8f690b8ec56f8959d27f15df13efffb5879b","riscv64gc-unknown-linux-musl-0.11.15":"2256c9b625d67a55986adda62b09782b5547e28a79fba472e7e93ac3ec0af258","riscv64gc-unknown-linux-musl-0.11.16":"8a1aef4261011143f56c964eeaed5e06fa0cb95ff3005386381c610c91784feb","riscv64gc-unknown-linux-musl-0.11.17":"ae07b4e9c2bea3dcba2e3267e9e4229e45de63c15e74eee7fac7ccf9df6e04cd","riscv64gc-unknown-linux-musl-0.11.18":"3d5b533080bb593c82b281b8d289e29d51b97c0994655099845752e948181fe2","riscv64gc-unknown-linux-musl-0.11.19":"184232b4e0de4d6a674d57b1d6d8c39a3c5a5dbc27f95ed972c46974d21b0115","riscv64gc-unknown-linux-musl-0.11.20":"7433aed57cf15cf0657d0ce7c655f95eb00e54e49a0dc408d0170467260843d9","riscv64gc-unknown-linux-musl-0.11.21":"b869fe80435715b2b414443af28de96ed5d7f8c6759e12ba141abca221ebc0cd","riscv64gc-unknown-linux-musl-0.11.22":"dd03fa6c9e6ba49195ba78c401bd838496d77d25c17594b7ff0e8e151c13edb9","riscv64gc-unknown-linux-musl-0.11.23":"2bf05826fe1b29adc8031132581400e1ccca0c0051fcbbfe93bddefb80f8dbeb","riscv64gc-unknown-linux-musl-0.11.24":"4d39d5eec286daab074b5b2ed142cd9d9042306a2996f708f5a86dcd19a35eaf","riscv64gc-unknown-linux-musl-0.11.25":"90c5a720dd9ddf32de8511c79fc83bc69e38795a94b5b49fcb2d010f96b1374d","riscv64gc-unknown-linux-musl-0.11.26":"4ef67e6bb961583eb4ee7ce61b3c98bcede9e51b771b4b4967719d0fb6aa3cbd","riscv64gc-unknown-linux-musl-0.11.27":"7fee728248d487de1b76aa31882319fec8ee117d5128cfd1e1fd78ab2f77184b","riscv64gc-unknown-linux-musl-0.11.28":"4a9e553d8a62c42600d5c2874b7c2f728c03d4310d72ed7351edbee8ed6a71b4","riscv64gc-unknown-linux-musl-0.11.29":"d4708d913ba88fad9fe1d81da3e13aecadde7a3190cc095a7f2af2fa5c8caa8f","riscv64gc-unknown-linux-musl-0.11.30":"3d75e26ace5e679e5de26106a71ee775af5c7f7ad872cd04f33b4d53c523a707","riscv64gc-unknown-linux-musl-0.11.31":"b300fe07dd1fb98e8608277d7b822ff637e25ee839674645f7ddcbc42199a39b","riscv64gc-unknown-linux-musl-0.11.32":"3c58fc5e82589a77b2409a6c308f1a55361c29130cb3ff239e850d413433f97f","riscv64gc-unknown-linux-musl-0.11.33":"ff4d248fff98c1c6ea12088ae002c07b861278bfc2c41e31ac0ecc1795ddb2f0","riscv64gc-unknown-linux-musl-0.12.0":"01253909dec1d5cdd836f52ed70a2fc1a7017ec723a724b7315b55f2025728a1","riscv64gc-unknown-linux-musl-0.12.1":"31806babab570f6cab8bfdaaaf6890360f1efa4e122372ad73193b70326b8f83","riscv64gc-unknown-linux-musl-0.12.2":"a0e9a9d99e0f2cc39b645aecdabe27e308074b1d3dc2afdd507433528c97e701","riscv64gc-unknown-linux-musl-0.12.3":"1b3ee81808a381bb0a83deb697c9612a5a48c47b9d98f6043c924600f2bf1321","riscv64gc-unknown-linux-musl-0.12.4":"cc481ddf7f9d09491b83defa9a221e1410f7a4b1ea160687e201815ba1d91a7a","riscv64gc-unknown-linux-musl-0.12.5":"c7fc653d16f0214eaaf2b3af537ec917af4861e3d00c0f10e0784fe4cbc1dcd6","s390x-unknown-linux-gnu-0.8.0":"756f55e2567585f1e62522b3e25bfae8c1b7f8a856d2e7ec85b48fcf5abbe9a8","s390x-unknown-linux-gnu-0.8.1":"66108f45f1fe81b7b02c3490debf838a90c818de00dd8c17c45ccad65554f8d7","s390x-unknown-linux-gnu-0.8.2":"de324cd0b04162e25fd1dc2332b05e556978fec4bfcc3fbea6565e8276caac53","s390x-unknown-linux-gnu-0.8.3":"d148aebfc019aa14c686713fb0a391bb700290ecdf2903c2fdab0009182d880b","s390x-unknown-linux-gnu-0.8.4":"28aefb0bac0349aa3f218cfa43ce50793f81c6948d01e2e4b97ea5421a2734ab","s390x-unknown-linux-gnu-0.8.5":"92fd077879ea943775bebf49d3515b5da8a237bcb9a975b2476183946b6ed017","s390x-unknown-linux-gnu-0.8.6":"8b4372280249038ea5824937d6e1ca7e2192061bd38f3362200133ff55cbb9c3","s390x-unknown-linux-gnu-0.8.7":"ee877021eb1862d9d0cc37697267a01cfdae307c6a8bf7ece27ae92b330fd2d9","s390x-unknown-linux-gnu-0.8.8":"5aafe51b39dc715c887d6c1960d82659fa18a7505d0050e6eba36ae5956e4c96","s390x-unknown-linux-gnu-0.8.9":"b78f56186edfed8f117ed1fa09fc59ad9932864ae4e655ae61f3e205846c7ced","s390x-unknown-linux-gnu-0.8.10":"83ca774828d652ce9dd1d6e2619e66c471e2cb236754783019b9ae0f4da72718","s390x-unknown-linux-gnu-0.8.11":"e4d8ee92b9e20a7713cf7a9f7d7b288d9d726e7e96d874aaa20e3acc1d408287","s390x-unknown-linux-gnu-0.8.12":"55ec25ef06c1e0c095f2baa1a12ce38879db8db99a4b046286a9573dd3c605d5","s390x-unknown-linux-gnu-0.8.13":"8cc2e70bee35c9e437c2308f130b79acc0d7c43e710296990ed76e702e220912","s390x-unknown-linux-gnu-0.8.14":"8643d6ab3513ab4adc3ffb56c39813651725d047ee6af5de3ae1fd0e4975c364","s390x-unknown-linux-gnu-0.8.15":"0bb022274375745352a748b8332bb170941fe01915a1670c2c6d06d182783437","s390x-unknown-linux-gnu-0.8.16":"e29c330a8956c13acb0f2af7aa650dd5d9ebba6aefdceaea77f689953d140780","s390x-unknown-linux-gnu-0.8.17":"8fae8182704b4b11316c87d897c3e64f2d3f55ac8c58c482d9bbef9ad611f90c","s390x-unknown-linux-gnu-0.8.18":"3b106572a8574f58e3df591cdaef915bdb38fdff11e5de0ec53bfe1b857267e8","s390x-unknown-linux-gnu-0.8.19":"5b3af341a39364f147d7286e40f55dd92ac8a142110e29ff1b4825afb96e1b27","s390x-unknown-linux-gnu-0.8.20":"8e59db8d1cb791897237982e369fea0217a12ffe3527cf6f1d30fea32d20a509","s390x-unknown-linux-gnu-0.8.21":"5757570db02d2ed3ef5742a1a484b921e716d8412daf45e85c4c79c0a75bf0c1","s390x-unknown-linux-gnu-0.8.22":"a0f671106b8b4c128aad3b52becc34691d7669c3d40bbd5a18df2c60b4d67971","s390x-unknown-linux-gnu-0.8.23":"6bafdbed0e750930a2af123e3cf8b782228aef88d24bf25dc6b0f280bc8ad461","s390x-unknown-linux-gnu-0.8.24":"8167af20bf336179f5ffb96421d38cc7cb5d54dfa9b90820154cffbb456032de","s390x-unknown-linux-gnu-0.9.0":"8f41968e5eceda304d9cd70d83a9dc7e205e221c651572862b74845d045203ee","s390x-unknown-linux-gnu-0.9.1":"8f4eedabfe57cf1d3ef29633be444ad9fd1c1ce9db89450a548e50ac88436cf0","s390x-unknown-linux-gnu-0.9.2":"4e4aa34554891bcfb92d50fc2067e99cbbc5bec473ce4b8e3dedad0d42017c85","s390x-unknown-linux-gnu-0.9.3":"3864b46a71bc7873d712a4b38d89df47c9e654b09a535d21a4280feb325e7c7a","s390x-unknown-linux-gnu-0.9.4":"7936fdcd29e3dac647d2966643835c6c91fbae05afe0b67a400dea73df96cc86","s390x-unknown-linux-gnu-0.9.5":"bf87e642ea6373c0f0655d42719643cf88d6e27e59da04e332bf7d6e7d3480b8","s390x-unknown-linux-gnu-0.9.6":"34562cc181e09abe75b09788af7a37e5baf953a4b92d2d2ba7abb6447df845d3","s390x-unknown-linux-gnu-0.9.7":"905477be08cf926e53c6d47fdda36302a68ce1880eef8bfe23ef32dce3bfe17e","s390x-unknown-linux-gnu-0.9.8":"2dcbd7726da56a351418b90010ec569f3a569e92020c4752fa6b6daf376938db","s390x-unknown-linux-gnu-0.9.9":"9ff624746c1f6e6516a05461fb7d918a2f61e77d139d113784c91e932440244e","s390x-unknown-linux-gnu-0.9.10":"12cefdeba209ffab42cfff6f9f5b24d1d6f561f22825ce545be04bbc20dd9810","s390x-unknown-linux-gnu-0.9.11":"665208d604a63d8e934bd4f748e689283f507b20a083f6c027146d92eb3048c0","s390x-unknown-linux-gnu-0.9.12":"a73662924261b0c581b762040c27fb839aca9164b13e017ca5162ae3dbb51c50","s390x-unknown-linux-gnu-0.9.13":"037fc4a382a2d591429a35078cce5ff44170e2d14fa5fa4625902f36b8aa892a","s390x-unknown-linux-gnu-0.9.14":"f5250473bd8a036b78f4ec19450eb3efe743232d688f770ea2a92f21da7fb417","s390x-unknown-linux-gnu-0.9.15":"e0cac629299a49336e92a13684671bbf50933749412f480e051a4071a619fcd8","s390x-unknown-linux-gnu-0.9.16":"cd32014282b2d2de53eb0176004dffddec77f0afbe76713f57c245e08cdf2b21","s390x-unknown-linux-gnu-0.9.17":"a297518913a0f0e4af1bce434440ca9d415728aaf828c7def0e913aa5c46da8f","s390x-unknown-linux-gnu-0.9.18":"bfa789548a345189b70d9069d9d7ef8f9c2236f0d10e2ae47a13549ffded5b84","s390x-unknown-linux-gnu-0.9.20":"8ca14c1a9fe47ad2293a321f061c7278b32d7bc200d2692662790ab6ccd395c1","s390x-unknown-linux-gnu-0.9.21":"34bd75d67a5819c9f796a78b1ec9ebd48021d87d2391b4cf282249c4d026f145","s390x-unknown-linux-gnu-0.9.22":"aff367a5c6ffb87b9cebbda4372464ca6aff69a53c81a94f1d78541be9677b2d","s390x-unknown-linux-gnu-0.9.23":"7d0b411a365b0cd8fad2b336c259743e7381676654adfbdb4f887b4136820cb8","s390x-unknown-linux-gnu-0.9.24":"3da41f22f78f27a7764e303b07c68f5716f748128327c7d3d72f11c6b81b6c78","s390x-unknown-linux-gnu-0.9.25":"92d5e4504ef83f421a841381678f871bf2a8821a69d3374dd638e2014d4762ab","s390x-unknown-linux-gnu-0.9.26":"f8e6b8f1264821add1ea21d592b4522300401f44ac4124fba9fea6874fd79797","s390x-unknown-linux-gnu-0.9.27":"5b055f02f2c8e5086ae1d05cf70d32d66982d27d8469ed896a65067fac2001d2","s390x-unknown-linux-gnu-0.9.28":"af15dc54893b2caecc3604ac68104914b155a8bbf821f667996549e777919a90","s390x-unknown-linux-gnu-0.9.29":"10e6d5dcd72bf99daee6678f6b508d1056e9f1670f6d76c1cfdf02b7560bcb4a","s390x-unknown-linux-gnu-0.9.30":"b35975bb9e5c2c418b428d0316cc6e3c7a6eff710c69212be14005c192f54516","s390x-unknown-linux-gnu-0.10.0":"a1b9aa45c1a6b69066179e8d7e3f6e122e0f433ef2ad4e91c0acd1433a083c31","s390x-unknown-linux-gnu-0.10.1":"091eeeecfcdb15a954f2488be6b89d8709709003ada81d215d6ca88145826049","s390x-unknown-linux-gnu-0.10.2":"d4832c85f3e8e17f7ae4ced90059dc2b6927939a47fea3e92e5712e7148b9c09","s390x-unknown-linux-gnu-0.10.3":"fc969d6011e4ffd0752abb5d812fc453649a7394c3f08a11556c9960891e359c","s390x-unknown-linux-gnu-0.10.4":"59a50f14892c82de8f3e7a1a63ebc0ef98778085e4bb35ec99323f5009232fe2","s390x-unknown-linux-gnu-0.10.5":"fbccde48aec139fc99558bd022ec3cab15f607b9b5e0efc0279c6145ab5ecaf7","s390x-unknown-linux-gnu-0.10.6":"5ed60237762862b05561d02b7f095268897d0561e87dca5986b04319265bc2cf","s390x-unknown-linux-gnu-0.10.7":"281ae4c1343e0c5f9775358690d40e00edbf63ca788b4d8b6574a0b5cba624f4","s390x-unknown-linux-gnu-0.10.8":"21de0f86838b06e6ebcc3cb6a079d49d3d3886e5b49822ae58e5758eb08a6710","s390x-unknown-linux-gnu-0.10.9":"a589d4a8930c82fa7225daec19c632651b3c84f50f770efe758056b387e5f0dd","s390x-unknown-linux-gnu-0.10.10":"a32d2be5600f7f42f82596ffe9d3115f020974ca7fb4f15251c5625c5481ea5e","s390x-unknown-linux-gnu-0.10.11":"305ee734c585918515a22fe43b7cf253c38d468771373a0c02364d67498e07b2","s390x-unknown-linux-gnu-0.10.12":"e1a0345eefe6fd3300948cd6f18aab092f9b88a243782113e645ce96530a6693","s390x-unknown-linux-gnu-0.11.0":"b25be62f3b642348a2fece5c658624586661b8d1103891ab6903768b0529edc4","s390x-unknown-linux-gnu-0.11.1":"4208173c74e29572b799178709b5ed5828b24888659f944a4b47c0aaf78b42d2","s390x-unknown-linux-gnu-0.11.2":"42ebe40775f2a77a514fa47399fde86473bf35bd33b6896c6410a0309fc4d205","s390x-unknown-linux-gnu-0.11.3":"6dc4f555a5f6515f7fddb281422d2a8a3943853dae5de837bbb5d996d7576c71","s390x-unknown-linux-gnu-0.11.4":"07361e1fb32e870841a27d3d7b0b20c4a81e0cc25eeb8b9115425bfd227d2d05","s390x-unknown-linux-gnu-0.11.5":"1309f1e462462dab2da6a55c37012a228d1c06a55c5b43f8ef901ba1599d9e12","s390x-unknown-linux-gnu-0.11.6":"6e3d4338da2db2c63326721f1eb3b4f32d9bde24aeff11208d397e1aeba8678e","s390x-unknown-linux-gnu-0.11.7":"760152aa9e769712d52b6c65a8d7b86ed3aac25a24892cf5998a522d84942f9e","s390x-unknown-linux-gnu-0.11.8":"068eb3f47d0760d50cd2e0fc59cc2c09eb12a4ec8bb12c269f3aef706bf4dc1a","s390x-unknown-linux-gnu-0.11.9":"caa3a59d49003d52c841625885bd60c87a957ed6173070af59c2ef7b4845b727","s390x-unknown-linux-gnu-0.11.10":"66dfdc5a216a9fbd7c2541a66f753544dddbcbb2f7a597c9bbc91d10af534c7d","s390x-unknown-linux-gnu-0.11.11":"f19c950a93b1f5af4108267743f3de61346250b35c60cc552fb4187b534af770","s390x-unknown-linux-gnu-0.11.12":"c9ae09f73066fb9c48beaec2ab4ad2407ce94354c5224e2982196577d6bf4581","s390x-unknown-linux-gnu-0.11.13":"e0e5e0a652650900d97f6a660bae526601033d9d071ca5dd9ca735442161ebed","s390x-unknown-linux-gnu-0.11.14":"cc7b233541a76dd484516a39c06d9d14100d1048708483e6f49ee20b6cc5761b","s390x-unknown-linux-gnu-0.11.15":"df2b69ed893ce00e242d8cfe5b9fdc7b7a42d578df487d09aa624563a9801578","s390x-unknown-linux-gnu-0.11.16":"d161e914ad552aed83478fe9766061844297dadfa77a43e56285a147bde0021e","s390x-unknown-linux-gnu-0.11.17":"10ec2070644dda19ab9c8dcc3d6f3bbf4b09ad6665b8a8be067d7fdb5a58b56c","s390x-unknown-linux-gnu-0.11.18":"7a91aa963680f2fe14ebf89291cf8eafcff634eccdeb6d301e0252b282171818","s390x-unknown-linux-gnu-0.11.19":"c4535a5f9f27a94df384ea8140b78c3e7c083d4130cd341fd826b5ab343979fb","s390x-unknown-linux-gnu-0.11.20":"208af0d9d0099f86ed093b68b05703451b884f6db351f9555fda905d3538e53d","s390x-unknown-linux-gnu-0.11.21":"743694a86a05eaf15d292c3d757388c4b2a11b4a7eb67f000077b4d6c467347e","s390x-unknown-linux-gnu-0.11.22":"d5149a1bdd21dc8a86ad91d8657a4cd4eb0761a433ef0ce76117720e41ec950e","s390x-unknown-linux-gnu-0.11.23":"1a13fd6ab96af55456e6f4ca3f173475e0edf9c9f887bf6e0bc545bc2d931fad","s390x-unknown-linux-gnu-0.11.24":"a0baa1dc34efcb896c8e82e0844b10e308cf48fb1f5060cef6d12ea5a801c3f7","s390x-unknown-linux-gnu-0.11.25":"3d508ed6e66898ce80aa668cb7d6ec4ddb4d30440fcfbd409365d3d0e4afa75c","s390x-unknown-linux-gnu-0.11.26":"34f514ed6ecbf33a3d90346c8bf3074954dd0c76340f5765b88577daa05d307b","s390x-unknown-linux-gnu-0.11.27":"2a984c393b494bfef78f58770e09295fbebe33ec88eede32f6b59df2a8ac2995","s390x-unknown-linux-gnu-0.11.28":"f5ed9d2aed566e11ffc3f1f7ab5b4049dfbfcb04c326ce2ed5bbf42069d62b27","s390x-unknown-linux-gnu-0.11.29":"fa029183f550a3b00b89c06529fabfa11e0c69c097ccd397a8e7eae46f397348","s390x-unknown-linux-gnu-0.11.30":"a30f253aca1291dbcdbb7f76c754235f268ff84d106a595f7d1abf337ab22ac1","s390x-unknown-linux-gnu-0.11.31":"42114face40b846720980dc3f6e2c1b4676d8bf56c8c551586b249be9137cb84","s390x-unknown-linux-gnu-0.11.32":"9922ba31cd582f4d762ac88a3cfdf339be599063c689c64c36916f04139ed43d","s390x-unknown-linux-gnu-0.11.33":"bbb4740bd2596d2da979ad721258761fa0d4c5bb6ed151356c2146c150edfd21","s390x-unknown-linux-gnu-0.12.0":"3737b6d3fe7100ade46df0aae3d59564e7bbbb2fcb926186209e103e942535ab","s390x-unknown-linux-gnu-0.12.1":"58132e9675680eb952b9794206a7ee98b528c1e664e6f80f55fb4972ffb7f269","s390x-unknown-linux-gnu-0.12.2":"78797ad74c948950181b607be0989b1d5926a2096d81def4238192c95ff47aeb","s390x-unknown-linux-gnu-0.12.3":"c6d0d036c4250bd28554c78b411b711ff9367a7dd12f241a27f5b7d43f549ae3","s390x-unknown-linux-gnu-0.12.4":"9c6eea6ed43d8753e7eb26489a73ac060012e1a2485992955dd82a3b10b47acb","s390x-unknown-linux-gnu-0.12.5":"858d51fd178fe99c69923cef568fbac3f297f3767c0e0d985aa172bc1f3e2274","x86_64-apple-darwin-0.8.0":"828917cad79aae8327811c59fcc625ff3861bfe21d2cbb77c206737d41117ff2","x86_64-apple-darwin-0.8.1":"96b3836b7bf97a24ac13a8854f2da7cd3a44993820935b29be964d776e3a3446","x86_64-apple-darwin-0.8.2":"ae755df53c8c2c1f3dfbee6e3d2e00be0dfbc9c9b4bdffdb040b96f43678b7ce","x86_64-apple-darwin-0.8.3":"77eac9622f76ad89a8c59b31a96277aa61eb290d2949c69ab2061076471aeda2","x86_64-apple-darwin-0.8.4":"14e5309f182d1a92cf6c82f5891a0a0dc1cd5d46627171eaa1e84fa2b7e0afc3","x86_64-apple-darwin-0.8.5":"9ee5b34975ab4659345fc96cc08098d7ec871cdfa969a5774894bcaebdaf3b58","x86_64-apple-darwin-0.8.6":"4b1da363d8913a85a4a40df6620ae800b16c62beb54f60b1d336432644cb12bb","x86_64-apple-darwin-0.8.7":"dca85ae222d59ddbd83f61355561d3183cce9d23eb5931c41646499f43cb2b93","x86_64-apple-darwin-0.8.8":"3346a3d4a45d7457dafadcc1715e8e529e5b65c27aaba2417db4b0b32a8cbac6","x86_64-apple-darwin-0.8.9":"27fe8645c2599b672c3a6c865131a3d916eed9a3ba7cff5a0b863e01a473df66","x86_64-apple-darwin-0.8.10":"3b935381af9124a5d5da48235e149f5f0662f2717e75782d1b843d39d9265d6d","x86_64-apple-darwin-0.8.11":"7ed76b0cc314fa0cb6dd7ae99379efd3cf8fc14d71af8d71b0b5238582c7958d","x86_64-apple-darwin-0.8.12":"467b462e854bc750fcad8e3ad35e2aca0d301c9287f2365afad8c17b7672b6a8","x86_64-apple-darwin-0.8.13":"b799253441726351bc60c2e91254a821001e5e2e22a0e2b077d8983f583e8139","x86_64-apple-darwin-0.8.14":"567d98b0c541a68df8aaa2c3214242c4070068b2edaea1be376a4c0fa348bdf1","x86_64-apple-darwin-0.8.15":"2bbef70982e97dfc36454de173f35ec1a5e83ae11e3885df6a50db3fd76171cb","x86_64-apple-darwin-0.8.16":"07491a998fd741090501df9bbfe538f85568901a3a66c9e0368636509158727a","x86_64-apple-darwin-0.8.17":"31ed353cfd8e6c962e7c60617bd8a9d6b97b704c1ecb5b5eceaff8c6121b54ac","x86_64-apple-darwin-0.8.18":"a08c3a6c50f49e68216ac133bd0aaae952db2cd8d19a3cd5be782f8f4becf135","x86_64-apple-darwin-0.8.19":"b5f91770e55761b32c9618757ef23ded6671bb9ca0ddf5737eea60dddd493fe9","x86_64-apple-darwin-0.8.20":"ec47686e5e1499b9ea53aa61181fa3f08d4113bc7628105dc299c092d4debf44","x86_64-apple-darwin-0.8.21":"df0fae941f83f796ea8100958f5d31a185dacc34777f346019123b6cb5571101","x86_64-apple-darwin-0.8.22":"76638fdcfa91357858771551a1c88de1f7c3b270b33ab1866f8a0618d9e442d8","x86_64-apple-darwin-0.8.23":"bbb1db369de63d85334e2c43bb925fce63261cefa8c1a8569a6bd4c520f03c0d","x86_64-apple-darwin-0.8.24":"b75ccf924654ad168efac2ec6934704b3d6b9cbff1650b35e17fa3d26d2bea1f","x86_64-apple-darwin-0.9.0":"8fce2fe15b227ca38c706acda7cf0ebc43d5ec4be537f1badd58d5e938c7ed89","x86_64-apple-darwin-0.9.1":"df530fc06d2fd51ed2efeb75b1ea5eeb77a631eb945efe5f9d90ef5969cd3672","x86_64-apple-darwin-0.9.2":"c887d2c4f629eee99b80a347880870f3bc77f7746db81923efe520f609f80857","x86_64-apple-darwin-0.9.3":"ad57ed22bf793267ea97cfc0022afa096149e894dd161ee4ae5401b7c4a6db83","x86_64-apple-darwin-0.9.4":"b6a9682124666840031bde1f7a9ab6ca7389d918b4ee5f3d7e318ad574bb5936","x86_64-apple-darwin-0.9.5":"58b1d4a25aa8ff99147c2550b33dcf730207fe7e0f9a0d5d36a1bbf36b845aca","x86_64-apple-darwin-0.9.6":"b47e42976ff4749f960b9030f5948c1af0b51ef944293de266a6cc10cecef9c7","x86_64-apple-darwin-0.9.7":"41946d87e1576c297d6d3cca88b089b6942b8777a5a25e70de1ef8c57b94b9cf","x86_64-apple-darwin-0.9.8":"10423293b0b11ed019551a0cd3e5d6d66e2799fab25dd2403e1d63cc883eb671","x86_64-apple-darwin-0.9.9":"8a755971dbf0b394cb61607c3d21e81affd62a22cfd306351eb518be7a3f0a89","x86_64-apple-darwin-0.9.10":"0e395aad905332bb106f8bb05575ed001de34e9627a4c455a2f6b9475957719e","x86_64-apple-darwin-0.9.11":"14236594b4edbd90929d845766a41a1d4e51d530c9ebbedfb3d93688661f142c","x86_64-apple-darwin-0.9.12":"b91852ea80e1c137f6246c8b01bc52d1c7213bff8d82cccd532ce2272c56d482","x86_64-apple-darwin-0.9.13":"571cb1623681c439af892335c729c272266e836a9ebcb627f34f8012c6459d9d","x86_64-apple-darwin-0.9.14":"276fe2605a0ba8306a875101e3a11bc5b93e2bce0b6b3b6c49c9ad14507d9dba","x86_64-apple-darwin-0.9.15":"a7d9ae35ce2d192cb0356f07439cfc6768d4dff8e95ae69f821e8fbe7bcb0e09","x86_64-apple-darwin-0.9.16":"e1ba1992e163f8b9d54d1cd1501002f019f4b729dec2a197e79a56d354ec2773","x86_64-apple-darwin-0.9.17":"249e7fb18d45c06ba283c48f0a8e586ecc5fbb9e8dad0923c4169a7c4db815b2","x86_64-apple-darwin-0.9.18":"f86836c637333c65bbc7902acc9c49888eef9fbd15dccbc1946b10e30b041073","x86_64-apple-darwin-0.9.20":"0059dc2986e7032c12b7039e1a66e570ab5c3a41598263c76e5a9c4e7da9f971","x86_64-apple-darwin-0.9.21":"26390da48bd55e21ab62451a80ad240ef6df10d4c48ec199cbb34c18b4288983","x86_64-apple-darwin-0.9.22":"c0057ad78b475f343739b1bbe223361c1054524c9edf310ee1dc85a050207f86","x86_64-apple-darwin-0.9.23":"b5bbfbd5d8c7effa24b505365ae306116fdac58880bc9b024ec4c89435d57728","x86_64-apple-darwin-0.9.24":"fda9b3203cce6ec3a37177440c33c4c1963c4957fff17e2820c60ab6ccd625da","x86_64-apple-darwin-0.9.25":"4982dfff14b3548bc85d0fa0abec6ab8ae62836b218bf1223741ba1392ef93bf","x86_64-apple-darwin-0.9.26":"171eb8c518313e157c5b4cec7b4f743bc6bab1bd23e09b646679a02d096a047f","x86_64-apple-darwin-0.9.27":"3977309c5c79984c13c55d2d1cd7aa114a718eb29436c5bdb4bdfa08bf243438","x86_64-apple-darwin-0.9.28":"3a8030881d13b824e5168f5e4d060e715e40753249766bda3d52d6771d93b169","x86_64-apple-darwin-0.9.29":"d251e48db2a962272a2efeb2771c82c02e40f473193a255e8e5c05eb61112139","x86_64-apple-darwin-0.9.30":"ce069bf750567e9a4a31d6e285d1eae75d444d8a281409b641235903943b7681","x86_64-apple-darwin-0.10.0":"664aed584c276f8d79cdc3b7685cd48f5d64657bd6840b06b4b2b0db731b9c99","x86_64-apple-darwin-0.10.1":"f61f1122193698a53fc2d4cc6fb5a5849b283817509778ac8f1a7d2a36a218de","x86_64-apple-darwin-0.10.2":"3cdbd038333cfe861ce04f3d91678547bf2e726224acf5f42d3f0affa6740e19","x86_64-apple-darwin-0.10.3":"e8071cedb9986724ca3d70020b4460a85a274394b378c0e8eb1e8f9e33402ff9","x86_64-apple-darwin-0.10.4":"df6dd1c3ebeab4369a098c516c15c233c62bf789a40a4864b30dad1d38d7604e","x86_64-apple-darwin-0.10.5":"84c4ce2902e2e840a54a75360b00f06ceffc6c26894bc5e73151a2c55d5fd043","x86_64-apple-darwin-0.10.6":"d7647571fb17a5107d4d23cc190418039c157fd7361ddb59bc6f8127a49e3eac","x86_64-apple-darwin-0.10.7":"4fed9d4f4608fb3850db714ee37244436f850a2b6e485bc510795679c2d08866","x86_64-apple-darwin-0.10.8":"e0a1b22b039f8155765f5bc8c13df03a5f994a901901179791572e8e5f053281","x86_64-apple-darwin-0.10.9":"9cc2de7d195fa157f98b306a8a1cb151ded93f488939b93363cebc8b9d598c28","x86_64-apple-darwin-0.10.10":"dd18420591d625f9b4ca2b57a7a6fe3cce43910f02e02d90e47a4101428de14a","x86_64-apple-darwin-0.10.11":"ff90020b554cf02ef8008535c9aab6ef27bb7be6b075359300dec79c361df897","x86_64-apple-darwin-0.10.12":"17443e293f2ae407bb2d8d34b875ebfe0ae01cf1296de5647e69e7b2e2b428f0","x86_64-apple-darwin-0.11.0":"31aaec764166af8885cf99321fd6ed24fef80225a6f26ed1ae8ce04111688a7e","x86_64-apple-darwin-0.11.1":"2103670e8e949605e51926c7b953923ff6f6befbfb55aee928f5e760c9c910f8","x86_64-apple-darwin-0.11.2":"a9c3653245031304c50dd60ac0301bf6c112e12c38c32302a71d4fa6a63ba2cb","x86_64-apple-darwin-0.11.3":"b0e05e0b43a000fdc2132ee3f3400ba5dee427bc2337d3ec4eb8cf4f3d5722af","x86_64-apple-darwin-0.11.4":"c326edaf3fd492f53d1c58777f3459c0d87bf9dae8d89e80aec4b0da6622dcf3","x86_64-apple-darwin-0.11.5":"b8964bed538143f9016d807e421e28f0237a29589851fc79e8159751ac64779a","x86_64-apple-darwin-0.11.6":"8e0ed5035eaa28c7c8cd2a46b5b9a05bfff1ef01dbdc090a010eb8fdf193a457","x86_64-apple-darwin-0.11.7":"0a4bc8fcde4974ea3560be21772aeecab600a6f43fa6e58169f9fa7b3b71d302","x86_64-apple-darwin-0.11.8":"c59d73bf34b58bc8e33a11629f7a255c11789fd00f03cd3e68ab2d1603645de9","x86_64-apple-darwin-0.11.9":"a974a0226ac5d3706ebaf660d3587b0dfb93ef9cf1fd146f97d40cd4ad69db98","x86_64-apple-darwin-0.11.10":"8fd091211089973f528e147166e3af683ab4ecebd4312a55d0d17d87adbde67a","x86_64-apple-darwin-0.11.11":"57a1a8085b4088fbcbd5080c0c30723ba6d0692c89cd071c08a4209e8da602d1","x86_64-apple-darwin-0.11.12":"32fb217e6181384bf6534b31adcc66cd552eff98643c4bb35832be8552486912","x86_64-apple-darwin-0.11.13":"99aad3f4956f5b92efd83eca6d87bf03e10688899487ad541f904c9c25c61dc1","x86_64-apple-darwin-0.11.14":"9836c1440b0bd6aa5f81793648a339bd01d593b7b8f575de3b855dae4ab64654","x86_64-apple-darwin-0.11.15":"42bca7cc879d117ed7139a0e26de8cab0b6f033ad439a32144f324d1f8580d8c","x86_64-apple-darwin-0.11.16":"6b91ae3de155f51bd1f5b74814821c79f016a176561f252cd9ddfb976939af2e","x86_64-apple-darwin-0.11.17":"6c66e41eaf4d15abeda58d3f268161b6e3f742d98390341b174a7cfc1b48841d","x86_64-apple-darwin-0.11.18":"00a61e3db99b53c927a7e6c4ccdccb898aa3253d07928822211e9dc570a25661","x86_64-apple-darwin-0.11.19":"1585f415cade9f061e7f00fe5b00030a79ccfac60c650242ce639ba946138d40","x86_64-apple-darwin-0.11.20":"bef01a86faab997f6022b45cfa29bfc5b090f2f72cd4a91d2ecefe641efdabe7","x86_64-apple-darwin-0.11.21":"f3c8e5708a84b920c18b691214d54d2b0da6b984789caae95d47c95120cb7765","x86_64-apple-darwin-0.11.22":"9490033dc405b4afc8fa5f9ecd5cc1793e80c727a8c42c32ad456778720d39f2","x86_64-apple-darwin-0.11.23":"7a88155033cc469bba5bd5a24212e355eb92e3e2a276320b669ec576296c1e25","x86_64-apple-darwin-0.11.24":"8e026ec796a2760c33c832298b0910bf07fb369d00cc075761c321923ac37522","x86_64-apple-darwin-0.11.25":"65ff85b33212f75d34d7c0f0724aba9a742c74f62559f67dc0d6c543dc2fc52f","x86_64-apple-darwin-0.11.26":"922b460202707dd5f4ccacbadbe7f6a546cc46e82a99bf50ca99a7977a78eddd","x86_64-apple-darwin-0.11.27":"9f00047455b2a9e81f282297fca39cdd6cd5761a6b0ce75e2d7698744c59e1af","x86_64-apple-darwin-0.11.28":"2ad79983127ffca7d77b77ce6a24278d7e4f7b817a1acf72fea5f8124b4aac5e","x86_64-apple-darwin-0.11.29":"c4c4de482da9ccdd076dc4fb5cfe7b740609029385c72f58606be3153602387d","x86_64-apple-darwin-0.11.30":"ce285fbbfbe294b1e1bc6c87c8b59d9622b85383b88b2b132a2df5c73e83d7c1","x86_64-apple-darwin-0.11.31":"33ee6bd62b57fcd77a499deb54e4432dc1e1a2f3d34930ba987ad8b43f9c7bc7","x86_64-apple-darwin-0.11.32":"77f5ca26c0de20e992a3677a174fe1121ee25c36f9b1434a863f75bf077a05eb","x86_64-apple-darwin-0.11.33":"f1b919f740bd6be1d014ff58c4271b0779a32198adfb19ad9c5d1c4d9b2b4301","x86_64-apple-darwin-0.12.0":"d41593beaefc54bab7d062af0ef6ca093bfb81d001d58ebbef39e44423f9c496","x86_64-apple-darwin-0.12.1":"69d9f9a00337f25a50dcb13882052da08b8469bac11091c98c5694c3c6721467","x86_64-apple-darwin-0.12.2":"a6e6506a9109801222d65d17461abf4ed13bdecc5d2b13af0495418a82972c6b","x86_64-apple-darwin-0.12.3":"4c9f52262a14da336e4a42ed24992d12d0c956acde87619e4611d321dffa602b","x86_64-apple-darwin-0.12.4":"e603f1eb634ca97a2a125539b983891f53235e901511ed10c32c08c86e253ecd","x86_64-apple-darwin-0.12.5":"b3b2137477cf96c9686ebfb71524614cec780c673fd73e59bce099aef02e70e8","x86_64-pc-windows-msvc-0.8.0":"bad5afed0c18bd7f6c5125f5c7ab89ac830a3db7340c96d50a50527e9880cdfe","x86_64-pc-windows-msvc-0.8.1":"b161c45b2a7f97400b1005591d782d2c96ea1c4570ac1336cd82a2500dbbed1f","x86_64-pc-windows-msvc-0.8.2":"503a430df36957f851daedaed707a2ab69ed21a48bd499c2f0f7253ad5ba983f","x86_64-pc-windows-msvc-0.8.3":"4ca84e28b08f48255f95156c5987d61a5e4c51a43372708bc6d84e994eeb7bdb","x86_64-pc-windows-msvc-0.8.4":"817c50c80229f88de9699626ee3774c0cceed86099663e8fb00c5ffae7ea911c","x86_64-pc-windows-msvc-0.8.5":"898049e2db4a92e59bf1da7e14cad9b5afadb7d0cf9dd55a5274825290f7ba6d","x86_64-pc-windows-msvc-0.8.6":"f7ed402ea1e4d7fb2b2490e1a097e9849bfdaaa689521d290bdce5478db0428f","x86_64-pc-windows-msvc-0.8.7":"0baf6d021ca283df5e5c768ff51281043fefc889ac14aff8ce58189453166eef","x86_64-pc-windows-msvc-0.8.8":"ac76b826e5ba70c7a041e9ee344cbcba2919cdd3010fff7f1a83b7864911633e","x86_64-pc-windows-msvc-0.8.9":"b08d68a0d86e4d0d1b5fa439ffa73ac90df2305c595f617ba9d9b5e8740a8efb","x86_64-pc-windows-msvc-0.8.10":"37fcd011fd22b2a569f7e583a924af2d624d99445f669752923a2fd3841f8e3d","x86_64-pc-windows-msvc-0.8.11":"3e802b69307b10f228c8f1d096bd5721ac37a133bf33672f9fcc46a58dd5c920","x86_64-pc-windows-msvc-0.8.12":"3fb92ce0860db7cb094ddeeb1ac521532fdd3e61d0a130f7bbc6be54caca7c2e","x86_64-pc-windows-msvc-0.8.13":"60870fa18d438737088e533ed06617549e42531c522cc9a8fe4455d8e745dc29","x86_64-pc-windows-msvc-0.8.14":"3f68ab95d2856e6b238e0e3f4255a723ccdc2cf1d4b8e53f5a4f5a47b645dc72","x86_64-pc-windows-msvc-0.8.15":"459d95892a5cc5c21779532f4f41b9238594b79e312a5142da2148ecfa10e705","x86_64-pc-windows-msvc-0.8.16":"97fb93678eca3b4f731ea3879ae2e78787976e03f38c9c6fb744ab28bc3aec1b","x86_64-pc-windows-msvc-0.8.17":"0d051779fbcb173b183efeae1c3e96148764fd82709bbbf0966df3efe48b67c5","x86_64-pc-windows-msvc-0.8.18":"3e42d63c8323839d50b11959ec558ad3954a2c16aab1ad52c0521bd055442a3f","x86_64-pc-windows-msvc-0.8.19":"945b07182de7de279ba5ae5c746785dfd55cf9b17481d3535b0b03efd6e64567","x86_64-pc-windows-msvc-0.8.20":"e2aa89b78f0a0fa7cbf9d42508c7a962bda803425d8ec3e9cf7a69fb00cf6791","x86_64-pc-windows-msvc-0.8.21":"ed4f66aacea41026675bca18699958cda13112c77ef5eff3a2f3d376bd1f9177","x86_64-pc-windows-msvc-0.8.22":"5049375aa2a5162f132b2c1cb992e25d42d47d934cab8c174dbe6f60973dcc12","x86_64-pc-windows-msvc-0.8.23":"454c727fe05ec3763cae9436bb409a6bc5156e9c8ee55a09218191faf8c32445","x86_64-pc-windows-msvc-0.8.24":"5055be7909a844f703c54e8846d14ab676c34be6ea0d969ee74c5747feaedda0","x86_64-pc-windows-msvc-0.9.0":"4bad2c47dafb52ad774072fb7a260e5c9f3dbf73441658db1128eb2aec5818eb","x86_64-pc-windows-msvc-0.9.1":"8dba20107ebcd38f3a8e4acfeb7b209d594e112a3be8d1cea69fe6d501a69fdf","x86_64-pc-windows-msvc-0.9.2":"ba61d01b7470b282e09e7c82a053472723c2a737fb3d137bd0f111e420cc1d9f","x86_64-pc-windows-msvc-0.9.3":"9f7595313b44e57dcaeef63fe4f3de9a0cf4f92a53302b429341f457f70ca3b9","x86_64-pc-windows-msvc-0.9.4":"6529c0039c89754d5e2d19a8869694b2f6c7c5a27e89bfe44037fef8077dcc30","x86_64-pc-windows-msvc-0.9.5":"515dc53d7553f1357d0abc1f70acd921fbb9e30230b1d9a08737236daa6ee920","x86_64-pc-windows-msvc-0.9.6":"4cde4a7907214053320d5ab4b6f9add77b7aca6eb39cc7e4928b61704c1328b1","x86_64-pc-windows-msvc-0.9.7":"5d250c32d3604e28dbe18dc65c668ff628c53e00dde2c642576e831e4a60da64","x86_64-pc-windows-msvc-0.9.8":"bb94629392b11d49f202e748d5842a0c89ebe570c152ad8ea1425ece01dc4222","x86_64-pc-windows-msvc-0.9.9":"b1c5d78c5cb6804e556e07eeafbcdea7378107c2bd5c342dea0cdc05a607d8e5","x86_64-pc-windows-msvc-0.9.10":"bf5a9bb171e90bc612c7acebfb560693d04dba1d1009c297b83da23155218607","x86_64-pc-windows-msvc-0.9.11":"45a3ff2a68c246ed9fd2d9df032496c1beebe480357f356ac25d2cb144884c30","x86_64-pc-windows-msvc-0.9.12":"ee09ed595c54ee70fb29b596c9a15aa71f5d7a1191417985a0684a1dd644a8da","x86_64-pc-windows-msvc-0.9.13":"cdfb04512c9184939f16eea02644a7133b4e41233ead69122d49847d29a45538","x86_64-pc-windows-msvc-0.9.14":"7ca7a43da656d9c5fd4b40ce6e8de19bc46d51e026c9dfd4909c1bc8b25f88bc","x86_64-pc-windows-msvc-0.9.15":"a6887c93a54c46de7dcc0bc798f84a130d7f411124ad43252716f75d0c2c33e0","x86_64-pc-windows-msvc-0.9.16":"e498a1d5983da7727af96b63ddfcd52ee883173552664ad0b629b3d4c7a46e91","x86_64-pc-windows-msvc-0.9.17":"ebc76197bf3e1a58f9dac6f70f49b0ebd3e6907ab35289ce228bce5ba8a3f201","x86_64-pc-windows-msvc-0.9.18":"28cbe5d30907a774bfe27a517a39b494ec6f7d3816bda8bbf6f9645490449182","x86_64-pc-windows-msvc-0.9.20":"be51ed9fcba5be4ac9c41a46aaf8af5cef86624fe27e2c645771b174069e049d","x86_64-pc-windows-msvc-0.9.21":"d27952e73183ef8f6ee8c2a50cf8b3f2e08e01b6a9279a00a85cb261ea8d8337","x86_64-pc-windows-msvc-0.9.22":"93a0a244f26eec208d8ea8077e3de743d9687ad76c190342722f1f57fa629457","x86_64-pc-windows-msvc-0.9.23":"bb6d2987906b27d3031640c4a909b6f7c134cd29674c41ef545c6e7d57dd6700","x86_64-pc-windows-msvc-0.9.24":"cf9d6fa12017199d19c6f9a8f7f55811c8c04d70681b8cb6d89ffb179f08cf1f","x86_64-pc-windows-msvc-0.9.25":"d63f8e59cf76bcce9cb8a3eac6c1a89adce0f89a29bacca978c9bf842f419277","x86_64-pc-windows-msvc-0.9.26":"eb02fd95d8e0eed462b4a67ecdd320d865b38c560bffcda9a0b87ec944bdf036","x86_64-pc-windows-msvc-0.9.27":"c3bf465d5f2b93c836f369aec9f3fa8350843f24abd5f710bb74e72440b82898","x86_64-pc-windows-msvc-0.9.28":"9cb567fcd92f31431220ce620787043b946c30b9bb46ca213780e5ef471453be","x86_64-pc-windows-msvc-0.9.29":"9825b1a5955d8a432b664e56660641aac8886ed30cd9c59a94aacc68ae9116ce","x86_64-pc-windows-msvc-0.9.30":"875981be7908295937dee09532bb66d576986d4f223259e171b0c767c885897a","x86_64-pc-windows-msvc-0.10.0":"4037b444541f695cd2eb93188a9346de3e334af562381411deade0a31c7bf898","x86_64-pc-windows-msvc-0.10.1":"64c297ef1cd8e3a50966dee20cbe039564cd59e41186e0d1dd38fa4e627fc285","x86_64-pc-windows-msvc-0.10.2":"493ebbe0e06128d6ee4905e1ed5e2a433fb0f7cfc08b0eaca9fab4ca76778ae1","x86_64-pc-windows-msvc-0.10.3":"d029201a3eebaa8a0001fa762ee44ca14a9cb3cae4d59fc3fd69857da03a6f8c","x86_64-pc-windows-msvc-0.10.4":"0f0e22d7507633bfb38d9b42fb6a0341f1f74b8e80b070a31231c354812432a3","x86_64-pc-windows-msvc-0.10.5":"d5b3b04127eb6fb41ffca60c0da655124133b62b4b58e29cfc5435469a176e06","x86_64-pc-windows-msvc-0.10.6":"b27eb789f281e398a82197477de727fc8faf08605152115686da2c3cba0d25f7","x86_64-pc-windows-msvc-0.10.7":"8881afb877996a1373a12e816395122a8d39a3ac06cd066272acdb49510cf0fe","x86_64-pc-windows-msvc-0.10.8":"2e70ecd22196cbd9d14eefb700814bcafc5b75a0d8275b52e8402e5fe256d928","x86_64-pc-windows-msvc-0.10.9":"f58dc40896000229db7c52b8bdd931394040ef2ad59abd1eda841f6d70b13d7a","x86_64-pc-windows-msvc-0.10.10":"d31a30f1dfb96e630a08d5a9b3f3f551254b7ed6e9b7e495f46a4232661c7252","x86_64-pc-windows-msvc-0.10.11":"9ee74df98582f37fdd6069e1caac80d2616f9a489f5dbb2b1c152f30be69c58e","x86_64-pc-windows-msvc-0.10.12":"4c1d55501869b3330d4aabf45ad6024ce2367e0f3af83344395702d272c22e88","x86_64-pc-windows-msvc-0.11.0":"e21d00b172df83531564a95e75a2bdc0c59b471dbb3515f0c1b4d6ef657dc451","x86_64-pc-windows-msvc-0.11.1":"6659250cebbd3bb6ee48bcb21a3f0c6656450d63fb97f0f069bcb532bdb688ed","x86_64-pc-windows-msvc-0.11.2":"171b7ccda1bbd562da6babeffcf533a1c6cc7862cf998da826e1db534fc43e48","x86_64-pc-windows-msvc-0.11.3":"ae681c0aaec7cc96af184648cb88d73f8393ed60fa5880abdd6bdb910f9b227c","x86_64-pc-windows-msvc-0.11.4":"26d84455a40b0272b2ab4785cad298ff2c89cd0765b482e9f85b5a1bd880a863","x86_64-pc-windows-msvc-0.11.5":"3fa5b6ea9de9256a035e0471f5ef0bb5d95344659723d6eb063e27c76431515d","x86_64-pc-windows-msvc-0.11.6":"99aa60edd017a256dbf378f372d1cff3292dbc6696e0ea01716d9158d773ab77","x86_64-pc-windows-msvc-0.11.7":"fe0c7815acf4fc45f8a5eff58ed3cf7ae2e15c3cf1dceadbd10c816ec1690cc1","x86_64-pc-windows-msvc-0.11.8":"c84629a56e0706b69a47ea35862208af827cb6fbfa1d0ca763c52c67594637e8","x86_64-pc-windows-msvc-0.11.9":"facbf9637c373761a96fa63c537d6c46581d357a65af01eacfd8c6319e6fb14e","x86_64-pc-windows-msvc-0.11.10":"7a0c424c7bc55a74751f13592235953ebbe182fa00355f7ae3fb7ab734a51638","x86_64-pc-windows-msvc-0.11.11":"2f75a0db2c3530b6b3c24434dc38137f61ff1f4e5f2d7b4ddc5bcd142cf58b65","x86_64-pc-windows-msvc-0.11.12":"e46956a6b088a0382101c797eef945c1b03826e629e968d434cf838d42d85b6b","x86_64-pc-windows-msvc-0.11.13":"0953ac2ef4fbe47ad469bfa80b658a577a02c4d73a2fb9c4c7c70dda432efded","x86_64-pc-windows-msvc-0.11.14":"52ba5d19409aaa688a8a1a6ec8dfb6a4817230d20186e75f4006105c3e39a846","x86_64-pc-windows-msvc-0.11.15":"04b98d414a9000e25e5e0e7c9f53749e66b790cdaffc582829e6f58c544ee11c","x86_64-pc-windows-msvc-0.11.16":"dd9d6d6554bfab265bfa98aa8e8a406c5c3a7b97582f93de1f4d48d9154a0395","x86_64-pc-windows-msvc-0.11.17":"35fc29e03e62f3cda769bc12773f3cb70ce305d0d36c0d8bd0c117dd0b3fcd14","x86_64-pc-windows-msvc-0.11.18":"bf8e0021336b7c77bd80a078b612125f385b08f541437edaea8c8ca9e574db0d","x86_64-pc-windows-msvc-0.11.19":"1665fc8e37b5d70a134820d6d7891747471a2ac8bc940ee7af0b69fd03b28d61","x86_64-pc-windows-msvc-0.11.20":"4c281f1b6b9ccb14d9567ebde9a218a7cabfb35e5ffe8c1d4ef5e2821a655474","x86_64-pc-windows-msvc-0.11.21":"ace861f360c6de2babedc1607d0f454b6b09a820dbc8182dc15af927e4df9589","x86_64-pc-windows-msvc-0.11.22":"b56939bac92d29996d351647f7c6f15b31cc69cf952d06d136de3e1e62eb64d1","x86_64-pc-windows-msvc-0.11.23":"02ad29f07e674d68726ba3bb1ff25b335d83515756e2b1a194bb56c3cc30e07c","x86_64-pc-windows-msvc-0.11.24":"af9573a2e36f7020b18ec5fdde20117aae74bbad3f4acb3dc3fc03319f1aa083","x86_64-pc-windows-msvc-0.11.25":"15bfd1423b7eaa7aae949922d4712ebaac2bb44a81af64ab59bbe007090cb0d0","x86_64-pc-windows-msvc-0.11.26":"4e1278ede866be6c0bf32d2f466cc6de7a9fb399ecf20c9ce2d186e52424be47","x86_64-pc-windows-msvc-0.11.27":"b7e32288ce0e289dbe94d2cac7adbb008f74f0e038542a2d9969dd50eb7056ee","x86_64-pc-windows-msvc-0.11.28":"0a23463216d09c6a72ff80ef5dc5a795f07dc1575cb84d24596c2f124a441b7b","x86_64-pc-windows-msvc-0.11.29":"a047d55651bc3e0ca24595b25ec4cfcb10f9dca9fb56514e661269b37d4fae68","x86_64-pc-windows-msvc-0.11.30":"be8d78c992312212e5cc05e9f9de3fa996db73b7c86a186dfb9231eb9f91d33e","x86_64-pc-windows-msvc-0.11.31":"410c2fd3126ff621c9450a21cfc200002c7540dc48d130069a8f619cdb0a811b","x86_64-pc-windows-msvc-0.11.32":"acfde570451cfdb8689fa159a138ee805ba4e241c466432750302c86254b0984","x86_64-pc-windows-msvc-0.11.33":"c253ce868ad48d29327b661452ce184c9e333e6d6f5bc8d6fcfbf4dd52b83442","x86_64-pc-windows-msvc-0.12.0":"68200e25de594df92387186bbfb9d9df606ec1d87efaa0ae0c7f690970e53db6","x86_64-pc-windows-msvc-0.12.1":"8fcb0cb46e1229065e344758980924e569bef5882ef45f46fada8fb24e06b74a","x86_64-pc-windows-msvc-0.12.2":"01442d8ce5c7124151a73e697c836d252c6da853c18c73206d3cc4c2378a91d2","x86_64-pc-windows-msvc-0.12.3":"b23350c79e8ad0192b8124af13a0f17e8d4e4549524785e1aef389ae5a06990e","x86_64-pc-windows-msvc-0.12.4":"4f3b7d63cd81fca0da5a655d973d20affca89ce6e5f9a29fd0183cc4204a7639","x86_64-pc-windows-msvc-0.12.5":"4c4d49d8738847d9b71ba319e49a5688c93eac0fe6204b1df24e98528dddf39a","x86_64-unknown-linux-gnu-0.8.0":"a7d74ee5c5ff3069b9d88236a05f293cc4e2809bad872f3a88a384489ba3675e","x86_64-unknown-linux-gnu-0.8.1":"abaeb153d85cf57277945c70fe449f813b14aa1913d1caa50daf333a01b2f317","x86_64-unknown-linux-gnu-0.8.2":"6dcb28a541868a455aefb2e8d4a1283dd6bf888605a2db710f0530cec888b0ad","x86_64-unknown-linux-gnu-0.8.3":"427c27ed5f87bf91aa045cf459ea34d348ed6377c62c3c054f1b4046b2f83fe2","x86_64-unknown-linux-gnu-0.8.4":"eb61d39fdc6ea21a6d00a24b50376102168240849c5022d3eba331f972ba3934","x86_64-unknown-linux-gnu-0.8.5":"9db7e7db3cf98ddb57954bfb72c9ba4b8a4514b910e666e3c57e8b4e83a0d630","x86_64-unknown-linux-gnu-0.8.6":"5429c9b96cab65198c2e5bfe83e933329aa16303a0369d5beedc71785a4a2f36","x86_64-unknown-linux-gnu-0.8.7":"060f68b7e86fee70ed19b852934ce6f05bb15d42894ce4a26c34a18b4c3cd511","x86_64-unknown-linux-gnu-0.8.8":"ecc2e39de86afea661c145f33f6a89a45b1d2427d51a22b458e2c64238794180","x86_64-unknown-linux-gnu-0.8.9":"1056ab7c04bf9030dc0623c260fae0b414675775f333f318918000f667da6ee1","x86_64-unknown-linux-gnu-0.8.10":"2c4392591fe9469d006452ef22f32712f35087d87fb1764ec03e23544eb8770d","x86_64-unknown-linux-gnu-0.8.11":"0c6078318332c100d7d9988ea99144b534e40adef2958aa314a9f7c7b8516ed7","x86_64-unknown-linux-gnu-0.8.12":"f976ebdc612e71209f46664ab6c0325fa0090059b4474e047edd39eb9395373b","x86_64-unknown-linux-gnu-0.8.13":"8ca3db7b2a3199171cfc0870be1f819cb853ddcec29a5fa28dae30278922b7ba","x86_64-unknown-linux-gnu-0.8.14":"954add045f29f93191523175e4aea066996840e86c1b6339dee25f48b15b5ddb","x86_64-unknown-linux-gnu-0.8.15":"be9878e9d08ebcb621a683aba52e7fb8bbf92b2532e0d759026ffcc067673042","x86_64-unknown-linux-gnu-0.8.16":"fc94e50e8ef93a97d723b83faa42888e7710c4443a5b8a1af3aac2cda5390f3a","x86_64-unknown-linux-gnu-0.8.17":"920cbcaad514cc185634f6f0dcd71df5e8f4ee4456d440a22e0f8c0f142a8203","x86_64-unknown-linux-gnu-0.8.18":"59ad1a1809fa47019b86cf339fff161cb7b00ad3d8d42354eea57d0d91aeb44c","x86_64-unknown-linux-gnu-0.8.19":"cfc674e9b83d1becfca4d70386e5f7ace4c1fa8c47c518abeebb8ef2b30da4b8","x86_64-unknown-linux-gnu-0.8.20":"dc67aa1a5b6b16a8cc4a5fdf5697f354fbf9e45f77a3da6d9e71db6ec213c082","x86_64-unknown-linux-gnu-0.8.21":"166bfa522cc836a3b68bdcef78e40b263ea62f12bb80a8d9c6fda4ce5f2a3994","x86_64-unknown-linux-gnu-0.8.22":"741ff1f5742c5a4a25d2f829e8395355e43f7a5ae2ebc6368e9ae2df0efb69cf","x86_64-unknown-linux-gnu-0.8.23":"b8d378bf1cbdefa6fd18570c3d5e7ea85066f75549cf3840212f505ed37522ed","x86_64-unknown-linux-gnu-0.8.24":"db8179fffd97b7557b9a519bae82eaa4f499b02ef546f738a35e74e26c47e6b7","x86_64-unknown-linux-gnu-0.9.0":"4dadaa5ff5009ccd6a0a43f6ccfa32bf36ed2eff18df7011275a9b1d81950e7b","x86_64-unknown-linux-gnu-0.9.1":"da55e00c6399a34a47c1f10973d8618b425a530e149836305bcca7ff68d955ff","x86_64-unknown-linux-gnu-0.9.2":"b775bb84c72210c6c0b9670cfaad0ac2e3953f12a2947d52b57603b4fbae3798","x86_64-unknown-linux-gnu-0.9.3":"4d6f84490da4b21bb6075ffc1c6b22e0cf37bc98d7cca8aff9fbb759093cdc23","x86_64-unknown-linux-gnu-0.9.4":"e02f7fc102d6a1ebfa3b260b788e9adf35802be28c8d85640e83246e61519c1e","x86_64-unknown-linux-gnu-0.9.5":"2cf10babba653310606f8b49876cfb679928669e7ddaa1fb41fb00ce73e64f66","x86_64-unknown-linux-gnu-0.9.6":"ccf643248118d5ed85698161e4456f384ff3ec1f20a9f89e4daa9f4de1b4ab6f","x86_64-unknown-linux-gnu-0.9.7":"b26fcc8dfa1c39b5a5613445af3be3eefda45d9a39359bee271eafe34913583e","x86_64-unknown-linux-gnu-0.9.8":"950bad4899800ab158db97081b30a601a3ff4237d705756fda8695342cfcc20a","x86_64-unknown-linux-gnu-0.9.9":"9ec303873e00deed44d1b2b52b85ab7aa55d849588d7242298748390eaea07ef","x86_64-unknown-linux-gnu-0.9.10":"440c4215b171e64061d65d16a23753dd25c29a7f7b1b0446c9e9aed0fa372f27","x86_64-unknown-linux-gnu-0.9.11":"817c0722b437b4b45b9a7e0231616a09db76bab1b8d178ba7a9680c690db19f0","x86_64-unknown-linux-gnu-0.9.12":"4e43dac0c82b12b66564d91d5649350377b771d1df84374d9be1b9e6c8dd8152","x86_64-unknown-linux-gnu-0.9.13":"c45a44144bf23a2182e143227b4ad0bbe41a2bb7161a637c02e968906af53fd1","x86_64-unknown-linux-gnu-0.9.14":"e72024e390fed178072e0c9b262c052d89ccff32a5522504f4991d6265aff411","x86_64-unknown-linux-gnu-0.9.15":"2053df0089327569cddd6afea920c2285b482d9b123f5db9f658273e96ab792c","x86_64-unknown-linux-gnu-0.9.16":"3adbf5322471b53a61483b4a5d091e70c32231ebc63fd327fae7b844cbcd3e01","x86_64-unknown-linux-gnu-0.9.17":"0114d54f9aafd07516cf1cadfe72afa970f5fd293fbe82dd924b8a7b42c984d8","x86_64-unknown-linux-gnu-0.9.18":"c2def3db178ade63933fa15ffc96e882c196ce53e06173dcee05b36c5f6f68f5","x86_64-unknown-linux-gnu-0.9.20":"01ac5d872ab4cf6b11965c9df317f699882405f0319872fe3dbbb3adb045600b","x86_64-unknown-linux-gnu-0.9.21":"0a1ab27383c28ef1c041f85cbbc609d8e3752dfb4b238d2ad97b208a52232baf","x86_64-unknown-linux-gnu-0.9.22":"e170aed70ac0225feee612e855d3a57ae73c61ffb22c7e52c3fd33b87c286508","x86_64-unknown-linux-gnu-0.9.23":"b7bd7d9b9c9c34327f1118f99fe8c298252787ea35f7b345b8bf639377f63217","x86_64-unknown-linux-gnu-0.9.24":"fb13ad85106da6b21dd16613afca910994446fe94a78ee0b5bed9c75cd066078","x86_64-unknown-linux-gnu-0.9.25":"fa1f4abfe101d43e820342210c3c6854028703770f81e95b119ed1e65ec81b35","x86_64-unknown-linux-gnu-0.9.26":"30ccbf0a66dc8727a02b0e245c583ee970bdafecf3a443c1686e1b30ec4939e8","x86_64-unknown-linux-gnu-0.9.27":"8636e693ea0e05f5f4294b161f816c4d8df065267fdb0405cfb84c8e326991fa","x86_64-unknown-linux-gnu-0.9.28":"66ad1822dd9cf96694b95c24f25bc05cff417a65351464da01682a91796d1f2b","x86_64-unknown-linux-gnu-0.9.29":"1ce5212f8f42dc7427a1bd3db4168d6d1abcf81b38d8c82a5b9d0ddc54ceebfc","x86_64-unknown-linux-gnu-0.9.30":"8b3762374972daa7a74bbc6896cc73229ca69a07403dd9f9ea3805a51ffd7582","x86_64-unknown-linux-gnu-0.10.0":"230e328948c92dd1ebad83949c4d56e83813dfe9c6362a4c519e6a227973f1ae","x86_64-unknown-linux-gnu-0.10.1":"8b5af2d678da1bdae80a5107c934f6ab010c6cdeb2de5b8e07568031d9486051","x86_64-unknown-linux-gnu-0.10.2":"6aa4576c31f791c0b9d4739e256d07358d45e7535695287fec03cf6839e25512","x86_64-unknown-linux-gnu-0.10.3":"c60b9956a0e6727f0ddd881c303a706c6408b2047f3a8fa4d1454a826338ccdc","x86_64-unknown-linux-gnu-0.10.4":"6b52a47358deea1c5e173278bf46b2b489747a59ae31f2a4362ed5c6c1c269f7","x86_64-unknown-linux-gnu-0.10.5":"bcb127225873baa5ebd23cf09f29996cc97c1091830c9933e2e320bf1429a584","x86_64-unknown-linux-gnu-0.10.6":"aaa402e19d14a6b9a4267fcf4ec35380f804c68923525cea67cd6ee05bb4e930","x86_64-unknown-linux-gnu-0.10.7":"9ac6cee4e379a5abfca06e78a777b26b7ba1f81cb7935b97054d80d85ac00774","x86_64-unknown-linux-gnu-0.10.8":"f0c566b55683395a62fefb9261a060fa09824914b5682c3b9629fa154762ae2f","x86_64-unknown-linux-gnu-0.10.9":"20d79708222611fa540b5c9ed84f352bcd3937740e51aacc0f8b15b271c57594","x86_64-unknown-linux-gnu-0.10.10":"3e1027f26ce8c7e4c32e2277a7fed2cb410f2f1f9320d3df97653d40e21f415b","x86_64-unknown-linux-gnu-0.10.11":"5a360b0de092ddf4131f5313d0411b48c4e95e8107e40c3f8f2e9fcb636b3583","x86_64-unknown-linux-gnu-0.10.12":"ec72570c9d1f33021aa80b176d7baba390de2cfeb1abcbefca346d563bf17484","x86_64-unknown-linux-gnu-0.11.0":"cc0fbb42b3642125f600a55b0b095bea65cddaadb94c6ea2b6ba5d79c5825089","x86_64-unknown-linux-gnu-0.11.1":"7c0c8069053e6e99e5911ff32b916be571f3419cd8e11bd28fb7da2c7dcaa553","x86_64-unknown-linux-gnu-0.11.2":"7ac2ca0449c8d68dae9b99e635cd3bc9b22a4cb1de64b7c43716398447d42981","x86_64-unknown-linux-gnu-0.11.3":"c0f3236f146e55472663cfbcc9be3042a9f1092275bbe3fe2a56a6cbfd3da5ce","x86_64-unknown-linux-gnu-0.11.4":"12f9a192bb32d70470aa22cbd2a193d1323a3f58f6ac5f9e3866aaca760c98c6","x86_64-unknown-linux-gnu-0.11.5":"0d87793f733f327849ebf9cf51b576cfb08328e22af73061405e4bec96ae84d1","x86_64-unknown-linux-gnu-0.11.6":"0c6bab77a67a445dc849ed5e8ee8d3cb333b6e2eba863643ce1e228075f27943","x86_64-unknown-linux-gnu-0.11.7":"6681d691eb7f9c00ac6a3af54252f7ab29ae72f0c8f95bdc7f9d1401c23ea868","x86_64-unknown-linux-gnu-0.11.8":"56dd1b66701ecb62fe896abb919444e4b83c5e8645cca953e6ddd496ff8a0feb","x86_64-unknown-linux-gnu-0.11.9":"5c43f82077ff0cd5aec588286cbabd89913e4d045bd4e8aa60b20b3ecffc36e3","x86_64-unknown-linux-gnu-0.11.10":"077e1a0777bcf516e02f4ef245e269c8d1baa780438e4c50e09c5c997f85538a","x86_64-unknown-linux-gnu-0.11.11":"a767848254391855c96df271e9ca8b7f72dd172d310460447853d25d907b9ae0","x86_64-unknown-linux-gnu-0.11.12":"9acdecddacba550ee616c02bb4616d894352022550c5977524556fd5077ce1d4","x86_64-unknown-linux-gnu-0.11.13":"f830ea3d38ae1492acf53cb7f2cd0f81d6ae22b42d2d7310a6c7d42c451e1a43","x86_64-unknown-linux-gnu-0.11.14":"f3b623eb0e6141a7053d571d59a0bdc341e0f238ea8f5f0b4815ddbec9a2a296","x86_64-unknown-linux-gnu-0.11.15":"b03e572f010bea94a4a52d42671ba72981e12894f71576181a1d26ff68546da7","x86_64-unknown-linux-gnu-0.11.16":"74947fe2c03315cf07e82ab3acc703eddef01aba4d5232a98e4c6825ec116131","x86_64-unknown-linux-gnu-0.11.17":"0017ccecaeb4d431d7f93b583ebff0c5c38e00eb734fcf13d05f72ca419125fe","x86_64-unknown-linux-gnu-0.11.18":"588f3e360f69ce02b6982aa99f2240e803933a6b7e176ac01617830adf955add","x86_64-unknown-linux-gnu-0.11.19":"7035608168e106375b36d0c818d537a889c51a8625fe7f8f7cad5e62b947c368","x86_64-unknown-linux-gnu-0.11.20":"5de211d9278af365497d387e25316907b3b4a9f25b4476dd6dbf238d6f85cff3","x86_64-unknown-linux-gnu-0.11.21":"8c88519b0ef0af9801fcdee419bbb12116bd9e6b18e162ae093c932d8b264050","x86_64-unknown-linux-gnu-0.11.22":"30075b14624a62021198319f22e08f1651a97d4026a8c84dab6abcbfaba0d81c","x86_64-unknown-linux-gnu-0.11.23":"e12c4cda2fe8c305510a78380a88f2c32a27e90cdcd123cefd2873388f0ebb5f","x86_64-unknown-linux-gnu-0.11.24":"5ce1ad074a78f96c5c8122088bb85a12eb282195bc1453151a48762e4fc31fed","x86_64-unknown-linux-gnu-0.11.25":"1db18b5e76fa645a7f3865773139bdec8e2d46adbdbb35e7410b34fa8015ccd2","x86_64-unknown-linux-gnu-0.11.26":"6426a73c3837e6e2483ee344cbc00f36394d179afcba6183cb77437e67db4af0","x86_64-unknown-linux-gnu-0.11.27":"0f4088a04ac92e4c52b4b76759d227a1047355e0ce1dd57cd738a6dec5966bd9","x86_64-unknown-linux-gnu-0.11.28":"e490a6464492183c5d4534a5527fb4440f7f2bb2f228162ad7e4afe076dc0224","x86_64-unknown-linux-gnu-0.11.29":"04f8b82f5d47f0512dcd32c67a4a6f16a0ea27c81537c338fd0ad6b23cebe829","x86_64-unknown-linux-gnu-0.11.30":"04bc7d180d6138bf6dc08387acf507a823f397a98fea55da36b0ccc7fbce3b68","x86_64-unknown-linux-gnu-0.11.31":"8cc1cd82d434ec565376f98bd938d4b715b5791a80ff2d3aa78821cf85091b4b","x86_64-unknown-linux-gnu-0.11.32":"aab924fd522efd06f1c5f3b93a243864fc453132c94b2dc49f1371b528a4b967","x86_64-unknown-linux-gnu-0.11.33":"aa9fca823c03289fb6e3460b3dc864f3ea895cafaf9b99247701a67b17d1b018","x86_64-unknown-linux-gnu-0.12.0":"eaf842262aa1c418d8ecc5605f02ee1ebfd369124fa48548e85f9481a47831a9","x86_64-unknown-linux-gnu-0.12.1":"90b2f223fb69d19db49e117da601f64978593417988530aa733d456141b4bcbb","x86_64-unknown-linux-gnu-0.12.2":"d66e96b5f1ca3b99806eee283a8125d33a0bd669e6e6d9bc4ab7ffda63c41bf4","x86_64-unknown-linux-gnu-0.12.3":"600cf9a742aca00d292673b16b5acffaa7b8c269a364ad0c2e79498dcb1fe101","x86_64-unknown-linux-gnu-0.12.4":"c8c60f47e6f88d18dbf6f33d7279fb1fbf7ae76631768152cf5578c3d65729b4","x86_64-unknown-linux-gnu-0.12.5":"68a509da24b06b4223a1c0175fb5eb5bc79342b76cbeff0cfe51ac3f5b17b6b2","x86_64-unknown-linux-musl-0.8.0":"0208cbcb3850bfc69277c9a16c2b0399218b075dc923aca7e4b576ee4228c570","x86_64-unknown-linux-musl-0.8.1":"e54c95d4f1420311b7266d57e36304755b24c956a2928f365bb91215e3554c34","x86_64-unknown-linux-musl-0.8.2":"2df1c90246ac03b237f997dce0a31a757523a6aaa9a15b26996a9851dc08ad3c","x86_64-unknown-linux-musl-0.8.3":"bfbe34caae328355b720ad0f667be99990b1b93721c8cb726e4a502796eb6d68","x86_64-unknown-linux-musl-0.8.4":"4e16694fcc20a94136af70fb1449e8817150896af0339b6b28dfb6d006cd8116","x86_64-unknown-linux-musl-0.8.5":"64aec5c2fa8255d19ff20480afb6445e29be94628c58a429c131f5c60bd990b5","x86_64-unknown-linux-musl-0.8.6":"0d89cffae3ad1c4ae2d4da06f71ad4539974185a31f7c196a6151b400bf84039","x86_64-unknown-linux-musl-0.8.7":"b1283a1b42f81dc79c2e58eb77a41e21fd4c59344d3d19e72810ab031ba93771","x86_64-unknown-linux-musl-0.8.8":"80ee2bde42e1cc39c59ae8a3a20f5b73127b90ece009ef7bdd13ab189ff0c353","x86_64-unknown-linux-musl-0.8.9":"6bb907345f9100978d3529c8a5b2cbb4e831080909c51a5bff714b491251303e","x86_64-unknown-linux-musl-0.8.10":"4031c6f7ac3890f29c72e0ea655add58b8fa1c678d20afcf57efa51e57751732","x86_64-unknown-linux-musl-0.8.11":"0c66f4d06a4f933bddf75d4ad64e0e2d717f015ba1876c51e32ff293c84f57d5","x86_64-unknown-linux-musl-0.8.12":"fa682c444b8a57a0984129d0989801fb0406f9238a57df76fdde063c6b2339c2","x86_64-unknown-linux-musl-0.8.13":"38ade73396b48fce89d9d1cb8a7e8f02b6e18a2d87467525ee8fb7e09899f70d","x86_64-unknown-linux-musl-0.8.14":"e018287fb321c3c633df2b622c2cf53042caa5c4c43a4ca6431bcb38e0685fa4","x86_64-unknown-linux-musl-0.8.15":"d0fec58f3124e05e0a1af0f6541abfce4333253cdaf23c7b6bb2e6128bf138ea","x86_64-unknown-linux-musl-0.8.16":"ee220f112b91b23f641d169ba7a3652c6ab7104e7c666d26104ebd6a2f76be43","x86_64-unknown-linux-musl-0.8.17":"4057052999a210fe78d93599d2165da9e24c8bbb23370cdd26b66a98ab479203","x86_64-unknown-linux-musl-0.8.18":"3a93bc3597ab73c9c31d8ad709b4d0b788961cbb508c5a4dcf21636fd7e3e8ce","x86_64-unknown-linux-musl-0.8.19":"6a37f712ae90c7b8cf364fe751144d7acc2479d6b336378111e74cc7fb14fa7b","x86_64-unknown-linux-musl-0.8.20":"a29e1854ee3ce1ccc5ba1d27783c4f34e99605e16c886a71446a90bad40a38c9","x86_64-unknown-linux-musl-0.8.21":"ff6f6ffca9a026cc99bc43df46e70e33df09bcb544b43e8ef97a5176dd68b516","x86_64-unknown-linux-musl-0.8.22":"06b891ef144bd8390fecb150838f0ff8a34ccaeecf9d744d97945d02ec7389c0","x86_64-unknown-linux-musl-0.8.23":"598f7939cae516de105075d55eb20d906787de307a0011904e301346a13de2ff","x86_64-unknown-linux-musl-0.8.24":"b38ce629a8653a6b444b7c1bff2d8b99bdafd274e66a4900c5838051e3d99d26","x86_64-unknown-linux-musl-0.9.0":"8b045dceb6f13f2ce36285c72ed2d6a51241aea9da5636637c020bcecea205c8","x86_64-unknown-linux-musl-0.9.1":"104bbd393104f09f84db474310b0fc0327c5f6566bd903c9a9cac00d137208b7","x86_64-unknown-linux-musl-0.9.2":"42e4ac8e9dab04d560a9d44be2091cae994d14653238e779177c026e0dbf5779","x86_64-unknown-linux-musl-0.9.3":"bee6515c7476baea4a491a088ad7750cf599d25f4adcd37e0f987d4192c68f24","x86_64-unknown-linux-musl-0.9.4":"89c128a9bb7a0086cc35922401c20099337db84294c7997dd3df79b9f3157c45","x86_64-unknown-linux-musl-0.9.5":"3665ffb6c429c31ad6c778ac0489b7746e691acf025cf530b3510b2f9b1660ff","x86_64-unknown-linux-musl-0.9.6":"8b119693b1c78b6f27a1a9cf435e88011d596e9554bc71254c6ea05bc834efaa","x86_64-unknown-linux-musl-0.9.7":"611d1e4d340c6b78519891d37d512c184f58b5424aebecdbd983585ff659ff16","x86_64-unknown-linux-musl-0.9.8":"7763091b882874ae80d162ff77284032ce83174da68c3a759988c81e677e1286","x86_64-unknown-linux-musl-0.9.9":"b0e4530c1fed09720d7eb703703047f097fe23d6b266945a98422f0a0e5c74b4","x86_64-unknown-linux-musl-0.9.10":"e614681a150d52446eb8f4cf34f90b5d42b609bd1f2615da049449d795bfe5b4","x86_64-unknown-linux-musl-0.9.11":"5cc06fe71374a8883aeb2c83a141a4b5fac8584ee894ba31c5792254508b4e9a","x86_64-unknown-linux-musl-0.9.12":"3621344419cedb7625f0c07c54e876d0a6bb5576b39879b118ed96a6d104fd11","x86_64-unknown-linux-musl-0.9.13":"04cf326d2d742ce5c8890fdc0b9f71bd707be8640979bf6e53ddd52da74dfb41","x86_64-unknown-linux-musl-0.9.14":"2b9636963c700a595d476e387eb8041973d30c5add3193a8710a4306442ee74b","x86_64-unknown-linux-musl-0.9.15":"7037889adb182ce50379b3a789154ad6be00397b892fec9e93e11c457945aec0","x86_64-unknown-linux-musl-0.9.16":"35a26bea6aad2c8eb468cdf69baccc7ab79b3d0971a76a6741a687535a2acfad","x86_64-unknown-linux-musl-0.9.17":"ab616c1851e7b1ed377a9ff3997dcee184bea7eda0b20bc8607abba6c469cbad","x86_64-unknown-linux-musl-0.9.18":"a55ae2d0d53c8f6541bb4d6afc95857ff33a97de8f1d23e9d09acdcb865c4a00","x86_64-unknown-linux-musl-0.9.20":"0de686dcc02e0b045980779e7330f2deb98e6cd9ece40d3341bd45c6733e682d","x86_64-unknown-linux-musl-0.9.21":"7abc29b3a06a99fb23564400fe884f5798a1786dc2ca05b6e0f70c53de748ab2","x86_64-unknown-linux-musl-0.9.22":"84d087a8e77a223d80578919894f3103f46ca7c263250c3e0478ce7c38850349","x86_64-unknown-linux-musl-0.9.23":"a824a0f5f7aa67b668f54756284d458a25dea332da6e558d303890d134cc06d1","x86_64-unknown-linux-musl-0.9.24":"cf307aa4271038daa334ca64e75aa40c0c085ce6fa0c0e6f21e41a2b62c7904d","x86_64-unknown-linux-musl-0.9.25":"700776c376ce36ed5b731fcd699e141d897551f5111907987b63897e0c1ad797","x86_64-unknown-linux-musl-0.9.26":"708b752876aeeb753257e1d55470569789e465684c1d3bc1760db26360b6c28b","x86_64-unknown-linux-musl-0.9.27":"9f269bfb9c2e80808c373902af6a4af6cd5f4b4668b28c44aa09639cfed925c5","x86_64-unknown-linux-musl-0.9.28":"83cd032167b6b97ac94830608efe11159b3d485654e39fdb0bf84718ef236afe","x86_64-unknown-linux-musl-0.9.29":"44c93c73e8870e003bda17ab50d433e27d201d0cb28d2bb75351ef1497ffa9db","x86_64-unknown-linux-musl-0.9.30":"1caf8fe092e2005dd4c134ba515c1aa3eea3d3c143f8a1903bcb58fcdf169365","x86_64-unknown-linux-musl-0.10.0":"312d37f31b6f2c3bfc65668ba0efea9f1f9eaf7bc3209fe1a109e5cf861b95fa","x86_64-unknown-linux-musl-0.10.1":"d1a3b08dd9abf9e500541cadd0e2f4b144c99b9265fb00e500c2b5c82a3b4ee8","x86_64-unknown-linux-musl-0.10.2":"c162182ba7dd692794362d76dd183990d6e51553217954106da19bdb6ced211b","x86_64-unknown-linux-musl-0.10.3":"126496b606129eda426dac502af0d910d895f3db81da28efc49b18edf5557741","x86_64-unknown-linux-musl-0.10.4":"18adf097cea30a165ba086c1e72659fec3c5aca056a560e7c39e0164ac871196","x86_64-unknown-linux-musl-0.10.5":"88aeea39c77b6b796ca6b19c0216a577b18095dc450972dac7872a307bb1e160","x86_64-unknown-linux-musl-0.10.6":"01d6ce770da88ce6445acb0a8764c8b1634c9f69c728dca68b19fc7a893f72b9","x86_64-unknown-linux-musl-0.10.7":"992529add6024e67135b1c80617abd2eca7be2cf0b99b3911f923de815bd8dc1","x86_64-unknown-linux-musl-0.10.8":"a4e6ad1aecac61077de548d2cc9ccf2c2f1848863312b3b59fb0d2eb8d8a043c","x86_64-unknown-linux-musl-0.10.9":"433e56874739e92c7cfd661ba9e5f287b376ca612c08c8194a41a98a13158aea","x86_64-unknown-linux-musl-0.10.10":"74544e8755fbc27559e22e29fd561bdc48f91b8bd8323e760a1130f32433bea4","x86_64-unknown-linux-musl-0.10.11":"d78246139dc6cf3ed6d03c84da762686bced7ad1de67977ee372a45b95a1f6d0","x86_64-unknown-linux-musl-0.10.12":"adccf40b5d1939a5e0093081ec2307ea24235adf7c2d96b122c561fa37711c46","x86_64-unknown-linux-musl-0.11.0":"bf6b0757c73d1726faa2a819b155d4d864919a95766720215d78fdcd09d42d26","x86_64-unknown-linux-musl-0.11.1":"4e949471a95b37088a1ff1a585f69abed4d3cd3f921f50709a46b6ba62986d38","x86_64-unknown-linux-musl-0.11.2":"4700d9fc75734247587deb3e25dd2c6c24f4ac69e8fe91d6acad4a6013115c06","x86_64-unknown-linux-musl-0.11.3":"8b40cf16b849634b81a530a3d0a0bcae5f24996ef9ae782976fd69b6266d3b8e","x86_64-unknown-linux-musl-0.11.4":"36ce1c5d8997db9b6a24d0f41646d5509b6d1d8b9448c7325f8248a6ea5d4b00","x86_64-unknown-linux-musl-0.11.5":"ee8a52743ce3979e52872b49c5e58ffa541048cb95132142bff23fe5608d73ea","x86_64-unknown-linux-musl-0.11.6":"aa342a53abe42364093506d7704214d2cdca30b916843e520bc67759a5d20132","x86_64-unknown-linux-musl-0.11.7":"64ddb5f1087649e3f75aa50d139aa4f36ddde728a5295a141e0fa9697bfb7b0f","x86_64-unknown-linux-musl-0.11.8":"de82507d12e31cfc86c1c776238f7c248e48e40d996dedc812d64fdd31c6ed12","x86_64-unknown-linux-musl-0.11.9":"ac3e5051edbf30613b0f90d1c18d4807fea6b246f37490799fee0c1284a658b2","x86_64-unknown-linux-musl-0.11.10":"e3e78e7698d72c133c5ce851a6d60ee83afdc4c0edced382af9fd1f8e11d0105","x86_64-unknown-linux-musl-0.11.11":"80521f18ba83109acd17e0730bd8ff898c3426aa62252c627d63418b353e788a","x86_64-unknown-linux-musl-0.11.12":"591a7557f5ba7e51565f338dd4c50cebc12820ec2ebb8403a4304685f8d53ab9","x86_64-unknown-linux-musl-0.11.13":"5635afc285df86ce6f05f3f22335f9548b0026e58531904482c9670a1c1c65d9","x86_64-unknown-linux-musl-0.11.14":"077d36f45a0cc6d440b653b2d5c53e7731121e99e54b0221267eec5d1cae76ce","x86_64-unknown-linux-musl-0.11.15":"200ccf2f351849c5d6698714e7e7eb9ead1e8c097dbdbb43730e1a4e059ceb87","x86_64-unknown-linux-musl-0.11.16":"1bc4be1be0a000f893b0d1db97906cf392b63fa22fda9a0ecf33d0d4bbb4bc9a","x86_64-unknown-linux-musl-0.11.17":"4231a429d4e0f7c1937d8916658c08a7706cd7872afebeb87203a18c2e0dc28e","x86_64-unknown-linux-musl-0.11.18":"a095a969fc8357f42e35652e0554525a47a29010ddb814bd82650c2ffa7d6d62","x86_64-unknown-linux-musl-0.11.19":"c4c0d0a383413261af5f0f0743e1292f4aafbe907987ed83bd0ac66f0a3d7e20","x86_64-unknown-linux-musl-0.11.20":"a7545a1360d29baa696753af2f41849047b332bcb90e8ea75ad0568e7f865e35","x86_64-unknown-linux-musl-0.11.21":"9dadff5b9e7b1d2d011e41852a1cbca713d9d5d88194f2eb6bd240fa4fb0a719","x86_64-unknown-linux-musl-0.11.22":"b80bd6952ee11b920b5ab2a35dbccddc364f579e5f2e028d115848cdaa72963e","x86_64-unknown-linux-musl-0.11.23":"6be47081100ff1ce0ac7e85ba2ac12e32f2ffa6f946d78bf7f24ee9ce3a46181","x86_64-unknown-linux-musl-0.11.24":"2f9eaa976cf8ad8574623dde6916fb87ec047524fe65b99dc11e44e33eae4bfb","x86_64-unknown-linux-musl-0.11.25":"7195cfcc1785d0c559d4682ad9109f26664b8db4d828d42d66078ef454061891","x86_64-unknown-linux-musl-0.11.26":"62bf1a53501adf4083224b69b33737450ac516935f5a5e483e9dfaf2665084de","x86_64-unknown-linux-musl-0.11.27":"5d5594af1530c7c31e46a8cc0a35ceb4d28f3890049efe2149ac53c9ad121493","x86_64-unknown-linux-musl-0.11.28":"f02146b371c35c287d860f003ece7345c86e358a3fd70a9b63700cd141ee7fb4","x86_64-unknown-linux-musl-0.11.29":"46711858adb2a3acaa9cee00f9060688ad1fd5706aecc005b96a6a7f285a00b7","x86_64-unknown-linux-musl-0.11.30":"023fdd3b59fccfb67b365c69fb34182aaaed1d685d367a57571e3c1468a4c70c","x86_64-unknown-linux-musl-0.11.31":"89048b7e30a6c459fa7e8f2e91cfdc413dc004dcbddc6c2af5e09df123e3246d","x86_64-unknown-linux-musl-0.11.32":"1fd052f196108d87e61fc3d98fe06b4ec758c9a1eb1466a6fd1a436fe45885f2","x86_64-unknown-linux-musl-0.11.33":"3e95b84d8a8b3390c91584d4fd0c4d326e951da2b8fb15a76719368af2795424","x86_64-unknown-linux-musl-0.12.0":"3340a9d8cffc4d801bc1a7459ebfaf5790c79400720d9b6963d806f058526684","x86_64-unknown-linux-musl-0.12.1":"47823f814693bab8623308341369190de30b5c621eec5b1ee20352eae8c7982c","x86_64-unknown-linux-musl-0.12.2":"2dbe8209c9592f6d1009b8565f4bf29813427907bee2236023c013101ede343f","x86_64-unknown-linux-musl-0.12.3":"0643b9fb8c9fb27458e709ce6ff939695013c41975ff7b02d3f3b138d8d4bdb3","x86_64-unknown-linux-musl-0.12.4":"7aef04898775585d636424e52053e5328f2b1779175d5cb47665ff9d7524e8e7","x86_64-unknown-linux-musl-0.12.5":"a4742988791c9aeae68c78150d6cba762062ad2a47e53738c2779d2b596bfcdb"}');
;// CONCATENATED MODULE: ./actions/prepare-python/src/versions.ts

const EXACT = /^v?(\d+)\.(\d+)\.(\d+)$/;
const MINOR = /^v?(\d+)\.(\d+)(?:\.[xX*])?$/;
function parseVersion(text) {
    const match = EXACT.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}
function compareVersions(a, b) {
    const x = parseVersion(a) ?? [0, 0, 0];
    const y = parseVersion(b) ?? [0, 0, 0];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
/** The distinct versions of a `{"<target>-<version>": digest}` table, oldest first. */
function tableVersions(table) {
    const versions = new Set();
    for (const key of Object.keys(table))
        versions.add(key.slice(key.lastIndexOf('-') + 1));
    return [...versions].filter(v => parseVersion(v)).sort(compareVersions);
}
const TABLE = 'the built-in digest table';
const CLAUSE = /^(>=|<=|==|!=|~=|>|<)\s*v?(\d+(?:\.\d+){0,2})(\.\*)?$/;
/** `0.8` -> [0, 8, 0]: PEP 440 pads a shorter release with zeros. */
function padded(text) {
    const [a = 0, b = 0, c = 0] = text.split('.').map(Number);
    return [a, b, c];
}
function compare(x, y) {
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
/** One PEP 440 comparison (`>=0.8`, `<0.9`, `==0.8.*`, `~=0.8.3`, `!=0.8.5`), or undefined. */
function clause(text) {
    const match = CLAUSE.exec(text.trim());
    if (!match)
        return undefined;
    const [, op, release, star] = match;
    const bound = padded(release);
    const parts = release.split('.').map(Number);
    const prefixed = (v) => parts.every((part, i) => v[i] === part);
    if (star) {
        if (op === '==')
            return prefixed;
        if (op === '!=')
            return v => !prefixed(v);
        return undefined;
    }
    switch (op) {
        case '>=':
            return v => compare(v, bound) >= 0;
        case '<=':
            return v => compare(v, bound) <= 0;
        case '>':
            return v => compare(v, bound) > 0;
        case '<':
            return v => compare(v, bound) < 0;
        case '==':
            return v => compare(v, bound) === 0;
        case '!=':
            return v => compare(v, bound) !== 0;
        default: {
            // ~=X.Y[.Z]: at least that, and the same release up to the last part given.
            if (parts.length < 2)
                return undefined;
            const head = parts.slice(0, -1);
            return v => compare(v, bound) >= 0 && head.every((part, i) => v[i] === part);
        }
    }
}
function versions_invalid(value, newest) {
    const example = newest ?? '0.8.22';
    return new errors/* ConfigurationError */.j1(`Input 'uv-version' must be an exact version ('${example}'), a minor version ('0.8' or '0.8.x'), ` +
        `a range of comma-separated comparisons ('>=0.8,<0.9', '~=0.8.3') ` +
        `or empty for the newest in the built-in table${newest ? ` (${newest})` : ''}, got '${value}'.`);
}
/** Parses `uv-version`; `newest` (of the table) only improves the error message. */
function parseVersionRequest(input, newest) {
    const value = input.trim();
    if (!value)
        return { kind: 'newest' };
    const exact = EXACT.exec(value);
    if (exact) {
        return { kind: 'exact', version: `${Number(exact[1])}.${Number(exact[2])}.${Number(exact[3])}` };
    }
    const minor = MINOR.exec(value);
    if (minor) {
        const prefix = `${Number(minor[1])}.${Number(minor[2])}.`;
        return { kind: 'range', text: value, prefix, matches: v => v.startsWith(prefix) };
    }
    const tests = value.split(',').map(clause);
    if (tests.some(test => test === undefined))
        throw versions_invalid(value, newest);
    return {
        kind: 'range',
        text: value,
        matches: v => {
            const parsed = parseVersion(v);
            return parsed !== undefined && tests.every(test => test(parsed));
        }
    };
}
/**
 * The version `request` picks from `known` (oldest first), a list from `source` (the built-in
 * table, or an index page): empty -> the newest; exact -> itself (also when the list does not know
 * it: the digest then comes from `uv-sha256`, the index or the mirror's `.sha256` file); a range ->
 * the newest version in it.
 */
function pickVersion(request, known, source = TABLE) {
    const newest = known[known.length - 1];
    if (request.kind === 'newest') {
        if (!newest)
            throw new errors/* ConfigurationError */.j1(`${capitalize(source)} lists no uv version.`);
        return { version: newest, reason: `newest version in ${source}` };
    }
    if (request.kind === 'exact') {
        return { version: request.version, reason: `exact version '${request.version}'` };
    }
    const matches = known.filter(v => request.matches(v));
    const what = request.prefix ? `${request.prefix}x release` : `release in '${request.text}'`;
    if (matches.length === 0) {
        const range = newest ? ` (it knows ${known[0]} to ${newest})` : ' (it lists none)';
        throw new errors/* ConfigurationError */.j1(`Input 'uv-version' is '${request.text}', but ${source} knows no ${what}${range}; ` +
            (source === TABLE
                ? `give an exact version such as '${newest}' with 'uv-sha256', or a range the table knows ` +
                    `(or set 'uv-index-url' to resolve it from a package index).`
                : `give a version it lists.`));
    }
    return {
        version: matches[matches.length - 1],
        reason: `newest ${request.prefix ? `${request.prefix}x` : `in '${request.text}'`} in ${source}`
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Resolves the `uv-version` input against `known` (default: the built-in table's versions). */
function resolveUvVersion(input, known, source = TABLE) {
    return pickVersion(parseVersionRequest(input, known[known.length - 1]), known, source);
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/inputs.ts





const DEFAULT_MIRROR = 'https://github.com/astral-sh/uv/releases/download';
const DEFAULT_NOX_VERSION = '2026.10.20';
const DEFAULT_DEPENDENCY_GLOBS = ['**/uv.lock', '**/pyproject.toml', '**/requirements*.txt'];
const KNOWN_CHECKSUMS = known_checksums_namespaceObject;
// PEP 440 release versions with optional pre, post and dev parts.
const NOX_VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;
// A uv Python request: `3.13`, `3.13.1`, `>=3.12`, `cpython@3.13`, `pypy3.10`, a path.
const PYTHON_REQUEST = /^[A-Za-z0-9._@+:/\\<>=!~*, -]+$/;
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** The release mirrors; `none` for none (then `uv-index-url` is the only source). */
function parseUvMirrors(values) {
    if (values.length === 1 && values[0] === 'none')
        return [];
    return parseMirrors('uv-mirrors', values, {
        fallback: DEFAULT_MIRROR,
        layout: "{base}/{version}/uv-{target}.tar.gz; or 'none'"
    });
}
function parseIndexUrl(value) {
    if (value === undefined)
        return undefined;
    if (!isHttpUrl(value) || new URL(value).hash) {
        throw new errors/* ConfigurationError */.j1(`Input 'uv-index-url' must be the http(s) base URL of a simple package index (PEP 503/691) such as 'https://pypi.org/simple', got '${value}'.`);
    }
    return value.replace(/\/+$/, '');
}
/**
 * The `uv-version` request and its resolution against the built-in table. With an index a range
 * the table cannot satisfy is left to the index's version list.
 */
function resolveUv(input, index) {
    const known = tableVersions(KNOWN_CHECKSUMS);
    const uvRequest = parseVersionRequest(input, known[known.length - 1]);
    try {
        return { uvRequest, uv: pickVersion(uvRequest, known) };
    }
    catch (error) {
        if (index && uvRequest.kind === 'range' && error instanceof errors/* ConfigurationError */.j1) {
            return { uvRequest, uv: undefined };
        }
        throw error;
    }
}
function parseNoxVersion(value) {
    const version = value ?? DEFAULT_NOX_VERSION;
    if (version === 'none')
        return version;
    const bare = version.replace(/^==/, '');
    if (!NOX_VERSION.test(bare)) {
        throw new errors/* ConfigurationError */.j1(`Input 'nox-version' must be an exact version such as '${DEFAULT_NOX_VERSION}' or 'none', got '${version}'.`);
    }
    return bare;
}
function parsePythonVersion(value) {
    if (value === undefined)
        return undefined;
    if (!PYTHON_REQUEST.test(value)) {
        throw new errors/* ConfigurationError */.j1(`Input 'python-version' must be a uv Python request such as '3.13', '>=3.12' or 'cpython@3.13', got '${value}'.`);
    }
    return value;
}
function readInputs() {
    const uvIndex = parseIndexUrl(getOptional('uv-index-url'));
    const mirrors = parseUvMirrors(getList('uv-mirrors'));
    if (mirrors.length === 0 && !uvIndex) {
        throw new errors/* ConfigurationError */.j1("Input 'uv-mirrors' is 'none' and 'uv-index-url' is empty: there is nowhere to install uv from. Give release mirrors, an index, or both.");
    }
    const globs = getList('cache-dependency-glob');
    return {
        ...resolveUv(getOptional('uv-version') ?? '', uvIndex),
        uvSha256: parseSha256('uv-sha256', getOptional('uv-sha256')),
        mirrors,
        uvIndex,
        pythonVersion: parsePythonVersion(getOptional('python-version')),
        pythonDownloads: getBoolean('python-downloads', false),
        noxVersion: parseNoxVersion(getOptional('nox-version')),
        install: getEnum('install', INSTALL_MODES, 'auto'),
        pythonEnvironment: getEnum('python-environment', PYTHON_ENVIRONMENTS, 'venv'),
        requirements: getList('requirements').length ? getList('requirements') : ['requirements.txt'],
        workingDirectory: getWorkingDirectory(),
        cache: getBoolean('cache', true),
        dependencyGlobs: globs.length ? globs : DEFAULT_DEPENDENCY_GLOBS,
        cacheSuffix: getOptional('cache-suffix'),
        pruneCache: getBoolean('prune-cache', true),
        attempts: getInt('attempts', { min: 1, max: 100, fallback: DEFAULT_NETWORK_ATTEMPTS }),
        retryBudgetMs: getRetryBudget(),
        summary: getBoolean('summary', true)
    };
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/state.ts

const state = createState();

;// CONCATENATED MODULE: ./actions/prepare-python/src/target.ts

const LINUX_ARCH = {
    x64: 'x86_64',
    arm64: 'aarch64',
    arm: 'armv7',
    ia32: 'i686',
    s390x: 's390x',
    riscv64: 'riscv64gc',
    loong64: 'loongarch64'
};
const DARWIN_ARCH = { x64: 'x86_64', arm64: 'aarch64' };
const WINDOWS_ARCH = {
    x64: 'x86_64',
    arm64: 'aarch64',
    ia32: 'i686'
};
function unsupported(p) {
    return new errors/* ActionFailure */.dR(`uv publishes no build for ${p.os}/${p.arch}${p.libc ? ` (${p.libc})` : ''}; ` +
        'supported: linux x64/arm64/arm/ia32/ppc64le/s390x/riscv64/loong64, darwin x64/arm64, windows x64/arm64/ia32.');
}
function uvTarget(p) {
    if (p.os === 'linux') {
        const libc = p.libc ?? 'glibc';
        let arch = LINUX_ARCH[p.arch];
        if (p.arch === 'ppc64')
            arch = p.endianness === 'BE' ? 'powerpc64' : 'powerpc64le';
        if (!arch)
            throw unsupported(p);
        // Only gnu builds exist for these.
        if (libc === 'musl' && ['powerpc64', 'powerpc64le', 's390x', 'loongarch64'].includes(arch)) {
            throw unsupported(p);
        }
        const abi = `${libc === 'musl' ? 'musl' : 'gnu'}${arch === 'armv7' ? 'eabihf' : ''}`;
        return {
            triple: `${arch}-unknown-linux-${abi}`,
            arch,
            libc,
            extension: 'tar.gz',
            binary: 'uv'
        };
    }
    if (p.os === 'darwin') {
        const arch = DARWIN_ARCH[p.arch];
        if (!arch)
            throw unsupported(p);
        return {
            triple: `${arch}-apple-darwin`,
            arch,
            libc: 'none',
            extension: 'tar.gz',
            binary: 'uv'
        };
    }
    if (p.os === 'windows') {
        const arch = WINDOWS_ARCH[p.arch];
        if (!arch)
            throw unsupported(p);
        return {
            triple: `${arch}-pc-windows-msvc`,
            arch,
            libc: 'none',
            extension: 'zip',
            binary: 'uv.exe'
        };
    }
    throw unsupported(p);
}
/** `uv-<triple>.<ext>`. */
function archiveName(target) {
    return `uv-${target.triple}.${target.extension}`;
}
/** `{base}/{version}/uv-{triple}.{ext}`, the upstream release layout. */
function archiveUrl(base, version, target) {
    return `${base.replace(/\/+$/, '')}/${version}/${archiveName(target)}`;
}
/** The archive's member path of the binary: tarballs have a top directory, Windows zips none. */
function binaryMember(target) {
    return target.extension === 'zip' ? target.binary : `uv-${target.triple}/${target.binary}`;
}
/** The built-in digest for a target and version, if the table has one. */
function builtInDigest(table, target, version) {
    return table[`${target.triple}-${version}`];
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/uv-command.ts

// uv's side of the core's retried command: which output marks a transient network or index
// failure, uv's PEP 668 refusal, and a single run whose stdout is collected.
const uv_command_KILL_GRACE_MS = 5000;
/** Output pattern sets that make a failed uv command worth another attempt. */
const UV_RETRY_ON = ['network', 'pip'];
/** uv's refusal to install into an externally managed (PEP 668) interpreter. */
function externallyManaged(tail) {
    return /is externally managed/.test(tail);
}
async function runUvOnce(args, options) {
    let stdout = '';
    const result = await runProcess({
        command: options.uv,
        args,
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeoutMs: options.timeoutMs,
        killGraceMs: uv_command_KILL_GRACE_MS,
        stdout: options.capture ? chunk => (stdout += chunk.toString('utf8')) : undefined
    });
    return { result, stdout };
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/uv-index.ts



// uv from a package index: the project page `{index}/uv/` in either simple-API form (PEP 503 HTML,
// PEP 691 JSON), the `uv` wheel for a platform on it, and where the binaries sit in that wheel.
// Pure functions over the page text; the fetch and the install are run.ts's.
/** What a client asks for (PEP 691): JSON first, HTML accepted. */
const INDEX_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** Not usable from this index (unreadable page, no such version, no wheel for the platform). */
class UvIndexError extends errors/* ActionFailure */.dR {
    constructor(message) {
        super(message);
        this.name = 'UvIndexError';
    }
}
/** `{index}/uv/`: PEP 503's project URL (the name `uv` is already normalized). */
function projectPageUrl(index) {
    return `${index.replace(/\/+$/, '')}/uv/`;
}
const ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    '#39': "'"
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        const lower = name.toLowerCase();
        if (ENTITIES[lower] !== undefined)
            return ENTITIES[lower];
        if (lower.startsWith('#x'))
            return String.fromCodePoint(parseInt(lower.slice(2), 16));
        if (lower.startsWith('#'))
            return String.fromCodePoint(Number(lower.slice(1)));
        return whole;
    });
}
/** The attributes of one start tag's text (`a href="x" data-yanked`); names lower-cased. */
function attributes(tag) {
    const found = new Map();
    const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (const match of tag.matchAll(pattern)) {
        const value = match[2] ?? match[3] ?? match[4] ?? '';
        found.set(match[1].toLowerCase(), decodeEntities(value));
    }
    return found;
}
/** The file at `href` (relative to `base`), its name and the sha256 of its `#sha256=` fragment. */
function fileAt(href, base, name) {
    let url;
    try {
        url = new URL(href, base);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return undefined;
    const fragment = /^#sha256=([0-9a-fA-F]{64})$/.exec(url.hash)?.[1];
    url.hash = '';
    const last = url.pathname.split('/').pop() ?? '';
    let filename = name?.trim() || last;
    try {
        filename = name?.trim() || decodeURIComponent(last);
    }
    catch {
        // a malformed escape: keep the raw name
    }
    if (!filename)
        return undefined;
    return { filename, url: url.href, ...(fragment ? { sha256: fragment.toLowerCase() } : {}) };
}
/** PEP 503: every `<a href>` of the page; the anchor's text is the file name. */
function parseHtmlPage(text, pageUrl) {
    const base = /<base\s[^>]*>/i.exec(text);
    const baseHref = base ? attributes(base[0].slice(5, -1)).get('href') : undefined;
    const root = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const files = [];
    for (const match of text.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
        const attrs = attributes(match[1]);
        const href = attrs.get('href');
        if (!href)
            continue;
        const name = decodeEntities(match[2].replace(/<[^>]*>/g, ''));
        const file = fileAt(href, root, name);
        if (file)
            files.push({ ...file, yanked: attrs.has('data-yanked') });
    }
    return files;
}
/** PEP 691: `files[]` with `filename`, `url`, `hashes.sha256` and `yanked`. */
function parseJsonPage(data, pageUrl) {
    const list = data?.files;
    if (!Array.isArray(list)) {
        throw new UvIndexError(`The index page ${pageUrl} is JSON without a 'files' list (PEP 691).`);
    }
    const files = [];
    for (const entry of list) {
        if (typeof entry?.url !== 'string' || typeof entry.filename !== 'string')
            continue;
        const file = fileAt(entry.url, pageUrl, entry.filename);
        if (!file)
            continue;
        const sha256 = entry.hashes?.sha256;
        // A JSON hash wins over a fragment; anything but 64 hex characters is no digest.
        const digest = typeof sha256 === 'string' && isSha256(sha256) ? sha256.toLowerCase() : file.sha256;
        const { sha256: _fragment, ...rest } = file;
        files.push({
            ...rest,
            ...(digest ? { sha256: digest } : {}),
            // `true`, or a non-empty reason (PEP 691); `false` and absent mean not yanked.
            yanked: entry.yanked === true || (typeof entry.yanked === 'string' && entry.yanked !== '')
        });
    }
    return files;
}
/** Either form of the page, told apart by its first character: JSON is an object. */
function parseIndexPage(text, pageUrl) {
    const body = text.replace(/^\uFEFF/, '').trimStart();
    if (!body.startsWith('{'))
        return parseHtmlPage(text, pageUrl);
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (error) {
        throw new UvIndexError(`The index page ${pageUrl} is not valid JSON: ${error.message}.`);
    }
    return parseJsonPage(data, pageUrl);
}
/** A `uv-X.Y.Z-{python}-{abi}-{platforms}.whl` file (PEP 427), or undefined. */
function parseWheel(file) {
    const match = /^uv-([^-]+)-(?:\d[^-]*-)?[^-]+-[^-]+-([^-]+)\.whl$/i.exec(file.filename);
    if (!match || !parseVersion(match[1]))
        return undefined;
    return { ...file, version: match[1], platforms: match[2].split('.') };
}
// The wheel architecture names (PEP 600 / 656 tags) of uv's release architectures.
const LINUX_WHEEL_ARCH = {
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
const WINDOWS_TAG = {
    x86_64: 'win_amd64',
    i686: 'win32',
    aarch64: 'win_arm64'
};
/** Whether a wheel platform tag runs on the target, and the target in wheel words. */
function platformTags(target) {
    const triple = target.triple;
    if (triple.includes('-linux-')) {
        const arch = LINUX_WHEEL_ARCH[target.arch];
        if (target.libc === 'musl') {
            const tag = new RegExp(`^musllinux_\\d+_\\d+_${arch}$`);
            return { describe: `linux ${arch} musl (musllinux_*_${arch})`, matches: t => tag.test(t) };
        }
        const tag = new RegExp(`^manylinux(?:1|2010|2014|_\\d+_\\d+)_${arch}$`);
        return { describe: `linux ${arch} glibc (manylinux*_${arch})`, matches: t => tag.test(t) };
    }
    if (triple.endsWith('-apple-darwin')) {
        const arch = target.arch === 'aarch64' ? 'arm64' : 'x86_64';
        const tag = new RegExp(`^macosx_\\d+_\\d+_(?:${arch}|universal2)$`);
        return { describe: `macOS ${arch} (macosx_*_${arch})`, matches: t => tag.test(t) };
    }
    const tag = WINDOWS_TAG[target.arch];
    return { describe: `Windows ${target.arch} (${tag})`, matches: t => t === tag };
}
/** Every wheel of uv on the page, parsed; other files (sdists, other projects) left out. */
function wheelsOf(files) {
    return files.map(parseWheel).filter((wheel) => wheel !== undefined);
}
/** The versions (oldest first) with a wheel for the target that is not yanked. */
function installableVersions(wheels, target) {
    const { matches } = platformTags(target);
    const versions = new Set(wheels.filter(w => !w.yanked && w.platforms.some(matches)).map(w => w.version));
    return [...versions].sort(compareVersions);
}
const SHOWN = 12;
function names(wheels) {
    const shown = wheels.slice(0, SHOWN).map(w => w.filename + (w.yanked ? ' (yanked)' : ''));
    return shown.join(', ') + (wheels.length > SHOWN ? `, and ${wheels.length - SHOWN} more` : '');
}
/**
 * The wheel of `version` for the target: not yanked, an arch-specific tag before a universal one.
 * Throws a UvIndexError naming the platform and the wheels the page has.
 */
function selectWheel(wheels, version, target, pageUrl) {
    const { describe, matches } = platformTags(target);
    const same = wheels.filter(w => compareVersions(w.version, version) === 0);
    if (same.length === 0) {
        const known = [...new Set(wheels.map(w => w.version))].sort(compareVersions);
        throw new UvIndexError(`The index page ${pageUrl} has no uv ${version} wheel (it has ${known.length
            ? `${known.length} version(s), ${known[0]} to ${known[known.length - 1]}`
            : 'no uv wheel'}).`);
    }
    const usable = same.filter(w => !w.yanked && w.platforms.some(matches));
    if (usable.length === 0) {
        const yanked = same.some(w => w.yanked && w.platforms.some(matches));
        throw new UvIndexError(`The index page ${pageUrl} has no ${yanked ? 'unyanked ' : ''}uv ${version} wheel for ${describe}; its uv ${version} wheels: ${names(same)}.`);
    }
    const universal = (w) => w.platforms.every(p => p.endsWith('_universal2'));
    return usable.find(w => !universal(w)) ?? usable[0];
}
/** The members for `uv` and `uvx` in a uv wheel: `uv-X.Y.Z.data/scripts/` (PEP 427's data directory). */
function wheelBinaries(version, target) {
    const exe = target.extension === 'zip' ? '.exe' : '';
    return ['uv', 'uvx'].map(binary => ({
        member: `uv-${version}.data/scripts/${binary}${exe}`,
        name: `${binary}${exe}`
    }));
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/run.ts

















const PYTHON_FIND_TIMEOUT_MS = 60_000;
/** `uv <args>` in the working directory, retried on transient network and index failures. */
async function uvRetried(uv, args, inputs, logger) {
    await runRetriedCommand({
        command: uv,
        args,
        label: `uv ${args.join(' ')}`,
        cwd: inputs.workingDirectory,
        attempts: inputs.attempts,
        budgetMs: inputs.retryBudgetMs,
        retryOn: UV_RETRY_ON,
        logger
    });
}
/** Checks the project files now, so that a bad `install` fails before anything is downloaded. */
function plan(inputs) {
    const dir = inputs.workingDirectory;
    const present = inputs.requirements.filter(file => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, file)));
    try {
        return planInstall(inputs.install, {
            hasLock: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'uv.lock')),
            requirements: present,
            missingRequirements: inputs.requirements.filter(file => !present.includes(file))
        }, inputs.pythonEnvironment);
    }
    catch (error) {
        if (error instanceof PlanError)
            throw new errors/* ConfigurationError */.j1(error.message);
        throw error;
    }
}
function currentTarget() {
    const platform = currentPlatform();
    if (!platform)
        throw new errors/* ActionFailure */.dR(`uv publishes no build for ${process.platform}.`);
    return uvTarget({ ...platform, endianness: (0,external_node_os_.endianness)() });
}
function osId() {
    if (process.platform === 'linux') {
        try {
            return `linux-${osReleaseId((0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8')) ?? 'unknown'}`;
        }
        catch {
            return 'linux';
        }
    }
    if (process.platform === 'darwin')
        return `darwin-${(0,external_node_os_.release)().split('.')[0]}`;
    return process.platform;
}
/** The environment later steps (and our own uv commands) get. */
function exportEnvironment(inputs) {
    const cwd = process.cwd();
    const cacheDir = resolvePath(process.env.UV_CACHE_DIR || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'uv'), cwd);
    exportVariable('UV_CACHE_DIR', cacheDir);
    exportVariable('NOX_DEFAULT_VENV_BACKEND', 'uv');
    if (!inputs.pythonDownloads)
        exportVariable('UV_PYTHON_DOWNLOADS', 'never');
    if (inputs.pythonVersion)
        exportVariable('UV_PYTHON', inputs.pythonVersion);
    const toolBinDir = resolvePath(process.env.UV_TOOL_BIN_DIR || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'bin'), cwd);
    exportVariable('UV_TOOL_BIN_DIR', toolBinDir);
    addPath(toolBinDir);
    return { cacheDir, toolBinDir };
}
const INDEX_PAGE_MAX_BYTES = 32 * 1024 * 1024;
function installOptions(inputs, target, logger) {
    return {
        attempts: inputs.attempts,
        logger,
        toolCacheArch: target.triple,
        actionsCache: inputs.cache
    };
}
function toolSpec(version, target, binaries) {
    return { name: 'uv', version, os: process.platform, arch: target.triple, binaries };
}
/** From the release mirrors: `{base}/{version}/uv-{target}.tar.gz`. */
async function installFromMirrors(inputs, uv, target, logger) {
    const version = uv.version;
    const name = archiveName(target);
    const urls = inputs.mirrors.map(base => archiveUrl(base, version, target));
    const builtIn = builtInDigest(KNOWN_CHECKSUMS, target, version);
    if (!inputs.uvSha256 && !builtIn) {
        logger.warning(`uv ${version} for ${target.triple} is not in the built-in digest table; its digest will come from the mirror's ${name}.sha256 file. Give 'uv-sha256' to pin it.`);
    }
    const member = (file) => binaryMember({ ...target, binary: file });
    const exe = target.extension === 'zip' ? '.exe' : '';
    const tool = await installTool({
        ...toolSpec(version, target, [
            { member: member(`uv${exe}`), name: `uv${exe}` },
            { member: member(`uvx${exe}`), name: `uvx${exe}` }
        ]),
        archiveName: name,
        urls,
        format: target.extension,
        digest: {
            input: inputs.uvSha256,
            builtIn,
            checksumFile: { urls: urls.map(url => `${url}.sha256`), parse: parseChecksumList }
        }
    }, installOptions(inputs, target, logger));
    return { tool, uv };
}
/**
 * From a simple index: the project page, the version (a range from its list), the wheel for the
 * platform, verified against `uv-sha256` or the index's sha256 (none at all: fail closed).
 */
async function installFromIndex(inputs, index, target, logger) {
    const options = installOptions(inputs, target, logger);
    // An exact version already in the tool cache needs no request at all.
    if (inputs.uv && inputs.uvRequest.kind !== 'range') {
        const binaries = wheelBinaries(inputs.uv.version, target);
        const tool = await findInstalled({ ...toolSpec(inputs.uv.version, target, binaries), digest: { input: inputs.uvSha256 } }, options);
        if (tool)
            return { tool, uv: inputs.uv };
    }
    const page = projectPageUrl(index);
    let text;
    try {
        ({ text } = await fetchText([page], {
            attempts: inputs.attempts,
            budgetMs: inputs.retryBudgetMs,
            logger,
            headers: { Accept: INDEX_ACCEPT },
            maxTextBytes: INDEX_PAGE_MAX_BYTES
        }));
    }
    catch (error) {
        if (!(error instanceof DownloadError))
            throw error;
        throw new UvIndexError(`The index page ${page} could not be read: ${error.failures.map(f => f.error).join('; ')}.`);
    }
    const wheels = wheelsOf(parseIndexPage(text, page));
    let uv = inputs.uv;
    if (!uv || inputs.uvRequest.kind === 'range') {
        try {
            uv = pickVersion(inputs.uvRequest, installableVersions(wheels, target), `the index ${page}`);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw new UvIndexError(error.message);
            throw error;
        }
        logger.info(`uv ${uv.version} (${uv.reason}) for ${target.triple}`);
    }
    const wheel = selectWheel(wheels, uv.version, target, page);
    if (!inputs.uvSha256 && !wheel.sha256) {
        throw new errors/* ActionFailure */.dR(`The index page ${page} gives no sha256 for ${wheel.filename} (neither a '#sha256=' fragment nor 'hashes.sha256'), so it cannot be verified; nothing was installed. Give its digest as 'uv-sha256', or use an index that publishes digests.`);
    }
    const tool = await installTool({
        ...toolSpec(uv.version, target, wheelBinaries(wheel.version, target)),
        archiveName: wheel.filename,
        urls: [wheel.url],
        format: 'zip',
        digest: {
            input: inputs.uvSha256,
            index: wheel.sha256 ? { sha256: wheel.sha256, url: page } : undefined
        }
    }, options);
    return { tool, uv };
}
/** The index first when there is one, then the release mirrors. */
async function installUv(inputs, target, logger) {
    if (!inputs.uvIndex)
        return installFromMirrors(inputs, inputs.uv, target, logger);
    try {
        return await installFromIndex(inputs, inputs.uvIndex, target, logger);
    }
    catch (error) {
        // A download failure of the wheel or an index that cannot serve it: the release mirrors may.
        // A digest mismatch or a missing digest is never passed over.
        const fallback = error instanceof UvIndexError || error instanceof DownloadError;
        if (!fallback)
            throw error;
        if (inputs.mirrors.length === 0) {
            throw new errors/* ActionFailure */.dR(`${(0,errors/* errorMessage */.gJ)(error)} There is no release mirror to try instead ('uv-mirrors' is 'none').`);
        }
        if (!inputs.uv) {
            throw new errors/* ActionFailure */.dR(`${(0,errors/* errorMessage */.gJ)(error)} The release mirrors cannot be tried instead: the built-in digest table knows no release in '${inputs.uvRequest.kind === 'range' ? inputs.uvRequest.text : ''}'.`);
        }
        logger.warning(`${(0,errors/* errorMessage */.gJ)(error)} Trying the release mirrors.`);
        if (inputs.uvRequest.kind === 'range') {
            logger.info(`uv ${inputs.uv.version} (${inputs.uv.reason}) for ${target.triple}`);
        }
        return installFromMirrors(inputs, inputs.uv, target, logger);
    }
}
/** Runs the version script with `python`; undefined when it cannot start or says nothing usable. */
async function probePython(python, cwd) {
    let out = '';
    const probe = await runProcess({
        command: python,
        args: ['-I', '-S', '-c', PYTHON_VERSION_SCRIPT],
        cwd,
        timeoutMs: PYTHON_FIND_TIMEOUT_MS,
        killGraceMs: 1000,
        stdout: chunk => (out += chunk.toString('utf8'))
    });
    const parsed = probe.exitCode === 0 ? parsePythonProbe(out) : undefined;
    const majorMinor = parsed && pythonMajorMinor(parsed.version, parsed.freeThreaded);
    if (!parsed || !majorMinor)
        return undefined;
    return { path: parsed.executable || python, version: parsed.version, majorMinor };
}
/**
 * The interpreter uv will use. Without a `python-version` or a `.python-version` file that is the
 * `python3` on PATH, asked directly (one fast process); otherwise `uv python find` decides.
 */
async function findPython(uv, inputs, logger) {
    const cwd = inputs.workingDirectory;
    if (!inputs.pythonVersion && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, '.python-version'))) {
        const onPath = await probePython(process.platform === 'win32' ? 'python' : 'python3', cwd);
        if (onPath)
            return onPath;
    }
    if (inputs.pythonDownloads && inputs.pythonVersion) {
        await uvRetried(uv, pythonInstallArgs(inputs.pythonVersion), inputs, logger);
    }
    const find = await runUvOnce(pythonFindArgs(inputs.pythonVersion), {
        uv,
        cwd,
        capture: true,
        timeoutMs: PYTHON_FIND_TIMEOUT_MS
    });
    const path = find.stdout.trim().split('\n').pop()?.trim() ?? '';
    if (find.result.exitCode !== 0 || !path) {
        throw new errors/* ActionFailure */.dR(`uv found no Python interpreter${inputs.pythonVersion ? ` for '${inputs.pythonVersion}'` : ''} ` +
            `(uv python find: exit code ${find.result.exitCode}). Use an image with Python` +
            `${inputs.pythonDownloads ? '' : ", or set 'python-downloads: true' with a 'python-version'"}.`);
    }
    const found = await probePython(path, cwd);
    if (!found)
        throw new errors/* ActionFailure */.dR(`Could not read the version of the Python at ${path}.`);
    return { ...found, path };
}
/** The hash of the files `cache-dependency-glob` matches (found in `files`); logs which. */
function hashDependencies(inputs, files, logger) {
    const dir = inputs.workingDirectory;
    if (files.length === 0) {
        // Without caching a key that never changes harms nothing.
        if (!inputs.cache)
            return undefined;
        logger.warning(`No file matches 'cache-dependency-glob' (${inputs.dependencyGlobs.join(', ')}) in ${dir}: the uv cache key will never change, so the cache will only grow stale.`);
        return undefined;
    }
    logger.info(`Cache key from ${files.length} file(s): ${files.join(', ')}`);
    return dependencyHash(files.map(path => ({ path, content: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path)) })));
}
function summary(inputs, report, phases) {
    const rows = [
        report.uv ? installRow(report.uv) : [],
        report.python ? [code('python'), report.python.version, code(report.python.path), ''] : [],
        report.nox ? [code('nox'), report.nox, code('uv tool install'), ''] : []
    ].filter(row => row.length);
    return renderSummary({
        title: 'prepare-python',
        faultsAbsorbed: stepLedger().absorbed(),
        tables: [{ head: INSTALL_HEAD, rows }],
        notes: [
            `**dependencies:** ${report.installed ?? 'none'}`,
            `**uv cache:** ${inputs.cache ? report.cache : 'off'}`
        ],
        phases: phases.list()
    });
}
async function run(deps = {}) {
    // 1. Everything that can be wrong with the inputs fails here, before any download.
    const { inputs, logger } = resolveRunDeps(deps, readInputs);
    const installPlan = plan(inputs);
    const target = currentTarget();
    // A range with an index is resolved (and logged) once the index page is read.
    if (inputs.uv && (!inputs.uvIndex || inputs.uvRequest.kind !== 'range')) {
        logger.info(`uv ${inputs.uv.version} (${inputs.uv.reason}) for ${target.triple}`);
    }
    const phases = new Phases(logger);
    const report = { cache: 'miss' };
    // 2. uv.
    const { cacheDir } = exportEnvironment(inputs);
    const { tool, uv: resolved } = await phases.run('uv', () => installUv(inputs, target, logger));
    report.uv = tool;
    const uv = tool.paths[target.extension === 'zip' ? 'uv.exe' : 'uv'];
    setOutput('uv-version', resolved.version);
    setOutput('uv-path', uv);
    state.set('uv-path', uv);
    state.set('uv-version', resolved.version);
    if (tool.needsSave) {
        state.setJson('tool-save', { cacheKey: tool.cacheKey, cachePaths: tool.cachePaths });
    }
    // 3. Python, the cache key and the uv cache. @actions/cache takes ~100 ms to load: let it load
    // while uv looks for the interpreter.
    if (inputs.cache && cacheServiceConfigured())
        void Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(581), __nccwpck_require__.e(304)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4304)).catch(() => undefined);
    const dependencyFiles = glob(inputs.workingDirectory, inputs.dependencyGlobs);
    dependencyFiles.catch(() => undefined);
    const python = await phases.run('python', () => findPython(uv, inputs, logger));
    report.python = python;
    setOutput('python-version', python.version);
    setOutput('python-path', python.path);
    logger.info(`Python ${python.version} at ${python.path}`);
    const keys = cacheKeys({
        os: osId(),
        arch: target.arch,
        libc: target.libc,
        python: python.majorMinor,
        dependencyHash: hashDependencies(inputs, await dependencyFiles, logger),
        suffix: inputs.cacheSuffix
    });
    setOutput('cache-key', keys.key);
    let matchedKey = '';
    if (inputs.cache) {
        const restored = await phases.run('cache', () => restoreCache([cacheDir], keys.key, keys.restoreKeys, { logger }));
        matchedKey = restored.matchedKey ?? '';
        state.set('cache-key', keys.key);
        state.set('cache-matched-key', matchedKey);
        state.set('cache-dir', cacheDir);
        state.set('prune', String(inputs.pruneCache));
    }
    const cacheHit = matchedKey !== '' && matchedKey.toLowerCase() === keys.key;
    report.cache = cacheHit
        ? `hit ${code(keys.key)}`
        : matchedKey
            ? `restored ${code(matchedKey)} for ${code(keys.key)}`
            : `miss ${code(keys.key)}`;
    setOutput('cache-hit', String(cacheHit));
    setOutput('cache-matched-key', matchedKey);
    // 4. The project's dependencies (in a virtual environment unless `python-environment: system`)
    // and nox, each under the retry loop.
    const cwd = inputs.workingDirectory;
    const projectEnvironment = (0,external_node_path_.resolve)(cwd, process.env.UV_PROJECT_ENVIRONMENT || '.venv');
    const venv = planEnvironment(installPlan, projectEnvironment);
    try {
        await phases.run('dependencies', async () => {
            if (venv && installPlan.kind === 'requirements') {
                await uvRetried(uv, venvArgs(python.path, venv), inputs, logger);
            }
            const args = installArgs(installPlan, projectEnvironment);
            if (args) {
                await uvRetried(uv, args, inputs, logger);
                report.installed = `${code(`uv ${args.join(' ')}`)}${venv ? ` into ${code(venv)}` : ''}`;
            }
            else if (installPlan.kind === 'none')
                logger.info(`No dependencies installed: ${installPlan.reason}`);
        });
        const nox = noxArgs(inputs.noxVersion);
        if (nox) {
            await phases.run('nox', () => uvRetried(uv, nox, inputs, logger));
            report.nox = inputs.noxVersion;
        }
    }
    catch (error) {
        if (error instanceof CommandError) {
            throw withCause(new errors/* ActionFailure */.dR(`${error.message}${error.transient ? ` after ${error.attempt} attempt(s) (${error.transient}; 'retry-budget' ${duration_formatDuration(inputs.retryBudgetMs)})` : ' (the output matched no transient-failure pattern, so it was not retried)'}${externallyManaged(error.result.tail) ? ". The interpreter is externally managed (PEP 668) and refuses a system install: use 'python-environment: venv' (the default)" : ''}`), causeOf(error));
        }
        throw new errors/* ActionFailure */.dR((0,errors/* errorMessage */.gJ)(error));
    }
    // Later steps run in the environment: its bin first on PATH, VIRTUAL_ENV for uv, pip and tools.
    if (venv) {
        exportVariable('VIRTUAL_ENV', venv);
        addPath(venvBinDir(venv, process.platform));
        logger.info(`Virtual environment ${venv} activated for later steps`);
    }
    setOutput('nox-version', inputs.noxVersion === 'none' ? '' : inputs.noxVersion);
    state.set('install-ok', 'true');
    if (inputs.summary)
        appendSummary(summary(inputs, report, phases));
}

;// CONCATENATED MODULE: ./actions/prepare-python/src/main.ts


void runAction(run, { name: 'prepare-python' });

