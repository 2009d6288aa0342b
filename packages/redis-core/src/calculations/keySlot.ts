import calculateSlot from 'cluster-key-slot';
import { createCrossSlotError, type RedisKeySlot } from '@org/redis-interface';
import type { RedisKey } from '../models/DriverTopology.js';

/**
 * Hash slot of `key` as the server computes it: with the configured prefix applied. A Buffer key
 * is hashed on its bytes (prefix bytes first), as ioredis sends it.
 */
export function keySlot(key: RedisKey, keyPrefix: string): number {
  if (typeof key === 'string') return calculateSlot(keyPrefix + key);
  return calculateSlot(keyPrefix === '' ? key : Buffer.concat([Buffer.from(keyPrefix), key]));
}

/** Every key with its slot (prefix applied), for errors and grouping; Buffer keys shown as text. */
export function keySlots(keys: readonly RedisKey[], keyPrefix: string): RedisKeySlot[] {
  return keys.map((key) => ({ key: key.toString(), slot: keySlot(key, keyPrefix) }));
}

/**
 * Throw `CROSS_SLOT` (before anything is sent) unless every key maps to one hash slot.
 * @throws RedisError `CROSS_SLOT` naming each key, its slot and the hash-tag fix.
 */
export function assertSameSlot(command: string, keys: readonly RedisKey[], keyPrefix: string): void {
  const slots = keySlots(keys, keyPrefix);
  const first = slots[0]?.slot;
  if (slots.some((entry) => entry.slot !== first)) throw createCrossSlotError(command, slots);
}

/**
 * Group positions of `keys` by slot, groups in order of first appearance, positions ascending.
 * The caller runs one command per group and puts each reply back at its positions.
 */
export function groupBySlot(keys: readonly RedisKey[], keyPrefix: string): number[][] {
  const groups = new Map<number, number[]>();
  keys.forEach((key, index) => {
    const slot = keySlot(key, keyPrefix);
    const group = groups.get(slot);
    if (group === undefined) groups.set(slot, [index]);
    else group.push(index);
  });
  return [...groups.values()];
}
