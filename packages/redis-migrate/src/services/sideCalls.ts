import type { RedisValue } from '@org/redis-interface';
import type { ContentsRead } from '../models/ContentsRead.js';

/** `command key …args` on the source (paced), replies as Buffers. */
export async function onSource<T>(
  read: ContentsRead,
  command: string,
  ...args: readonly RedisValue[]
): Promise<T> {
  await read.limiter.acquire(1);
  return read.source.bytes.call<T>(command, read.key, ...args);
}

/** `command key …args` on the target, replies as Buffers. */
export function onTarget<T>(read: ContentsRead, command: string, ...args: readonly RedisValue[]): Promise<T> {
  return read.target.bytes.call<T>(command, read.key, ...args);
}

/** The same command on both sides at once: `[source reply, target reply]`. */
export function onBoth<T>(
  read: ContentsRead,
  command: string,
  ...args: readonly RedisValue[]
): Promise<[T, T]> {
  return Promise.all([onSource<T>(read, command, ...args), onTarget<T>(read, command, ...args)]);
}

/** `a` and `b` hold the same bytes (a Buffer, text or a number, as replies come). */
export function sameBytes(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return String(a) === String(b);
}
