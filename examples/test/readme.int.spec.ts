// The README examples, run as they are written there in a child process through tsx (on the built
// packages), configured only by REDIS_* variables for the test servers: so no example can drift from the
// API, and each must let the process exit by itself. The root README's "ten lines" and the cache
// package's container example.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService, RedisMode } from '@org/redis-interface';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, modes, redisEnv, uniqueRunId } from './support/exampleEnv.js';
import { packageDir, runNode } from './support/runNode.js';

/** A README's ```ts block that follows an `<!-- example: NAME -->` comment, and what running it prints. */
interface ReadmeExample {
  readonly title: string;
  /** The README, from the repository root. */
  readonly readme: string;
  readonly marker: string;
  readonly stdout: string;
  /** The keys the run leaves, without the run's prefix. */
  readonly leaves: readonly string[];
}

const examples: readonly ReadmeExample[] = [
  {
    title: 'the root README example',
    readme: 'README.md',
    marker: 'readme',
    stdout: "[ 'a', 'b' ]\n",
    leaves: ['user:1', 'user:2'],
  },
  // `deleteByTag` at its end removes the one entry it cached.
  {
    title: "the cache README's container example",
    readme: 'packages/redis-cache/README.md',
    marker: 'container',
    stdout: 'Teapot 1 1\n',
    leaves: [],
  },
];

/** The ```ts block right after the example's marker comment. */
function exampleBlock(example: ReadmeExample): string {
  const readme = readFileSync(join(packageDir, '..', example.readme), 'utf8');
  const marker = `<!-- example: ${example.marker} -->`;
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`${example.readme} has no ${marker} comment`);
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme.slice(start + marker.length));
  if (block?.[1] === undefined) throw new Error(`${example.readme} has no \`\`\`ts block after ${marker}`);
  return block[1];
}

/** A folder of the test's own inside the package (the example's imports resolve from there), removed afterwards. */
function scratchDir(): string {
  return mkdtempSync(join(packageDir, 'test', '.readme-example-'));
}

describe.each(examples)('$title', (example) => {
  let dir = '';
  beforeEach(() => {
    dir = scratchDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // tsx strips types without checking them: a type error in the README would otherwise still run.
  it('should type-check with the repository settings, against the published types', async () => {
    writeFileSync(join(dir, 'example.ts'), exampleBlock(example));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      // No source condition: the example sees the packages' declarations in dist/, as a user would.
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: { customConditions: [] },
        include: ['example.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = await runNode([tsc, '-p', join(dir, 'tsconfig.json')], baseEnv(), 120_000);
    expect({ code: run.code, output: run.stdout + run.stderr }).toStrictEqual({ code: 0, output: '' });
  }, 150_000);
});

describe.each(modes)('[%s] the README examples, run', (mode: RedisMode) => {
  let dir = '';
  let redis: IRedisService;

  beforeAll(async () => {
    dir = scratchDir();
    redis = new RedisFactoryService().createFromEnv(redisEnv(mode));
    await redis.connect();
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await redis.quit();
  });

  /** The keys under `prefix`, removed once listed. */
  async function takeKeys(prefix: string): Promise<string[]> {
    const written: string[] = [];
    for await (const key of redis.scan({ match: `${prefix}*` })) written.push(key);
    if (written.length > 0) await redis.del(written);
    return written.sort();
  }

  it.each(examples)(
    '$title should print what it read back, write under the configured prefix only, and exit by itself with code 0',
    async (example) => {
      // REDIS_KEY_PREFIX is part of the configuration the example reads: its fixed keys (user:1, the
      // `catalog` cache's) become keys of this run only, found and removed afterwards.
      const prefix = `examples:${uniqueRunId()}:`;
      const file = join(dir, `${example.marker}.ts`);
      writeFileSync(file, exampleBlock(example));
      // Still running after 30 s means something kept the process alive: it is killed (timedOut, SIGKILL).
      const run = await runNode(
        ['--import', 'tsx', file],
        { ...baseEnv(), ...redisEnv(mode), REDIS_KEY_PREFIX: prefix },
        30_000,
      );
      const written = await takeKeys(prefix);
      const outcome = { code: run.code, timedOut: run.timedOut, stdout: run.stdout, stderr: run.stderr };
      expect({ ...outcome, written }).toStrictEqual({
        code: 0,
        timedOut: false,
        stdout: example.stdout,
        stderr: '',
        written: example.leaves.map((key) => `${prefix}${key}`),
      });
    },
  );
});
