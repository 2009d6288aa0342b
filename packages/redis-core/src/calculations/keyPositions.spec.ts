import { describe, expect, it } from 'vitest';
import { allKeys, allKeysBut, everyOtherKey, keyPositions } from './keyPositions.js';

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

  it('should ask a function spec', () => {
    expect(keyPositions((argv) => [argv.length - 1], ['x', 'k'])).toEqual([1]);
  });
});
