import type { BlockingPopBytesResult } from '../commands/BlockingPopResult.js';
import type { StreamEntry } from '../commands/StreamTypes.js';
import type { RedisBytes } from './RedisBytes.js';

/**
 * The bytes view's results that {@link RedisBytes} cannot derive from the text result's shape, by
 * member: a name in a tuple or a list, with no property name to tell it from stored data. The view
 * (`IRedisBytesView`) takes its result from here for these members, from `RedisBytes` for the others.
 */
export interface RedisBytesResultExceptions {
  /** `[key, element]`: the key as text without the `keyPrefix`, the element as stored; `null` on timeout. */
  readonly blpop: BlockingPopBytesResult | null;
  /** `[key, element]`, as `blpop`. */
  readonly brpop: BlockingPopBytesResult | null;
  /** The claimed entries (IDs and field names text, values as stored), or with `justid` the IDs as text. */
  readonly xclaim: RedisBytes<StreamEntry>[] | string[];
}
