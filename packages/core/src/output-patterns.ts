// Output patterns of transient failures, by tool. Matched case-insensitively against the tail of a
// failed command's output; a match makes the failure retryable. Shared by retry-run's
// `retry-presets` and by the actions that retry their own network commands (prepare-python).

export const OUTPUT_PATTERNS = {
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
} as const satisfies Record<string, readonly string[]>;

export type OutputPatternName = keyof typeof OUTPUT_PATTERNS;

export const OUTPUT_PATTERN_NAMES = Object.keys(OUTPUT_PATTERNS) as OutputPatternName[];

/** The patterns of the named sets, compiled case-insensitive and multi-line. */
export function compileOutputPatterns(
  names: readonly OutputPatternName[]
): {name: string; regex: RegExp}[] {
  return names.flatMap(name =>
    OUTPUT_PATTERNS[name].map(source => ({name: `preset ${name}`, regex: new RegExp(source, 'im')}))
  );
}
