import { describe, expect, it } from 'vitest';
import { toFieldPairs, toFieldRecord } from './fieldReplies.js';

const expected = { a: '1', b: '2' };

describe(toFieldRecord, () => {
  describe.each([
    ['a flat RESP2 array', ['a', '1', 'b', '2']],
    [
      'an array of pairs',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      'a RESP3 map',
      new Map([
        ['a', '1'],
        ['b', '2'],
      ]),
    ],
    ['the object ioredis made', { a: '1', b: '2' }],
  ])('having %s', (_name, reply) => {
    it('should resolve a plain record', () => {
      expect(toFieldRecord(reply)).toStrictEqual(expected);
    });
  });

  describe('having a field named __proto__', () => {
    it('should keep it as an own property, not as the prototype', () => {
      const record = toFieldRecord<string>(['__proto__', 'x', 'a', '1']);
      expect([Object.getPrototypeOf(record), Object.keys(record)]).toStrictEqual([
        Object.prototype,
        ['__proto__', 'a'],
      ]);
    });
  });

  describe('having Buffer field names', () => {
    it('should name the fields by their text', () => {
      expect(toFieldRecord(new Map([[Buffer.from('f'), Buffer.from('v')]]))).toStrictEqual({
        f: Buffer.from('v'),
      });
    });
  });

  describe('having an empty reply or null', () => {
    it('should resolve {}', () => {
      expect([toFieldRecord([]), toFieldRecord(null), toFieldRecord(new Map())]).toStrictEqual([{}, {}, {}]);
    });
  });
});

describe(toFieldPairs, () => {
  describe('having repeated fields (HRANDFIELD with a negative count)', () => {
    it('should keep every pair, in order', () => {
      expect(toFieldPairs(['a', '1', 'a', '1', 'b', '2'])).toStrictEqual([
        ['a', '1'],
        ['a', '1'],
        ['b', '2'],
      ]);
    });
  });

  describe('having RESP3 pairs', () => {
    it('should give the same pairs as the flat form', () => {
      expect(toFieldPairs([['a', '1']])).toStrictEqual(toFieldPairs(['a', '1']));
    });
  });
});
