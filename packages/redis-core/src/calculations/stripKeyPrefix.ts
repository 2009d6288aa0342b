/**
 * A key from a reply without the service's `keyPrefix`: ioredis prefixes the keys it sends, never
 * the keys Redis sends back (BLPOP's, LMPOP's, ZMPOP's, XREAD's).
 */
export function stripKeyPrefix(key: unknown, keyPrefix: string): string {
  const text = String(key);
  return keyPrefix !== '' && text.startsWith(keyPrefix) ? text.slice(keyPrefix.length) : text;
}
