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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin, type ViteUserConfig } from 'vitest/config';

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

/**
 * Vitest loads `globalSetup` files by path, not by package name. Resolve a workspace package's
 * export (e.g. `@org/redis-testkit/vitest-global-setup`) to its source file through the
 * package's own `exports` map, so no config reaches into another package's folders.
 */
function resolveSetupFile(root: string, specifier: string): string {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return specifier;
  const [scope = '', name = '', ...rest] = specifier.split('/');
  const packageDir = join(root, 'node_modules', scope, name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, Record<string, string> | string>;
  };
  const entry = manifest.exports?.[['.', ...rest].join('/')];
  const target = typeof entry === 'string' ? entry : (entry?.[SOURCE_CONDITION] ?? entry?.['import']);
  if (target === undefined) throw new Error(`${specifier} is not exported by ${scope}/${name}`);
  return join(packageDir, target);
}

/**
 * Resolve workspace packages to their sources in every Vite environment, not only `ssr`: vitest
 * loads `globalSetup` files in an environment of its own, which would otherwise look for `dist/`
 * when the testkit imports another workspace package. Only the source condition on top of Node's
 * own: vitest hands these conditions to the workers as Node `--conditions`, which also apply to
 * `require()`, so adding `import` there makes CommonJS packages load ESM entry points (engine.io's
 * `require('ws')` broke Socket.IO).
 */
const workspaceSources: Plugin = {
  name: 'org-workspace-sources',
  configEnvironment(_name, config) {
    if (config.resolve?.conditions?.includes(SOURCE_CONDITION) === true) return null;
    return { resolve: { conditions: [SOURCE_CONDITION, 'node'] } };
  },
};

export function definePackageTestConfig(options: PackageTestOptions): ViteUserConfig {
  return defineConfig({
    plugins: [workspaceSources],
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
            globalSetup: (options.integrationGlobalSetup ?? []).map((file) => resolveSetupFile(options.root, file)),
            testTimeout: options.integrationTimeoutMs ?? 30_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  });
}
