import type { RedisKeyInput, StreamOffset } from '@org/redis-interface';
import { stripKeyPrefix } from './stripKeyPrefix.js';

/** Turns a stream name of an XREAD/XREADGROUP reply into the key the caller gave for it. */
export type GivenStreamKey = (name: unknown) => RedisKeyInput;

/** Whether `name` (a reply's stream name: text, or a Buffer in the bytes view) is `key` once prefixed. */
function names(name: unknown, key: RedisKeyInput, keyPrefix: string): boolean {
  if (Buffer.isBuffer(name)) {
    if (typeof key === 'string') return name.equals(Buffer.from(keyPrefix + key));
    return name.equals(keyPrefix === '' ? key : Buffer.concat([Buffer.from(keyPrefix), key]));
  }
  // A text reply decoded the name's bytes as UTF-8: compare with the key decoded the same way.
  return String(name) === keyPrefix + key.toString();
}

/**
 * How the stream names of an XREAD/XREADGROUP reply become the keys given in `streams`, when some of
 * them are Buffers: the same Buffer comes back, so a key that is not UTF-8 text survives the read.
 * A name is matched to the first given key it names that no earlier name took (Redis answers in the
 * order of `streams`); a text reply compares UTF-8 decodings, so two given Buffers that decode to
 * the same text cannot be told apart there (the bytes view compares bytes).
 * @returns `undefined` when every key is text: the reply's names, prefix stripped, are the keys
 *   already, and text callers pay for nothing more.
 */
export function givenStreamKeys(
  streams: readonly StreamOffset<RedisKeyInput>[],
  keyPrefix: string,
): GivenStreamKey | undefined {
  let buffers = false;
  for (let index = 0; index < streams.length && !buffers; index += 1)
    buffers = Buffer.isBuffer((streams[index] as StreamOffset<RedisKeyInput>).key);
  if (!buffers) return undefined;
  const taken = new Set<number>();
  return (name) => {
    const index = streams.findIndex(
      (stream, position) => !taken.has(position) && names(name, stream.key, keyPrefix),
    );
    if (index < 0) return stripKeyPrefix(name, keyPrefix);
    taken.add(index);
    return (streams[index] as StreamOffset<RedisKeyInput>).key;
  };
}
