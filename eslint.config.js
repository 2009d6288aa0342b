// One flat config for the whole workspace: type-checked typescript-eslint rules, and the
// layering rule from ../shared/DESIGN.md (only package roots are imported, never src/ or dist/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', 'docs/api/**', '**/.test-results/**',
      // An outside app's sources, compiled by its own test with three TypeScript versions (strict).
      'packages/redis-consumer-check/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `const { dropped, ...kept } = options` is how an option is removed from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@org/*/src', '@org/*/src/*', '@org/*/dist', '@org/*/dist/*', '**/packages/*/src/**', '../../packages/**'],
              message: 'Import other workspace packages by their root (e.g. @org/redis-interface), never a deep path.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.spec.ts', '**/*.int.spec.ts', '**/*.spec-d.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
