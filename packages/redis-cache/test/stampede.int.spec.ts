import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { createService, modes, openFleet, sharedConfig, uniqueName, type CacheFleet } from './cacheSetup.js';

const worker = fileURLToPath(new URL('./fixtures/stampedeWorker.mjs', import.meta.url));
const IN_PROCESS = 4;
const CHILDREN = 4;
const FACTORY_MS = 200;

/** A worker process with its own cache instance; resolves once it printed "ready". */
function startWorker(
  args: object,
): Promise<{ child: ChildProcessWithoutNullStreams; output: Promise<string> }> {
  const child = spawn(process.execPath, [worker, JSON.stringify(args)], { stdio: 'pipe' });
  let text = '';
  let errors = '';
  const output = new Promise<string>((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`worker exited ${code}: ${errors}`)),
    );
  });
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('ready\n')) resolve({ child, output });
    });
    output.catch(reject);
  });
}

describe.each(modes)('[%s] RedisCache stampede', (mode) => {
  let fleet: CacheFleet;
  let redis: IRedisService;
  const name = uniqueName('stampede');

  beforeAll(async () => {
    fleet = await openFleet(sharedConfig(mode), IN_PROCESS, { name });
    redis = createService(sharedConfig(mode));
    await redis.connect();
  });

  afterAll(async () => {
    await fleet.close();
    await redis.quit();
  });

  describe('having 8 instances (4 in child processes) ask for one cold key at once', () => {
    it('should run the factory exactly once and give every instance its value', async () => {
      const counterKey = `stampede-runs:${name}`;
      const key = 'cold';
      const config = sharedConfig(mode);
      const workers = await Promise.all(
        Array.from({ length: CHILDREN }, () =>
          startWorker({ config, name, key, counterKey, factoryMs: FACTORY_MS }),
        ),
      );
      for (const { child } of workers) child.stdin.write('go\n');
      const local = fleet.caches.map((cache) =>
        cache.getOrSet(key, async () => {
          const run = await redis.incr(counterKey);
          await new Promise((resolve) => setTimeout(resolve, FACTORY_MS));
          return `computed by run ${run}`;
        }),
      );
      const [localValues, outputs] = await Promise.all([
        Promise.all(local),
        Promise.all(workers.map(({ output }) => output)),
      ]);
      const childValues = outputs.map(
        (text) => JSON.parse(/value (.*)\n/u.exec(text)?.[1] ?? 'null') as string,
      );
      const runs = Number(await redis.get(counterKey));
      await redis.del([counterKey]);
      expect({
        runs,
        values: new Set([...localValues, ...childValues]),
        answered: localValues.length + childValues.length,
      }).toEqual({
        runs: 1,
        values: new Set(['computed by run 1']),
        answered: 8,
      });
    }, 30_000);
  });

  describe('having a stale value that 4 instances ask for at once', () => {
    it('should refresh it once and answer the others the stale value', async () => {
      const key = 'stale';
      let runs = 0;
      await fleet.caches[0]?.set(key, 'old', { ttlMs: 20, graceMs: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, 40));
      const values = await Promise.all(
        fleet.caches.map((cache) =>
          cache.getOrSet(
            key,
            async () => {
              runs += 1;
              await new Promise((resolve) => setTimeout(resolve, FACTORY_MS));
              return 'new';
            },
            { ttlMs: 60_000 },
          ),
        ),
      );
      expect({
        runs,
        refreshed: values.filter((value) => value === 'new').length,
        stale: values.filter((value) => value === 'old').length,
      }).toEqual({
        runs: 1,
        refreshed: 1,
        stale: IN_PROCESS - 1,
      });
    }, 30_000);
  });
});
