import { describe, expect, it } from 'vitest';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { serviceOperations } from '../definitions/serviceOperations.js';
import { RedisServiceBase } from './RedisServiceBase.js';

const prototype = RedisServiceBase.prototype as unknown as Record<string, unknown>;

describe(RedisServiceBase, () => {
  describe('having been assembled', () => {
    it('should extend nothing (its members are installed, not inherited)', () => {
      expect(Object.getPrototypeOf(RedisServiceBase.prototype)).toBe(Object.prototype);
    });

    it('should have every definition and operation as a method', () => {
      const members = [...Object.keys(serviceDefinitions), ...Object.keys(serviceOperations)];
      expect(members.filter((member) => typeof prototype[member] !== 'function')).toEqual([]);
    });

    it('should write no member both as a definition and as an operation', () => {
      expect(Object.keys(serviceOperations).filter((member) => member in serviceDefinitions)).toEqual([]);
    });

    it('should have the hand-written members as operations', () => {
      expect(Object.keys(serviceOperations)).toEqual(
        expect.arrayContaining([
          'subscribe',
          'psubscribe',
          'scan',
          'scanNodes',
          'scanPage',
          'defineScript',
          'runScript',
          'pipeline',
          'transaction',
          'writeDurably',
          'call',
        ]),
      );
    });
  });
});
