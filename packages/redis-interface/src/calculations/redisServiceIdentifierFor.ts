import { RedisError } from '../models/errors/RedisError.js';

function checkName(name: string): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new RedisError(
      'INVALID_ARGUMENT',
      'A named Redis client needs a non-empty name: pass e.g. "cache".',
    );
  }
}

/**
 * DI identifier of a named {@link IRedisService}, for applications with several clients
 * (`Symbol.for('@org/redis-interface/RedisService/<name>')`).
 *
 * @param name - the client's name, e.g. `cache`.
 * @returns the same symbol for the same name, in every copy of this package.
 * @throws {@link RedisError} `INVALID_ARGUMENT` when the name is empty.
 */
export function redisServiceIdentifierFor(name: string): symbol {
  checkName(name);
  return Symbol.for(`@org/redis-interface/RedisService/${name}`);
}

/**
 * DI identifier of the {@link RedisConfig} of a named client
 * (`Symbol.for('@org/redis-interface/RedisConfig/<name>')`).
 *
 * @param name - the client's name, e.g. `cache`.
 * @returns the same symbol for the same name, in every copy of this package.
 * @throws {@link RedisError} `INVALID_ARGUMENT` when the name is empty.
 */
export function redisConfigIdentifierFor(name: string): symbol {
  checkName(name);
  return Symbol.for(`@org/redis-interface/RedisConfig/${name}`);
}
