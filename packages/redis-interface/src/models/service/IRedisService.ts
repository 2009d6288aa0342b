import type { IRedisSubstringCommands } from './IRedisSubstringCommands.js';
import type { IRedisKeyObjectCommands } from './IRedisKeyObjectCommands.js';
import type { IRedisKeyQueryCommands } from './IRedisKeyQueryCommands.js';
import type { IRedisBitmapCommands } from './IRedisBitmapCommands.js';
import type { IRedisHyperLogLogCommands } from './IRedisHyperLogLogCommands.js';
import type { IRedisGeoCommands } from './IRedisGeoCommands.js';
import type { IRedisBatchCommands } from './IRedisBatchCommands.js';
import type { IRedisBytesCommands } from './IRedisBytesCommands.js';
import type { IRedisCallCommands } from './IRedisCallCommands.js';
import type { IRedisConnectionCommands } from './IRedisConnectionCommands.js';
import type { IRedisDurabilityCommands } from './IRedisDurabilityCommands.js';
import type { IRedisFunctionCommands } from './IRedisFunctionCommands.js';
import type { IRedisHashCommands } from './IRedisHashCommands.js';
import type { IRedisJsonCommands } from './IRedisJsonCommands.js';
import type { IRedisKeyCommands } from './IRedisKeyCommands.js';
import type { IRedisKeyspaceCommands } from './IRedisKeyspaceCommands.js';
import type { IRedisListCommands } from './IRedisListCommands.js';
import type { IRedisPubSubCommands } from './IRedisPubSubCommands.js';
import type { IRedisPubSubIntrospectionCommands } from './IRedisPubSubIntrospectionCommands.js';
import type { IRedisScriptCommands } from './IRedisScriptCommands.js';
import type { IRedisServerCommands } from './IRedisServerCommands.js';
import type { IRedisSetCommands } from './IRedisSetCommands.js';
import type { IRedisSortedSetCommands } from './IRedisSortedSetCommands.js';
import type { IRedisStreamCommands } from './IRedisStreamCommands.js';
import type { IRedisStringCommands } from './IRedisStringCommands.js';

/**
 * The Redis client application code depends on. Every member behaves the same on a standalone server and on
 * a Redis Cluster; where Redis itself differs, the member says how the difference is hidden, or which typed
 * error it throws before anything is sent.
 *
 * @remarks Methods are named after the Redis commands, lower-case, as Redis and ioredis spell them. Keys are
 * given and returned without the configured `keyPrefix`; a key is text or a Buffer ({@link RedisKeyInput}).
 * Replies are UTF-8 text; {@link IRedisService.bytes} has the same members with Buffer replies. Besides the
 * errors a member lists, any command can reject with a {@link @org/redis-interface!RedisError | RedisError}
 * coded `NOT_CONNECTED`, `CONNECTION_FAILED`, `COMMAND_TIMEOUT` (every command settles within
 * `commandTimeoutMs`), `NO_PERMISSION`, `WRONG_TYPE`, `CLUSTER_DOWN`, a server refusal (`READ_ONLY`,
 * `LOADING`, `BUSY_SCRIPT`, `TRY_AGAIN`, `MASTER_DOWN`, `OUT_OF_MEMORY`, with `details.retryable`) or
 * `SERVER_ERROR`, with a scrubbed copy of the ioredis error as `cause` (no password or AUTH argument in it);
 * and with `INVALID_ARGUMENT` when an argument has the wrong type or shape (a key, field or member that is
 * not a string or Buffer, a value that is not a string, Buffer or finite number, an options object that is
 * `null` or holds an option of the wrong type, `NaN`, a fraction or a BigInt where a whole number is needed).
 * Those checks run before anything is sent, the same in both modes, and every asynchronous member reports
 * them as a rejected promise, never as a synchronous throw.
 *
 * Commands over several keys come in two kinds. Those that only read or count (`mget`, `mset`, `del`,
 * `unlink`, `exists`, `touch`) accept keys in any slots: in cluster mode they are grouped by slot, sent as
 * one pipeline per master, and the results merged. Those that must be atomic (`msetnx`, `rename`, `smove`, `lmove`,
 * `sinter`…, blocking pops, scripts, transactions, durable writes) need every key in one hash slot: use a hash tag
 * (`{user:1}:a`, `{user:1}:b`). Otherwise they throw `CROSS_SLOT` before sending, in cluster mode and in
 * standalone mode with `strictCrossSlot`.
 *
 * @typeParam TNative - the driver's client type returned by {@link IRedisService.nativeClient}; drivers
 * implement `IRedisService<Redis>` or `IRedisService<Cluster>`.
 */
export interface IRedisService<TNative = unknown>
  extends
    IRedisStringCommands,
    IRedisKeyCommands,
    IRedisJsonCommands,
    IRedisSubstringCommands,
    IRedisKeyObjectCommands,
    IRedisKeyQueryCommands,
    IRedisBitmapCommands,
    IRedisHyperLogLogCommands,
    IRedisGeoCommands,
    IRedisHashCommands,
    IRedisListCommands,
    IRedisSetCommands,
    IRedisSortedSetCommands,
    IRedisStreamCommands,
    IRedisPubSubCommands,
    IRedisPubSubIntrospectionCommands,
    IRedisKeyspaceCommands,
    IRedisScriptCommands,
    IRedisFunctionCommands,
    IRedisServerCommands,
    IRedisBatchCommands,
    IRedisDurabilityCommands,
    IRedisConnectionCommands,
    IRedisCallCommands,
    IRedisBytesCommands {
  /**
   * The underlying ioredis client, for what this interface does not cover.
   *
   * @remarks
   * This leaves the portable contract: the same code may not work in the other mode, `keyPrefix` is applied
   * by ioredis but SCAN results are not stripped, cross-slot checks, timeouts and error mapping no longer
   * apply, and errors are raw ioredis errors. Keep such code in one place. Secrets are no longer masked
   * either: the client's `options` hold the password, so `util.inspect` of it shows it, and its errors
   * record the arguments of AUTH/HELLO; do not log the client or its raw errors.
   *
   * @returns the driver's client (`Redis` or `Cluster`).
   */
  nativeClient(): TNative;
}
