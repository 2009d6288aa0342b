/**
 * The one vitest configuration every workspace package extends.
 *
 * Two projects split tests by what they need (see ../shared/STYLE.md):
 * - `unit`: `*.spec.ts` next to the code, plus `*.spec-d.ts` type tests; no server.
 * - `integration`: `*.int.spec.ts`; talks to the real Redis servers the testkit starts.
 *
 * Each run also writes vitest's JSON report to `.test-results/<script>.json` so that
 * `.ci/run` can print totals over all packages from vitest's own numbers.
 */
import { defineConfig, type ViteUserConfig } from 'vitest/config';

export interface PackageTestOptions {
  /** Absolute path of the package (pass `import.meta.dirname`). */
  readonly root: string;
  /** Vitest `globalSetup` files for the integration project (e.g. the testkit's servers). */
  readonly integrationGlobalSetup?: readonly string[];
  /** Per-test timeout for integration tests; real servers restart and fail over. */
  readonly integrationTimeoutMs?: number;
}

const SOURCE_CONDITION = '@org/source';

function resultFileName(): string {
  // pnpm sets npm_lifecycle_event to the script being run: test:unit -> unit.
  const script = process.env['npm_lifecycle_event'] ?? 'vitest';
  return `.test-results/${script.replace(/^test:/, '')}.json`;
}

export function definePackageTestConfig(options: PackageTestOptions): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: [SOURCE_CONDITION, 'import', 'module', 'node', 'default'] },
    ssr: { resolve: { conditions: [SOURCE_CONDITION, 'import', 'module', 'node', 'default'] } },
    test: {
      root: options.root,
      reporters: ['default', ['json', { outputFile: resultFileName() }]],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
            exclude: ['**/*.int.spec.ts', '**/node_modules/**', '**/dist/**'],
            typecheck: {
              enabled: true,
              include: ['src/**/*.spec-d.ts', 'test/**/*.spec-d.ts'],
              tsconfig: './tsconfig.json',
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['src/**/*.int.spec.ts', 'test/**/*.int.spec.ts'],
            globalSetup: [...(options.integrationGlobalSetup ?? [])],
            testTimeout: options.integrationTimeoutMs ?? 30_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  });
}
