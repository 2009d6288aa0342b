/**
 * Job queue on a stream with a consumer group, and recovery after a crash: consumer A reads jobs and dies
 * before acknowledging them; consumer B processes the rest, then claims A's pending entries with XAUTOCLAIM
 * once they have been idle long enough, processes and acknowledges them. Every job is processed once after
 * recovery and nothing stays pending.
 *
 * The queue is one stream key: every command runs on that key's node, standalone or cluster alike.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/job-queue.ts`
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService, StreamEntry } from '@org/redis-interface';

const GROUP = 'workers';
// A real worker waits far longer (e.g. 30 s) before it takes over another consumer's jobs.
const CLAIM_AFTER_IDLE_MS = 100;
// Keys of this run only: runs on a shared server never collide, and the run deletes what it wrote.
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const queue = `examples:${run}:jobs`;

const processed: string[] = [];

/** "Processes" the jobs, then acknowledges them: only an acknowledged job leaves the pending list. */
async function processAndAck(redis: IRedisService, entries: readonly StreamEntry[]): Promise<void> {
  for (const entry of entries) processed.push(entry.fields['job'] ?? '?');
  if (entries.length > 0)
    await redis.xack(
      queue,
      GROUP,
      entries.map((entry) => entry.id),
    );
}

/** The job names of what `xreadgroup` delivered. */
function jobsOf(entries: readonly StreamEntry[]): string[] {
  return entries.map((entry) => entry.fields['job'] ?? '?');
}

const redis = new RedisFactoryService().createFromEnv();
await redis.connect();
try {
  await redis.xgroupCreate(queue, GROUP, '$', { mkstream: true });
  for (let job = 1; job <= 5; job += 1) await redis.xadd(queue, { job: `job-${job}` });

  // Consumer A takes three jobs and crashes: no XACK, they stay pending on A.
  const [forA] = await redis.xreadgroup(GROUP, 'consumer-a', [{ key: queue, id: '>' }], { count: 3 });
  console.log(JSON.stringify({ consumer: 'a', received: jobsOf(forA?.entries ?? []), acked: false }));

  // Consumer B takes what was never delivered.
  const [forB] = await redis.xreadgroup(GROUP, 'consumer-b', [{ key: queue, id: '>' }], { count: 10 });
  await processAndAck(redis, forB?.entries ?? []);
  console.log(JSON.stringify({ consumer: 'b', received: jobsOf(forB?.entries ?? []), acked: true }));

  const pending = await redis.xpending(queue, GROUP);
  console.log(JSON.stringify({ pending: pending.count, consumers: pending.consumers }));

  // B takes over what has been idle long enough, page by page until the pending list is scanned.
  await sleep(CLAIM_AFTER_IDLE_MS + 20);
  const claimed: string[] = [];
  let start = '0-0';
  do {
    const page = await redis.xautoclaim(queue, GROUP, 'consumer-b', CLAIM_AFTER_IDLE_MS, start, { count: 2 });
    claimed.push(...jobsOf(page.entries));
    await processAndAck(redis, page.entries);
    start = page.next;
  } while (start !== '0-0');
  console.log(JSON.stringify({ consumer: 'b', claimed }));

  const after = await redis.xpending(queue, GROUP);
  const sorted = [...processed].sort();
  const once = new Set(sorted).size === sorted.length;
  console.log(
    JSON.stringify({ processed: sorted, everyJobOnce: once && sorted.length === 5, pending: after.count }),
  );
} finally {
  await redis.del(queue);
  await redis.quit();
}
