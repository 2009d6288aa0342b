import type { ContractContext } from './ContractContext.js';
import { keySlot } from './keySlot.js';

/**
 * Two fresh keys without hash tag that are sure to map to different slots (with the `keyPrefix` applied,
 * as the server hashes them), so a CROSS_SLOT check cannot pass by luck.
 *
 * @param context - the group's context.
 * @param name - a readable part of the keys.
 * @returns the two keys, without the prefix.
 */
export function crossSlotKeys(context: ContractContext, name: string): readonly [string, string] {
  const first = context.key(name);
  const slot = keySlot(context.keyPrefix + first);
  for (;;) {
    const second = context.key(name);
    if (keySlot(context.keyPrefix + second) !== slot) return [first, second];
  }
}
