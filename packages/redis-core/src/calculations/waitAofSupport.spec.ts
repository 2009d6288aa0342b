import { describe, expect, it } from 'vitest';
import { waitAofRefusal } from './waitAofSupport.js';

describe(waitAofRefusal, () => {
  describe.each([['7.2.0'], ['7.4.1'], ['8.0.0']])('having Redis %s with appendonly yes', (version) => {
    it('should not refuse', () => {
      expect(waitAofRefusal({ redis_version: version, aof_enabled: '1' })).toBeUndefined();
    });
  });

  describe.each([['7.0.15'], ['6.2.14'], ['']])('having Redis "%s"', (version) => {
    it('should refuse with UNSUPPORTED_BY_SERVER, asking for Redis 7.2', () => {
      const refusal = waitAofRefusal({ redis_version: version, aof_enabled: '1' });
      expect([refusal?.code, refusal?.message]).toEqual([
        'UNSUPPORTED_BY_SERVER',
        expect.stringContaining('needs Redis 7.2 or later'),
      ]);
    });
  });

  describe('having Redis 7.2 with appendonly no', () => {
    it('should refuse, naming appendonly', () => {
      expect(waitAofRefusal({ redis_version: '7.2.4', aof_enabled: '0' })?.details).toStrictEqual({
        command: 'WAITAOF',
        requirement: 'appendonly yes',
        found: 'appendonly no',
      });
    });
  });
});
