import calculateSlot from 'cluster-key-slot';
import { describe, expect, it } from 'vitest';
import { sameSlotTempKey, tempKeyMarker } from './sameSlotTempKey.js';

const none = Buffer.alloc(0);
const slotWith = (prefix: Buffer, key: Buffer): number => calculateSlot(Buffer.concat([prefix, key]));

describe(sameSlotTempKey, () => {
  describe('having a key with a hash tag', () => {
    it('should append the marker to the key', () => {
      const temp = sameSlotTempKey(Buffer.from('{user:1}:profile'), none, 'abc');
      expect(temp.toString()).toBe(`{user:1}:profile:${tempKeyMarker}:abc`);
    });
  });

  describe('having a key without a hash tag', () => {
    it('should give the temporary key a tag of its own in the same slot', () => {
      const key = Buffer.from('plain:key');
      const temp = sameSlotTempKey(key, none, 'abc');
      expect([temp.toString().startsWith('{'), slotWith(none, temp)]).toStrictEqual([
        true,
        slotWith(none, key),
      ]);
    });
  });

  describe('having a key whose only braces are empty or reversed', () => {
    it.each(['a{}b', 'a}b{c', 'x}y'])('should keep the slot of %s', (name) => {
      const key = Buffer.from(name);
      expect(slotWith(none, sameSlotTempKey(key, none, 'r'))).toBe(slotWith(none, key));
    });
  });

  describe('having binary key bytes', () => {
    it('should keep the slot', () => {
      const key = Buffer.from([0xff, 0x00, 0x7b, 0xfe, 0x7d, 0x80]);
      expect(slotWith(none, sameSlotTempKey(key, none, 'r'))).toBe(slotWith(none, key));
    });
  });

  describe('having a target keyPrefix', () => {
    it.each(['app:', '{tenant}:', 'odd{'])('should keep the slot of the prefixed key under %s', (prefix) => {
      const bytes = Buffer.from(prefix);
      const key = Buffer.from('orders');
      expect(slotWith(bytes, sameSlotTempKey(key, bytes, 'r'))).toBe(slotWith(bytes, key));
    });
  });

  describe('having every slot to reach', () => {
    it('should find a tag for keys in 2,000 different slots', () => {
      const misses = Array.from({ length: 2_000 }, (_, index) => Buffer.from(`key:${index}`)).filter(
        (key) => slotWith(none, sameSlotTempKey(key, none, 'r')) !== slotWith(none, key),
      );
      expect(misses).toStrictEqual([]);
    });
  });
});
