import type { ScanPage } from '@org/redis-interface';

/**
 * A SCAN reply (`[cursor, keys]`, bulk strings as text or Buffers) as a page, the key prefix cut
 * off every key: ioredis never strips the keys Redis sends back. MATCH carries the prefix, so every
 * key starts with it; Buffer keys are cut as bytes (their text may not be UTF-8).
 */
export function scanReplyPage(reply: unknown, keyPrefix: string, bytes: false): ScanPage;
export function scanReplyPage(reply: unknown, keyPrefix: string, bytes: true): ScanPage<Buffer>;
export function scanReplyPage(
  reply: unknown,
  keyPrefix: string,
  bytes: boolean,
): ScanPage | ScanPage<Buffer> {
  const [cursor, keys] = reply as [string | Buffer, (string | Buffer)[]];
  const next = typeof cursor === 'string' ? cursor : cursor.toString('latin1');
  if (!bytes) {
    const length = keyPrefix.length;
    const text = keys as string[];
    return { cursor: next, keys: length === 0 ? text : text.map((key) => key.slice(length)) };
  }
  const length = Buffer.byteLength(keyPrefix);
  const raw = keys as Buffer[];
  return { cursor: next, keys: length === 0 ? raw : raw.map((key) => key.subarray(length)) };
}
