import type { IRedisService, RedisValue } from '@org/redis-interface';
import type { ContentsRead } from '../models/ContentsRead.js';

/** A command name, or a container command and its subcommand (`['XINFO', 'GROUPS']`): the key follows. */
export type KeyCommand = string | readonly [string, string];

/** `command key …args` on the source (paced), replies as Buffers. */
export async function onSource<T>(
  read: ContentsRead,
  command: KeyCommand,
  ...args: readonly RedisValue[]
): Promise<T> {
  await read.limiter.acquire(1);
  return send<T>(read.source, read.key, command, args);
}

/** `command key …args` on the target, replies as Buffers. */
export function onTarget<T>(
  read: ContentsRead,
  command: KeyCommand,
  ...args: readonly RedisValue[]
): Promise<T> {
  return send<T>(read.target, read.key, command, args);
}

/** The same command on both sides at once: `[source reply, target reply]`. */
export function onBoth<T>(
  read: ContentsRead,
  command: KeyCommand,
  ...args: readonly RedisValue[]
): Promise<[T, T]> {
  return Promise.all([onSource<T>(read, command, ...args), onTarget<T>(read, command, ...args)]);
}

/** `a` and `b` hold the same bytes (a Buffer, text or a number, as replies come). */
export function sameBytes(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return String(a) === String(b);
}

function send<T>(
  service: IRedisService,
  key: Buffer,
  command: KeyCommand,
  args: readonly RedisValue[],
): Promise<T> {
  if (typeof command === 'string') return service.bytes.call<T>(command, key, ...args);
  return service.bytes.call<T>(command[0], command[1], key, ...args);
}
