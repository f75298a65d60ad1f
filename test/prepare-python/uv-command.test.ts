import {transientReason} from '@ci-actions/core';
import {externallyManaged, UV_RETRY_ON} from '../../actions/prepare-python/src/uv-command';

const transientMatch = (tail: string) => transientReason({tail, exitCode: 2}, UV_RETRY_ON);

// Output of real uv failures: the transient ones are retried, the others are not.
describe('uv failures under the retried command', () => {
  it.each([
    [
      'error: Request failed after 3 retries\n  Caused by: Failed to fetch: `https://pypi.org/simple/nox/`\n  Caused by: error sending request for url (https://pypi.org/simple/nox/)',
      'output matched preset pip'
    ],
    [
      '  Caused by: HTTP status server error (503 Service Unavailable) for url (https://x)',
      'output matched preset pip'
    ],
    [
      '  Caused by: HTTP status client error (429 Too Many Requests) for url (https://x)',
      'output matched preset pip'
    ],
    [
      '  Caused by: dns error: failed to lookup address information: Temporary failure in name resolution',
      'output matched preset network'
    ],
    [
      '  Caused by: connection closed before message completed\n  Caused by: Connection reset by peer (os error 104)',
      'output matched preset network'
    ],
    [
      'error: Failed to download `numpy==2.0.0`\n  Caused by: operation timed out',
      'output matched preset pip'
    ]
  ])('%# retries', (output, name) => {
    expect(transientMatch(output)).toBe(name);
  });

  it.each([
    '  × No solution found when resolving dependencies:\n  ╰─▶ Because there is no version of foo==9.9',
    'error: The lockfile at `uv.lock` needs to be updated, but `--frozen` was provided.',
    'error: No interpreter found for Python >=3.14 in managed installations or search path',
    'error: Failed to parse: `pyproject.toml`'
  ])('%# does not retry', output => {
    expect(transientMatch(output)).toBeUndefined();
  });
});

describe('externallyManaged', () => {
  it.each([
    [
      'Using Python 3.13.5 environment at: /usr\nerror: The interpreter at /usr is externally managed, and indicates the following:\n\n  To install Python packages system-wide, try apt install\n',
      true
    ],
    [
      'error: No interpreter found for Python >=3.14 in managed installations or search path',
      false
    ],
    ['  × No solution found when resolving dependencies', false]
  ])('%# -> %p', (output, expected) => {
    expect(externallyManaged(output)).toBe(expected);
  });
});
