/**
 * Rate limiter: a fixed window per client, counted by a Lua script (`defineScript`) so that the increment
 * and the window's expiry are one atomic step: a burst of concurrent requests gets exactly `LIMIT` through,
 * and no counter is ever left without its expiry.
 *
 * Each client's counter is one key, so the script runs on that key's node, standalone or cluster alike.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/rate-limiter.ts`
 */
import { randomBytes } from 'node:crypto';
import { RedisFactoryService } from '@org/redis-factory';

const LIMIT = 10;
const WINDOW_MS = 60_000;
// Keys of this run only: runs on a shared server never collide, and the run deletes what it wrote.
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const counterKey = (client: string): string => `examples:${run}:rate:${client}`;

const redis = new RedisFactoryService().createFromEnv();
await redis.connect();

// The window starts with a client's first request: INCR, and PEXPIRE only when the counter is new.
// Returns the request's number in the window.
const hit = redis.defineScript<[limitWindowMs: number], number>({
  name: 'examples-fixed-window-hit',
  keys: ['counter'],
  lua: `
    local count = redis.call('INCR', KEYS[1])
    if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
    return count`,
});

/** Sends `requests` at once for `client` and counts how many the limiter let through. */
async function burst(client: string, requests: number): Promise<{ allowed: number; denied: number }> {
  const counts = await Promise.all(
    Array.from({ length: requests }, () => hit.run([counterKey(client)], [WINDOW_MS])),
  );
  const allowed = counts.filter((count) => count <= LIMIT).length;
  return { allowed, denied: requests - allowed };
}

try {
  console.log(JSON.stringify({ client: 'alice', requests: 15, ...(await burst('alice', 15)) }));
  console.log(JSON.stringify({ client: 'bob', requests: 3, ...(await burst('bob', 3)) }));
  // Still in alice's window: every further request is denied until the counter expires.
  console.log(JSON.stringify({ client: 'alice', requests: 2, ...(await burst('alice', 2)) }));
  const ttl = await redis.pttl(counterKey('alice'));
  console.log(JSON.stringify({ client: 'alice', windowExpires: ttl > 0 && ttl <= WINDOW_MS }));
} finally {
  await redis.del([counterKey('alice'), counterKey('bob')]);
  await redis.quit();
}
