import {ConfigurationError} from '@ci-actions/core';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  DEFAULT_DEPENDENCY_GLOBS,
  DEFAULT_MIRROR,
  readInputs
} from '../../actions/prepare-python/src/inputs';
import {setInputs, useCleanEnv} from '../helpers/env';

describe('readInputs', () => {
  useCleanEnv();
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'prepare-python-inputs-'));
    process.env.GITHUB_WORKSPACE = workspace;
  });

  it('has the documented defaults', () => {
    const inputs = readInputs();
    expect(inputs).toMatchObject({
      uvRequest: {kind: 'newest'},
      uv: {version: '0.12.5'},
      uvSha256: undefined,
      mirrors: [DEFAULT_MIRROR],
      uvIndex: undefined,
      pythonVersion: undefined,
      pythonDownloads: false,
      noxVersion: '2026.10.20',
      install: 'auto',
      pythonEnvironment: 'venv',
      requirements: ['requirements.txt'],
      workingDirectory: workspace,
      cache: true,
      dependencyGlobs: DEFAULT_DEPENDENCY_GLOBS,
      cacheSuffix: undefined,
      pruneCache: true,
      attempts: 20,
      retryBudgetMs: 120_000,
      summary: true
    });
  });

  it('reads every input', () => {
    setInputs({
      'uv-version': '0.9',
      'uv-sha256': 'sha256:' + 'AB'.repeat(32),
      'uv-mirrors':
        'http://127.0.0.1:1/uv/\nhttps://releases.astral.sh/github/uv/releases/download',
      'uv-index-url': 'https://pypi.example/simple/',
      'python-version': '>=3.12',
      'python-downloads': 'true',
      'nox-version': 'none',
      install: 'requirements',
      'python-environment': 'system',
      requirements: 'a.txt, b.txt',
      'working-directory': '.',
      cache: 'false',
      'cache-dependency-glob': '**/uv.lock\n!vendor/**',
      'cache-suffix': 'lint',
      'prune-cache': 'false',
      attempts: '5',
      'retry-budget': '90s',
      summary: 'false'
    });
    expect(readInputs()).toMatchObject({
      uv: {version: '0.9.30'},
      uvSha256: 'ab'.repeat(32),
      mirrors: ['http://127.0.0.1:1/uv', 'https://releases.astral.sh/github/uv/releases/download'],
      uvIndex: 'https://pypi.example/simple',
      pythonVersion: '>=3.12',
      pythonDownloads: true,
      noxVersion: 'none',
      install: 'requirements',
      pythonEnvironment: 'system',
      requirements: ['a.txt', 'b.txt'],
      cache: false,
      dependencyGlobs: ['**/uv.lock', '!vendor/**'],
      cacheSuffix: 'lint',
      pruneCache: false,
      attempts: 5,
      retryBudgetMs: 90_000,
      summary: false
    });
  });

  it.each<[string, string, RegExp]>([
    ['uv-version', 'latest', /'uv-version'.*'latest'/],
    ['uv-version', '0.7', /'uv-version' is '0.7'.*knows no 0\.7\.x/],
    ['uv-sha256', 'abc', /'uv-sha256' must be a SHA-256 digest.*'abc'/],
    [
      'uv-mirrors',
      'ftp://mirror.example/uv',
      /'uv-mirrors' must be a list of http:\/\/ or https:\/\/ base URLs with the upstream layout.*'ftp:/
    ],
    ['uv-mirrors', 'not a url', /'uv-mirrors'.*'not a url'/],
    ['uv-mirrors', 'none', /'uv-mirrors' is 'none' and 'uv-index-url' is empty/],
    ['uv-index-url', 'file:///srv/simple', /'uv-index-url' must be the http\(s\) base URL.*'file:/],
    [
      'uv-index-url',
      'https://pypi.example/simple#x',
      /'uv-index-url'.*'https:\/\/pypi.example\/simple#x'/
    ],
    ['uv-version', '>=0.13', /'uv-version' is '>=0.13'.*set 'uv-index-url'/],
    ['python-version', '3.13; rm -rf /', /'python-version'.*'3.13; rm -rf \/'/],
    ['python-downloads', 'yes', /'python-downloads' must be true or false, got 'yes'/],
    ['nox-version', 'latest', /'nox-version' must be an exact version.*'latest'/],
    ['nox-version', '>=2024', /'nox-version'.*'>=2024'/],
    [
      'install',
      'pip',
      /'install' must be one of 'auto', 'sync', 'requirements', 'none', got 'pip'/
    ],
    [
      'python-environment',
      'conda',
      /'python-environment' must be one of 'venv', 'system', got 'conda'/
    ],
    ['working-directory', 'does/not/exist', /'working-directory' must be an existing directory/],
    ['cache', 'on', /'cache' must be true or false, got 'on'/],
    ['prune-cache', '1', /'prune-cache' must be true or false/],
    ['attempts', '0', /'attempts' must be an integer from 1 to 100, got '0'/],
    [
      'retry-budget',
      '2 min',
      /Input 'retry-budget' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '2 min'/
    ],
    ['retry-budget', '61m', /Input 'retry-budget' must be a duration from 0ms to 1h, got '61m'/],
    ['attempts', 'three', /'attempts'.*'three'/]
  ])('rejects %s=%p', (name, value, message) => {
    setInputs({[name]: value});
    expect(readInputs).toThrow(ConfigurationError);
    expect(readInputs).toThrow(message);
  });

  it.each<[Record<string, string>, object]>([
    // a range the table cannot satisfy is left to the index
    [{'uv-version': '0.13', 'uv-index-url': 'http://i/simple'}, {uv: undefined}],
    // one it can is resolved against the table too, for the release mirrors
    [{'uv-version': '>=0.8,<0.9', 'uv-index-url': 'http://i/simple'}, {uv: {version: '0.8.24'}}],
    [{'uv-version': '0.13.9', 'uv-index-url': 'http://i/simple'}, {uv: {version: '0.13.9'}}],
    [
      {'uv-mirrors': 'none', 'uv-index-url': 'http://i/simple'},
      {mirrors: [], uvIndex: 'http://i/simple'}
    ]
  ])('with an index: %o', (values, expected) => {
    setInputs(values);
    expect(readInputs()).toMatchObject(expected);
  });

  it('accepts nox-version with a leading ==', () => {
    setInputs({'nox-version': '==2025.5.1'});
    expect(readInputs().noxVersion).toBe('2025.5.1');
  });
});
