/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {'^.+\\.ts$': ['ts-jest', {useESM: true, tsconfig: 'tsconfig.json'}]},
  moduleNameMapper: {
    '^@ci-actions/core$': '<rootDir>/packages/core/src/index.ts',
    '^@ci-actions/core/(.*)$': '<rootDir>/packages/core/src/$1.ts'
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/helpers/global-setup.mjs',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.mjs',
  clearMocks: true,
  testTimeout: 60000,
  collectCoverageFrom: [
    'actions/*/src/**/*.ts',
    'packages/*/src/**/*.ts',
    '!**/main.ts',
    '!**/post.ts'
  ]
};
