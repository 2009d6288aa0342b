import type { IRedisTransactionReader } from '@org/redis-interface';
import type { Redis } from 'ioredis';
import { decodeJson } from '../calculations/json.js';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { toScore } from '../calculations/replies.js';

/** The reader's raw ioredis errors become RedisErrors like any other command's. */
function mapReadErrors(reader: IRedisTransactionReader): IRedisTransactionReader {
  const mapped: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(reader) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    mapped[name] = (...args: unknown[]) =>
      read(...args).catch((error: unknown) => Promise.reject(mapRedisError(error, name)));
  }
  return mapped as unknown as IRedisTransactionReader;
}

/** Reads that run on the connection holding the WATCH, so they see what the transaction guards. */
export function readerOn(connection: Redis): IRedisTransactionReader {
  return mapReadErrors({
    get: (key) => connection.get(key),
    getJson: async <T>(key: string, parse?: (value: unknown) => T) =>
      decodeJson(key, await connection.get(key), parse),
    hget: (key, field) => connection.hget(key, field),
    hgetall: (key) => connection.hgetall(key),
    exists: (key) => connection.exists(key),
    smembers: (key) => connection.smembers(key),
    zscore: async (key, member) => {
      const score = await connection.zscore(key, member);
      return score === null ? null : toScore(score);
    },
    lrange: (key, start, stop) => connection.lrange(key, start, stop),
  });
}
