import type { RedisBytesMember } from '../bytes/redisBytesMembers.js';
import type { IRedisHashCommands } from '../service/IRedisHashCommands.js';
import type { IRedisSubstringCommands } from '../service/IRedisSubstringCommands.js';
import type { IRedisKeyObjectCommands } from '../service/IRedisKeyObjectCommands.js';
import type { IRedisKeyQueryCommands } from '../service/IRedisKeyQueryCommands.js';
import type { IRedisBitmapCommands } from '../service/IRedisBitmapCommands.js';
import type { IRedisHyperLogLogCommands } from '../service/IRedisHyperLogLogCommands.js';
import type { IRedisGeoCommands } from '../service/IRedisGeoCommands.js';
import type { IRedisJsonCommands } from '../service/IRedisJsonCommands.js';
import type { IRedisKeyCommands } from '../service/IRedisKeyCommands.js';
import type { IRedisListCommands } from '../service/IRedisListCommands.js';
import type { IRedisService } from '../service/IRedisService.js';
import type { IRedisSetCommands } from '../service/IRedisSetCommands.js';
import type { IRedisSortedSetBlockingCommands } from '../service/IRedisSortedSetBlockingCommands.js';
import type { IRedisSortedSetCommands } from '../service/IRedisSortedSetCommands.js';
import type { IRedisStreamCommands } from '../service/IRedisStreamCommands.js';
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
  | Exclude<keyof IRedisSetCommands, 'sscan'>
  | Exclude<keyof IRedisHashCommands, 'hscan'>
  | Exclude<keyof IRedisListCommands, 'blpop' | 'brpop' | 'blmove' | 'blmpop'>
  | Exclude<keyof IRedisSortedSetCommands, keyof IRedisSortedSetBlockingCommands | 'zscan'>
  | Exclude<keyof IRedisStreamCommands, 'xread' | 'xreadgroup'>
  | keyof IRedisSubstringCommands
  | keyof IRedisKeyObjectCommands
  | Exclude<keyof IRedisKeyQueryCommands, 'keys' | 'randomkey'>
  | keyof IRedisBitmapCommands
  | keyof IRedisHyperLogLogCommands
  | keyof IRedisGeoCommands
  | 'publish'
  | 'eval'
  | 'evalRo'
  | 'evalsha'
  | 'evalshaRo'
  | 'fcall'
  | 'fcallRo';

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
} & {
  /**
   * The queueable members of `redis.bytes` ({@link IRedisBytesView}): queued like the text member,
   * their {@link PipelineResult} value holds the reply's bulk strings as `Buffer`s
   * (`pipeline.bytes.get(key)`: a `Buffer` or `null`).
   */
  readonly bytes: QueuedBytesCommands<Q>;
};

/**
 * The members of {@link IRedisBytesView} that can be queued, each returning the queue `Q`.
 *
 * @typeParam Q - the queue type the members return.
 */
export type QueuedBytesCommands<Q> = {
  readonly [K in keyof Pick<IRedisService, QueueableCommand & RedisBytesMember>]: (
    ...args: Parameters<IRedisService[K]>
  ) => Q;
};
