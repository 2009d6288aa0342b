/**
 * Session store: one hash per session with a TTL, refreshed on every read (sliding expiry), deleted on
 * logout; an idle session expires by itself.
 *
 * The session's hash and its CSRF token are written together in one transaction, so their keys share a
 * hash tag (`{session:<id>}`): on a cluster a transaction must stay in one slot.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/session-store.ts`
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService } from '@org/redis-interface';

const SESSION_TTL_SECONDS = 1_800;
// Keys of this run only: runs on a shared server never collide, and the run deletes what it wrote.
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const sessionKey = (id: string): string => `examples:${run}:{session:${id}}`;
const csrfKey = (id: string): string => `${sessionKey(id)}:csrf`;

/** Creates the session and its CSRF token atomically, both expiring after the session TTL. */
async function login(redis: IRedisService, id: string, user: string): Promise<void> {
  await redis.transaction([], (tx) => {
    tx.hset(sessionKey(id), { user, role: 'reader' })
      .expire(sessionKey(id), SESSION_TTL_SECONDS)
      .set(csrfKey(id), randomBytes(8).toString('hex'), { ttl: { seconds: SESSION_TTL_SECONDS } });
  });
}

/** Reads a session and restarts its TTL (a pipeline: one round trip to the session's node). */
async function readSession(redis: IRedisService, id: string): Promise<Record<string, string> | null> {
  const [data] = await redis
    .pipeline()
    .hgetall(sessionKey(id))
    .expire(sessionKey(id), SESSION_TTL_SECONDS, 'XX')
    .expire(csrfKey(id), SESSION_TTL_SECONDS, 'XX')
    .exec();
  if (data?.ok !== true) throw data?.error ?? new Error('the pipeline returned no result');
  const fields = data.value as Record<string, string>;
  return Object.keys(fields).length === 0 ? null : fields;
}

/** Whole seconds left, rounded up, so that a read a few milliseconds after a write shows the TTL it set. */
async function secondsLeft(redis: IRedisService, key: string): Promise<number> {
  return Math.ceil((await redis.pttl(key)) / 1_000);
}

const redis = new RedisFactoryService().createFromEnv();
await redis.connect();
try {
  await login(redis, 'alice', 'alice');
  console.log(
    JSON.stringify({ step: 'login', user: 'alice', ttl: await secondsLeft(redis, sessionKey('alice')) }),
  );

  // Pretend 29 of its 30 minutes went by without a request.
  await redis.expire(sessionKey('alice'), 60);
  const before = await secondsLeft(redis, sessionKey('alice'));
  const session = await readSession(redis, 'alice');
  const after = await secondsLeft(redis, sessionKey('alice'));
  console.log(JSON.stringify({ step: 'read', session, ttlBefore: before, ttlAfter: after }));

  await redis.del([sessionKey('alice'), csrfKey('alice')]);
  console.log(JSON.stringify({ step: 'logout', user: 'alice', session: await readSession(redis, 'alice') }));

  // An idle session: a short TTL so that the example does not wait half an hour.
  await login(redis, 'bob', 'bob');
  await redis.pexpire(sessionKey('bob'), 50);
  await redis.pexpire(csrfKey('bob'), 50);
  await sleep(150);
  console.log(JSON.stringify({ step: 'idle', user: 'bob', session: await readSession(redis, 'bob') }));
} finally {
  await redis.del(['alice', 'bob'].flatMap((id) => [sessionKey(id), csrfKey(id)]));
  await redis.quit();
}
