import {
  describeContext,
  detectPlatform,
  resolveContext,
  type Platform
} from '../../actions/secret-guard/src/context';
import {loadPayload} from './fixtures';

interface Row {
  fixture: string | null;
  event: string;
  actor: string;
  platform: Platform;
  trusted: boolean;
  isFork: boolean;
  dependabot: boolean;
  untrustedBy?: string;
  /** GITHUB_REPOSITORY; default REPO */
  repository?: string;
  trustedRepositories?: string[];
}

const REPO = 'cleveragents/example';
const UPSTREAM_LISTED = ['other/project', 'CleverAgents/Example'];

const rows: [string, Row][] = [
  [
    'GitHub push',
    {
      fixture: 'github-push',
      event: 'push',
      actor: 'alice',
      platform: 'github',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'GitHub same-repository pull request',
    {
      fixture: 'github-pr-same-repo',
      event: 'pull_request',
      actor: 'alice',
      platform: 'github',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'GitHub pull request from a fork',
    {
      fixture: 'github-pr-fork',
      event: 'pull_request',
      actor: 'mallory',
      platform: 'github',
      trusted: false,
      isFork: true,
      dependabot: false,
      untrustedBy: 'fork-pull-request'
    }
  ],
  [
    'GitHub review comment on a fork pull request',
    {
      fixture: 'github-pr-fork',
      event: 'pull_request_review_comment',
      actor: 'mallory',
      platform: 'github',
      trusted: false,
      isFork: true,
      dependabot: false,
      untrustedBy: 'fork-pull-request'
    }
  ],
  [
    'GitHub pull request with a deleted head repository',
    {
      fixture: 'github-pr-deleted-head',
      event: 'pull_request',
      actor: 'ghost',
      platform: 'github',
      trusted: false,
      isFork: true,
      dependabot: false,
      untrustedBy: 'fork-pull-request'
    }
  ],
  [
    'GitHub Dependabot pull request',
    {
      fixture: 'github-pr-dependabot',
      event: 'pull_request',
      actor: 'dependabot[bot]',
      platform: 'github',
      trusted: false,
      isFork: false,
      dependabot: true,
      untrustedBy: 'dependabot'
    }
  ],
  [
    'GitHub Dependabot pull request re-run by a maintainer (PR author decides)',
    {
      fixture: 'github-pr-dependabot',
      event: 'pull_request',
      actor: 'alice',
      platform: 'github',
      trusted: false,
      isFork: false,
      dependabot: true,
      untrustedBy: 'dependabot'
    }
  ],
  [
    'GitHub push by Dependabot',
    {
      fixture: 'github-push',
      event: 'push',
      actor: 'dependabot[bot]',
      platform: 'github',
      trusted: false,
      isFork: false,
      dependabot: true,
      untrustedBy: 'dependabot'
    }
  ],
  [
    'GitHub pull_request_target from a fork (trusted by its event)',
    {
      fixture: 'github-pr-fork',
      event: 'pull_request_target',
      actor: 'mallory',
      platform: 'github',
      trusted: true,
      isFork: true,
      dependabot: false
    }
  ],
  [
    'GitHub pull_request_target for Dependabot',
    {
      fixture: 'github-pr-dependabot',
      event: 'pull_request_target',
      actor: 'dependabot[bot]',
      platform: 'github',
      trusted: false,
      isFork: false,
      dependabot: true,
      untrustedBy: 'dependabot'
    }
  ],
  [
    'GitHub schedule',
    {
      fixture: 'github-schedule',
      event: 'schedule',
      actor: 'alice',
      platform: 'github',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'GitHub workflow_dispatch',
    {
      fixture: 'github-workflow-dispatch',
      event: 'workflow_dispatch',
      actor: 'alice',
      platform: 'github',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'no payload file, push',
    {
      fixture: null,
      event: 'push',
      actor: 'alice',
      platform: 'github',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'Forgejo push',
    {
      fixture: 'forgejo-push',
      event: 'push',
      actor: 'bob',
      platform: 'forgejo',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'Forgejo pull request from a fork',
    {
      fixture: 'forgejo-pr-fork',
      event: 'pull_request',
      actor: 'bob',
      platform: 'forgejo',
      trusted: false,
      isFork: true,
      dependabot: false,
      untrustedBy: 'fork-pull-request'
    }
  ],
  [
    'Forgejo same-repository pull request',
    {
      fixture: 'forgejo-pr-same-repo',
      event: 'pull_request',
      actor: 'bob',
      platform: 'forgejo',
      trusted: true,
      isFork: false,
      dependabot: false
    }
  ],
  [
    'Forgejo pull_request_target from a fork',
    {
      fixture: 'forgejo-pr-fork',
      event: 'pull_request_target',
      actor: 'bob',
      platform: 'forgejo',
      trusted: true,
      isFork: true,
      dependabot: false
    }
  ],
  ...forkRepositoryRows()
];

/** A fork's own push and schedule, on GitHub and Forgejo, with and without trusted-repositories. */
function forkRepositoryRows(): [string, Row][] {
  const forks = [
    ['GitHub', 'github-push-fork', 'push', 'mallory/example', 'github'],
    ['GitHub', 'github-schedule-fork', 'schedule', 'mallory/example', 'github'],
    ['Forgejo', 'forgejo-push-fork', 'push', 'bob/example', 'forgejo'],
    ['Forgejo', 'forgejo-schedule-fork', 'schedule', 'bob/example', 'forgejo']
  ] as const;
  const upstreams = [
    ['GitHub', 'github-push', 'push', 'github'],
    ['GitHub', 'github-schedule', 'schedule', 'github'],
    ['Forgejo', 'forgejo-push', 'push', 'forgejo']
  ] as const;
  const base = {actor: 'mallory', isFork: false, dependabot: false};
  const untrusted = {trusted: false, untrustedBy: 'untrusted-repository'};
  return [
    ...forks.flatMap(([name, fixture, event, repository, platform]): [string, Row][] => {
      const row = {...base, fixture, event, platform, repository};
      return [
        [`${name} ${event} in a fork (payload repository.fork), no list`, {...row, ...untrusted}],
        [
          `${name} ${event} in a fork not in trusted-repositories`,
          {...row, trustedRepositories: UPSTREAM_LISTED, ...untrusted}
        ],
        [
          `${name} ${event} in a fork listed in trusted-repositories`,
          {...row, trustedRepositories: [repository.toUpperCase()], trusted: true}
        ]
      ];
    }),
    ...upstreams.flatMap(([name, fixture, event, platform]): [string, Row][] => {
      const row = {...base, fixture, event, platform};
      return [
        [`${name} ${event} in the upstream, no list`, {...row, trusted: true}],
        [
          `${name} ${event} in the upstream, listed (case-insensitively)`,
          {...row, trustedRepositories: UPSTREAM_LISTED, trusted: true}
        ],
        [
          `${name} ${event} in the upstream, not listed`,
          {...row, trustedRepositories: ['other/project'], ...untrusted}
        ]
      ];
    }),
    [
      'GitHub pull request within a fork (base repository.fork)',
      {
        ...base,
        fixture: 'github-push-fork',
        event: 'pull_request',
        platform: 'github',
        repository: 'mallory/example',
        ...untrusted
      }
    ],
    [
      'forgejo-runner exec: empty event name, payload {}, no list',
      {...base, fixture: null, event: '', platform: 'forgejo', trusted: true}
    ],
    [
      'empty event name, payload {}, the repository listed',
      {
        ...base,
        fixture: null,
        event: '',
        platform: 'forgejo',
        trustedRepositories: [REPO],
        trusted: true
      }
    ],
    [
      'empty event name, payload {}, no repository known, a list',
      {
        ...base,
        fixture: null,
        event: '',
        platform: 'forgejo',
        repository: '',
        trustedRepositories: [REPO],
        ...untrusted
      }
    ]
  ];
}

describe('resolveContext', () => {
  it.each(rows)('%s', (_label, row) => {
    const context = resolveContext({
      eventName: row.event,
      payload: row.fixture ? loadPayload(row.fixture) : {},
      actor: row.actor,
      repository: row.repository ?? REPO,
      platform: row.platform,
      trustedRepositories: row.trustedRepositories ?? []
    });
    expect(context).toMatchObject({
      event: row.event || 'unknown',
      platform: row.platform,
      trusted: row.trusted,
      isFork: row.isFork,
      dependabot: row.dependabot
    });
    expect(context.untrustedBy).toBe(row.untrustedBy);
  });

  function forgejoFork(mutate: (pr: Record<string, Record<string, unknown>>) => void) {
    const payload = loadPayload('forgejo-pr-fork');
    mutate(payload.pull_request as Record<string, Record<string, unknown>>);
    return resolveContext({
      eventName: 'pull_request',
      payload,
      actor: 'bob',
      repository: REPO,
      platform: 'forgejo',
      trustedRepositories: []
    });
  }

  it('treats a Forgejo head repository that is gone (repo null, repo_id 0) as a fork', () => {
    const context = forgejoFork(pr => {
      pr.head.repo = null;
      pr.head.repo_id = 0;
    });
    expect(context).toMatchObject({isFork: true, trusted: false});
  });

  it('compares repository ids when full names are absent', () => {
    const same = forgejoFork(pr => {
      pr.head.repo = {id: 31};
      pr.base.repo = {id: 31};
    });
    expect(same.isFork).toBe(false);
    const other = forgejoFork(pr => {
      pr.head.repo = {id: 44};
      pr.base.repo = {id: 31};
    });
    expect(other.isFork).toBe(true);
  });

  it('compares full names case-insensitively and falls back to GITHUB_REPOSITORY', () => {
    const payload = loadPayload('github-pr-same-repo');
    const pr = payload.pull_request as Record<string, Record<string, unknown>>;
    pr.head.repo = {full_name: 'CleverAgents/Example'};
    delete pr.base.repo;
    delete payload.repository;
    const context = resolveContext({
      eventName: 'pull_request',
      payload,
      actor: 'alice',
      repository: REPO,
      platform: 'github',
      trustedRepositories: []
    });
    expect(context).toMatchObject({isFork: false, trusted: true});
  });

  it.each([undefined, null, 'text', [], 42])(
    'a pull request event with payload %p is trusted and explained by a note',
    payload => {
      const context = resolveContext({
        eventName: 'pull_request',
        payload,
        actor: 'alice',
        repository: REPO,
        platform: 'github',
        trustedRepositories: []
      });
      expect(context).toMatchObject({trusted: true, isFork: false, pullRequest: true});
      expect(context.note).toMatch(/no pull request/);
    }
  );

  it('treats an empty event name as an unknown, trusted event', () => {
    const context = resolveContext({
      eventName: '',
      payload: undefined,
      actor: '',
      repository: '',
      platform: 'github',
      trustedRepositories: []
    });
    expect(context).toMatchObject({event: 'unknown', trusted: true, pullRequest: false});
  });
});

describe('detectPlatform', () => {
  it.each([
    [{GITHUB_ACTIONS: 'true'}, 'github'],
    [{GITHUB_ACTIONS: 'true', GITEA_ACTIONS: 'true'}, 'gitea'],
    [{GITHUB_ACTIONS: 'true', GITEA_ACTIONS: 'true', FORGEJO_ACTIONS: 'true'}, 'forgejo'],
    [{GITHUB_ACTIONS: 'true', FORGEJO_ACTIONS: 'true'}, 'forgejo']
  ])('%p is %s', (env, platform) => {
    expect(detectPlatform(env)).toBe(platform);
  });
});

describe('describeContext', () => {
  it.each([
    ['github-push', 'push', 'alice', 'github', 'push'],
    ['github-pr-fork', 'pull_request', 'mallory', 'github', 'pull_request from a fork'],
    [
      'github-pr-dependabot',
      'pull_request',
      'dependabot[bot]',
      'github',
      'pull_request from the same repository by Dependabot'
    ],
    ['forgejo-pr-fork', 'pull_request', 'bob', 'forgejo', 'pull_request from a fork on forgejo']
  ] as const)('%s as %s by %s on %s: %s', (fixture, event, actor, platform, text) => {
    const context = resolveContext({
      eventName: event,
      payload: loadPayload(fixture),
      actor,
      repository: REPO,
      platform,
      trustedRepositories: []
    });
    expect(describeContext(context)).toBe(text);
  });
});
