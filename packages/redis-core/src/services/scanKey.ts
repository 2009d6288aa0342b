import type { KeyScanOptions } from '@org/redis-interface';
import type { CommandDefinition } from '../models/CommandDefinition.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { cursorLoop, type CursorPage } from './cursorLoop.js';

/** One page of a cursor command over one key (HSCAN, SSCAN, ZSCAN): `key cursor [MATCH m] COUNT n`. */
export type KeyScanPage<T> = CommandDefinition<
  readonly [key: unknown, cursor: string, options: KeyScanOptions | undefined],
  CursorPage<T>
>;

/**
 * Iterate over one key's elements: every page is one run of `page` on the executor (checked, under
 * the guard, sent to the node serving the key like any one-key command, the key prefixed by
 * ioredis), the next one requested while the caller handles the current one. A bad argument
 * rejects the first `next()`, nothing sent.
 */
export function scanKey<T>(
  executor: CommandExecutor,
  page: KeyScanPage<T>,
  key: unknown,
  options: KeyScanOptions | undefined,
): AsyncGenerator<T, void, undefined> {
  return cursorLoop((cursor) => executor.run(page, [key, cursor, options]));
}
