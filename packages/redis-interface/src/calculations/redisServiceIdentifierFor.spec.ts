import { describe, expect, it } from 'vitest';
import { redisServiceIdentifier } from '../models/identifiers.js';
import { redisConfigIdentifierFor, redisServiceIdentifierFor } from './redisServiceIdentifierFor.js';

describe(redisServiceIdentifierFor, () => {
  describe('having a name', () => {
    it('should return the registry symbol for that name', () => {
      expect(redisServiceIdentifierFor('cache')).toBe(Symbol.for('@org/redis-interface/RedisService/cache'));
    });

    it('should differ from the default identifier', () => {
      expect(redisServiceIdentifierFor('cache')).not.toBe(redisServiceIdentifier);
    });
  });

  describe('having an empty name', () => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => redisServiceIdentifierFor(' ')).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', name: 'RedisError' }),
      );
    });
  });
});

describe(redisConfigIdentifierFor, () => {
  describe('having a name', () => {
    it('should return the registry symbol for that name', () => {
      expect(redisConfigIdentifierFor('cache')).toBe(Symbol.for('@org/redis-interface/RedisConfig/cache'));
    });
  });
});
