import { describe, expect, it } from 'vitest';
import { allKeys, allKeysBut, countedKeys, everyOtherKey, keyPositions } from './keyPositions.js';

describe('keyPositions', () => {
  it('should take the first n arguments for a number', () => {
    expect(keyPositions(2, ['a', 'b', 'c'])).toEqual([0, 1]);
  });

  it('should stop a count at the end of the arguments', () => {
    expect(keyPositions(3, ['a'])).toEqual([0]);
  });

  it('should take every other argument for everyOtherKey', () => {
    expect(keyPositions(everyOtherKey, ['a', 1, 'b', 2])).toEqual([0, 2]);
  });

  it('should leave the tail out for allKeysBut', () => {
    expect(keyPositions(allKeysBut(1), ['a', 'b', 0])).toEqual([0, 1]);
  });

  it('should take every argument for allKeys', () => {
    expect(keyPositions(allKeys, ['a', 'b'])).toEqual([0, 1]);
  });

  it('should take the keys numkeys counts for countedKeys', () => {
    expect(keyPositions(countedKeys(0), [2, 'a', 'b', 'LIMIT', 1])).toEqual([1, 2]);
  });

  it('should stop countedKeys at the end of the arguments', () => {
    expect(keyPositions(countedKeys(0), [5, 'a'])).toEqual([1]);
  });

  it('should ask a function spec', () => {
    expect(keyPositions((argv) => [argv.length - 1], ['x', 'k'])).toEqual([1]);
  });
});
