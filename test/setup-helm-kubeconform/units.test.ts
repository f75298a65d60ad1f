import {
  chartCacheKey,
  httpRepositories,
  missingArchives,
  parseChartLock
} from '../../actions/setup-helm-kubeconform/src/charts';
import {
  parseKubernetesVersion,
  parseToolVersion
} from '../../actions/setup-helm-kubeconform/src/inputs';
import {
  kubeconformArgs,
  shellQuote
} from '../../actions/setup-helm-kubeconform/src/kubeconform-args';
import {
  isoWeek,
  schemaKey,
  schemaKeyPrefix
} from '../../actions/setup-helm-kubeconform/src/schemas';
import {helmDownload, kubeconformDownload} from '../../actions/setup-helm-kubeconform/src/versions';

describe('downloads and built-in digests', () => {
  it.each([
    ['linux', 'x64', 'helm-v3.16.4-linux-amd64.tar.gz', 'linux-amd64/helm', 'fc307327'],
    ['linux', 'arm64', 'helm-v3.16.4-linux-arm64.tar.gz', 'linux-arm64/helm', 'd3f8f15b'],
    ['darwin', 'arm64', 'helm-v3.16.4-darwin-arm64.tar.gz', 'darwin-arm64/helm', 'e2442d8f'],
    ['win32', 'x64', 'helm-v3.16.4-windows-amd64.zip', 'windows-amd64/helm.exe', '9bb114c1'],
    ['linux', 'arm', 'helm-v3.16.4-linux-arm.tar.gz', 'linux-arm/helm', undefined],
    ['linux', 's390x', 'helm-v3.16.4-linux-s390x.tar.gz', 'linux-s390x/helm', undefined]
  ])('helm 3.16.4 on %s/%s', (platform, arch, archive, member, prefix) => {
    const d = helmDownload('3.16.4', platform, arch, ['https://m1', 'https://m2'])!;
    expect(d.archiveName).toBe(archive);
    expect(d.member).toBe(member);
    expect(d.urls).toEqual([`https://m1/${archive}`, `https://m2/${archive}`]);
    expect(d.checksumUrls[0]).toBe(`https://m1/${archive}.sha256sum`);
    expect(d.builtInSha256?.slice(0, 8)).toBe(prefix);
  });

  it.each([
    ['linux', 'x64', 'kubeconform-linux-amd64.tar.gz', 'kubeconform', 'c31518dd'],
    ['linux', 'arm', 'kubeconform-linux-armv6.tar.gz', 'kubeconform', undefined],
    ['win32', 'arm64', 'kubeconform-windows-arm64.zip', 'kubeconform.exe', '85c5b984'],
    ['win32', 'ia32', 'kubeconform-windows-386.zip', 'kubeconform.exe', undefined]
  ])('kubeconform 0.7.0 on %s/%s', (platform, arch, archive, member, prefix) => {
    const d = kubeconformDownload('0.7.0', platform, arch, ['https://gh/dl'])!;
    expect(d.archiveName).toBe(archive);
    expect(d.member).toBe(member);
    expect(d.urls).toEqual([`https://gh/dl/v0.7.0/${archive}`]);
    expect(d.checksumUrls).toEqual(['https://gh/dl/v0.7.0/CHECKSUMS']);
    expect(d.builtInSha256?.slice(0, 8)).toBe(prefix);
  });

  it('has no digest for other versions and no build for unknown platforms', () => {
    expect(helmDownload('3.17.0', 'linux', 'x64', ['https://m'])!.builtInSha256).toBeUndefined();
    expect(kubeconformDownload('0.7.0', 'linux', 's390x', ['https://m'])).toBeUndefined();
    expect(helmDownload('3.16.4', 'aix', 'ppc64', ['https://m'])).toBeUndefined();
  });
});

