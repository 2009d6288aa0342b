// Every example, run as a user runs it (a Node process through tsx, on the built packages, configured by
// REDIS_* variables only), against the shared standalone server and the shared cluster: the exact output,
// nothing on stderr, exit code 0 by itself (still alive at the timeout: killed, timedOut),
// and no key of the run left behind.
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService, RedisMode } from '@org/redis-interface';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, modes, redisEnv, uniqueRunId } from './support/exampleEnv.js';
import { runNode } from './support/runNode.js';

const RUN_TIMEOUT_MS = 30_000;

const product = { id: 42, name: 'Teapot' };

/** Each example and the JSON lines it must print, the same in both modes. */
const examples: readonly { readonly file: string; readonly output: readonly unknown[] }[] = [
  {
    file: 'session-store.ts',
    output: [
      { step: 'login', user: 'alice', ttl: 1800 },
      { step: 'read', session: { user: 'alice', role: 'reader' }, ttlBefore: 60, ttlAfter: 1800 },
      { step: 'logout', user: 'alice', session: null },
      { step: 'idle', user: 'bob', session: null },
    ],
  },
  {
    file: 'rate-limiter.ts',
    output: [
      { client: 'alice', requests: 15, allowed: 10, denied: 5 },
      { client: 'bob', requests: 3, allowed: 3, denied: 0 },
      { client: 'alice', requests: 2, allowed: 0, denied: 2 },
      { client: 'alice', windowExpires: true },
    ],
  },
  {
    file: 'leaderboard.ts',
    output: [
      { added: 5 },
      { player: 'grace', score: 135 },
      {
        top3: [
          { member: 'margaret', score: 150 },
          { member: 'grace', score: 135 },
          { member: 'ada', score: 120 },
        ],
      },
      { player: 'linus', rank: 4, score: 80 },
      { player: 'nobody', rank: null },
    ],
  },
  {
    file: 'job-queue.ts',
    output: [
      { consumer: 'a', received: ['job-1', 'job-2', 'job-3'], acked: false },
      { consumer: 'b', received: ['job-4', 'job-5'], acked: true },
      { pending: 3, consumers: [{ name: 'consumer-a', pending: 3 }] },
      { consumer: 'b', claimed: ['job-1', 'job-2', 'job-3'] },
      { processed: ['job-1', 'job-2', 'job-3', 'job-4', 'job-5'], everyJobOnce: true, pending: 0 },
    ],
  },
  {
    file: 'pubsub-fanout.ts',
    output: [
      { subscriber: 1, received: ['deploy started', 'deploy 50%', 'deploy done'] },
      { subscriber: 2, received: ['deploy started', 'deploy 50%', 'deploy done'] },
    ],
  },
  {
    file: 'cache.ts',
    output: [
      { instance: 'a', product, again: 'Teapot', factoryRuns: 1 },
      { instance: 'b', product, factoryRuns: 1 },
      { instance: 'a', deleted: true, bSees: null },
      { instance: 'b', product, factoryRuns: 2 },
    ],
  },
];

/** Every key whose name contains the run id, over the whole keyspace (every master on a cluster). */
async function keysOfRun(redis: IRedisService, runId: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of redis.scan({ match: `*${runId}*` })) keys.push(key);
  return keys.sort();
}

describe.each(modes)('[%s] examples', (mode: RedisMode) => {
  let redis: IRedisService;

  beforeAll(async () => {
    redis = new RedisFactoryService().createFromEnv(redisEnv(mode));
    await redis.connect();
  });

  afterAll(async () => {
    await redis.quit();
  });

  describe.each(examples)('$file', ({ file, output }) => {
    const runId = uniqueRunId();
    let run: Awaited<ReturnType<typeof runNode>>;

    beforeAll(async () => {
      run = await runNode(
        ['--import', 'tsx', `src/${file}`],
        { ...baseEnv(), ...redisEnv(mode), EXAMPLE_RUN_ID: runId },
        RUN_TIMEOUT_MS,
      );
    }, RUN_TIMEOUT_MS + 5_000);

    it('should exit by itself with code 0 and nothing on stderr', () => {
      expect(
        { code: run.code, timedOut: run.timedOut, stderr: run.stderr },
        `after ${run.ms} ms`,
      ).toStrictEqual({ code: 0, timedOut: false, stderr: '' });
    });

    it('should print its result, line by line', () => {
      expect(run.stdout.split('\n'), run.stderr).toStrictEqual([
        ...output.map((line) => JSON.stringify(line)),
        '',
      ]);
    });

    it('should leave no key of its run behind', async () => {
      expect(await keysOfRun(redis, runId)).toStrictEqual([]);
    });
  });
});
