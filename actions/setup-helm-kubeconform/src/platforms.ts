import {goArch, type Platform} from '@ci-actions/core/platform';

// The `{os}-{arch}` names helm and kubeconform publish builds for.

export interface ReleasePlatform {
  readonly os: Platform['os'];
  readonly arch: string;
}

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

export function helmPlatform(platform: Platform): ReleasePlatform | undefined {
  const arch = goArch(platform.arch);
  if (!arch || !HELM_PLATFORMS.has(`${platform.os}-${arch}`)) return undefined;
  return {os: platform.os, arch};
}

export function kubeconformPlatform(platform: Platform): ReleasePlatform | undefined {
  const go = goArch(platform.arch);
  const arch = go === 'arm' ? 'armv6' : go;
  if (!arch || !KUBECONFORM_PLATFORMS.has(`${platform.os}-${arch}`)) return undefined;
  return {os: platform.os, arch};
}
