const swc = require('./tools/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

// @platter/* aliases resolve to lib sources; Nest 12 and jose 6 ship ESM, which jest's CJS runtime
// cannot require on Node 20, so those packages go through swc too.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swc, sourceMaps: 'inline', swcrc: false }] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleNameMapper,
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/tests/deploy/**/*.spec.ts', '<rootDir>/tests/lint/**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.medium-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/long-timeout.js'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/long-timeout.js'] },
  ],
};
