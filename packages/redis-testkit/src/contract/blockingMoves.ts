import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, ListPopResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { sleep } from './sleep.js';

/** Below the waits of the "timeout 0" tests: a deadline would fail them. */
const shortCommandTimeoutMs = 300;

/**
 * BLMOVE and BLMPOP (Redis 6.2/7.0), and a timeout of 0 on every blocking list command: they run on
 * their own connection (the shared one stays usable), resolve with what another service pushes,
 * resolve null at their timeout, and wait without deadline when the timeout is 0.
 *
 * @param context - the group's context.
 */
export function describeBlockingMovesContract(context: ContractContext): void {
  let pusher: IRedisService;
  let patient: IRedisService;

  beforeAll(async () => {
    pusher = await context.createService();
    patient = await context.createService({ commandTimeoutMs: shortCommandTimeoutMs });
  });

  /** Runs `block`, then a GET on the same service meanwhile: which settled first. */
  const firstSettled = async (block: () => Promise<unknown>): Promise<string[]> => {
    const order: string[] = [];
    const key = context.key('shared-get');
    const blocked = block().then(() => order.push('blocking'));
    await context.service().get(key);
    order.push('get');
    await blocked;
    return order;
  };

  describe('.blmove', () => {
    describe('having another service push while it waits', () => {
      it('should move the pushed element between the given ends', async () => {
        const tag = context.hashTag('blmove-push');
        await context.service().rpush(`${tag}:dst`, 'x');
        const moved = context.service().blmove(`${tag}:src`, `${tag}:dst`, 'LEFT', 'LEFT', 10);
        await sleep(200);
        await pusher.rpush(`${tag}:src`, ['first', 'second']);
        expect([await moved, ...(await context.service().lrange(`${tag}:dst`, 0, -1))]).toEqual([
          'first',
          'first',
          'x',
        ]);
      });
    });

    describe('having an empty source and a fractional timeout', () => {
      it('should resolve null once it expires', async () => {
        const tag = context.hashTag('blmove-timeout');
        expect(await context.service().blmove(`${tag}:src`, `${tag}:dst`, 'RIGHT', 'LEFT', 0.2)).toBeNull();
      });

      it('should leave the shared connection usable meanwhile', async () => {
        const tag = context.hashTag('blmove-shared');
        const order = await firstSettled(() =>
          context.service().blmove(`${tag}:src`, `${tag}:dst`, 'RIGHT', 'LEFT', 0.5),
        );
        expect(order).toEqual(['get', 'blocking']);
      });
    });

    describe('having a timeout of 0', () => {
      it('should wait past the command timeout for the push', async () => {
        const tag = context.hashTag('blmove-forever');
        const moved = patient.blmove(`${tag}:src`, `${tag}:dst`, 'LEFT', 'RIGHT', 0);
        await sleep(shortCommandTimeoutMs * 2);
        await pusher.rpush(`${tag}:src`, 'late');
        expect(await moved).toBe('late');
      });
    });

    it('should reject a negative timeout with INVALID_ARGUMENT', async () => {
      const tag = context.hashTag('blmove-negative');
      expect(await errorCodeOf(context.service().blmove(`${tag}:a`, `${tag}:b`, 'LEFT', 'LEFT', -1))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });

  describe('.blmpop', () => {
    describe('having another service push while it waits', () => {
      it('should resolve the key, without prefix, and up to count elements', async () => {
        const tag = context.hashTag('blmpop-push');
        const popped = context.service().blmpop([`${tag}:a`, `${tag}:b`], 'LEFT', 10, 2);
        await sleep(200);
        await pusher.rpush(`${tag}:b`, ['1', '2', '3']);
        expect(await popped).toEqual({ key: `${tag}:b`, elements: ['1', '2'] });
      });
    });

    describe('having a non-empty list', () => {
      it('should pop from the tail at once', async () => {
        const key = context.key('blmpop-ready');
        await context.service().rpush(key, ['1', '2']);
        expect(await context.service().blmpop(key, 'RIGHT', 1)).toEqual({ key, elements: ['2'] });
      });
    });

    describe('having empty lists and a fractional timeout', () => {
      it('should resolve null once it expires', async () => {
        expect(await context.service().blmpop(context.key('blmpop-timeout'), 'LEFT', 0.2)).toBeNull();
      });

      it('should leave the shared connection usable meanwhile', async () => {
        const order = await firstSettled(() =>
          context.service().blmpop(context.key('blmpop-shared'), 'LEFT', 0.5),
        );
        expect(order).toEqual(['get', 'blocking']);
      });
    });

    describe('having a timeout of 0', () => {
      it('should wait past the command timeout for the push', async () => {
        const key = context.key('blmpop-forever');
        const popped: Promise<ListPopResult | null> = patient.blmpop(key, 'LEFT', 0);
        await sleep(shortCommandTimeoutMs * 2);
        await pusher.rpush(key, 'late');
        expect(await popped).toEqual({ key, elements: ['late'] });
      });
    });

    it('should reject no key, a count of 0 or a NaN timeout with INVALID_ARGUMENT', async () => {
      const key = context.key('blmpop-bad');
      const codes = [
        await errorCodeOf(context.service().blmpop([], 'LEFT', 1)),
        await errorCodeOf(context.service().blmpop(key, 'LEFT', 1, 0)),
        await errorCodeOf(context.service().blmpop(key, 'LEFT', Number.NaN)),
      ];
      expect(codes).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT']);
    });
  });

  describe('.blpop', () => {
    describe('having a timeout of 0', () => {
      it('should wait past the command timeout for the push', async () => {
        const key = context.key('blpop-forever');
        const popped = patient.blpop(key, 0);
        await sleep(shortCommandTimeoutMs * 2);
        await pusher.rpush(key, 'late');
        expect(await popped).toEqual([key, 'late']);
      });
    });
  });

  describe('.brpop', () => {
    describe('having a timeout of 0', () => {
      it('should wait past the command timeout for the push', async () => {
        const key = context.key('brpop-forever');
        const popped = patient.brpop(key, 0);
        await sleep(shortCommandTimeoutMs * 2);
        await pusher.rpush(key, ['a', 'late']);
        expect(await popped).toEqual([key, 'late']);
      });
    });

    it('should reject no key with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().brpop([], 1))).toBe('INVALID_ARGUMENT');
    });
  });
}
