// Runs the committed bundle dist/secret-guard/main/index.js as a runner does, under Node 20 and
// Node 24, with event payloads written to the runner's temp directory. Build it first with
// `node scripts/build.mjs secret-guard`.
import {copyFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {newRunnerDir, nodeBinaries, runBundle, type BundleResult} from '../helpers/runner';
import {LEAK_CORPUS} from '../helpers/leak-corpus';
import {fixturePath} from './fixtures';

const KEYS = {
  ANTHROPIC_API_KEY: 'sk-ant-api03-live-key-0001',
  OPENAI_API_KEY: 'sk-proj-live-key-0002',
  GOOGLE_API_KEY: 'AIzaSyLiveKey0003'
};
const REQUIRED = 'ANTHROPIC_API_KEY\nOPENAI_API_KEY\nGOOGLE_API_KEY';
const OFFLINE_ENV = 'NOX_OFFLINE=1\nPYTEST_ADDOPTS=--offline-fixtures';
const ONLINE_ENV = 'NOX_ONLINE=1';

interface Scenario {
  readonly fixture: string;
  readonly event: string;
  readonly actor?: string;
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string>;
}

async function guard(node: string, scenario: Scenario): Promise<BundleResult> {
  const dir = newRunnerDir();
  const eventPath = join(dir, 'temp', 'event.json');
  copyFileSync(fixturePath(scenario.fixture), eventPath);
  return runBundle({
    action: 'secret-guard',
    node,
    dir,
    inputs: scenario.inputs,
    env: {
      GITHUB_EVENT_NAME: scenario.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_ACTOR: scenario.actor ?? 'alice',
      ...scenario.env
    }
  });
}

/** Decodes the payloads of `::add-mask::` commands (the runner's %25, %0D, %0A escaping). */
function registeredMasks(stdout: string): string[] {
  const decode: Record<string, string> = {'%25': '%', '%0D': '\r', '%0A': '\n'};
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m =>
    m[1].replace(/%(25|0D|0A)/g, code => decode[code])
  );
}

const escapeData = (value: string) =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const lines = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map(line => line.trim())
    .filter(Boolean);

/** Every form in which a value could leak: itself, its lines, base64, JSON- and runner-escaped. */
function forms(value: string): string[] {
  return [
    value,
    ...lines(value),
    Buffer.from(value).toString('base64'),
    JSON.stringify(value).slice(1, -1),
    escapeData(value)
  ];
}

/**
 * What forgejo-runner prints for each `::add-mask::` line: the raw (escaped) line, masked by every
 * string registered so far, this one included (act's command handler registers, then logs the raw
 * line through a masker that replaces each mask in registration order).
 */
function forgejoEchoes(masks: readonly string[]): string[] {
  return masks.map((mask, index) =>
    masks
      .slice(0, index + 1)
      .reduce((text, registered) => text.split(registered).join('***'), escapeData(mask))
  );
}

