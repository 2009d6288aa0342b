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

/**
 * Two fresh Buffer keys, each a readable part followed by `bytes`, sure to map to different slots once
 * the `keyPrefix` bytes are put before them (as the server hashes them).
 *
 * @param context - the group's context.
 * @param name - a readable part of the keys.
 * @param bytes - what follows it, e.g. bytes that are not UTF-8.
 * @returns the two keys, without the prefix.
 */
export function crossSlotBufferKeys(
  context: ContractContext,
  name: string,
  bytes: Buffer,
): readonly [Buffer, Buffer] {
  const fresh = (): Buffer => Buffer.concat([Buffer.from(context.key(name)), bytes]);
  const sent = (key: Buffer): Buffer => Buffer.concat([Buffer.from(context.keyPrefix), key]);
  const first = fresh();
  for (;;) {
    const second = fresh();
    if (keySlot(sent(second)) !== keySlot(sent(first))) return [first, second];
  }
}
