// The workspace config, plus the demo's own layering rule: the testkit starts the embedded Redis in the
// launcher (src/main.ts, src/launcher/) and is used by tests; the app itself never imports it.
import root from '../../eslint.config.js';

const deepImports = {
  group: [
    '@org/*/src',
    '@org/*/src/*',
    '@org/*/dist',
    '@org/*/dist/*',
    '**/packages/*/src/**',
    '../../packages/**',
  ],
  message: 'Import other workspace packages by their root (e.g. @org/redis-interface), never a deep path.',
};

export default [
  ...root,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/launcher/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@org/redis-testkit', message: 'Only the launcher (src/launcher/) may use the testkit.' },
          ],
          patterns: [deepImports],
        },
      ],
    },
  },
];
