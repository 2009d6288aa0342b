import type { RedisKeySlot } from '../models/errors/RedisKeySlot.js';
import { RedisError } from '../models/errors/RedisError.js';

const listedKeys = 10;

/**
 * The `CROSS_SLOT` error for a command whose keys must share one hash slot but do not, with the message
 * both drivers use.
 *
 * @param command - the command name, e.g. `RENAME` or `transaction`.
 * @param keys - every key of the command (without `keyPrefix`) and its slot.
 * @returns the error, with the keys and slots in `details`.
 *
 * @example
 * ```ts
 * createCrossSlotError('RENAME', [{ key: 'a', slot: 15495 }, { key: 'b', slot: 3300 }]).message;
 * // RENAME needs all its keys in one hash slot, but they map to 2 slots (a → 15495, b → 3300): …
 * ```
 */
export function createCrossSlotError(
  command: string,
  keys: readonly RedisKeySlot[],
): RedisError<'CROSS_SLOT'> {
  const slots = new Set(keys.map((entry) => entry.slot));
  const shown = keys.slice(0, listedKeys).map((entry) => `${entry.key} → ${entry.slot}`);
  const more = keys.length > listedKeys ? `, and ${keys.length - listedKeys} more` : '';
  return new RedisError(
    'CROSS_SLOT',
    `${command} needs all its keys in one hash slot, but they map to ${slots.size} slots (${shown.join(', ')}${more}): ` +
      'put the same hash tag in every key, e.g. {user:1}:profile and {user:1}:cart.',
    { details: { command, keys } },
  );
}
