import {describeContext, type TrustContext, type Untrusted} from './context';
import type {OnMissing} from './inputs';

// From the names, which of them hold a value, the trust of the run and `on-missing`: the mode,
// the outputs and, when the step must fail, a message that lists names only.

export type Mode = 'online' | 'offline';
export type Reason = 'all-present' | Untrusted | 'missing-in-trusted-context' | 'missing';

/** Filled in by the runner itself; on a fork's pull request they are read-only. */
export const AUTOMATIC_TOKENS: readonly string[] = ['GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'];

export interface DecideInput {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Names whose value is set and not only white space. */
  readonly set: ReadonlySet<string>;
  readonly context: TrustContext;
  readonly onMissing: OnMissing;
}

export interface Decision {
  readonly mode: Mode;
  /** Every required name is present. */
  readonly ok: boolean;
  /** Required and optional names together, in input order. */
  readonly present: readonly string[];
  readonly missing: readonly string[];
  readonly requiredMissing: readonly string[];
  /** Automatic tokens that hold a value but do not count, the context being untrusted. */
  readonly discounted: readonly string[];
  readonly reason: Reason;
  /** Set when the step must fail. */
  readonly failure?: string;
}

/** A value that is empty or only white space is missing. */
export function hasValue(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

export function decide(input: DecideInput): Decision {
  const {context} = input;
  const counts = (name: string): boolean =>
    input.set.has(name) && (context.trusted || !AUTOMATIC_TOKENS.includes(name));
  const names = [...input.required, ...input.optional.filter(n => !input.required.includes(n))];
  const present = names.filter(counts);
  const missing = names.filter(name => !counts(name));
  const requiredMissing = input.required.filter(name => !counts(name));
  const discounted = names.filter(name => input.set.has(name) && !counts(name));
  const result = {present, missing, requiredMissing, discounted};
  if (requiredMissing.length === 0) {
    return {...result, mode: 'online', ok: true, reason: 'all-present'};
  }
  const reason: Reason =
    context.untrustedBy ?? (input.onMissing === 'auto' ? 'missing-in-trusted-context' : 'missing');
  const fails = input.onMissing === 'fail' || (input.onMissing === 'auto' && context.trusted);
  return {
    ...result,
    mode: 'offline',
    ok: false,
    reason,
    failure: fails
      ? failureMessage(requiredMissing, discounted, context, input.onMissing)
      : undefined
  };
}

function where(names: readonly string[], context: TrustContext): string {
  // The example names a variable that can be a secret: not an automatic token, whose name is reserved.
  const name = names.find(n => !AUTOMATIC_TOKENS.includes(n)) ?? names[0];
  const example = `\`${name}: \${{ secrets.${name} }}\``;
  if (context.dependabot) {
    return (
      'Runs started by Dependabot receive Dependabot secrets only, not Actions secrets: add them ' +
      'under Settings → Secrets and variables → Dependabot, and pass each to this step via `env:` ' +
      `(for example ${example}).`
    );
  }
  if (context.platform !== 'github') {
    return (
      'Set them as repository, organisation or user secrets (Settings → Actions → Secrets) and ' +
      `pass each to this step via \`env:\` (for example ${example}). Secret names may not start ` +
      'with GITHUB_, GITEA_ or FORGEJO_: store such a value under another name (e.g. FORGEJO_PAT) ' +
      'and map it in `env:`.'
    );
  }
  return (
    'Set them as repository or organisation secrets (Settings → Secrets and variables → Actions) ' +
    `and pass each to this step via \`env:\` (for example ${example}).`
  );
}

export function failureMessage(
  requiredMissing: readonly string[],
  discounted: readonly string[],
  context: TrustContext,
  onMissing: OnMissing
): string {
  const list = requiredMissing.join(', ');
  const label = describeContext(context);
  const parts = context.trusted
    ? [`Required secrets are missing in a trusted context (${label}): ${list}.`]
    : [
        `Required secrets are missing (${label}; on-missing is '${onMissing}'): ${list}.`,
        context.untrustedBy === 'fork-pull-request'
          ? 'Workflows triggered from a fork receive no secrets; use on-missing: auto to run offline there.'
          : '',
        context.untrustedBy === 'untrusted-repository'
          ? "A fork's own runs receive none of the upstream's secrets; use on-missing: auto to run offline there, or list the repository in trusted-repositories."
          : ''
      ];
  parts.push(where(requiredMissing, context));
  const tokens = discounted.filter(name => requiredMissing.includes(name));
  if (tokens.length > 0) {
    parts.push(
      `${tokens.join(', ')} ${tokens.length === 1 ? 'is' : 'are'} filled in by the runner and count${tokens.length === 1 ? 's' : ''} as present only in a trusted context.`
    );
  }
  return parts.filter(Boolean).join(' ');
}
