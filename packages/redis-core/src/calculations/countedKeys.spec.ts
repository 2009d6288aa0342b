import { describe, expect, it } from 'vitest';
import { blockingMs as waitMs, checkTimeout as timeoutSeconds } from './blockingArguments.js';
import { numberedKeys } from './countedKeys.js';
import { countedKeys } from './keyPositions.js';

describe('countedKeys', () => {
  it('should locate the keys after the count', () => {
    const spec = countedKeys(0) as (argv: readonly unknown[]) => readonly number[];
    expect(spec([2, 'a', 'b', 'WEIGHTS', 1, 2])).toEqual([1, 2]);
  });

  it('should put leading positions (a destination) first', () => {
    const spec = countedKeys(1, [0]) as (argv: readonly unknown[]) => readonly number[];
    expect(spec(['dest', 2, 'a', 'b'])).toEqual([0, 2, 3]);
  });

  it('should stop at the end of the arguments', () => {
    const spec = countedKeys(0) as (argv: readonly unknown[]) => readonly number[];
    expect(spec([5, 'a'])).toEqual([1]);
  });
});

describe('numberedKeys', () => {
  it('should prefix the keys with their count', () => {
    expect(numberedKeys('zmpop', ['a', 'b'])).toEqual([2, 'a', 'b']);
  });

  it('should refuse an empty list', () => {
    expect(() => numberedKeys('zmpop', [])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('timeoutSeconds', () => {
  it('should refuse a negative timeout', () => {
    expect(() => timeoutSeconds('bzpopmin', -1)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('should wait forever for 0', () => {
    expect([waitMs(0), waitMs(1.5)]).toEqual([Number.POSITIVE_INFINITY, 1_500]);
  });
});
