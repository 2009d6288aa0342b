import { describe, expect, it } from 'vitest';
import { checkValue, entryList, valueList } from './arguments.js';

describe(checkValue, () => {
  describe.each([
    ['an object', { a: 1 }],
    ['NaN', Number.NaN],
    ['undefined', undefined],
    ['null', null],
  ])('having %s', (_name, value) => {
    it('should throw INVALID_ARGUMENT before anything is sent', () => {
      expect(() => checkValue('set', value)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });

  describe('having a Buffer', () => {
    it('should pass it through', () => {
      const value = Buffer.from([0, 255]);
      expect(checkValue('set', value)).toBe(value);
    });
  });
});

describe(entryList, () => {
  describe('having a Map', () => {
    it('should keep its order', () => {
      expect(
        entryList(
          'mset',
          new Map([
            ['b', 1],
            ['a', 2],
          ]),
        ),
      ).toStrictEqual([
        ['b', 1],
        ['a', 2],
      ]);
    });
  });

  describe('having an empty record', () => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => entryList('mset', {})).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });
});

describe(valueList, () => {
  describe('having an empty list', () => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => valueList('sadd', [])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });
});
