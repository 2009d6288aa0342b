import { describe, expect, it } from 'vitest';
import { redisConfigIdentifier, redisServiceIdentifier } from './identifiers.js';

describe('identifiers', () => {
  describe.each([
    ['redisServiceIdentifier', redisServiceIdentifier, '@org/redis-interface/RedisService'],
    ['redisConfigIdentifier', redisConfigIdentifier, '@org/redis-interface/RedisConfig'],
  ])('having %s', (_name, identifier, key) => {
    it('should be the registry symbol, shared by every copy of the package', () => {
      expect(identifier).toBe(Symbol.for(key));
    });
  });
});