describe('inputs', () => {
  it.each([
    ['3.16.4', '3.16.4'],
    ['v3.16.4', '3.16.4'],
    ['4.0.0-rc.1', '4.0.0-rc.1'],
    ['none', undefined]
  ])('version %p -> %p', (value, expected) => {
    expect(parseToolVersion('helm-version', value, '3.16.4')).toBe(expected);
  });

  it.each(['latest', '3.16', '3.x', 'v3', ''])('rejects version %p', value => {
    expect(() => parseToolVersion('helm-version', value, '3.16.4')).toThrow(
      /Input 'helm-version' must be an exact version/
    );
  });

  it('kubernetes versions', () => {
    expect(parseKubernetesVersion('1.31.0')).toBe('1.31.0');
    expect(parseKubernetesVersion('master')).toBe('master');
    expect(() => parseKubernetesVersion('1.31')).toThrow(/'master' or a version/);
  });
});

describe('kubeconform-args', () => {
  it.each([
    [{schemaLocations: ['default']}, '-schema-location default'],
    [
      {cacheDir: '/c', schemaLocations: ['default'], kubernetesVersion: '1.31.0'},
      '-cache /c -schema-location default -kubernetes-version 1.31.0'
    ],
    [
      {schemaLocations: ['default', 'https://x/{{ .ResourceKind }}.json']},
      "-schema-location default -schema-location 'https://x/{{ .ResourceKind }}.json'"
    ]
  ])('%p -> %p', (options, expected) => {
    expect(kubeconformArgs(options)).toBe(expected);
  });

  it('quotes single quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});

describe('schema and chart keys', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-w01'],
    ['2024-12-30T00:00:00Z', '2025-w01'],
    ['2021-01-03T00:00:00Z', '2020-w53']
  ])('isoWeek(%s) = %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });

  it('keys on version, locations and the week for master', () => {
    const now = new Date('2026-03-04T00:00:00Z');
    const fixed = schemaKeyPrefix({kubernetesVersion: '1.31.0', schemaLocations: ['default'], now});
    expect(fixed).toMatch(/^ci-actions-kubeconform-schemas-v1-1\.31\.0-[0-9a-f]{16}-$/);
    expect(schemaKeyPrefix({schemaLocations: ['default'], now})).toMatch(/-master-2026-w10-/);
    expect(schemaKeyPrefix({kubernetesVersion: '1.31.0', schemaLocations: ['x'], now})).not.toBe(
      fixed
    );
    expect(schemaKey(fixed, ['b', 'a'])).toBe(schemaKey(fixed, ['a', 'b']));
    expect(schemaKey(fixed, ['a'])).not.toBe(schemaKey(fixed, ['a', 'b']));
  });

  const LOCK = `dependencies:
- name: common
  repository: https://charts.bitnami.com/bitnami
  version: 2.2.4
- name: local
  repository: file://../local
  version: 0.1.0
- name: db
  repository: "oci://registry.example/charts"
  version: 1.0.0
digest: sha256:abc
generated: "2024-01-01T00:00:00Z"
`;

  it('reads Chart.lock', () => {
    expect(parseChartLock(LOCK)).toEqual([
      {name: 'common', repository: 'https://charts.bitnami.com/bitnami', version: '2.2.4'},
      {name: 'local', repository: 'file://../local', version: '0.1.0'},
      {name: 'db', repository: 'oci://registry.example/charts', version: '1.0.0'}
    ]);
    const deps = parseChartLock(LOCK);
    expect(missingArchives(deps, ['common-2.2.4.tgz'])).toEqual(['db-1.0.0.tgz']);
    expect(httpRepositories(deps)).toEqual([
      {name: expect.stringMatching(/^dep-[0-9a-f]{8}$/), url: 'https://charts.bitnami.com/bitnami'}
    ]);
    expect(chartCacheKey('deploy/app', LOCK)).toMatch(/^ci-actions-helm-deps-v1-[0-9a-f]{32}$/);
    expect(chartCacheKey('deploy/other', LOCK)).not.toBe(chartCacheKey('deploy/app', LOCK));
  });
});
