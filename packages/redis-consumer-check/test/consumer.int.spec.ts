// The public packages as a user's application receives them: each one packed with `pnpm pack` (so with its
// publish-time manifest), installed with npm from the tarballs into an app of its own outside the workspace, the
// app compiled with the TypeScript versions users have (strict, `nodenext`, default `types`, `skipLibCheck` off,
// so every declaration we ship is checked), and run against the testkit's servers.
//
// Needs the npm registry for the packages' own dependencies (ioredis, zod, pino…), as a user's install does.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RedisMode } from '@org/redis-interface';
import { redisTestServers } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const workspaceDir = join(packageDir, '..', '..');

/** The compilers, as this package's aliases of `typescript` (pinned in its devDependencies). */
const compilers = ['5.9', '6.0', '7.0'] as const;
const modes: readonly RedisMode[] = ['standalone', 'cluster'];

interface Run {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `file args` in `cwd`, killed after `timeoutMs` (then `code` is the signal). */
function run(
  file: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { cwd, timeout: timeoutMs, env, maxBuffer: 16 * 1024 * 1024 },
      (_error, stdout, stderr) => {
        resolve({ code: child.exitCode ?? child.signalCode ?? 'unknown', stdout, stderr });
      },
    );
  });
}

/** Fails with the command's output when it did not exit with 0. */
function succeeded(what: string, result: Run): void {
  if (result.code !== 0)
    throw new Error(`${what} exited with ${String(result.code)}:\n${result.stdout}\n${result.stderr}`);
}

/** The workspace's public packages (not `private`), by folder. */
function publicPackages(): { readonly name: string; readonly dir: string }[] {
  const root = join(workspaceDir, 'packages');
  return readdirSync(root)
    .map((folder) => join(root, folder))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

/** The fields of a packed manifest the checks read. */
interface PublishedManifest {
  readonly exports?: unknown;
  readonly dependencies?: Record<string, string>;
  readonly repository?: { readonly url?: string; readonly directory?: string };
  readonly homepage?: string;
  readonly bugs?: { readonly url?: string };
}

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
}

/** REDIS_* variables of the shared test server or cluster, as the app's deployment would set them. */
function redisEnv(mode: RedisMode): NodeJS.ProcessEnv {
  const servers = redisTestServers();
  const { PATH, HOME } = process.env;
  return mode === 'cluster'
    ? {
        PATH,
        HOME,
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: servers.cluster.startupNodes.map(({ host, port }) => `${host}:${port}`).join(','),
        REDIS_SHARDED_PUBSUB: 'true',
      }
    : { PATH, HOME, REDIS_MODE: 'standalone', REDIS_URL: servers.standalone.url };
}

