// Keeps the flake lab's workflows honest: after.yml is examples/forgejo/ci.yml in substance (same jobs, actions,
// tiers), and before.yml keeps the problem statement's findings.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  container?: {image: string};
  strategy?: {'fail-fast'?: boolean; matrix?: {session?: string[]}};
  steps: Step[];
}
interface Workflow {
  concurrency?: unknown;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = (file: string): Workflow =>
  parse(readFileSync(join(root, file), 'utf8'), {merge: true});
const example = load('examples/forgejo/ci.yml');
const after = load('lab/workflows/after.yml');
const before = load('lab/workflows/before.yml');

// Jobs of the example the lab does not run, and why.
const OMITTED: Record<string, string> = {
  docker: 'Docker-in-Docker: no privileged service containers in the lab',
  coverage: 'keeps one run within the lab time budget on 2 cores'
};

const needs = (j: Job) =>
  [j.needs ?? []]
    .flat()
    .filter(n => !(n in OMITTED))
    .sort();
/** The actions a job uses, in order, by name: `bootstrap`, `checkout`, ... (lab steps left out). */
const actions = (j: Job) =>
  j.steps
    .filter(s => s.uses !== undefined && !(s.name ?? '').startsWith('lab:'))
    .map(s => /([^/@]+)@[^@]+$/.exec(s.uses ?? '')?.[1]);
const guarded = (j: Job) => j.steps.filter(s => s.if !== undefined).map(s => s.if);
/** The example's published image as the lab has it: built here by `npm run image`, tagged `:local`. */
const asBuiltHere = (image?: string) =>
  image?.replace(/^(ghcr\.io\/cleveragents\/ci\/[a-z0-9.-]+):1$/, '$1:local');

describe('after.yml against examples/forgejo/ci.yml', () => {
  it('has the same jobs, minus the documented omissions', () => {
    const expected = Object.keys(example.jobs).filter(j => !(j in OMITTED));
    expect(Object.keys(after.jobs).sort()).toEqual(expected.sort());
  });

  it.each(Object.keys(example.jobs).filter(j => !(j in OMITTED)))(
    '%s: same tier (needs, if), image, actions in order and step conditions',
    id => {
      const a = after.jobs[id];
      const e = example.jobs[id];
      expect(needs(a)).toEqual(needs(e));
      expect(a.if).toEqual(e.if);
      expect(a.container?.image).toEqual(asBuiltHere(e.container?.image));
      expect(actions(a)).toEqual(actions(e));
      expect(guarded(a)).toEqual(guarded(e));
    }
  );

  it('runs a subset of the Tier 1 sessions, fail-fast off, and the same concurrency group', () => {
    const sessions = after.jobs.tier1.strategy?.matrix?.session ?? [];
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) expect(example.jobs.tier1.strategy?.matrix?.session).toContain(s);
    expect(after.jobs.tier1.strategy?.['fail-fast']).toBe(false);
    expect(after.concurrency).toEqual(example.concurrency);
  });

  it("runs every job in the pre-warmed image with the image's tool cache, as the example does", () => {
    const images = Object.values(after.jobs).map(j => j.container?.image);
    expect(new Set(images)).toEqual(new Set(['ghcr.io/cleveragents/ci/python-3.13-uv:local']));
    expect(after.env?.RUNNER_TOOL_CACHE).toBe('/opt/ci/tool-cache');
    expect(after.env).toEqual(example.env);
  });

  it('uses the actions of this repository at @v1', () => {
    const uses = Object.values(after.jobs).flatMap(j => j.steps.map(s => s.uses).filter(Boolean));
    for (const u of uses)
      expect(u).toMatch(/^(cleveragents\/ci-actions\/actions\/[a-z-]+@v1|actions\/checkout@v4)$/);
  });
});

describe('before.yml keeps the findings', () => {
  const jobs = Object.entries(before.jobs);

  it('starts every job at once, each in python:3.13-slim with the unretried apt-get line', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(7);
    for (const [, j] of jobs) {
      expect(j.needs).toBeUndefined();
      expect(j.container?.image).toBe('python:3.13-slim');
      expect(j.steps.map(s => s.run)).toContain(
        'apt-get update && apt-get install -y nodejs git curl tar'
      );
      expect(j.steps.some(s => (s.uses ?? '').startsWith('cleveragents/'))).toBe(false);
    }
  });

  it('fetches helm and kubeconform with curl and no --retry, and uv and nox with a bare pip install', () => {
    const runs = jobs.flatMap(([, j]) => j.steps.map(s => s.run ?? ''));
    const curls = runs.flatMap(r => r.split('\n')).filter(l => /^\s*curl /.test(l));
    expect(curls.length).toBe(2);
    for (const c of curls) expect(c).not.toMatch(/--retry/);
    expect(runs).toContain('pip install uv nox');
  });

  it('gives the secret jobs their keys and no guard', () => {
    const text = readFileSync(join(root, 'lab/workflows/before.yml'), 'utf8');
    for (const k of ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GOOGLE_API_KEY', 'FORGEJO_TOKEN']) {
      expect(text).toContain(`secrets.${k}`);
    }
    expect(text).not.toMatch(/secret-guard|offline-fixtures|mock-creds/);
  });
});
