// The README's container example, run as it is written there (only its connection options swapped for the
// test servers'), in a child process through tsx, as the factory's lifecycle test runs its fixture: so the
// example cannot drift from the API, and it must let the process exit by itself.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IRedisService, RedisMode } from '@org/redis-interface';
import { RedisCache } from '@org/redis-cache';
import { redisTestServers } from '@org/redis-testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, modes, sharedConfig } from './cacheSetup.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const marker = '<!-- example: container -->';
const connection = /RedisContainerModule\.fromOptions\(\{[^}]*\}\)/g;

/** The ```ts block right after the marker comment. */
function exampleBlock(): string {
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`README.md has no ${marker} comment`);
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme.slice(start + marker.length));
  if (block?.[1] === undefined) throw new Error(`README.md has no \`\`\`ts block after ${marker}`);
  return block[1];
}

/** The example with its one `fromOptions({...})` pointed at the shared test server of `mode`. */
function exampleFor(mode: RedisMode): string {
  const source = exampleBlock();
  const calls = source.match(connection) ?? [];
  if (calls.length !== 1)
    throw new Error(
      `the README example must call RedisContainerModule.fromOptions({...}) once, found ${calls.length}`,
    );
  const servers = redisTestServers();
  const options =
    mode === 'cluster'
      ? {
          mode: 'cluster',
          nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
          shardedPubSub: true,
        }
      : { mode: 'standalone', url: servers.standalone.url };
  return source.replace(connection, `RedisContainerModule.fromOptions(${JSON.stringify(options)})`);
}

interface Run {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` from the package (so that imports resolve as in its own files), killed after `timeoutMs`. */
function runNode(args: readonly string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      { cwd: packageDir, timeout: timeoutMs },
      (_error, stdout, stderr) => {
        resolve({ code: child.exitCode ?? child.signalCode ?? 'unknown', stdout, stderr });
      },
    );
  });
}

/** A folder of the test's own inside the package (its imports resolve from there), removed afterwards. */
function scratchDir(): string {
  return mkdtempSync(join(packageDir, 'test', '.readme-example-'));
}

describe('the README container example', () => {
  let dir = '';
  beforeEach(() => {
    dir = scratchDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // tsx strips types without checking them: a type error in the README would otherwise still run.
  it('should type-check with the repository settings', async () => {
    writeFileSync(join(dir, 'example.ts'), exampleBlock());
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['example.ts'] }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    // It checks the workspace sources the example imports too: about 15 s on an idle machine.
    const run = await runNode([tsc, '-p', join(dir, 'tsconfig.json')], 150_000);
    expect({ code: run.code, output: run.stdout + run.stderr }).toStrictEqual({ code: 0, output: '' });
  }, 180_000);
});

describe.each(modes)('[%s] the README container example, run', (mode) => {
  let dir = '';
  let redis: IRedisService;

  // The example's cache name is fixed ('catalog'): start from an empty one, whatever an earlier run left.
  beforeEach(async () => {
    dir = scratchDir();
    redis = createService(sharedConfig(mode));
    await redis.connect();
    const catalog = new RedisCache(redis, { name: 'catalog', bus: { enabled: false } });
    await catalog.clear();
    await catalog.close();
  });

  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await redis.quit();
  });

  it('should print the product, loaded once, and exit by itself with code 0', async () => {
    const file = join(dir, 'example.ts');
    writeFileSync(file, exampleFor(mode));
    // Still running after 30 s means something kept the process alive: it is killed, and the code is SIGTERM.
    const run = await runNode(['--import', 'tsx', '--conditions=@org/source', file], 30_000);
    expect({ code: run.code, stdout: run.stdout }, run.stderr).toStrictEqual({
      code: 0,
      stdout: 'Teapot 1 1\n',
    });
  });
});
