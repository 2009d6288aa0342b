import { describe, expect, it } from 'vitest';
import { keyPositions, countedKeys } from './keyPositions.js';
import { blockingMs, checkTimeout } from './blockingArguments.js';
import { lposOptions, mpopArguments, toListPopResult } from './listArguments.js';

/** What a refused argument throws. */
const invalid: unknown = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe(lposOptions, () => {
  describe('having rank, count and maxlen', () => {
    it('should give the words in Redis order', () => {
      expect(lposOptions({ rank: -2, count: 0, maxlen: 10 })).toEqual(['RANK', -2, 'COUNT', 0, 'MAXLEN', 10]);
    });
  });

  describe.each([
    ['a rank of 0', { rank: 0 }],
    ['a negative count', { count: -1 }],
    ['a fractional maxlen', { maxlen: 1.5 }],
  ])('having %s', (_name, options) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => lposOptions(options as never)).toThrow(invalid);
    });
  });
});

describe(mpopArguments, () => {
  describe('having two keys and a count', () => {
    it('should put numkeys first and COUNT last', () => {
      expect(mpopArguments('lmpop', ['a', 'b'], 'LEFT', 3)).toEqual([2, 'a', 'b', 'LEFT', 'COUNT', 3]);
    });
  });

  describe.each([
    ['no key', [], 'LEFT', undefined],
    ['another side', 'a', 'UP', undefined],
    ['a count of 0', 'a', 'RIGHT', 0],
  ])('having %s', (_name, keys, side, count) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => mpopArguments('lmpop', keys as never, side, count)).toThrow(invalid);
    });
  });
});

describe(countedKeys, () => {
  describe('having BLMPOP arguments', () => {
    it('should find the keys after numkeys', () => {
      expect(keyPositions(countedKeys(1), [0.5, 2, 'a', 'b', 'LEFT'])).toEqual([2, 3]);
    });
  });
});

describe(toListPopResult, () => {
  describe('having a prefixed key', () => {
    it('should strip the prefix', () => {
      expect(toListPopResult(['app:list', ['x']], 'app:')).toEqual({ key: 'list', elements: ['x'] });
    });
  });

  describe('having null', () => {
    it('should resolve null', () => {
      expect(toListPopResult(null, 'app:')).toBeNull();
    });
  });
});

describe(checkTimeout, () => {
  describe.each([
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['text', '1'],
  ])('having %s', (_name, timeout) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkTimeout('blpop', timeout)).toThrow(invalid);
    });
  });
});

describe(blockingMs, () => {
  describe('having 0 seconds', () => {
    it('should wait forever', () => {
      expect(blockingMs(0)).toBe(Number.POSITIVE_INFINITY);
    });
  });

  describe('having 1.5 seconds', () => {
    it('should be 1500 ms', () => {
      expect(blockingMs(1.5)).toBe(1_500);
    });
  });
});
