import type { ScanOptions } from '../commands/ScanOptions.js';
import type { ScanPage } from '../commands/ScanPage.js';
import type { RedisValue } from '../RedisValue.js';
import type { IRedisService } from '../service/IRedisService.js';
import type { RedisBytes } from './RedisBytes.js';
import type { RedisBytesResultExceptions } from './RedisBytesResultExceptions.js';
import type { RedisBytesMember } from './redisBytesMembers.js';

/**
 * A member of {@link IRedisService} with its result read as bytes: the same parameters (its general
 * signature: the last overload), the result through {@link RedisBytes}.
 */
export type RedisBytesMethod<F> = F extends (...args: infer A) => Promise<infer R>
  ? (...args: A) => Promise<RedisBytes<R>>
  : never;

/** A member of {@link IRedisService} with the same parameters (its general signature) resolving to `R`. */
export type RedisBytesMethodAs<F, R> = F extends (...args: infer A) => Promise<unknown>
  ? (...args: A) => Promise<R>
  : never;

/**
 * The members of {@link redisBytesMembers}, each as a {@link RedisBytesMethod}, or with its result from
 * {@link RedisBytesResultExceptions} for the few whose result `RedisBytes` cannot derive.
 */
export type RedisBytesMethods = {
  readonly [K in keyof Pick<IRedisService, RedisBytesMember>]: K extends keyof RedisBytesResultExceptions
    ? RedisBytesMethodAs<IRedisService[K], RedisBytesResultExceptions[K]>
    : RedisBytesMethod<IRedisService[K]>;
};

/**
 * `redis.bytes`: the members whose replies hold bulk strings, resolving to the exact bytes the server
 * sent (`Buffer`) instead of UTF-8 text, which is lossy for binary data. Same arguments, checks, cluster
 * routing, timeouts and errors as the text member: `redis.bytes.get(key)` is `redis.get(key)` with a
 * `Buffer | null` result.
 *
 * @remarks
 * What stays text: record keys (`hgetall`'s field names), key names (`lmpop`'s, `zmpop`'s and
 * `blpop`'s key, without the `keyPrefix`; `xread`'s `key` is the key as given) and stream entry IDs
 * (`xclaim`'s and `xautoclaim`'s too). Scores, distances and lengths stay numbers. A record key that is not
 * UTF-8 is decoded with U+FFFD replacements (two such names may then collide): read binary field
 * names with `bytes.hkeys` or `bytes.hrandfield`, which give them as Buffers. Each member has the general
 * signature of the text member (its last overload): `bytes.lpop(key)` resolves to
 * `Buffer | null | Buffer[]`, narrow it by the `count` you passed. The members are listed in
 * {@link redisBytesMembers}. Errors and metrics name the command as the text member does (`get`).
 *
 * @example
 * ```ts
 * await redis.set('image:1', Buffer.from([0xff, 0xd8, 0xff]));
 * const image: Buffer | null = await redis.bytes.get('image:1');
 * const fields: Record<string, Buffer> = await redis.bytes.hgetall('blob:1');
 * ```
 */
export interface IRedisBytesView extends RedisBytesMethods {
  /**
   * `call(command, ...args)` with bulk replies as Buffers (status replies such as `OK` too): the
   * guarantees of {@link IRedisService.call} (keys from the server's key specs, prefix, routing).
   * @typeParam T - what the reply is expected to be; not checked.
   * @param command - the command name (`'GET'`).
   * @param args - its arguments: strings, Buffers or finite numbers, keys unprefixed.
   * @throws {@link RedisError} as {@link IRedisService.call}.
   */
  call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T>;
  /**
   * {@link IRedisService.scanPage} with each key as the `Buffer` of its exact bytes, the `keyPrefix`
   * stripped as bytes: keys that are not valid UTF-8 come back unchanged, so they can be read, copied
   * or deleted (`redis.bytes.dump(key)`, `redis.del(key)`). The cursor stays text.
   * @param node - a `host:port` from {@link IRedisService.scanNodes}.
   * @param cursor - `'0'`, or the `cursor` of this node's previous page.
   * @param options - MATCH, TYPE and COUNT, as for `scan`.
   * @throws {@link RedisError} as {@link IRedisService.scanPage} (`INVALID_ARGUMENT`, `NODE_UNKNOWN`).
   */
  scanPage(node: string, cursor: string, options?: ScanOptions): Promise<ScanPage<Buffer>>;
}
