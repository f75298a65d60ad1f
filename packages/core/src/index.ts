// Light modules only: everything here is on every action's start path. Modules that load the
// toolkit's HTTP or cache packages are imported by subpath (`@ci-actions/core/download`).
export * from './duration';
export * from './errors';
export * from './inputs';
export * from './ledger';
export * from './logger';
export * from './output-patterns';
export * from './process';
export * from './retried-command';
export * from './retry';
export * from './run-action';
export * from './run-deps';
export * as runner from './runner';
export * from './state';
export * from './summary';
export * from './url';
