import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';

type KeyPair = readonly [string, string];

/** Every sorted-set member over several keys, called with keys in two slots. */
const multiKeyMembers: readonly (readonly [
  string,
  (service: IRedisService, keys: KeyPair) => Promise<unknown>,
])[] = [
  ['zrangestore', (service, [a, b]) => service.zrangestore(a, b, 0, -1)],
  ['zunion', (service, keys) => service.zunion(keys)],
  ['zunionWithScores', (service, keys) => service.zunionWithScores(keys)],
  ['zinter', (service, keys) => service.zinter(keys)],
  ['zinterWithScores', (service, keys) => service.zinterWithScores(keys)],
  ['zdiff', (service, keys) => service.zdiff(keys)],
  ['zdiffWithScores', (service, keys) => service.zdiffWithScores(keys)],
  ['zunionstore', (service, [a, b]) => service.zunionstore(a, [b])],
  ['zinterstore', (service, [a, b]) => service.zinterstore(a, [b])],
  ['zdiffstore', (service, [a, b]) => service.zdiffstore(a, [b])],
  ['zintercard', (service, keys) => service.zintercard(keys)],
  ['zmpop', (service, keys) => service.zmpop(keys, 'MIN')],
  ['bzpopmin', (service, keys) => service.bzpopmin(keys, 1)],
  ['bzpopmax', (service, keys) => service.bzpopmax(keys, 1)],
  ['bzmpop', (service, keys) => service.bzmpop(keys, 'MIN', 1)],
];

/**
 * CROSS_SLOT for the sorted-set members over several keys: refused before sending with keys in two
 * slots, by the group's service in cluster mode and by a `strictCrossSlot` service in both modes.
 *
 * @param context - the group's context.
 */
export function describeSortedSetCrossSlotContract(context: ContractContext): void {
  let strict: IRedisService;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
  });

  describe.each(multiKeyMembers)('.%s', (name, act) => {
    describe('having keys in two slots without hash tag and strictCrossSlot', () => {
      it('should reject with CROSS_SLOT', async () => {
        expect(await errorCodeOf(() => act(strict, crossSlotKeys(context, name)))).toBe('CROSS_SLOT');
      });
    });

    describe('having keys in two slots without hash tag', () => {
      it('should reject with CROSS_SLOT in cluster mode only (also where the service refuses it in every mode: a migrating service facing a cluster)', async () => {
        const code = await errorCodeOf(() => act(context.service(), crossSlotKeys(context, `${name}-plain`)));
        expect(code).toBe(context.crossSlotRefused ? 'CROSS_SLOT' : 'resolved');
      });
    });

    describe('having it queued on a strict pipeline', () => {
      it.skipIf(name.startsWith('bz'))('should fail that command with CROSS_SLOT', async () => {
        const pipeline = strict.pipeline();
        // The queue members take the service members' arguments: the same call records it.
        await act(pipeline as unknown as IRedisService, crossSlotKeys(context, `${name}-queued`));
        expect(await pipeline.exec()).toMatchObject([{ ok: false, error: { code: 'CROSS_SLOT' } }]);
      });
    });
  });
}
