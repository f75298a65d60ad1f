import {ConfigurationError} from '@ci-actions/core';
import {KNOWN_CHECKSUMS} from '../../actions/prepare-python/src/inputs';
import {
  compareVersions,
  resolveUvVersion,
  tableVersions
} from '../../actions/prepare-python/src/versions';

const KNOWN = ['0.8.0', '0.8.9', '0.8.22', '0.9.3', '0.9.30', '0.10.1'];

describe('resolveUvVersion', () => {
  it.each([
    ['', '0.10.1'],
    ['0.8.22', '0.8.22'],
    ['v0.8.22', '0.8.22'],
    ['0.8', '0.8.22'],
    ['0.8.x', '0.8.22'],
    ['0.8.*', '0.8.22'],
    ['0.9', '0.9.30'],
    ['v0.10', '0.10.1'],
    // exact versions need not be in the table: the digest then comes from uv-sha256 or the mirror
    ['0.13.0', '0.13.0'],
    ['0.08.01', '0.8.1'],
    // PEP 440 ranges: the newest version in them
    ['>=0.8', '0.10.1'],
    ['>=0.8,<0.9', '0.8.22'],
    ['>=0.8, <0.9.0', '0.8.22'],
    ['>0.8.0,<=0.8.9', '0.8.9'],
    ['<0.9', '0.8.22'],
    ['==0.9.*', '0.9.30'],
    ['==0.9.3', '0.9.3'],
    ['>=0.9,!=0.9.30,<0.10', '0.9.3'],
    ['!=0.10.*', '0.9.30'],
    ['~=0.8.9', '0.8.22'],
    ['~=0.9', '0.10.1'],
    ['>= v0.9.3 , < 0.9.4', '0.9.3']
  ])('%p -> %s', (input, version) => {
    expect(resolveUvVersion(input, KNOWN).version).toBe(version);
  });

  it.each([
    'latest',
    '0.8.22.1',
    '^0.8',
    'abc',
    '1',
    '0.11',
    '0.11.x',
    '>=0.11',
    '>=0.8,<0.8',
    '~=0',
    '>=0.8.*',
    '>=0.8,,<0.9',
    '=0.8'
  ])('rejects %p naming the input, the value and the allowed forms', input => {
    const attempt = () => resolveUvVersion(input, KNOWN);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/Input 'uv-version'/);
    expect(attempt).toThrow(new RegExp(`'${input.replace(/[.*^]/g, '\\$&')}'`));
  });

  it('names the list a range was resolved against', () => {
    expect(resolveUvVersion('0.9', KNOWN, 'the index http://i/uv/')).toEqual({
      version: '0.9.30',
      reason: 'newest 0.9.x in the index http://i/uv/'
    });
    expect(() => resolveUvVersion('>=1', KNOWN, 'the index http://i/uv/')).toThrow(
      "Input 'uv-version' is '>=1', but the index http://i/uv/ knows no release in '>=1' (it knows 0.8.0 to 0.10.1); give a version it lists."
    );
    expect(() => resolveUvVersion('0.13', [], 'the index http://i/uv/')).toThrow(/lists none/);
  });

  it('orders versions numerically, not as text', () => {
    expect(['0.10.0', '0.9.30', '0.9.4'].sort(compareVersions)).toEqual([
      '0.9.4',
      '0.9.30',
      '0.10.0'
    ]);
  });
});

describe('the built-in table', () => {
  const versions = tableVersions(KNOWN_CHECKSUMS);

  it('holds every version from 0.8.0 to 0.12.5', () => {
    expect(versions[0]).toBe('0.8.0');
    expect(versions[versions.length - 1]).toBe('0.12.5');
    expect(versions).toHaveLength(108);
  });

  it('defaults to its newest version', () => {
    expect(resolveUvVersion('', versions).version).toBe('0.12.5');
  });

  it('has a digest of 64 hex characters for every entry', () => {
    for (const digest of Object.values(KNOWN_CHECKSUMS)) expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
