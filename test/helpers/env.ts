// Snapshot and restore process.env around every test that touches it.
export function useCleanEnv(): void {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = {...process.env};
    for (const name of Object.keys(process.env)) {
      if (name.startsWith('INPUT_') || name.startsWith('STATE_')) delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });
}

export function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
}
