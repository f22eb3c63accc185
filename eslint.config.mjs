import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
          ],
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
