import {osName} from '@ci-actions/core/platform';
import {helmPlatform, kubeconformPlatform, type ReleasePlatform} from './platforms';

// The published sha256 digests of the pinned releases (the projects' release checksum files): the
// supply-chain anchor. Only full digests are listed; for the platforms where the reference
// records only a prefix...suffix (helm linux-arm/386/ppc64le/s390x/riscv64, kubeconform
// linux-386/armv6 and windows-386/armv6) the digest comes from the mirror's checksum file.
// A digest here always wins over a mirror's checksum file.

export const HELM_SHA256: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '3.16.4': {
    'linux-amd64': 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179',
    'linux-arm64': 'd3f8f15b3d9ec8c8678fbf3280c3e5902efabe5912e2f9fcf29107efbc8ead69',
    'darwin-amd64': '8dc25671120a4af197afe7ad9041fb8e1dd71bc01e5ef73dba1139cbc9e9f44b',
    'darwin-arm64': 'e2442d8f05d53d84c39b869bc5fe5affad247ee2f4c706a040919c146edb1f94',
    'windows-amd64': '9bb114c12e530a7129fd3d78fc1784e813dd7a6e29e5f9b5af8bc83fd1066d36',
    'windows-arm64': 'a4afeee93031920ec08b7e880c859a159bcd222837a81196cadaeb42408ad0b3'
  }
};

export const KUBECONFORM_SHA256: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '0.7.0': {
    'linux-amd64': 'c31518ddd122663b3f3aa874cfe8178cb0988de944f29c74a0b9260920d115d3',
    'linux-arm64': 'cc907ccf9e3c34523f0f32b69745265e0a6908ca85b92f41931d4537860eb83c',
    'darwin-amd64': 'c6771cc894d82e1b12f35ee797dcda1f7da6a3787aa30902a15c264056dd40d4',
    'darwin-arm64': 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
    'windows-amd64': '9cb75551d81c909c2241ab383ced2be68363b5bfb15fd989badcc5a63bea5d7e',
    'windows-arm64': '85c5b984950e2783cafac58cac432f35c5003d45ba1dee47d70f05e471960c55'
  }
};

export const DEFAULT_HELM_VERSION = '3.16.4';
export const DEFAULT_KUBECONFORM_VERSION = '0.7.0';

export interface Download {
  readonly name: 'helm' | 'kubeconform';
  readonly version: string;
  readonly os: string;
  readonly arch: string;
  readonly archiveName: string;
  /** Archive URL per mirror. */
  readonly urls: string[];
  /** Checksum file URL per mirror. */
  readonly checksumUrls: string[];
  readonly member: string;
  readonly binary: string;
  readonly builtInSha256?: string;
}

function releasePlatform(
  map: typeof helmPlatform,
  platform: string,
  arch: string
): ReleasePlatform | undefined {
  const os = osName(platform);
  return os ? map({os, arch}) : undefined;
}

/** helm: `{base}/helm-v{version}-{os}-{arch}.tar.gz` (.zip on Windows), `{archive}.sha256sum`. */
export function helmDownload(
  version: string,
  platform: string,
  arch: string,
  mirrors: readonly string[]
): Download | undefined {
  const target = releasePlatform(helmPlatform, platform, arch);
  if (!target) return undefined;
  const ext = target.os === 'windows' ? 'zip' : 'tar.gz';
  const exe = target.os === 'windows' ? '.exe' : '';
  const archiveName = `helm-v${version}-${target.os}-${target.arch}.${ext}`;
  return {
    name: 'helm',
    version,
    os: target.os,
    arch: target.arch,
    archiveName,
    urls: mirrors.map(base => `${base}/${archiveName}`),
    checksumUrls: mirrors.map(base => `${base}/${archiveName}.sha256sum`),
    member: `${target.os}-${target.arch}/helm${exe}`,
    binary: `helm${exe}`,
    builtInSha256: HELM_SHA256[version]?.[`${target.os}-${target.arch}`]
  };
}

/** kubeconform: `{base}/v{version}/kubeconform-{os}-{arch}.tar.gz` (.zip on Windows), `v{version}/CHECKSUMS`. */
export function kubeconformDownload(
  version: string,
  platform: string,
  arch: string,
  mirrors: readonly string[]
): Download | undefined {
  const target = releasePlatform(kubeconformPlatform, platform, arch);
  if (!target) return undefined;
  const ext = target.os === 'windows' ? 'zip' : 'tar.gz';
  const exe = target.os === 'windows' ? '.exe' : '';
  const archiveName = `kubeconform-${target.os}-${target.arch}.${ext}`;
  return {
    name: 'kubeconform',
    version,
    os: target.os,
    arch: target.arch,
    archiveName,
    urls: mirrors.map(base => `${base}/v${version}/${archiveName}`),
    checksumUrls: mirrors.map(base => `${base}/v${version}/CHECKSUMS`),
    member: `kubeconform${exe}`,
    binary: `kubeconform${exe}`,
    builtInSha256: KUBECONFORM_SHA256[version]?.[`${target.os}-${target.arch}`]
  };
}
