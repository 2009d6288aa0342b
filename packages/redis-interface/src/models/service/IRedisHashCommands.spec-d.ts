import { describe, expectTypeOf, it } from 'vitest';
import type { HashEntry, HRandFieldOptions } from '../commands/HashTypes.js';
import type { ScoredMember } from '../commands/SortedSetTypes.js';
import type { IRedisService } from './IRedisService.js';

declare const redis: IRedisService;
declare const options: HRandFieldOptions;

describe('IRedisHashCommands', () => {
  describe('.hrandfield', () => {
    describe('having no options', () => {
      it('should resolve one field or null', () => {
        expectTypeOf(redis.hrandfield('h')).resolves.toEqualTypeOf<string | null>();
      });
    });

    describe('having a count', () => {
      it('should resolve field names', () => {
        expectTypeOf(redis.hrandfield('h', { count: -3 })).resolves.toEqualTypeOf<string[]>();
      });
    });

    describe('having withValues: true', () => {
      it('should resolve [field, value] pairs', () => {
        expectTypeOf(redis.hrandfield('h', { count: 2, withValues: true })).resolves.toEqualTypeOf<
          HashEntry[]
        >();
      });
    });

    describe('having options known at run time', () => {
      it('should resolve any of the shapes', () => {
        expectTypeOf(redis.hrandfield('h', options)).resolves.toEqualTypeOf<
          string | null | string[] | HashEntry[]
        >();
      });
    });
  });

  describe('iterators over one key', () => {
    it('should yield [field, value] pairs from hscan, members from sscan, scored members from zscan', () => {
      expectTypeOf(redis.hscan('h')).toEqualTypeOf<AsyncIterable<HashEntry>>();
      expectTypeOf(redis.sscan('s', { match: 'a*' })).toEqualTypeOf<AsyncIterable<string>>();
      expectTypeOf(redis.zscan('z', { count: 10 })).toEqualTypeOf<AsyncIterable<ScoredMember>>();
    });
  });

  describe('pipeline', () => {
    it('should not take the iterators', () => {
      expectTypeOf(redis.pipeline()).not.toHaveProperty('hscan');
    });
  });
});
