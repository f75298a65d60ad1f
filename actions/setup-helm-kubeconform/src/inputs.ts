import {
  ConfigurationError,
  getBoolean,
  getInt,
  getList,
  getOptional,
  getRetryBudget,
  DEFAULT_NETWORK_ATTEMPTS,
  parseMirrors,
  splitList
} from '@ci-actions/core';
import {parseSha256} from '@ci-actions/core/digest';
import {DEFAULT_HELM_VERSION, DEFAULT_KUBECONFORM_VERSION} from './versions';

export interface Inputs {
  /** Without the leading `v`; undefined for `none`. */
  readonly helmVersion?: string;
  readonly kubeconformVersion?: string;
  readonly helmSha256?: string;
  readonly kubeconformSha256?: string;
  readonly helmMirrors: string[];
  readonly kubeconformMirrors: string[];
  readonly cache: boolean;
  readonly charts: string[];
  readonly kubernetesVersion?: string;
  readonly schemaLocations: string[];
  readonly schemaCache: boolean;
  /** Upper bound on attempts of each download and helm network command. */
  readonly attempts: number;
  /** How long each network operation is retried after its first failure. */
  readonly retryBudgetMs: number;
  /** Write what was installed, from where, and the time of each phase to the step summary. */
  readonly summary: boolean;
}

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** A `*-version` input: an exact release version, without a leading `v`; undefined for `none`. */
export function parseToolVersion(name: string, value: string | undefined, fallback: string) {
  const text = value ?? fallback;
  if (text === 'none') return undefined;
  const match = VERSION.exec(text);
  if (!match) {
    throw new ConfigurationError(
      `Input '${name}' must be an exact version such as '${fallback}' or 'v${fallback}', or 'none', got '${text}'.${
        /latest|x|\*/.test(text) ? ' Moving versions are not supported: pin one.' : ''
      }`
    );
  }
  return match[1];
}

export function parseKubernetesVersion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(master|\d+\.\d+\.\d+)$/.test(value)) {
    throw new ConfigurationError(
      `Input 'kubernetes-version' must be 'master' or a version such as '1.31.0' (no 'v'), got '${value}'.`
    );
  }
  return value;
}

export function readInputs(): Inputs {
  return {
    helmVersion: parseToolVersion(
      'helm-version',
      getOptional('helm-version'),
      DEFAULT_HELM_VERSION
    ),
    kubeconformVersion: parseToolVersion(
      'kubeconform-version',
      getOptional('kubeconform-version'),
      DEFAULT_KUBECONFORM_VERSION
    ),
    helmSha256: parseSha256('helm-sha256', getOptional('helm-sha256')),
    kubeconformSha256: parseSha256('kubeconform-sha256', getOptional('kubeconform-sha256')),
    helmMirrors: parseMirrors('helm-mirrors', getList('helm-mirrors'), {
      fallback: 'https://get.helm.sh'
    }),
    kubeconformMirrors: parseMirrors('kubeconform-mirrors', getList('kubeconform-mirrors'), {
      fallback: 'https://github.com/yannh/kubeconform/releases/download'
    }),
    cache: getBoolean('cache', true),
    charts: getList('charts'),
    kubernetesVersion: parseKubernetesVersion(getOptional('kubernetes-version')),
    schemaLocations: splitLocations(getOptional('schema-locations') ?? 'default'),
    schemaCache: getBoolean('schema-cache', true),
    attempts: getInt('attempts', {min: 1, max: 100, fallback: DEFAULT_NETWORK_ATTEMPTS}),
    retryBudgetMs: getRetryBudget(),
    summary: getBoolean('summary', true)
  };
}

/** Newline-separated (a template location may contain commas); a single line may use commas. */
function splitLocations(value: string): string[] {
  const lines = value
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
  const list = lines.length === 1 && !lines[0].includes('{{') ? splitList(lines[0]) : lines;
  if (list.length === 0) {
    throw new ConfigurationError(
      `Input 'schema-locations' must list at least one location ('default' or a URL/path), got '${value}'.`
    );
  }
  return list;
}