let scratch = '';
let app = '';
const packed: string[] = [];
/** Each packed package's tarball, by name. */
const tarballOf = new Map<string, string>();
const packages = publicPackages();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'org-redis-consumer-'));
  const tarballs = join(scratch, 'tarballs');
  app = join(scratch, 'app');
  mkdirSync(tarballs);
  const dependencies: Record<string, string> = {};
  for (const { name, dir } of packages) {
    const before = new Set(readdirSync(tarballs));
    succeeded(`pnpm pack of ${name}`, await run('pnpm', ['pack', '--pack-destination', tarballs], dir, 60_000));
    const tarball = readdirSync(tarballs).find((file) => !before.has(file));
    if (tarball === undefined) throw new Error(`pnpm pack of ${name} wrote no tarball`);
    dependencies[name] = `file:${join(tarballs, tarball)}`;
    tarballOf.set(name, join(tarballs, tarball));
    packed.push(name);
  }
  cpSync(join(packageDir, 'fixtures', 'app'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer-app', private: true, type: 'module', dependencies }, null, 2),
  );
  // --ignore-scripts: a user may allow install scripts, but nothing of ours needs one.
  succeeded(
    'npm install of the tarballs',
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app, 240_000),
  );
}, 360_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('the packed packages', () => {
  it('should include every public package of the workspace, installed from its tarball', () => {
    expect(packed.length).toBeGreaterThanOrEqual(11);
    for (const name of packed) {
      const installed = JSON.parse(
        readFileSync(join(app, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'),
      ) as { name: string; dependencies?: Record<string, string> };
      expect(installed.name).toBe(name);
      // pnpm pack replaced every workspace: range with the version.
      expect(Object.values(installed.dependencies ?? {}).filter((range) => range.startsWith('workspace:'))).toEqual(
        [],
      );
    }
  });

  it('should ship manifests a user can rely on: no source condition, caret ranges, where the project lives', () => {
    for (const name of packed) {
      const installed = JSON.parse(
        readFileSync(join(app, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'),
      ) as PublishedManifest;
      // src/ is not shipped: a condition pointing there would resolve to nothing in a user's bundler.
      const source = JSON.stringify(installed.exports).includes('@org/source');
      expect({ name, source }).toStrictEqual({ name, source: false });
      const exact = Object.entries(installed.dependencies ?? {}).filter(([, range]) => !range.startsWith('^'));
      expect({ name, exact }).toStrictEqual({ name, exact: [] });
      expect(installed.repository?.url).toMatch(/^git\+https:\/\//);
      expect(installed.repository?.directory).toMatch(/^packages\//);
      expect(typeof installed.homepage).toBe('string');
      expect(typeof installed.bugs?.url).toBe('string');
    }
  });

  it('should give the app @types/node through the peer dependency, without the app asking for it', () => {
    const types = JSON.parse(
      readFileSync(join(app, 'node_modules', '@types', 'node', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(Number(types.version.split('.')[0])).toBeGreaterThanOrEqual(20);
  });
});

/** `node <bin of a devDependency> args`, run from this package. */
function devTool(tool: string, args: readonly string[]): Promise<Run> {
  return run(process.execPath, [join(packageDir, 'node_modules', ...tool.split('/')), ...args], packageDir, 120_000);
}

describe.each(packages.map(({ name, dir }) => ({ name, dir })))('the published $name', ({ name, dir }) => {
  // ESM only by design (the packages' exports have no require condition): the node10 and CJS resolutions are
  // the profile's exceptions; every other problem (missing types, masquerading formats…) fails.
  it('should pass arethetypeswrong with the esm-only profile', async () => {
    const checked = await devTool('@arethetypeswrong/cli/dist/index.js', [
      tarballOf.get(name) ?? 'not packed',
      '--profile',
      'esm-only',
      '--format',
      'ascii',
    ]);
    expect({ code: checked.code, output: checked.code === 0 ? '' : checked.stdout + checked.stderr }).toStrictEqual({
      code: 0,
      output: '',
    });
  });

  it('should pass publint --strict', async () => {
    const linted = await devTool('publint/src/cli.js', [dir, '--strict']);
    // Suggestions and warnings are printed instead of "All good!", and fail with --strict.
    const output = linted.stdout.includes('All good!') ? 'All good!' : linted.stdout + linted.stderr;
    expect({ code: linted.code, output }).toStrictEqual({ code: 0, output: 'All good!' });
  });
});

describe.each(compilers)('an app compiled with TypeScript %s', (version) => {
  const outDir = `dist-${version}`;

  it('should compile with no error (strict, nodenext, default types, skipLibCheck off)', async () => {
    // By path: TypeScript 7's `exports` do not list bin/tsc.
    const tsc = join(packageDir, 'node_modules', `typescript-${version}`, 'bin', 'tsc');
    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', outDir], app, 180_000);
    expect({ code: compiled.code, output: compiled.stdout + compiled.stderr }).toStrictEqual({ code: 0, output: '' });
  }, 200_000);

  // Only @org/redis-interface in the program: no ioredis or testkit declaration brings Node's types along.
  it('should compile code that imports the contract alone', async () => {
    const tsc = join(packageDir, 'node_modules', `typescript-${version}`, 'bin', 'tsc');
    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.contract-only.json'], app, 180_000);
    expect({ code: compiled.code, output: compiled.stdout + compiled.stderr }).toStrictEqual({ code: 0, output: '' });
  }, 200_000);

  it.each(modes)('should run against the testkit %s server and exit by itself', async (mode) => {
    const ran = await run(process.execPath, [join(outDir, 'main.js')], app, 30_000, redisEnv(mode));
    expect({ code: ran.code, stderr: ran.stderr }).toStrictEqual({ code: 0, stderr: '' });
    expect(JSON.parse(ran.stdout)).toStrictEqual({
      mode,
      bytes: 'one',
      first: { value: 42, runs: 1 },
      second: { value: 42, runs: 1 },
      refused: 'INVALID_ARGUMENT',
      metrics: true,
      exports: ['function', 'function', 'function', 'function'],
      migrateCodes: true,
      unused: 2,
    });
  });
});
