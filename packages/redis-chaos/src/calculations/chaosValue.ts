/**
 * The value written under `key`: the key itself, padded to `bytes`. Large enough values make a
 * paused replica fall behind by more than the sockets' kernel buffers hold (megabytes on loopback),
 * so that its master's death really loses the writes it had not yet sent.
 */
export function chaosValue(key: string, bytes: number): string {
  return key.length >= bytes ? key : key.padEnd(bytes, '.');
}
