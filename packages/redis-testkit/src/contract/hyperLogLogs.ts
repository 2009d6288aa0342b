import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';

/**
 * PFADD, PFCOUNT, PFMERGE.
 *
 * @param context - the group's context.
 */
export function describeHyperLogLogsContract(context: ContractContext): void {
  let strict: IRedisService;
  let tag: string;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
    tag = context.hashTag('hll');
    await context.service().pfadd(`${tag}:a`, ['x', 'y', 'z']);
    await context.service().pfadd(`${tag}:b`, ['z', 'w']);
  });

  describe('.pfadd', () => {
    it('should resolve true when the estimate changed', async () => {
      expect(await context.service().pfadd(context.key('pfadd'), ['a', 'b'])).toBe(true);
    });

    it('should resolve false for elements already counted', async () => {
      expect(await context.service().pfadd(`${tag}:a`, 'x')).toBe(false);
    });

    it('should create the key without elements', async () => {
      const key = context.key('pfadd-empty');
      await context.service().pfadd(key);
      expect(await context.service().type(key)).toBe('string');
    });

    it('should reject a key holding another string with WRONG_TYPE', async () => {
      const key = context.key('pfadd-string');
      await context.service().set(key, 'not a hyperloglog');
      await expect(context.service().pfadd(key, 'x')).rejects.toMatchObject({ code: 'WRONG_TYPE' });
    });
  });

  describe('.pfcount', () => {
    it('should estimate the distinct elements of one key', async () => {
      expect(await context.service().pfcount(`${tag}:a`)).toBe(3);
    });

    it('should estimate the union of keys in one slot', async () => {
      expect(await context.service().pfcount([`${tag}:a`, `${tag}:b`])).toBe(4);
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      await expect(strict.pfcount(crossSlotKeys(context, 'pfcount-cross'))).rejects.toMatchObject({
        code: 'CROSS_SLOT',
      });
    });

    it('should reject no key with INVALID_ARGUMENT', async () => {
      await expect(context.service().pfcount([])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.pfmerge', () => {
    it('should write the union into the destination', async () => {
      await context.service().pfmerge(`${tag}:merged`, [`${tag}:a`, `${tag}:b`]);
      expect(await context.service().pfcount(`${tag}:merged`)).toBe(4);
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      const [a, b] = crossSlotKeys(context, 'pfmerge-cross');
      await expect(strict.pfmerge(a, b)).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });
  });
}
