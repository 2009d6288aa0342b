import { stripKeyPrefix } from './stripKeyPrefix.js';
import { describe, expect, it } from 'vitest';
import { toScoredMembers, toScoreOrNull, toZMPopResult, toZPopResult } from './sortedSetReplies.js';

describe('sortedSetReplies', () => {
  describe('toScoredMembers', () => {
    it('should read a RESP2 flat reply, inf scores included', () => {
      expect(toScoredMembers(['a', '1.5', 'b', 'inf', 'c', '-inf'])).toEqual([
        { member: 'a', score: 1.5 },
        { member: 'b', score: Number.POSITIVE_INFINITY },
        { member: 'c', score: Number.NEGATIVE_INFINITY },
      ]);
    });

    it('should read a RESP3 reply of pairs with double scores', () => {
      expect(
        toScoredMembers([
          ['a', 1.5],
          ['b', Number.POSITIVE_INFINITY],
        ]),
      ).toEqual([
        { member: 'a', score: 1.5 },
        { member: 'b', score: Number.POSITIVE_INFINITY },
      ]);
    });

    it('should resolve [] for an empty or null reply', () => {
      expect([toScoredMembers([]), toScoredMembers(null)]).toEqual([[], []]);
    });
  });

  describe('toScoreOrNull', () => {
    it('should read text, doubles and null', () => {
      expect([toScoreOrNull('2'), toScoreOrNull(2.5), toScoreOrNull('-inf'), toScoreOrNull(null)]).toEqual([
        2,
        2.5,
        Number.NEGATIVE_INFINITY,
        null,
      ]);
    });
  });

  describe('toZMPopResult', () => {
    it('should strip the key prefix and read the members in either shape', () => {
      expect(toZMPopResult(['p:k', [['a', '1']]], 'p:')).toEqual({
        key: 'k',
        members: [{ member: 'a', score: 1 }],
      });
      expect(toZMPopResult(['p:k', [['a', 1]]], 'p:')).toEqual({
        key: 'k',
        members: [{ member: 'a', score: 1 }],
      });
    });

    it('should resolve null when nothing was popped', () => {
      expect(toZMPopResult(null, 'p:')).toBeNull();
    });
  });

  describe('toZPopResult', () => {
    it('should strip the key prefix and read the score as text or a double', () => {
      expect(toZPopResult(['p:k', 'a', '2'], 'p:')).toEqual({ key: 'k', member: 'a', score: 2 });
      expect(toZPopResult(['p:k', 'a', 2], 'p:')).toEqual({ key: 'k', member: 'a', score: 2 });
    });

    it('should resolve null at the timeout', () => {
      expect(toZPopResult(null, '')).toBeNull();
    });
  });

  describe('stripKeyPrefix', () => {
    it('should keep a key without the prefix as it is', () => {
      expect([stripKeyPrefix('k', ''), stripKeyPrefix('other:k', 'p:')]).toEqual(['k', 'other:k']);
    });
  });
});