describe.each(nodeBinaries())('secret-guard bundle under $label', ({path: node}) => {
  it('is online on push when every required secret is present', async () => {
    const result = await guard(node, {
      fixture: 'github-push',
      event: 'push',
      inputs: {
        required: REQUIRED,
        optional: 'FORGEJO_PAT',
        'offline-env': OFFLINE_ENV,
        'online-env': ONLINE_ENV
      },
      env: KEYS
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      mode: 'online',
      ok: 'true',
      present: '["ANTHROPIC_API_KEY","OPENAI_API_KEY","GOOGLE_API_KEY"]',
      missing: '["FORGEJO_PAT"]',
      reason: 'all-present',
      trusted: 'true',
      'is-fork': 'false',
      'faults-absorbed': '0'
    });
    expect(result.env).toEqual({NOX_ONLINE: '1'});
    expect(result.summary).toContain('| name | kind | status |');
    expect(result.summary).toContain('| `ANTHROPIC_API_KEY` | required | present |');
    expect(result.summary).toContain('| `FORGEJO_PAT` | optional | missing |');
    expect(result.summary).toContain('**mode:** `online` · **reason:** `all-present`');
    expect(result.summary).toContain('push (trusted)');
  });

  it('writes no summary with summary false, and titles its failure annotation', async () => {
    const quiet = await guard(node, {
      fixture: 'github-push',
      event: 'push',
      inputs: {required: REQUIRED, summary: 'false'},
      env: KEYS
    });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.outputs.mode).toBe('online');
    expect(quiet.summary).toBe('');
    const failing = await guard(node, {
      fixture: 'github-push',
      event: 'push',
      inputs: {required: REQUIRED},
      env: {}
    });
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toMatch(/^::error title=secret-guard::/m);
  });

  it('is offline on a pull request from a fork and writes offline-env', async () => {
    const result = await guard(node, {
      fixture: 'github-pr-fork',
      event: 'pull_request',
      actor: 'mallory',
      inputs: {required: REQUIRED, 'offline-env': OFFLINE_ENV, 'online-env': ONLINE_ENV},
      env: {ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '   ', GITHUB_TOKEN: 'ghs_readonly'}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      mode: 'offline',
      ok: 'false',
      present: '[]',
      missing: '["ANTHROPIC_API_KEY","OPENAI_API_KEY","GOOGLE_API_KEY"]',
      reason: 'fork-pull-request',
      trusted: 'false',
      'is-fork': 'true'
    });
    expect(result.env).toEqual({NOX_OFFLINE: '1', PYTEST_ADDOPTS: '--offline-fixtures'});
    expect(result.summary).toContain('pull_request from a fork (untrusted)');
    expect(result.commands.filter(c => c.command === 'error')).toEqual([]);
  });

  it('is offline on a Dependabot pull request with partial secrets', async () => {
    const result = await guard(node, {
      fixture: 'github-pr-dependabot',
      event: 'pull_request',
      actor: 'dependabot[bot]',
      inputs: {required: REQUIRED},
      env: {OPENAI_API_KEY: KEYS.OPENAI_API_KEY}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      mode: 'offline',
      reason: 'dependabot',
      present: '["OPENAI_API_KEY"]',
      missing: '["ANTHROPIC_API_KEY","GOOGLE_API_KEY"]',
      trusted: 'false',
      'is-fork': 'false'
    });
  });

  it('fails in a trusted context, naming the missing secrets, after writing the outputs', async () => {
    const result = await guard(node, {
      fixture: 'github-pr-same-repo',
      event: 'pull_request',
      inputs: {required: REQUIRED, 'offline-env': OFFLINE_ENV},
      env: {ANTHROPIC_API_KEY: KEYS.ANTHROPIC_API_KEY}
    });
    expect(result.exitCode).toBe(1);
    const errors = result.commands.filter(c => c.command === 'error').map(c => c.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('trusted context (pull_request from the same repository)');
    expect(errors[0]).toContain('OPENAI_API_KEY, GOOGLE_API_KEY.');
    expect(errors[0]).toContain('repository or organisation secrets');
    expect(result.outputs).toMatchObject({
      mode: 'offline',
      ok: 'false',
      reason: 'missing-in-trusted-context',
      trusted: 'true'
    });
    expect(result.summary).toContain('`missing-in-trusted-context`');
  });

  it('fails with on-missing fail even on a fork', async () => {
    const result = await guard(node, {
      fixture: 'github-pr-deleted-head',
      event: 'pull_request',
      inputs: {required: 'ANTHROPIC_API_KEY', 'on-missing': 'fail'}
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({reason: 'fork-pull-request', 'is-fork': 'true'});
  });

  it('is offline in a trusted context with on-missing offline, and warns', async () => {
    const result = await guard(node, {
      fixture: 'github-schedule',
      event: 'schedule',
      inputs: {required: REQUIRED, 'on-missing': 'offline', 'offline-env': OFFLINE_ENV}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({mode: 'offline', reason: 'missing', trusted: 'true'});
    expect(result.env).toEqual({NOX_OFFLINE: '1', PYTEST_ADDOPTS: '--offline-fixtures'});
    expect(result.commands.some(c => c.command === 'warning')).toBe(true);
  });

  it('on a Forgejo fork pull request does not count the automatic FORGEJO_TOKEN', async () => {
    const result = await guard(node, {
      fixture: 'forgejo-pr-fork',
      event: 'pull_request',
      actor: 'bob',
      inputs: {required: 'FORGEJO_PAT,FORGEJO_TOKEN', optional: 'GITEA_TOKEN'},
      env: {
        FORGEJO_ACTIONS: 'true',
        GITEA_ACTIONS: 'true',
        FORGEJO_TOKEN: 'f0rgejo-automatic-token',
        GITEA_TOKEN: 'f0rgejo-automatic-token'
      }
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      mode: 'offline',
      reason: 'fork-pull-request',
      present: '[]',
      missing: '["FORGEJO_PAT","FORGEJO_TOKEN","GITEA_TOKEN"]',
      'is-fork': 'true'
    });
    expect(result.summary).toContain(
      '| `FORGEJO_TOKEN` | required | missing (automatic token, untrusted context) |'
    );
    expect(result.summary).toContain('pull_request from a fork on forgejo (untrusted)');
  });

  it('on a Forgejo same-repository pull request is online with a PAT', async () => {
    const result = await guard(node, {
      fixture: 'forgejo-pr-same-repo',
      event: 'pull_request',
      actor: 'bob',
      inputs: {required: 'FORGEJO_PAT,FORGEJO_TOKEN'},
      env: {FORGEJO_ACTIONS: 'true', FORGEJO_TOKEN: 'tok3n-auto', FORGEJO_PAT: 'pat-v4lue'}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({mode: 'online', trusted: 'true', 'is-fork': 'false'});
  });

  it.each([
    ['github-push-fork', 'push', 'mallory/example', {}],
    ['github-schedule-fork', 'schedule', 'mallory/example', {}],
    ['forgejo-push-fork', 'push', 'bob/example', {FORGEJO_ACTIONS: 'true'}],
    ['forgejo-schedule-fork', 'schedule', 'bob/example', {FORGEJO_ACTIONS: 'true'}]
  ])("a fork's own %s (%s) without secrets is offline", async (fixture, event, repo, env) => {
    const result = await guard(node, {
      fixture,
      event,
      actor: 'mallory',
      inputs: {required: REQUIRED, 'offline-env': OFFLINE_ENV},
      env: {...env, GITHUB_REPOSITORY: repo}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      mode: 'offline',
      reason: 'untrusted-repository',
      trusted: 'false',
      'is-fork': 'false'
    });
    expect(result.env).toEqual({NOX_OFFLINE: '1', PYTEST_ADDOPTS: '--offline-fixtures'});
    expect(result.summary).toContain(`${event} in an untrusted repository`);
  });

  it('the upstream push without secrets still fails, with or without trusted-repositories', async () => {
    for (const list of ['', 'cleveragents/example']) {
      const result = await guard(node, {
        fixture: 'github-push',
        event: 'push',
        inputs: {required: REQUIRED, 'trusted-repositories': list},
        env: {GITHUB_REPOSITORY: 'cleveragents/example'}
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({reason: 'missing-in-trusted-context', trusted: 'true'});
    }
  });

  it('a fork listed in trusted-repositories fails loudly like the upstream', async () => {
    const result = await guard(node, {
      fixture: 'github-push-fork',
      event: 'push',
      inputs: {required: REQUIRED, 'trusted-repositories': 'cleveragents/example\nMallory/Example'},
      env: {GITHUB_REPOSITORY: 'mallory/example'}
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({reason: 'missing-in-trusted-context', trusted: 'true'});
  });

  // forgejo-runner exec: GITHUB_EVENT_NAME is empty and the event file holds {}.
  it.each([
    ['no secrets', {}, 1, 'offline', 'missing-in-trusted-context'],
    ['the secrets', KEYS, 0, 'online', 'all-present']
  ])(
    'an empty event name and a {} payload, %s: never online without them',
    async (_l, keys, rc, mode, reason) => {
      const dir = newRunnerDir();
      const eventPath = join(dir, 'temp', 'event.json');
      writeFileSync(eventPath, '{}');
      const result = await runBundle({
        action: 'secret-guard',
        node,
        dir,
        inputs: {required: REQUIRED},
        env: {
          GITHUB_EVENT_NAME: '',
          GITHUB_EVENT_PATH: eventPath,
          FORGEJO_ACTIONS: 'true',
          GITHUB_REPOSITORY: 'cleveragents/example',
          ...keys
        }
      });
      expect(result.exitCode).toBe(rc);
      expect(result.outputs).toMatchObject({mode, reason, trusted: 'true'});
      expect(result.summary).toContain('unknown on forgejo (trusted)');
    }
  );

  it.each([
    [{required: ''}, "Input 'required' is required"],
    [{required: 'OK,NOT-OK'}, "Input 'required' item 2"],
    [{required: 'A', 'trusted-repositories': 'no-slash'}, "Input 'trusted-repositories' item 1"],
    [{required: 'A', 'on-missing': 'sometimes'}, "Input 'on-missing'"],
    [{required: 'A', 'offline-env': 'X=1\nnot a line'}, "Input 'offline-env' line 2"],
    [{required: 'A', 'online-env': 'NODE_OPTIONS=--inspect'}, "Input 'online-env' line 1"]
  ])('bad input %p fails before anything is written', async (inputs, message) => {
    const result = await guard(node, {
      fixture: 'github-push',
      event: 'push',
      inputs,
      env: {A: 'value-of-a'}
    });
    expect(result.exitCode).toBe(1);
    expect(result.commands).toEqual([
      {command: 'error', message: expect.stringContaining(message)}
    ]);
    expect(result.outputs).toEqual({});
    expect(result.env).toEqual({});
    expect(result.summary).toBe('');
  });

  it('warns and treats the run as trusted when the event payload cannot be read', async () => {
    const result = await runBundle({
      action: 'secret-guard',
      node,
      inputs: {required: 'A'},
      env: {GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json', A: 'v4lue'}
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({mode: 'online', trusted: 'true'});
    expect(result.commands.some(c => c.command === 'warning')).toBe(true);
  });

  describe('leaks nothing', () => {
    const CORPUS = LEAK_CORPUS;
    const NAMES = Object.keys(CORPUS);
    // A secret equal to `true` cannot stay out of the boolean outputs: GitHub then drops them.
    const BOOLEAN_OUTPUTS = ['ok', 'trusted', 'is-fork'];

    function expectNoLeak(result: BundleResult): void {
      const stdoutLines = result.stdout.split('\n');
      const firstOther = stdoutLines.findIndex(line => !line.startsWith('::add-mask::'));
      const lastMask = stdoutLines.map(l => l.startsWith('::add-mask::')).lastIndexOf(true);
      expect(lastMask).toBeLessThan(firstOther);
      const masks = registeredMasks(result.stdout);
      const log = [
        stdoutLines.filter(line => !line.startsWith('::add-mask::')).join('\n'),
        result.stderr
      ].join('\n');
      const files = [
        result.summary,
        ...Object.entries(result.env).flat(),
        ...Object.keys(result.outputs)
      ];
      const echoes = forgejoEchoes(masks);
      for (const [name, value] of Object.entries(CORPUS)) {
        expect(masks).toContain(value);
        for (const line of value.split(/\r\n|\r|\n/).filter(l => l.trim())) {
          expect(masks).toContain(line);
          // each line is registered before the whole value
          expect(masks.indexOf(line.trim())).toBeLessThan(masks.indexOf(value) + 1);
          expect(masks.indexOf(line)).toBeLessThanOrEqual(masks.indexOf(value));
        }
        // A `%` is echoed as `%25`, which no mask matches (see the README): not checked here.
        if (!value.includes('%')) {
          for (const form of [...lines(value), value, escapeData(value)]) {
            const where = `${name} as ${JSON.stringify(form)}`;
            expect({where, inEcho: echoes.some(e => e.includes(form))}).toEqual({
              where,
              inEcho: false
            });
          }
        }
        for (const form of forms(value)) {
          const where = `${name} as ${JSON.stringify(form)}`;
          expect({where, inLog: log.includes(form)}).toEqual({where, inLog: false});
          expect({where, inFiles: files.some(f => f.includes(form))}).toEqual({
            where,
            inFiles: false
          });
          for (const [output, text] of Object.entries(result.outputs)) {
            if (value === 'true' && BOOLEAN_OUTPUTS.includes(output)) continue;
            expect({where, output, leaks: text.includes(form)}).toEqual({
              where,
              output,
              leaks: false
            });
          }
        }
      }
      for (const [output, text] of Object.entries(result.outputs)) {
        if (BOOLEAN_OUTPUTS.includes(output)) expect(['true', 'false']).toContain(text);
        else expect(Object.values(CORPUS)).not.toContain(text);
      }
      for (const text of [log, result.summary]) {
        expect(text).not.toMatch(/length|chars|characters|bytes|sha|hash|prefix/i);
        expect(text).not.toMatch(/\b\d{2,}\b/);
      }
    }

    it('online on push, the corpus required', async () => {
      const result = await guard(node, {
        fixture: 'github-push',
        event: 'push',
        inputs: {required: NAMES.join(','), 'online-env': ONLINE_ENV},
        env: CORPUS
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.mode).toBe('online');
      expect(JSON.parse(result.outputs.present)).toEqual(NAMES);
      expectNoLeak(result);
    });

    it('failing on push with one name missing, the corpus present', async () => {
      const result = await guard(node, {
        fixture: 'github-push',
        event: 'push',
        inputs: {required: [...NAMES, 'NOT_SET'].join('\n')},
        env: CORPUS
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.missing).toBe('["NOT_SET"]');
      expectNoLeak(result);
    });

    it('offline on a fork pull request, the corpus optional', async () => {
      const result = await guard(node, {
        fixture: 'github-pr-fork',
        event: 'pull_request',
        actor: 'mallory',
        inputs: {required: 'NOT_SET', optional: NAMES.join(','), 'offline-env': OFFLINE_ENV},
        env: CORPUS
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.mode).toBe('offline');
      expectNoLeak(result);
    });

    // A secret given to an input by mistake (`required: ${{ secrets.X }}`): the runner masks the
    // whole value only, so neither it nor a piece the parser cuts it into may reach anything.
    // A secret that is a valid name (`true`, `q7Z`, unpadded base64 of letters and digits) cannot
    // be told from one in `required`: as a whole it is the runner's to mask.
    const NAME_LIKE = ['TRUE_VALUE', 'SHORT', 'B64_TOKEN'];
    const pieces = (value: string) =>
      value
        .split(/[,=\r\n]/)
        .map(piece => piece.trim())
        .filter(piece => piece.length >= 2);
    it.each<[string, (value: string) => Record<string, string>, string]>([
      ['required', value => ({required: value}), "Input 'required' item "],
      ['optional', value => ({required: 'A', optional: value}), "Input 'optional' item "],
      ['on-missing', value => ({required: 'A', 'on-missing': value}), "Input 'on-missing' must"],
      [
        'offline-env',
        value => ({required: 'A', 'offline-env': value}),
        "Input 'offline-env' line "
      ],
      [
        'online-env',
        value => ({required: 'A', 'online-env': `NOX_ONLINE=1\n${value}`}),
        "Input 'online-env' line "
      ],
      [
        'trusted-repositories',
        value => ({required: 'A', 'trusted-repositories': value}),
        "Input 'trusted-repositories' item "
      ]
    ])(
      'a corpus value given to %s is refused by position, never echoed',
      async (input, with_, error) => {
        for (const [name, value] of Object.entries(CORPUS)) {
          if (NAME_LIKE.includes(name) && (input === 'required' || input === 'optional')) continue;
          const result = await guard(node, {
            fixture: 'github-push',
            event: 'push',
            inputs: with_(value),
            env: {A: 'value-of-a'}
          });
          const messages = result.commands.map(c => c.message).join('\n');
          expect({name, exitCode: result.exitCode, error: messages.includes(error)}).toEqual({
            name,
            exitCode: 1,
            error: true
          });
          const everything = [
            result.stdout,
            result.stderr,
            result.summary,
            ...Object.entries(result.env).flat(),
            ...Object.values(result.outputs)
          ].join('\n');
          for (const form of [...forms(value), ...pieces(value)]) {
            const where = `${name} in ${input} as ${JSON.stringify(form)}`;
            expect({where, leaks: everything.includes(form)}).toEqual({where, leaks: false});
          }
        }
      }
    );
  });
});
