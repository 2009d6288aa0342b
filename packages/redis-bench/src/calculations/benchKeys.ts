import { workload } from '../models/workload.js';

const digits = (index: number, width: number): string => {
  const text = String(index);
  if (text.length > width) throw new RangeError(`index ${index} does not fit in ${width} digits`);
  return text.padStart(width, '0');
};

/**
 * A 16-byte key, `bench:<kind>:<8 digits>`. Different kinds never collide, and the keys of one kind
 * spread over the hash slots like real keys.
 *
 * @param kind - one character naming the scenario (`k` single-key, `m` MGET…).
 * @param index - from 0 to 99,999,999.
 */
export function benchKey(kind: string, index: number): string {
  if (kind.length !== 1) throw new RangeError(`kind must be one character, got "${kind}"`);
  return `bench:${kind}:${digits(index, 8)}`;
}

/**
 * A 16-byte key with a hash tag, `{<2 digits>}<kind>:<10 digits>`: keys with the same `tag` share a
 * hash slot, so a batch of them is one node's work in a cluster.
 *
 * @param tag - from 0 to 99.
 * @param kind - one character.
 * @param index - from 0 to 9,999,999,999.
 */
export function taggedKey(tag: number, kind: string, index: number): string {
  if (kind.length !== 1) throw new RangeError(`kind must be one character, got "${kind}"`);
  return `{${digits(tag, 2)}}${kind}:${digits(index, 10)}`;
}

/** The 64-byte value every scenario writes. */
export const benchValue: string = '0123456789abcdef'.repeat(workload.valueBytes / 16);
