import { beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';
import { keySlot } from './keySlot.js';

type KeyPair = readonly [string, string];

const lua = 'return #KEYS';

const atomicCommands: readonly (readonly [
  string,
  (service: IRedisService, keys: KeyPair) => Promise<unknown>,
])[] = [
  ['msetnx', (service, [a, b]) => service.msetnx({ [a]: '1', [b]: '2' })],
  ['rename', (service, [a, b]) => service.rename(a, b)],
  ['renamenx', (service, [a, b]) => service.renamenx(a, b)],
  ['lmove', (service, [a, b]) => service.lmove(a, b, 'LEFT', 'RIGHT')],
  ['blpop', (service, keys) => service.blpop(keys, 1)],
  ['brpop', (service, keys) => service.brpop(keys, 1)],
  ['lmpop', (service, keys) => service.lmpop(keys, 'LEFT')],
  ['blmove', (service, [a, b]) => service.blmove(a, b, 'LEFT', 'RIGHT', 1)],
  ['blmpop', (service, keys) => service.blmpop(keys, 'LEFT', 1)],
  ['smove', (service, [a, b]) => service.smove(a, b, 'm')],
  ['sinter', (service, keys) => service.sinter(keys)],
  ['sintercard', (service, keys) => service.sintercard(keys)],
  ['sunion', (service, keys) => service.sunion(keys)],
  ['sdiff', (service, keys) => service.sdiff(keys)],
  ['sinterstore', (service, [a, b]) => service.sinterstore(a, [b])],
  ['sunionstore', (service, [a, b]) => service.sunionstore(a, [b])],
  ['sdiffstore', (service, [a, b]) => service.sdiffstore(a, [b])],
  ['xread', (service, keys) => service.xread(keys.map((key) => ({ key, id: '0' })))],
  [
    'xreadgroup',
    (service, keys) =>
      service.xreadgroup(
        'g',
        'c',
        keys.map((key) => ({ key, id: '>' })),
      ),
  ],
  ['runScript', (service, keys) => service.runScript('contract-cross-slot', keys)],
  [
    'defineScript().run',
    (service, keys) => service.defineScript({ name: 'contract-cross-slot', lua, keys: 2 }).run(keys, []),
  ],
  ['transaction', (service, keys) => service.transaction(keys, () => undefined)],
];

/**
 * CROSS_SLOT: commands that must be atomic reject keys in different slots before sending, the same way in
 * both modes: always in cluster mode, and with `strictCrossSlot` in standalone mode (which is what this
 * group's strict service uses, in both modes).
 *
 * @param context - the group's context.
 */
export function describeCrossSlotContract(context: ContractContext): void {
  let strict: IRedisService;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
    strict.defineScript({ name: 'contract-cross-slot', lua, keys: 2 });
  });

  describe.each(atomicCommands)('.%s', (name, act) => {
    describe('having keys in two slots without hash tag', () => {
      it('should reject with CROSS_SLOT', async () => {
        expect(await errorCodeOf(() => act(strict, crossSlotKeys(context, name)))).toBe('CROSS_SLOT');
      });
    });
  });

  describe('.msetnx', () => {
    describe('having keys in two slots without hash tag', () => {
      let keys: KeyPair;
      let error: unknown;

      beforeAll(async () => {
        keys = crossSlotKeys(context, 'msetnx-details');
        error = await strict.msetnx({ [keys[0]]: '1', [keys[1]]: '2' }).catch((reason: unknown) => reason);
      });

      it('should list each key, without prefix, and its slot in details', () => {
        const details = RedisError.is(error, 'CROSS_SLOT') ? error.details : error;
        expect(details).toMatchObject({
          keys: keys.map((key) => ({ key, slot: keySlot(context.keyPrefix + key) })),
        });
      });

      it('should name the hash tag fix in its message', () => {
        expect(error instanceof Error ? error.message : error).toMatch(/hash tag/);
      });

      it('should write nothing', async () => {
        expect(await context.service().exists(keys)).toBe(0);
      });
    });
  });

  describe('.transaction', () => {
    describe('having watched keys in one slot and a queued write in another', () => {
      let watched: string;
      let elsewhere: string;
      let code: string;

      beforeAll(async () => {
        [watched, elsewhere] = crossSlotKeys(context, 'tx-queued');
        code = await errorCodeOf(() =>
          strict.transaction([watched], (tx) => {
            tx.set(watched, 'a').set(elsewhere, 'b');
          }),
        );
      });

      it('should reject with CROSS_SLOT', () => {
        expect(code).toBe('CROSS_SLOT');
      });

      it('should write nothing', async () => {
        expect(await context.service().exists([watched, elsewhere])).toBe(0);
      });
    });
  });

  describe('.mget', () => {
    describe('having keys in two slots without hash tag', () => {
      it('should still resolve: reads and counts may span slots', async () => {
        const keys = crossSlotKeys(context, 'mget-strict');
        await strict.mset({ [keys[0]]: 'a', [keys[1]]: 'b' });
        expect(await strict.mget(keys)).toEqual(['a', 'b']);
      });
    });
  });
}
