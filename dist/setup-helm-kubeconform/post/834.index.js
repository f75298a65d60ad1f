export const id = 834;
export const ids = [834];
export const modules = {

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaKey: () => (/* binding */ schemaKey)
/* harmony export */ });
/* unused harmony exports isoWeek, schemaKeyPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// The kubeconform schema cache: a directory kubeconform fills (`-cache DIR`, one file per schema
// URL, named by the URL's sha256, never invalidated), kept in the Actions cache. The key prefix
// holds the Kubernetes version and the schema locations; `master` moves daily, so it also holds the
// ISO week. The full key adds a digest of the file names, so the post step saves a new entry only
// when kubeconform added schemas.
const sha = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
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
    const locations = sha(options.schemaLocations.join('\n')).slice(0, 16);
    return `ci-actions-kubeconform-schemas-v1-${bucket}-${locations}-`;
}
/** The full key for the files now in the cache directory. */
function schemaKey(prefix, fileNames) {
    return `${prefix}${sha([...fileNames].sort().join('\n')).slice(0, 16)}`;
}


/***/ })

};
