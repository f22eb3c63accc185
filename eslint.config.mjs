import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// What a feature's domain/ may not import: the framework, the ORM and the drivers, and the libs that wrap them.
const DOMAIN_FORBIDDEN_PACKAGES = ['typeorm', 'pg', 'amqplib', 'ioredis', '@platter/persistence', '@platter/messaging', '@platter/service-kit'];
// Each app is tagged scope:<app>, every shared lib scope:shared. An app depends on shared libs (and on a lib of
// its own scope, should one be split out), never on another app's; a shared lib depends only on shared libs.
const APP_SCOPES = ['gateway', 'identity', 'catalog', 'ordering', 'dispatch', 'payments', 'notifications', 'marketing', 'kitchen'];
const SCOPE_CONSTRAINTS = [
  ...APP_SCOPES.map((app) => ({ sourceTag: `scope:${app}`, onlyDependOnLibsWithTags: ['scope:shared', `scope:${app}`] })),
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];
const DOMAIN_IMPORT_MESSAGE = 'domain/ is framework-free: no Nest, TypeORM, database, broker or Redis imports; do the I/O in an adapter (repository, *.rpc.ts, *.consumer.ts) around it.';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'coverage', 'tmp'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // Apps never import apps; libs never import apps; only tests may use the testing lib.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'kind:contracts', onlyDependOnLibsWithTags: ['kind:contracts'] },
            { sourceTag: 'kind:infra', onlyDependOnLibsWithTags: ['kind:contracts', 'kind:infra'] },
            { sourceTag: 'kind:testing', onlyDependOnLibsWithTags: ['kind:contracts', 'kind:infra'] },
            ...SCOPE_CONSTRAINTS,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // A lib's own tests may use the testing lib (fakes of S3, of payment providers...); its code may not.
    files: ['libs/**/*.spec.ts', 'libs/**/*.medium-spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'kind:contracts', onlyDependOnLibsWithTags: ['kind:contracts'] },
            { sourceTag: 'kind:infra', onlyDependOnLibsWithTags: ['kind:contracts', 'kind:infra', 'kind:testing'] },
            { sourceTag: 'kind:testing', onlyDependOnLibsWithTags: ['kind:contracts', 'kind:infra'] },
            ...SCOPE_CONSTRAINTS,
          ],
        },
      ],
    },
  },
  {
    // A feature's domain/ holds its rules as plain TypeScript: no framework, no database, no broker, so a
    // rule is read and tested without Nest or I/O (docs/conventions.md). Adapters around it do the I/O.
    files: ['apps/*/src/**/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: DOMAIN_FORBIDDEN_PACKAGES.map((name) => ({ name, message: DOMAIN_IMPORT_MESSAGE })),
          patterns: [{ group: ['@nestjs/*', ...DOMAIN_FORBIDDEN_PACKAGES.map((name) => `${name}/*`)], message: DOMAIN_IMPORT_MESSAGE }],
        },
      ],
    },
  },
  {
    // tools/ are plain CommonJS scripts run by node (and required by the e2e tests).
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
