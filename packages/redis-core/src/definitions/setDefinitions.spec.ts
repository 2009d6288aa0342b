import { describe, expect, it } from 'vitest';
import { keysOf } from '../calculations/keyPositions.js';
import { setDefinitions } from './setDefinitions.js';

/** What every refused argument throws. */
const invalid = { code: 'INVALID_ARGUMENT' };

// The contract suite runs over one protocol; these pin the reply transforms to both shapes.
describe('setDefinitions', () => {
  describe('.smembers', () => {
    it('should give an array for a RESP2 array reply', () => {
      expect(setDefinitions.smembers.reply(['a', 'b'])).toEqual(['a', 'b']);
    });

    it('should give an array for a RESP3 set reply', () => {
      expect(setDefinitions.smembers.reply(new Set(['a', 'b']))).toEqual(['a', 'b']);
    });
  });

  describe('.smismember', () => {
    it('should give booleans for RESP2 integers', () => {
      expect(setDefinitions.smismember.reply([1, 0, 1])).toEqual([true, false, true]);
    });

    it('should give booleans for RESP3 booleans', () => {
      expect(setDefinitions.smismember.reply([true, false])).toEqual([true, false]);
    });

    it('should build the key alone for no member (answered without a round trip)', () => {
      expect([setDefinitions.smismember.build(['k', []]), setDefinitions.smismember.empty.arity]).toEqual([
        ['k'],
        1,
      ]);
    });

    it('should refuse members that are not an array', () => {
      expect(() => setDefinitions.smismember.build(['k', 'a' as never])).toThrow(
        expect.objectContaining(invalid),
      );
    });
  });

  describe('.sinter', () => {
    it('should give an array for a RESP3 set reply', () => {
      expect(setDefinitions.sinter.reply?.(new Set(['b']), [['x', 'y']], '')).toEqual(['b']);
    });
  });

  describe('.spop', () => {
    it('should give the member without count', () => {
      expect(setDefinitions.spop.reply('a', ['k'])).toBe('a');
    });

    it('should give an array for a RESP3 set reply with a count', () => {
      expect(setDefinitions.spop.reply(new Set(['a']), ['k', 2])).toEqual(['a']);
    });

    it('should give [] for a null reply with a count', () => {
      expect(setDefinitions.spop.reply(null, ['k', 2])).toEqual([]);
    });
  });

  describe('.srandmember', () => {
    it('should send a negative count as it is', () => {
      expect(setDefinitions.srandmember.build(['k', -3])).toEqual(['k', -3]);
    });

    it('should refuse a fractional count', () => {
      expect(() => setDefinitions.srandmember.build(['k', 1.5])).toThrow(expect.objectContaining(invalid));
    });
  });

  describe('.sintercard', () => {
    it('should put numkeys before the keys and LIMIT after them', () => {
      expect(setDefinitions.sintercard.build([['a', 'b'], { limit: 5 }])).toEqual([2, 'a', 'b', 'LIMIT', 5]);
    });

    it('should locate the keys from numkeys', () => {
      expect(keysOf(setDefinitions.sintercard.keys, [2, 'a', 'b', 'LIMIT', 5])).toEqual(['a', 'b']);
    });

    it('should build no argument for no key (answered 0 without a round trip)', () => {
      expect([setDefinitions.sintercard.build([[]]), setDefinitions.sintercard.empty]).toEqual([
        [],
        { arity: 0, result: 0 },
      ]);
    });

    it.each([[-1], [1.5], ['2'], [null]])('should refuse the limit %s', (limit) => {
      expect(() => setDefinitions.sintercard.build([['a'], { limit: limit as number }])).toThrow(
        expect.objectContaining(invalid),
      );
    });

    it('should refuse null options', () => {
      expect(() => setDefinitions.sintercard.build([['a'], null as never])).toThrow(
        expect.objectContaining(invalid),
      );
    });
  });
});
