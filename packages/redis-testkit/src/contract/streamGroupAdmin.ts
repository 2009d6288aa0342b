import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, XInfoConsumer, XInfoGroup } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

/**
 * Consumer group administration and inspection: XGROUP CREATECONSUMER/DELCONSUMER/SETID/DESTROY,
 * XINFO GROUPS/CONSUMERS.
 *
 * @param context - the group's context.
 */
export function describeStreamGroupAdminContract(context: ContractContext): void {
  /** A stream with entries `1-0`, `2-0` and group `g` from `0`. */
  const grouped = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().xadd(key, { n: 1 }, { id: '1-0' });
    await context.service().xadd(key, { n: 2 }, { id: '2-0' });
    await context.service().xgroupCreate(key, 'g', '0');
    return key;
  };

  describe('.xgroupCreateconsumer', () => {
    it('should resolve true for a new consumer and false for an existing one', async () => {
      const key = await grouped('xgroup-createconsumer');
      const first = await context.service().xgroupCreateconsumer(key, 'g', 'c');
      expect([first, await context.service().xgroupCreateconsumer(key, 'g', 'c')]).toEqual([true, false]);
    });

    it('should create the consumer under the prefixed key', async () => {
      const key = await grouped('xgroup-createconsumer-prefix');
      await context.service().xgroupCreateconsumer(key, 'g', 'c');
      const raw: IRedisService = await context.createService({ keyPrefix: '' });
      const consumers = await raw.xinfoConsumers(`${context.keyPrefix}${key}`, 'g');
      expect(consumers.map((consumer) => consumer.name)).toEqual(['c']);
    });
  });

  describe('.xgroupDelconsumer', () => {
    it('should resolve how many entries the consumer held', async () => {
      const key = await grouped('xgroup-delconsumer');
      await context.service().xreadgroup('g', 'c', [{ key, id: '>' }]);
      expect(await context.service().xgroupDelconsumer(key, 'g', 'c')).toBe(2);
    });

    it('should reject a missing group with SERVER_ERROR', async () => {
      const key = await grouped('xgroup-delconsumer-nogroup');
      expect(await errorCodeOf(context.service().xgroupDelconsumer(key, 'nope', 'c'))).toBe('SERVER_ERROR');
    });
  });

  describe('.xgroupSetid', () => {
    it('should move the last delivered ID and entries read', async () => {
      const key = await grouped('xgroup-setid');
      expect(await context.service().xgroupSetid(key, 'g', '1-0', { entriesRead: 1 })).toBe('OK');
      const [group] = await context.service().xinfoGroups(key);
      expect([group?.lastDeliveredId, group?.entriesRead, group?.lag]).toEqual(['1-0', 1, 1]);
    });

    it('should reject a negative entriesRead with INVALID_ARGUMENT', async () => {
      const setid = context.service().xgroupSetid(context.key('xs'), 'g', '0', { entriesRead: -1 });
      await expect(setid).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.xgroupDestroy', () => {
    it('should resolve true, then false once the group is gone', async () => {
      const key = await grouped('xgroup-destroy');
      const first = await context.service().xgroupDestroy(key, 'g');
      expect([first, await context.service().xgroupDestroy(key, 'g')]).toEqual([true, false]);
    });
  });

  describe('.xinfoGroups', () => {
    describe('having one entry delivered of two', () => {
      let groups: XInfoGroup[];

      beforeAll(async () => {
        const key = await grouped('xinfo-groups');
        await context.service().xreadgroup('g', 'c', [{ key, id: '>' }], { count: 1 });
        groups = await context.service().xinfoGroups(key);
      });

      it('should resolve each group with numbers where Redis gives integers', () => {
        expect(groups).toEqual([
          { name: 'g', consumers: 1, pending: 1, lastDeliveredId: '1-0', entriesRead: 1, lag: 1 },
        ]);
      });
    });

    it('should reject a missing stream with SERVER_ERROR', async () => {
      expect(await errorCodeOf(context.service().xinfoGroups(context.key('xinfo-none')))).toBe(
        'SERVER_ERROR',
      );
    });
  });

  describe('.xinfoConsumers', () => {
    describe('having one consumer read both entries', () => {
      let consumers: XInfoConsumer[];

      beforeAll(async () => {
        const key = await grouped('xinfo-consumers');
        await context.service().xreadgroup('g', 'c', [{ key, id: '>' }]);
        consumers = await context.service().xinfoConsumers(key, 'g');
      });

      it('should resolve its name and pending count', () => {
        expect(consumers.map(({ name, pending }) => ({ name, pending }))).toEqual([
          { name: 'c', pending: 2 },
        ]);
      });

      it('should resolve its idle time as a number', () => {
        expect(consumers[0]?.idleMs).toBeGreaterThanOrEqual(0);
      });
    });
  });
}
