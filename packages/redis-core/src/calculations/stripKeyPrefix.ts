/**
 * A key from a reply without the service's `keyPrefix`: ioredis prefixes the keys it sends, never
 * the keys Redis sends back (BLPOP's, LMPOP's).
 */
export function stripKeyPrefix(key: string, keyPrefix: string): string {
  return keyPrefix !== '' && key.startsWith(keyPrefix) ? key.slice(keyPrefix.length) : key;
}
