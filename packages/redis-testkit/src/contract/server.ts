import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { masterCount, replicaCount } from './topologyCounts.js';

/** `major.minor` of `version` is at least 7.2. */
const atLeast72 = (version: string): boolean => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 7 || (major === 7 && minor >= 2);
};

/**
 * INFO (a record per master), WAIT and WAITAOF (the shared connection to the master of a key).
 *
 * @param context - the group's context.
 */
export function describeServerContract(context: ContractContext): void {
  describe('.info', () => {
    it('should give one record per master, keyed by host:port', async () => {
      const info = await context.service().info();
      expect(Object.keys(info).filter((node) => /^.+:\d+$/.test(node))).toHaveLength(masterCount(context));
    });

    it('should give the fields of the section asked for only', async () => {
      const records = Object.values(await context.service().info('server'));
      expect(records.map((fields) => [typeof fields.redis_version, fields.used_memory])).toEqual(
        records.map(() => ['string', undefined]),
      );
    });

    it('should reject a section that is not a string with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().info(1 as unknown as string))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.wait', () => {
    it('should resolve how many replicas acknowledged the writes', async () => {
      const key = context.key('wait');
      await context.service().set(key, 'v');
      expect(await context.service().wait(key, 1, 500)).toBe(replicaCount(context));
    });

    it('should wait longer than commandTimeoutMs when timeoutMs asks for it', async () => {
      const service = await context.createService({ commandTimeoutMs: 200 });
      const key = context.key('wait-long');
      await service.set(key, 'v');
      // More replicas than there are: WAIT blocks for its whole timeout, past the command timeout.
      expect(await service.wait(key, 5, 500)).toBe(replicaCount(context));
    });

    it('should reject timeoutMs 0 (forever) with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().wait(context.key('wait-0'), 1, 0))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.waitaof', () => {
    it('should refuse with UNSUPPORTED_BY_SERVER before Redis 7.2, else count the acknowledgements', async () => {
      const [fields] = Object.values(await context.service().info('server'));
      const key = context.key('waitaof');
      const outcome = await errorCodeOf(context.service().waitaof(key, 0, 0, 100));
      expect(outcome).toBe(atLeast72(fields?.redis_version ?? '') ? 'resolved' : 'UNSUPPORTED_BY_SERVER');
    });

    it('should reject numlocal 2 with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().waitaof(context.key('waitaof-2'), 2, 0, 100))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });
}
