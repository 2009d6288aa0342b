// The root README's "ten lines", run as they are written there in a child process through tsx (on the built
// packages), configured only by REDIS_* variables for the test servers: so the example cannot drift from the
// API, and it must let the process exit by itself.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService, RedisMode } from '@org/redis-interface';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, modes, redisEnv, uniqueRunId } from './support/exampleEnv.js';
import { packageDir, runNode } from './support/runNode.js';

const readme = readFileSync(join(packageDir, '..', 'README.md'), 'utf8');
const marker = '<!-- example: readme -->';

/** The ```ts block right after the marker comment. */
function exampleBlock(): string {
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`README.md has no ${marker} comment`);
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme.slice(start + marker.length));
  if (block?.[1] === undefined) throw new Error(`README.md has no \`\`\`ts block after ${marker}`);
  return block[1];
}

/** A folder of the test's own inside the package (the example's imports resolve from there), removed afterwards. */
function scratchDir(): string {
  return mkdtempSync(join(packageDir, 'test', '.readme-example-'));
}

describe('the root README example', () => {
  let dir = '';
  beforeEach(() => {
    dir = scratchDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // tsx strips types without checking them: a type error in the README would otherwise still run.
  it('should type-check with the repository settings, against the published types', async () => {
    writeFileSync(join(dir, 'example.ts'), exampleBlock());
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

describe.each(modes)('[%s] the root README example, run', (mode: RedisMode) => {
  // REDIS_KEY_PREFIX is part of the configuration the example reads: its fixed keys (user:1, user:2)
  // become keys of this run only, and the run's keys can be found and removed afterwards.
  const prefix = `examples:${uniqueRunId()}:`;
  let dir = '';
  let redis: IRedisService;

  beforeAll(async () => {
    dir = scratchDir();
    redis = new RedisFactoryService().createFromEnv(redisEnv(mode));
    await redis.connect();
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await redis.del([`${prefix}user:1`, `${prefix}user:2`]);
    await redis.quit();
  });

  it('should print what it read back, write under the configured prefix, and exit by itself with code 0', async () => {
    const file = join(dir, 'example.ts');
    writeFileSync(file, exampleBlock());
    // Still running after 30 s means something kept the process alive: it is killed (timedOut, SIGKILL).
    const run = await runNode(
      ['--import', 'tsx', file],
      { ...baseEnv(), ...redisEnv(mode), REDIS_KEY_PREFIX: prefix },
      30_000,
    );
    const written: string[] = [];
    for await (const key of redis.scan({ match: `${prefix}*` })) written.push(key);
    const outcome = { code: run.code, timedOut: run.timedOut, stdout: run.stdout, stderr: run.stderr };
    expect({ ...outcome, written: written.sort() }).toStrictEqual({
      code: 0,
      timedOut: false,
      stdout: "[ 'a', 'b' ]\n",
      stderr: '',
      written: [`${prefix}user:1`, `${prefix}user:2`],
    });
  });
});
