import type { CacheSerializer } from '../models/CacheSerializer.js';

/**
 * Refuses what `JSON.stringify` would silently drop or turn into something else, so that what is read back
 * is what was written: functions, symbols, `Map`, `Set`, typed arrays and `undefined` at the top.
 */
function strictReplacer(this: unknown, key: string, value: unknown): unknown {
  const kind = typeof value;
  if (kind === 'function' || kind === 'symbol')
    throw new TypeError(`${kind} at ${describeKey(key)} cannot be stored as JSON`);
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value))
    throw new TypeError(
      `${(value as object).constructor.name} at ${describeKey(key)} would be stored as {}: convert it to an array or object first`,
    );
  return value;
}

function describeKey(key: string): string {
  return key === '' ? 'the top level' : `property ${JSON.stringify(key)}`;
}

/**
 * The default serializer: JSON, strict (see the replacer). BigInt and cycles are refused by JSON itself.
 * `Date` values come back as ISO strings, as with any JSON.
 */
export const jsonCacheSerializer: CacheSerializer = {
  serialize(value: unknown): string {
    const text = JSON.stringify(value, strictReplacer);
    if (typeof text !== 'string') throw new TypeError('undefined cannot be stored: cache null instead');
    return text;
  },
  deserialize(text: string): unknown {
    return JSON.parse(text) as unknown;
  },
};
