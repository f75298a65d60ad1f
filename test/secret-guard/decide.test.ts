import {resolveContext, type Platform} from '../../actions/secret-guard/src/context';
import {decide, hasValue, type Decision} from '../../actions/secret-guard/src/decide';
import type {OnMissing} from '../../actions/secret-guard/src/inputs';
import {maskVariants} from '../../actions/secret-guard/src/masks';
import {loadPayload} from './fixtures';

const KEYS = ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GOOGLE_API_KEY'];

function context(
  fixture: string | null,
  event: string,
  actor = 'alice',
  platform: Platform = 'github',
  repository = 'cleveragents/example'
) {
  return resolveContext({
    eventName: event,
    payload: fixture ? loadPayload(fixture) : {},
    actor,
    repository,
    platform,
    trustedRepositories: []
  });
}

const CONTEXTS = {
  push: context('github-push', 'push'),
  schedule: context('github-schedule', 'schedule'),
  dispatch: context('github-workflow-dispatch', 'workflow_dispatch'),
  samePr: context('github-pr-same-repo', 'pull_request'),
  forkPr: context('github-pr-fork', 'pull_request', 'mallory'),
  deletedHead: context('github-pr-deleted-head', 'pull_request', 'ghost'),
  dependabot: context('github-pr-dependabot', 'pull_request', 'dependabot[bot]'),
  target: context('github-pr-fork', 'pull_request_target', 'mallory'),
  forgejoFork: context('forgejo-pr-fork', 'pull_request', 'bob', 'forgejo'),
  forgejoSame: context('forgejo-pr-same-repo', 'pull_request', 'bob', 'forgejo'),
  forkPush: context('github-push-fork', 'push', 'mallory', 'github', 'mallory/example'),
  forkSchedule: context('github-schedule-fork', 'schedule', 'mallory', 'github', 'mallory/example'),
  forgejoForkPush: context('forgejo-push-fork', 'push', 'bob', 'forgejo', 'bob/example'),
  // forgejo-runner exec: no event name, payload {}
  execUnknown: context(null, '', '', 'forgejo')
};
type ContextName = keyof typeof CONTEXTS;

function run(
  contextName: ContextName,
  env: Record<string, string | undefined>,
  onMissing: OnMissing = 'auto',
  required: string[] = KEYS,
  optional: string[] = []
): Decision {
  const set = new Set([...required, ...optional].filter(name => hasValue(env[name])));
  return decide({required, optional, set, context: CONTEXTS[contextName], onMissing});
}

const ALL = {ANTHROPIC_API_KEY: 'sk-ant-1', OPENAI_API_KEY: 'sk-2', GOOGLE_API_KEY: 'AIza3'};
const NONE = {};

