import { describe, expect, it } from 'vitest';
import { splitByBytes } from './splitByBytes.js';

describe('splitByBytes', () => {
  it('should cut runs at the byte limit, keeping the order', () => {
    expect(splitByBytes([3, 3, 3, 1, 5], (size) => size, 6)).toStrictEqual([[3, 3], [3, 1], [5]]);
  });

  it('should put an item larger than the limit alone', () => {
    expect(splitByBytes([1, 10, 1], (size) => size, 4)).toStrictEqual([[1], [10], [1]]);
  });

  it('should return no run for no item', () => {
    expect(splitByBytes([], (size: number) => size, 4)).toStrictEqual([]);
  });
});
