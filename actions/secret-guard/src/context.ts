// The trust of the run, from the event name, the event payload, the actor and the repository.
// Pure: the caller reads the environment and the payload file. GitHub and Forgejo/Gitea payloads
// share the fields used here (`pull_request.head.repo.full_name`, `pull_request.base.repo`,
// `repository.full_name`, `repository.fork`, `pull_request.user.login`); Gitea's PRBranchInfo
// adds `repo_id`.

export type Platform = 'github' | 'forgejo' | 'gitea';
export type Untrusted = 'fork-pull-request' | 'dependabot' | 'untrusted-repository';

export const DEPENDABOT = 'dependabot[bot]';

export interface ContextInput {
  /** GITHUB_EVENT_NAME */
  readonly eventName: string;
  /** The parsed JSON at GITHUB_EVENT_PATH; anything else (undefined, null) counts as empty. */
  readonly payload: unknown;
  /** GITHUB_ACTOR */
  readonly actor: string;
  /** GITHUB_REPOSITORY (owner/name), the fallback for the base repository. */
  readonly repository: string;
  readonly platform: Platform;
  /**
   * Repositories (owner/name) whose runs get the secrets. Empty: the run's repository, unless the
   * payload says it is a fork (`repository.fork` true), which has none of its upstream's secrets.
   */
  readonly trustedRepositories: readonly string[];
}

export interface TrustContext {
  readonly event: string;
  readonly platform: Platform;
  /** The event is about a pull request (pull_request, pull_request_target, reviews). */
  readonly pullRequest: boolean;
  /** A pull request whose head repository differs from the base one, or was deleted. */
  readonly isFork: boolean;
  /** Started by Dependabot: only Dependabot secrets are available. */
  readonly dependabot: boolean;
  /**
   * Secrets are expected: push, schedule, dispatch, same-repository PR, pull_request_target and
   * any other or unknown event, in a trusted repository.
   */
  readonly trusted: boolean;
  /** Why the context is not trusted. */
  readonly untrustedBy?: Untrusted;
  /** A caveat worth a log line, e.g. a pull request event without a pull request payload. */
  readonly note?: string;
}

/** Forgejo sets FORGEJO_ACTIONS, Gitea GITEA_ACTIONS, both besides GITHUB_ACTIONS. */
export function detectPlatform(env: Readonly<Record<string, string | undefined>>): Platform {
  if (env.FORGEJO_ACTIONS) return 'forgejo';
  if (env.GITEA_ACTIONS) return 'gitea';
  return 'github';
}

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function id(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/**
 * Decides whether a pull request comes from a fork: head and base repository full names differ
 * (case-insensitively, owner names are), or the head repository is gone (`null`, as GitHub and
 * Gitea send for a deleted fork). Without full names, repository ids are compared.
 */
function headIsFork(pr: Json, payload: Json, repository: string): boolean {
  const head = object(pr.head);
  const base = object(pr.base);
  const headRepo = object(head?.repo);
  if (!headRepo) return true;
  const baseRepo = object(base?.repo);
  const headName = text(headRepo.full_name);
  const baseName =
    text(baseRepo?.full_name) ?? text(object(payload.repository)?.full_name) ?? text(repository);
  if (headName && baseName) return headName.toLowerCase() !== baseName.toLowerCase();
  const headId = id(headRepo.id) ?? id(head?.repo_id);
  const baseId = id(baseRepo?.id) ?? id(base?.repo_id) ?? id(object(payload.repository)?.id);
  if (headId !== undefined && baseId !== undefined) return headId !== baseId;
  return true;
}

/** The run's repository is trusted: listed, or (no list) not a fork by the payload's word. */
function repositoryTrusted(input: ContextInput, payload: Json): boolean {
  const repository = object(payload.repository);
  if (input.trustedRepositories.length === 0) return repository?.fork !== true;
  const name = text(input.repository) ?? text(repository?.full_name);
  if (!name) return false;
  return input.trustedRepositories.some(listed => listed.toLowerCase() === name.toLowerCase());
}

export function resolveContext(input: ContextInput): TrustContext {
  const payload = object(input.payload) ?? {};
  const event = input.eventName || 'unknown';
  const pullRequest = event.startsWith('pull_request');
  const pr = object(payload.pull_request);
  let note: string | undefined;
  let isFork = false;
  if (pullRequest && pr) isFork = headIsFork(pr, payload, input.repository);
  else if (pullRequest) {
    note = `the ${event} event payload holds no pull request; treated as a same-repository pull request`;
  }
  const prAuthor = text(object(pr?.user)?.login);
  const dependabot = input.actor === DEPENDABOT || prAuthor === DEPENDABOT;
  const base = {event, platform: input.platform, pullRequest, isFork, dependabot, note};
  if (dependabot) return {...base, trusted: false, untrustedBy: 'dependabot'};
  // pull_request_target runs the base branch's workflow with the base's secrets, forks included.
  if (isFork && event !== 'pull_request_target') {
    return {...base, trusted: false, untrustedBy: 'fork-pull-request'};
  }
  // A fork's own push or schedule runs with the fork's secrets, not the upstream's. An unknown or
  // empty event (forgejo-runner exec) is trusted: missing secrets then fail, never go online.
  if (!repositoryTrusted(input, payload)) {
    return {...base, trusted: false, untrustedBy: 'untrusted-repository'};
  }
  return {...base, trusted: true};
}

/** A short description for logs and the summary, e.g. `pull_request from a fork`. */
export function describeContext(context: TrustContext): string {
  const parts = [context.event];
  if (context.pullRequest) parts.push(context.isFork ? 'from a fork' : 'from the same repository');
  if (context.dependabot) parts.push('by Dependabot');
  if (context.untrustedBy === 'untrusted-repository') parts.push('in an untrusted repository');
  if (context.platform !== 'github') parts.push(`on ${context.platform}`);
  return parts.join(' ');
}
