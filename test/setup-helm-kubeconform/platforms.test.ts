import {
  helmPlatform,
  kubeconformPlatform
} from '../../actions/setup-helm-kubeconform/src/platforms';
import type {OsName} from '@ci-actions/core/platform';

const name = (result: {os: string; arch: string} | undefined) =>
  result ? `${result.os}-${result.arch}` : undefined;

describe('release platforms', () => {
  it.each<[OsName, string, string | undefined]>([
    ['linux', 'x64', 'linux-amd64'],
    ['linux', 'arm64', 'linux-arm64'],
    ['linux', 'arm', 'linux-arm'],
    ['linux', 'ia32', 'linux-386'],
    ['linux', 'ppc64', 'linux-ppc64le'],
    ['linux', 's390x', 'linux-s390x'],
    ['linux', 'riscv64', 'linux-riscv64'],
    ['darwin', 'x64', 'darwin-amd64'],
    ['darwin', 'arm64', 'darwin-arm64'],
    ['windows', 'x64', 'windows-amd64'],
    ['windows', 'arm64', 'windows-arm64'],
    ['darwin', 'ia32', undefined],
    ['windows', 'ia32', undefined],
    ['linux', 'mips', undefined]
  ])('helm on %s/%s: %p', (os, arch, expected) => {
    expect(name(helmPlatform({os, arch}))).toBe(expected);
  });

  it.each<[OsName, string, string | undefined]>([
    ['linux', 'x64', 'linux-amd64'],
    ['linux', 'arm64', 'linux-arm64'],
    ['linux', 'arm', 'linux-armv6'],
    ['linux', 'ia32', 'linux-386'],
    ['darwin', 'x64', 'darwin-amd64'],
    ['darwin', 'arm64', 'darwin-arm64'],
    ['windows', 'x64', 'windows-amd64'],
    ['windows', 'arm64', 'windows-arm64'],
    ['windows', 'ia32', 'windows-386'],
    ['windows', 'arm', 'windows-armv6'],
    ['linux', 's390x', undefined],
    ['linux', 'ppc64', undefined]
  ])('kubeconform on %s/%s: %p', (os, arch, expected) => {
    expect(name(kubeconformPlatform({os, arch}))).toBe(expected);
  });
});
