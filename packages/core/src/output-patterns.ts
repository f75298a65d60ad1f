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

/**
 * Why `source` could make the backtracking engine take exponential time, or undefined when it
 * cannot: a repeated group that itself holds a quantifier or an alternation (`(a+)+`, `(a*)*`,
 * `(a|a)*`). Conservative: it also refuses some safe patterns (`(ab|cd)+`); polynomial cases
 * (`a*a*a*b`) pass and are left to the matching deadline.
 */
export function unboundedPatternReason(source: string): string | undefined {
  // One frame per open group: whether it holds a quantifier or an alternation.
  const stack: boolean[] = [false];
  // The atom a quantifier would apply to: a group (and whether it was risky) or anything else.
  let group: boolean | undefined;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      group = undefined;
    } else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      group = undefined;
    } else if (char === '(') {
      stack.push(false);
      group = undefined;
      if (source[i + 1] === '?') {
        const named = source[i + 2] === '<' && !'=!'.includes(source[i + 3]);
        i = named ? source.indexOf('>', i) : i + (source[i + 2] === '<' ? 3 : 2);
        if (i < 0) return undefined;
      }
    } else if (char === ')') {
      const risky = stack.length > 1 ? stack.pop()! : false;
      if (risky) stack[stack.length - 1] = true;
      group = risky;
    } else if (char === '|') {
      stack[stack.length - 1] = true;
      group = undefined;
    } else {
      const counted = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : undefined;
      if (char !== '*' && char !== '+' && char !== '?' && !counted) {
        group = undefined;
        continue;
      }
      const repeats =
        char === '*' ||
        char === '+' ||
        (counted !== undefined &&
          counted !== null &&
          (counted[2] ? counted[3] !== '1' : counted[1] !== '1'));
      if (group === true && repeats) {
        return 'a repeated group holds a quantifier or an alternation (as in (a+)+, (a*)*, (a|a)*)';
      }
      stack[stack.length - 1] = true;
      if (counted) i += counted[0].length - 1;
      if (source[i + 1] === '?') i++;
      group = undefined;
    }
  }
  return undefined;
}

/** Patterns are matched against at most this much of the output: its end. */
export const MATCH_CHARS = 64 * 1024;

/** Where matching stopped: the list and the pattern still running at the deadline. */
export interface MatchTimeout {
  readonly list: number;
  readonly index: number;
}

export interface MatchResult {
  /** For each list, the index of its first pattern that matched, or undefined. */
  readonly first: readonly (number | undefined)[];
  readonly timedOut?: MatchTimeout;
}

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
export async function matchPatterns(
  lists: readonly (readonly RegExp[])[],
  text: string,
  deadlineMs: number
): Promise<MatchResult> {
  const first: (number | undefined)[] = lists.map(() => undefined);
  if (lists.every(list => list.length === 0)) return {first};
  const done = lists.map(list => list.length === 0);
  const position = {list: done.indexOf(false), index: 0};
  if (deadlineMs <= 0) return {first, timedOut: position};
  const {Worker} = await import('node:worker_threads');
  const worker = new Worker(MATCHER, {
    eval: true,
    workerData: {
      lists: lists.map(list => list.map(({source, flags}) => ({source, flags}))),
      text: text.slice(-MATCH_CHARS)
    }
  });
  return new Promise<MatchResult>(resolve => {
    const end = (timedOut?: MatchTimeout): void => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(timedOut ? {first, timedOut} : {first});
    };
    const timer = setTimeout(() => end({...position}), deadlineMs);
    worker.on('message', (message: {list: number; index: number; matched: boolean}) => {
      const list = lists[message.list];
      if (message.matched) first[message.list] = message.index;
      if (message.matched || message.index === list.length - 1) done[message.list] = true;
      const next = done.findIndex(d => !d);
      if (next < 0) return end();
      position.list = next;
      position.index = next === message.list ? message.index + 1 : 0;
    });
    worker.on('error', () => end({...position}));
  });
}
