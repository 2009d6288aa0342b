import { randomUUID } from 'node:crypto';
import { RedisError, type IRedisService } from '@org/redis-interface';
import type { FuzzKeys } from './FuzzCase.js';

/**
 * Fresh names for one member's runs: keys 0 to 3 share a hash tag, 4 and 5 land in other slots.
 *
 * @param member - the fuzzed member, for readable names.
 * @returns the member's keys.
 */
export function fuzzKeys(member: string): FuzzKeys {
  const id = randomUUID();
  const tag = `{fuzz:${member}:${id}}`;
  return {
    names: [
      `${tag}:0`,
      `${tag}:1`,
      `${tag}:2`,
      `${tag}:3`,
      `fuzz:${member}:${id}:4`,
      `fuzz:${member}:${id}:5`,
    ],
  };
}

/**
 * Deletes the keys and writes them again: a string, a hash, a list, a sorted set, a set, a stream, so
 * every run starts from the same state.
 *
 * @param service - the group's service.
 * @param keys - the member's keys.
 */
export async function resetFuzzKeys(service: IRedisService, keys: FuzzKeys): Promise<void> {
  const [text, hash, list, sorted, set, stream] = keys.names;
  const results = await service
    .pipeline()
    .del(text)
    .del(hash)
    .del(list)
    .del(sorted)
    .del(set)
    .del(stream)
    .set(text, 'v0')
    .hset(hash, { f: '1' })
    .rpush(list, ['a', 'b'])
    .zadd(sorted, { member: 'm', score: 1 })
    .sadd(set, 'x')
    .xadd(stream, { f: 'v' }, { id: '1-1' })
    .exec();
  for (const result of results) if (!result.ok) throw result.error;
}

/** A read's value, or the code it failed with (a key overwritten with another type fails the read). */
function settle(read: Promise<unknown>): Promise<unknown> {
  return read.catch((error: unknown) => `failed: ${RedisError.is(error) ? error.code : String(error)}`);
}

/**
 * Everything the keys hold, as one comparable value.
 *
 * @param service - the group's service.
 * @param keys - the member's keys.
 * @returns types and contents of the six keys.
 */
export async function snapshotFuzzKeys(service: IRedisService, keys: FuzzKeys): Promise<unknown> {
  const [text, hash, list, sorted, set, stream] = keys.names;
  return Promise.all([
    ...keys.names.map((name) => settle(service.type(name))),
    settle(service.get(text)),
    settle(service.hgetall(hash)),
    settle(service.lrange(list, 0, -1)),
    settle(service.zrangeWithScores(sorted, 0, -1)),
    settle(service.smembers(set).then((members) => members.sort())),
    settle(service.xrange(stream)),
  ]);
}

/**
 * Deletes the keys (after the member's last run).
 *
 * @param service - the group's service.
 * @param keys - the member's keys.
 */
export async function dropFuzzKeys(service: IRedisService, keys: FuzzKeys): Promise<void> {
  await service.del([...keys.names]);
}
