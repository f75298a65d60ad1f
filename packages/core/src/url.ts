// Text that may be a URL, made fit for a log, a summary or the ledger.

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A URL without user, password, query or fragment. Text that is not a URL (a command name, a cache
 * key) comes back unchanged; text that only looks like one (`scheme://...` that does not parse) is
 * withheld, since it may still hold credentials.
 */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return URL_LIKE.test(text) ? '(invalid URL)' : text;
  }
  if (!url.host) return text;
  // `http://host` stays as written: URL adds a `/` path to it.
  const bare = url.pathname === '/' && !text.split(/[?#]/)[0].endsWith('/');
  return `${url.protocol}//${url.host}${bare ? '' : url.pathname}`;
}
