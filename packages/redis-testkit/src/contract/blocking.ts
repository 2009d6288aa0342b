import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockingPopResult, IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { sleep } from './sleep.js';

const getCount = 100;

/**
 * BLPOP/BRPOP: they run on their own connection, so other commands of the same service are not held up,
 * and they resolve with what another client pushes.
 *
 * @param context - the group's context.
 */
export function describeBlockingContract(context: ContractContext): void {
  let pusher: IRedisService;

  beforeAll(async () => {
    pusher = await context.createService();
  });

  describe('.blpop', () => {
    describe('having an empty list, a 2 s timeout and 100 gets sent meanwhile', () => {
      const finished: string[] = [];
      let popped: BlockingPopResult | null | undefined;

      beforeAll(async () => {
        const service = context.service();
        const key = context.key('blpop-empty');
        await service.set(key, 'value');
        const blocked = service.blpop(context.key('blpop-empty-list'), 2).then((result) => {
          finished.push('blpop');
          popped = result;
        });
        const gets = Array.from({ length: getCount }, () =>
          service.get(key).then(() => finished.push('get')),
        );
        await Promise.all([blocked, ...gets]);
      });

      it('should complete every get before the blpop', () => {
        expect(finished.indexOf('blpop')).toBe(getCount);
      });

      it('should resolve null at the timeout', () => {
        expect(popped).toBeNull();
      });
    });

    describe('having another service push while it waits', () => {
      it('should resolve the key, without prefix, and the pushed element', async () => {
        const key = context.key('blpop-push');
        const popped = context.service().blpop(key, 10);
        await sleep(200);
        await pusher.rpush(key, ['first', 'second']);
        expect(await popped).toEqual([key, 'first']);
      });
    });

    describe('having several lists with one hash tag', () => {
      it('should pop from the first non-empty one, in the order given', async () => {
        const tag = context.hashTag('blpop-keys');
        await context.service().rpush(`${tag}:b`, 'from-b');
        await context.service().rpush(`${tag}:c`, 'from-c');
        expect(await context.service().blpop([`${tag}:a`, `${tag}:b`, `${tag}:c`], 1)).toEqual([
          `${tag}:b`,
          'from-b',
        ]);
      });
    });

    describe('having a fractional timeout', () => {
      it('should resolve null once it expires', async () => {
        expect(await context.service().blpop(context.key('blpop-fraction'), 0.2)).toBeNull();
      });
    });
  });

  describe('.brpop', () => {
    describe('having another service push while it waits', () => {
      it('should resolve the tail element', async () => {
        const key = context.key('brpop-push');
        const popped = context.service().brpop(key, 10);
        await sleep(200);
        await pusher.rpush(key, ['first', 'second']);
        expect(await popped).toEqual([key, 'second']);
      });
    });

    describe('having several blocked pops on one service', () => {
      it('should serve each of them', async () => {
        const keys = [context.key('brpop-a'), context.key('brpop-b'), context.key('brpop-c')];
        const popped = Promise.all(keys.map((key) => context.service().brpop(key, 10)));
        await sleep(200);
        await Promise.all(keys.map((key) => pusher.rpush(key, `value-of-${key}`)));
        expect(await popped).toEqual(keys.map((key) => [key, `value-of-${key}`]));
      });
    });
  });
}