describe('decide: context x missing x on-missing', () => {
  it.each<[ContextName, Record<string, string>, OnMissing, string, string, boolean]>([
    // context, env, on-missing, mode, reason, fails
    ['push', ALL, 'auto', 'online', 'all-present', false],
    ['push', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['push', NONE, 'offline', 'offline', 'missing', false],
    ['push', NONE, 'fail', 'offline', 'missing', true],
    ['push', ALL, 'fail', 'online', 'all-present', false],
    ['schedule', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['dispatch', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['samePr', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['samePr', ALL, 'auto', 'online', 'all-present', false],
    ['forkPr', NONE, 'auto', 'offline', 'fork-pull-request', false],
    ['forkPr', NONE, 'offline', 'offline', 'fork-pull-request', false],
    ['forkPr', NONE, 'fail', 'offline', 'fork-pull-request', true],
    // A private repository may send secrets to forks: presence decides the mode.
    ['forkPr', ALL, 'auto', 'online', 'all-present', false],
    ['deletedHead', NONE, 'auto', 'offline', 'fork-pull-request', false],
    ['dependabot', NONE, 'auto', 'offline', 'dependabot', false],
    ['dependabot', NONE, 'fail', 'offline', 'dependabot', true],
    ['dependabot', ALL, 'auto', 'online', 'all-present', false],
    ['target', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['target', ALL, 'auto', 'online', 'all-present', false],
    ['forgejoFork', NONE, 'auto', 'offline', 'fork-pull-request', false],
    ['forgejoSame', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['forgejoSame', ALL, 'auto', 'online', 'all-present', false],
    // A fork's own push or schedule has none of the upstream's secrets: offline, like its PRs.
    ['forkPush', NONE, 'auto', 'offline', 'untrusted-repository', false],
    ['forkPush', ALL, 'auto', 'online', 'all-present', false],
    ['forkPush', NONE, 'fail', 'offline', 'untrusted-repository', true],
    ['forkSchedule', NONE, 'auto', 'offline', 'untrusted-repository', false],
    ['forgejoForkPush', NONE, 'auto', 'offline', 'untrusted-repository', false],
    // An unknown or empty event is trusted: missing secrets fail, they never turn into online.
    ['execUnknown', NONE, 'auto', 'offline', 'missing-in-trusted-context', true],
    ['execUnknown', NONE, 'offline', 'offline', 'missing', false],
    ['execUnknown', ALL, 'auto', 'online', 'all-present', false]
  ])(
    '%s, env %p, on-missing %s: %s / %s (fails: %p)',
    (ctx, env, onMissing, mode, reason, fails) => {
      const decision = run(ctx, env, onMissing);
      expect(decision.mode).toBe(mode);
      expect(decision.reason).toBe(reason);
      expect(decision.ok).toBe(mode === 'online');
      expect(decision.failure !== undefined).toBe(fails);
    }
  );

  it('Dependabot with one of two keys (partial presence) is offline with both lists', () => {
    const decision = run('dependabot', {ANTHROPIC_API_KEY: 'dependabot-secret'});
    expect(decision).toMatchObject({
      mode: 'offline',
      ok: false,
      reason: 'dependabot',
      present: ['ANTHROPIC_API_KEY'],
      missing: ['OPENAI_API_KEY', 'GOOGLE_API_KEY'],
      requiredMissing: ['OPENAI_API_KEY', 'GOOGLE_API_KEY']
    });
  });
});

describe('decide: values and names', () => {
  it.each(['', ' ', '\t', '\n', ' \r\n \t '])('a value of %p is missing', value => {
    const decision = run('push', {...ALL, OPENAI_API_KEY: value}, 'offline');
    expect(decision.missing).toEqual(['OPENAI_API_KEY']);
    expect(decision.ok).toBe(false);
  });

  it('an unset variable is missing', () => {
    expect(run('push', {...ALL, GOOGLE_API_KEY: undefined} as never, 'offline').missing).toEqual([
      'GOOGLE_API_KEY'
    ]);
  });

  it('keeps input order, required first, and optional names do not decide the mode', () => {
    const decision = run('forkPr', {B: 'b', OPT2: 'x'}, 'auto', ['B', 'A', 'C'], ['OPT2', 'OPT1']);
    expect(decision.present).toEqual(['B', 'OPT2']);
    expect(decision.missing).toEqual(['A', 'C', 'OPT1']);
    expect(decision.requiredMissing).toEqual(['A', 'C']);
    const optionalOnly = run('push', {A: 'a'}, 'auto', ['A'], ['OPT1']);
    expect(optionalOnly).toMatchObject({mode: 'online', ok: true, missing: ['OPT1']});
  });
});

describe('decide: automatic tokens', () => {
  const tokens = {GITHUB_TOKEN: 'ghs_x', GITEA_TOKEN: 'g', FORGEJO_TOKEN: 'f', PAT: 'p'};
  const names = ['GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN', 'PAT'];

  it.each<[ContextName, boolean]>([
    ['push', true],
    ['samePr', true],
    ['target', true],
    ['forgejoSame', true],
    ['forkPr', false],
    ['dependabot', false],
    ['forgejoFork', false]
  ])('in %s they count as present: %p', (ctx, counted) => {
    const decision = run(ctx, tokens, 'auto', names);
    expect(decision.ok).toBe(counted);
    expect(decision.present).toEqual(counted ? names : ['PAT']);
    expect(decision.discounted).toEqual(counted ? [] : names.slice(0, 3));
  });

  it('an unset automatic token is missing even in a trusted context', () => {
    expect(run('push', {}, 'offline', ['GITHUB_TOKEN']).missing).toEqual(['GITHUB_TOKEN']);
  });

  it('explains a discounted token when on-missing is fail', () => {
    const decision = run('forgejoFork', tokens, 'fail', ['FORGEJO_TOKEN']);
    expect(decision.failure).toMatch(/FORGEJO_TOKEN is filled in by the runner/);
  });
});

describe('decide: failure messages', () => {
  it('lists the missing names of a trusted GitHub run and says where to set them', () => {
    const message = run('push', {ANTHROPIC_API_KEY: 'k'}).failure!;
    expect(message).toContain('trusted context (push): OPENAI_API_KEY, GOOGLE_API_KEY.');
    expect(message).toContain('repository or organisation secrets');
    expect(message).toContain('`OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}`');
    expect(message).not.toContain('ANTHROPIC_API_KEY');
  });

  it('points Dependabot runs to Dependabot secrets', () => {
    expect(run('dependabot', {}, 'fail').failure).toMatch(/Dependabot secrets only/);
  });

  it('tells Forgejo users about reserved secret name prefixes', () => {
    const message = run('forgejoSame', {}).failure!;
    expect(message).toContain('GITHUB_, GITEA_ or FORGEJO_');
    expect(message).toContain('FORGEJO_PAT');
  });

  it('never gives an automatic token as the example of a secret to set', () => {
    const message = run('forgejoFork', {FORGEJO_TOKEN: 'f'}, 'fail', [
      'FORGEJO_TOKEN',
      'FORGEJO_PAT'
    ]).failure!;
    expect(message).toContain('`FORGEJO_PAT: ${{ secrets.FORGEJO_PAT }}`');
    expect(message).not.toContain('secrets.FORGEJO_TOKEN');
  });

  it('explains forks when on-missing is fail', () => {
    expect(run('forkPr', {}, 'fail').failure).toMatch(/from a fork receive no secrets/);
    const own = run('forkPush', {}, 'fail').failure!;
    expect(own).toContain('push in an untrusted repository; on-missing is');
    expect(own).toMatch(/none of the upstream's secrets.*trusted-repositories/);
  });

  it.each(Object.keys(CONTEXTS) as ContextName[])('never includes a value (%s)', ctx => {
    const env = {ANTHROPIC_API_KEY: 'VALUE-ONE', GITHUB_TOKEN: 'VALUE-TWO'};
    const decision = run(ctx, env, 'fail', ['ANTHROPIC_API_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY']);
    expect(JSON.stringify(decision)).not.toMatch(/VALUE-/);
  });
});

describe('maskVariants', () => {
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['', []],
    ['  \n\t', []],
    ['abc', ['abc']],
    [' abc ', ['abc', ' abc ']],
    // lines before the whole value: Forgejo echoes each raw ::add-mask:: line, masked so far
    ['l1\nl2', ['l1', 'l2', 'l1\nl2']],
    ['l1\r\n  l2\r\n\r\n', ['l1', 'l2', '  l2', 'l1\r\n  l2\r\n\r\n']],
    ['a\rb', ['a', 'b', 'a\rb']]
  ])('%p registers %p', (value, masks) => {
    expect(maskVariants(value)).toEqual(masks);
  });
});
