import {
  installArgs,
  noxArgs,
  parsePythonProbe,
  planEnvironment,
  planInstall,
  PlanError,
  pythonFindArgs,
  requirementsArgs,
  venvArgs,
  venvBinDir,
  type InstallMode,
  type InstallPlan,
  type ProjectFiles,
  type PythonEnvironment
} from '../../actions/prepare-python/src/install';

const files = (hasLock: boolean, requirements: string[], missing: string[] = []): ProjectFiles => ({
  hasLock,
  requirements,
  missingRequirements: missing
});

const VENV = '/w/.venv';

describe('planInstall', () => {
  it.each<
    [
      InstallMode,
      PythonEnvironment,
      ProjectFiles,
      InstallPlan['kind'],
      string[] | undefined,
      string | undefined
    ]
  >([
    ['auto', 'venv', files(true, ['requirements.txt']), 'sync', ['sync', '--frozen'], VENV],
    [
      'auto',
      'venv',
      files(false, ['requirements.txt', 'dev.txt']),
      'requirements',
      ['pip', 'install', '--python', VENV, '-r', 'requirements.txt', '-r', 'dev.txt'],
      VENV
    ],
    [
      'auto',
      'system',
      files(false, ['requirements.txt', 'dev.txt']),
      'requirements',
      ['pip', 'install', '--system', '-r', 'requirements.txt', '-r', 'dev.txt'],
      undefined
    ],
    ['auto', 'venv', files(false, [], ['requirements.txt']), 'none', undefined, undefined],
    ['auto', 'system', files(false, [], ['requirements.txt']), 'none', undefined, undefined],
    ['sync', 'venv', files(true, []), 'sync', ['sync', '--frozen'], VENV],
    [
      'requirements',
      'venv',
      files(true, ['requirements.txt']),
      'requirements',
      ['pip', 'install', '--python', VENV, '-r', 'requirements.txt'],
      VENV
    ],
    [
      'requirements',
      'system',
      files(true, ['requirements.txt']),
      'requirements',
      ['pip', 'install', '--system', '-r', 'requirements.txt'],
      undefined
    ],
    ['none', 'venv', files(true, ['requirements.txt']), 'none', undefined, undefined]
  ])('%s, %s with %o -> %s %o in %s', (mode, environment, project, kind, args, venv) => {
    const plan = planInstall(mode, project, environment);
    expect(plan.kind).toBe(kind);
    expect(installArgs(plan, VENV)).toEqual(args);
    expect(planEnvironment(plan, VENV)).toBe(venv);
  });

  it('installs into a virtual environment by default', () => {
    expect(planInstall('auto', files(false, ['r.txt']))).toEqual({
      kind: 'requirements',
      files: ['r.txt'],
      environment: 'venv'
    });
  });

  it.each<[InstallMode, PythonEnvironment, ProjectFiles, RegExp]>([
    ['sync', 'venv', files(false, ['requirements.txt']), /no uv.lock/],
    ['requirements', 'venv', files(false, ['a.txt'], ['b.txt']), /do not exist: b.txt/],
    ['requirements', 'venv', files(false, []), /is empty/],
    [
      'sync',
      'system',
      files(true, []),
      /'python-environment' is 'system', but the install is 'uv sync' \(install is 'sync'\)/
    ],
    ['auto', 'system', files(true, ['requirements.txt']), /'uv sync' \(a uv.lock exists\)/]
  ])('%s, %s with %o fails', (mode, environment, project, message) => {
    expect(() => planInstall(mode, project, environment)).toThrow(PlanError);
    expect(() => planInstall(mode, project, environment)).toThrow(message);
  });
});

describe('command lines', () => {
  it.each([
    ['2026.10.20', ['tool', 'install', 'nox==2026.10.20']],
    ['none', undefined]
  ])('nox %s', (version, args) => {
    expect(noxArgs(version)).toEqual(args);
  });

  it('creates a fresh environment with the interpreter found', () => {
    expect(venvArgs('/usr/bin/python3', '/w/my env')).toEqual([
      'venv',
      '--clear',
      '--python',
      '/usr/bin/python3',
      '/w/my env'
    ]);
  });

  it.each<[string, NodeJS.Platform, string]>([
    ['/w/.venv', 'linux', '/w/.venv/bin'],
    ['/w/.venv', 'darwin', '/w/.venv/bin'],
    ['C:\\w\\.venv', 'win32', 'C:\\w\\.venv\\Scripts']
  ])('the executables of %s on %s are in %s', (venv, platform, bin) => {
    expect(venvBinDir(venv, platform)).toBe(bin);
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
