import { describe, expect, it } from 'vitest';
import { checkValue, entryColumns, entryList, flatEntries, interleave, valueList } from './arguments.js';

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

describe(entryColumns, () => {
  describe('having a record and a Map of the same entries', () => {
    it('should give the same keys and values, in insertion order', () => {
      const buffer = Buffer.from('b');
      const expected = { keys: ['x', 'y', 'z'], values: ['1', 2, buffer] };
      expect([
        entryColumns('mset', { x: '1', y: 2, z: buffer }),
        entryColumns(
          'mset',
          new Map<string, string | number | Buffer>([
            ['x', '1'],
            ['y', 2],
            ['z', buffer],
          ]),
        ),
      ]).toStrictEqual([expected, expected]);
    });
  });

  describe('having [key, value] tuples with a Buffer key', () => {
    it('should give the keys and values in the tuples order', () => {
      const key = Buffer.from([0xff, 0x00, 0xfe]);
      expect(
        entryColumns('mset', [
          [key, 'a'],
          ['b', 2],
        ]),
      ).toStrictEqual({ keys: [key, 'b'], values: ['a', 2] });
    });
  });

  describe('having a tuple that is not a pair', () => {
    it.each([
      ['a lone key', [['a']]],
      ['three items', [['a', '1', '2']]],
      ['a string instead of a tuple', ['a']],
      ['a number key', [[1, 'v']]],
    ])('should throw INVALID_ARGUMENT for %s', (_name, entries) => {
      expect(() => entryColumns('mset', entries as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });

  describe('having a bad value or no entry', () => {
    it.each([
      ['an object value', { a: '1', b: { nested: true } } as unknown as Record<string, string>],
      ['no entry', {}],
      ['no tuple', []],
    ])('should throw INVALID_ARGUMENT for %s', (_name, entries) => {
      expect(() => entryColumns('mset', entries)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });
});

describe(interleave, () => {
  it('should pair the keys and values at the given positions, in that order', () => {
    expect(interleave(['a', 'b', 'c'], ['1', '2', '3'], [2, 0])).toStrictEqual(['c', '3', 'a', '1']);
  });
});

describe(flatEntries, () => {
  it('should flatten entries to key, value, key, value', () => {
    expect(
      flatEntries([
        ['a', '1'],
        ['b', 2],
      ]),
    ).toStrictEqual(['a', '1', 'b', 2]);
  });
});
