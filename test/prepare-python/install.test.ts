import {
  installArgs,
  noxArgs,
  parsePythonProbe,
  planInstall,
  PlanError,
  pruneArgs,
  pythonFindArgs,
  requirementsArgs,
  type InstallMode,
  type InstallPlan,
  type ProjectFiles
} from '../../actions/prepare-python/src/install';

const files = (hasLock: boolean, requirements: string[], missing: string[] = []): ProjectFiles => ({
  hasLock,
  requirements,
  missingRequirements: missing
});

describe('planInstall', () => {
  it.each<[InstallMode, ProjectFiles, InstallPlan['kind'], string[] | undefined]>([
    ['auto', files(true, ['requirements.txt']), 'sync', ['sync', '--frozen']],
    [
      'auto',
      files(false, ['requirements.txt', 'dev.txt']),
      'requirements',
      ['pip', 'install', '--system', '-r', 'requirements.txt', '-r', 'dev.txt']
    ],
    ['auto', files(false, [], ['requirements.txt']), 'none', undefined],
    ['sync', files(true, []), 'sync', ['sync', '--frozen']],
    [
      'requirements',
      files(true, ['requirements.txt']),
      'requirements',
      ['pip', 'install', '--system', '-r', 'requirements.txt']
    ],
    ['none', files(true, ['requirements.txt']), 'none', undefined]
  ])('%s with %o -> %s %o', (mode, project, kind, args) => {
    const plan = planInstall(mode, project);
    expect(plan.kind).toBe(kind);
    expect(installArgs(plan)).toEqual(args);
  });

  it.each<[InstallMode, ProjectFiles, RegExp]>([
    ['sync', files(false, ['requirements.txt']), /no uv.lock/],
    ['requirements', files(false, ['a.txt'], ['b.txt']), /do not exist: b.txt/],
    ['requirements', files(false, []), /is empty/]
  ])('%s with %o fails', (mode, project, message) => {
    expect(() => planInstall(mode, project)).toThrow(PlanError);
    expect(() => planInstall(mode, project)).toThrow(message);
  });
});

describe('command lines', () => {
  it.each([
    ['2026.10.20', ['tool', 'install', 'nox==2026.10.20']],
    ['none', undefined]
  ])('nox %s', (version, args) => {
    expect(noxArgs(version)).toEqual(args);
  });

  it('passes requirements files as given, each after -r', () => {
    expect(requirementsArgs(['a b.txt', '-x.txt'])).toEqual([
      'pip',
      'install',
      '--system',
      '-r',
      'a b.txt',
      '-r',
      '-x.txt'
    ]);
  });

  it.each([
    ['0.8.23', ['cache', 'prune', '--ci']],
    ['0.8.24', ['cache', 'prune', '--ci', '--force']],
    ['0.9.30', ['cache', 'prune', '--ci', '--force']],
    ['1.0.0', ['cache', 'prune', '--ci', '--force']]
  ])('prune with uv %s', (version, args) => {
    expect(pruneArgs(version)).toEqual(args);
  });

  it.each([
    [undefined, ['python', 'find']],
    ['3.13', ['python', 'find', '3.13']]
  ])('python find %p', (request, args) => {
    expect(pythonFindArgs(request)).toEqual(args);
  });
});

describe('parsePythonProbe', () => {
  it.each([
    [
      '3.13.7\n\n/usr/local/bin/python3\n',
      {version: '3.13.7', freeThreaded: false, executable: '/usr/local/bin/python3'}
    ],
    [
      '3.14.0\nt\n/usr/bin/python3.14t\n',
      {version: '3.14.0', freeThreaded: true, executable: '/usr/bin/python3.14t'}
    ],
    [
      '3.12.1\r\n\r\nC:\\Python312\\python.exe\r\n',
      {version: '3.12.1', freeThreaded: false, executable: 'C:\\Python312\\python.exe'}
    ],
    ['Python was not found; run without arguments to install from the Microsoft Store', undefined],
    ['', undefined]
  ])('%p', (output, expected) => {
    expect(parsePythonProbe(output)).toEqual(expected);
  });
});
