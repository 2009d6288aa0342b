import { redisErrorCodes } from '@org/redis-interface';

const knownCodes = new Set<string>(Object.values(redisErrorCodes));

/**
 * The `code` label of a failed command: its RedisError code, or `UNKNOWN` when the event has none
 * (an exception thrown by the caller's own code inside `transaction()`) or an unknown one.
 *
 * @param code - the `errorCode` field of a command event.
 */
export function toErrorCodeLabel(code: unknown): string {
  return typeof code === 'string' && knownCodes.has(code) ? code : 'UNKNOWN';
}
