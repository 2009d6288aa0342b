import type { IRedisJsonCommands } from '../service/IRedisJsonCommands.js';
import type { IRedisKeyCommands } from '../service/IRedisKeyCommands.js';
import type { IRedisService } from '../service/IRedisService.js';
import type { IRedisStringCommands } from '../service/IRedisStringCommands.js';

/**
 * The {@link IRedisService} members that can be queued on a pipeline, a transaction or a durable
 * write: every command that runs as one command on one node (`eval`, `evalsha`, `fcall` and their
 * read-only forms: their keys share a slot). Not queueable: blocking commands (`wait`, `waitaof` too),
 * commands sent to every master (`scan`, `dbsize`, `flushdb`, `info`, SCRIPT, FUNCTION and PUBSUB
 * introspection), subscriptions, `defineScript`/`runScript` and the batch members themselves.
 */
export type QueueableCommand =
  | keyof IRedisStringCommands
  | keyof IRedisKeyCommands
  | keyof IRedisJsonCommands
  | 'publish'
  | 'eval'
  | 'evalRo'
  | 'evalsha'
  | 'evalshaRo'
  | 'fcall'
  | 'fcallRo'
  | 'hset'
  | 'hget'
  | 'hgetall'
  | 'hdel'
  | 'hincrby'
  | 'lpush'
  | 'rpush'
  | 'lrange'
  | 'sadd'
  | 'srem'
  | 'zadd'
  | 'zincrby'
  | 'zrem'
  | 'xadd';

/**
 * The queueable members with the service's parameters, each returning the queue `Q` for chaining.
 * Each queued command contributes one {@link PipelineResult} whose value is what the service member
 * resolves to. A command over several keys is one command here: in a cluster its keys must share a
 * hash slot (its result is a `CROSS_SLOT` failure otherwise, and it is not sent).
 *
 * @typeParam Q - the queue type the members return.
 */
export type QueuedCommands<Q> = {
  [K in keyof Pick<IRedisService, QueueableCommand>]: (...args: Parameters<IRedisService[K]>) => Q;
};
