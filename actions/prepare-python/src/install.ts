// What to install and the uv command lines for it, as pure functions of the inputs and of which
// files exist. The commands run under the retry loop in run.ts.

export type InstallMode = 'auto' | 'sync' | 'requirements' | 'none';
export const INSTALL_MODES: readonly InstallMode[] = ['auto', 'sync', 'requirements', 'none'];

/**
 * Where requirements go: a virtual environment (the default; an externally managed interpreter,
 * PEP 668, refuses a system install) or the interpreter itself.
 */
export type PythonEnvironment = 'venv' | 'system';
export const PYTHON_ENVIRONMENTS: readonly PythonEnvironment[] = ['venv', 'system'];

export type InstallPlan =
  | {readonly kind: 'sync'}
  | {
      readonly kind: 'requirements';
      readonly files: readonly string[];
      readonly environment: PythonEnvironment;
    }
  | {readonly kind: 'none'; readonly reason: string};

export interface ProjectFiles {
  readonly hasLock: boolean;
  /** The `requirements` files that exist, in input order. */
  readonly requirements: readonly string[];
  /** The `requirements` files that do not exist. */
  readonly missingRequirements: readonly string[];
}

export class PlanError extends Error {}

export function planInstall(
  mode: InstallMode,
  files: ProjectFiles,
  environment: PythonEnvironment = 'venv'
): InstallPlan {
  const plan = planFor(mode, files, environment);
  if (plan.kind === 'sync' && environment === 'system') {
    throw new PlanError(
      `Input 'python-environment' is 'system', but the install is 'uv sync' (${mode === 'sync' ? "install is 'sync'" : 'a uv.lock exists'}), which always installs into the project's virtual environment. Use 'python-environment: venv', or 'install: requirements'.`
    );
  }
  return plan;
}

function planFor(
  mode: InstallMode,
  files: ProjectFiles,
  environment: PythonEnvironment
): InstallPlan {
  switch (mode) {
    case 'none':
      return {kind: 'none', reason: "install is 'none'"};
    case 'sync':
      if (!files.hasLock) {
        throw new PlanError("Input 'install' is 'sync', but the working directory has no uv.lock.");
      }
      return {kind: 'sync'};
    case 'requirements':
      if (files.missingRequirements.length > 0) {
        throw new PlanError(
          `Input 'install' is 'requirements', but these files of input 'requirements' do not exist: ${files.missingRequirements.join(', ')}.`
        );
      }
      if (files.requirements.length === 0) {
        throw new PlanError(
          "Input 'install' is 'requirements', but input 'requirements' is empty."
        );
      }
      return {kind: 'requirements', files: files.requirements, environment};
    case 'auto':
      if (files.hasLock) return {kind: 'sync'};
      if (files.requirements.length > 0) {
        return {kind: 'requirements', files: files.requirements, environment};
      }
      return {kind: 'none', reason: 'no uv.lock and none of the requirements files exist'};
  }
}

/** `uv sync --frozen`: installs exactly what uv.lock says, without re-resolving. */
export function syncArgs(): string[] {
  return ['sync', '--frozen'];
}

/**
 * `uv pip install --python VENV -r a.txt -r b.txt`, or with `--system` instead of a virtual
 * environment.
 */
export function requirementsArgs(files: readonly string[], venv?: string): string[] {
  const target = venv === undefined ? ['--system'] : ['--python', venv];
  return ['pip', 'install', ...target, ...files.flatMap(file => ['-r', file])];
}

/**
 * The virtual environment the plan installs into, which later steps get activated: uv sync's
 * project environment, or the one made for a requirements install. Undefined for a system install
 * and for no install.
 */
export function planEnvironment(plan: InstallPlan, projectEnvironment: string): string | undefined {
  if (plan.kind === 'sync') return projectEnvironment;
  if (plan.kind === 'requirements' && plan.environment === 'venv') return projectEnvironment;
  return undefined;
}

/** `uv venv --clear --python PYTHON DIR`: a fresh environment (uv 0.10 needs `--clear` to replace one). */
export function venvArgs(python: string, dir: string): string[] {
  return ['venv', '--clear', '--python', python, dir];
}

/** The directory of a virtual environment's executables. */
export function venvBinDir(venv: string, platform: NodeJS.Platform): string {
  return `${venv}${platform === 'win32' ? '\\Scripts' : '/bin'}`;
}

export function installArgs(plan: InstallPlan, projectEnvironment: string): string[] | undefined {
  if (plan.kind === 'sync') return syncArgs();
  if (plan.kind === 'requirements') {
    return requirementsArgs(plan.files, planEnvironment(plan, projectEnvironment));
  }
  return undefined;
}

/** `uv tool install nox==X`, or nothing for `none`. */
export function noxArgs(version: string): string[] | undefined {
  return version === 'none' ? undefined : ['tool', 'install', `nox==${version}`];
}

/** `uv python find [request]`. */
export function pythonFindArgs(request: string | undefined): string[] {
  return ['python', 'find', ...(request ? [request] : [])];
}

/** `uv python install <request>`, for `python-downloads: true` with a version request. */
export function pythonInstallArgs(request: string): string[] {
  return ['python', 'install', request];
}

/** Prints `3.13.7`, `t` for a free-threaded build (else an empty line) and the executable. */
export const PYTHON_VERSION_SCRIPT =
  "import sys,sysconfig;print('%d.%d.%d' % sys.version_info[:3]);print('t' if sysconfig.get_config_var('Py_GIL_DISABLED') else '');print(sys.executable)";

export interface PythonProbe {
  readonly version: string;
  readonly freeThreaded: boolean;
  readonly executable: string;
}

/** Parses the output of PYTHON_VERSION_SCRIPT; undefined when it is not that. */
export function parsePythonProbe(output: string): PythonProbe | undefined {
  const [version = '', threading = '', executable = ''] = output.split(/\r?\n/).map(l => l.trim());
  if (!/^\d+\.\d+\.\d+$/.test(version)) return undefined;
  return {version, freeThreaded: threading === 't', executable};
}
