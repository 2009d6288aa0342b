import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';

/**
 * `call()`: any command with the prefix applied to its keys (found from the server's key specs),
 * CROSS_SLOT checked, routed by slot, and the refusals of what would break the shared connection.
 *
 * @param context - the group's context.
 */
export function describeCallContract(context: ContractContext): void {
  describe('.call', () => {
    it('should send a command the interface has no member for, its key prefixed (MEMORY USAGE)', async () => {
      const key = context.key('memory');
      await context.service().set(key, 'x'.repeat(100));
      const bytes = await context.service().call<number | null>('MEMORY', 'USAGE', key);
      expect(bytes).toBeGreaterThan(100);
    });

    it('should write under the prefixed key, as the members read it', async () => {
      const key = context.key('set');
      expect(await context.service().call('SET', key, 'v')).toBe('OK');
      expect(await context.service().get(key)).toBe('v');
    });

    it('should find keys after a count (EVAL numkeys) and prefix them', async () => {
      const key = context.key('eval');
      await context.service().set(key, 'from-eval');
      const script = "return redis.call('GET', KEYS[1])";
      expect(await context.service().call('EVAL', script, 1, key)).toBe('from-eval');
    });

    it('should find keys after a keyword (XREAD STREAMS) and prefix them', async () => {
      const key = context.key('stream');
      await context.service().xadd(key, { f: 'v' });
      const reply = await context
        .service()
        .call<[unknown, unknown[]][] | Record<string, unknown[]>>('XREAD', 'COUNT', 1, 'STREAMS', key, '0');
      expect(JSON.stringify(reply)).toContain(context.keyPrefix + key);
    });

    it('should route each key to its node: 20 keys in as many slots all read back', async () => {
      const keys = Array.from({ length: 20 }, (_, index) => context.key(`routed-${index}`));
      await Promise.all(keys.map((key, index) => context.service().call('SET', key, index)));
      expect(await Promise.all(keys.map((key) => context.service().call('GET', key)))).toEqual(
        keys.map((_, index) => String(index)),
      );
    });

    it('should refuse keys in different slots with CROSS_SLOT in a cluster (also where the service refuses it in every mode: a migrating service facing a cluster), and send them on a standalone server', async () => {
      const [a, b] = crossSlotKeys(context, 'mset');
      const sent = context.service().call('MSET', a, '1', b, '2');
      if (context.crossSlotRefused) await expect(sent).rejects.toMatchObject({ code: 'CROSS_SLOT' });
      else expect(await sent).toBe('OK');
    });

    it.each([
      ['SUBSCRIBE', ['channel']],
      ['MULTI', []],
      ['WATCH', ['k']],
      ['SELECT', [1]],
      ['BLPOP', ['k', 0]],
      ['CLIENT', ['REPLY', 'OFF']],
    ] as const)(
      'should refuse %s with INVALID_ARGUMENT (it would change or block the shared connection)',
      async (command, args) => {
        await expect(context.service().call(command, ...args)).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
        });
      },
    );

    it('should refuse a command the server does not know: UNSUPPORTED_IN_MODE in a cluster, INVALID_ARGUMENT with a prefix', async () => {
      const code = context.mode === 'cluster' ? 'UNSUPPORTED_IN_MODE' : 'INVALID_ARGUMENT';
      await expect(context.service().call('NOSUCHCOMMAND', 'k')).rejects.toMatchObject({ code });
    });

    it('should refuse a keyless write and an every-node command in a cluster, and run them on a standalone server', async () => {
      const dbsize = context.service().call('DBSIZE');
      const load = context.service().call('SCRIPT', 'LOAD', 'return 1');
      if (context.mode === 'cluster') {
        await expect(dbsize).rejects.toMatchObject({ code: 'UNSUPPORTED_IN_MODE' });
        await expect(load).rejects.toMatchObject({ code: 'UNSUPPORTED_IN_MODE' });
      } else {
        expect([typeof (await dbsize), typeof (await load)]).toEqual(['number', 'string']);
      }
    });

    it('should reject a bad command name or argument with INVALID_ARGUMENT, sending nothing', async () => {
      const key = context.key('bad-arg');
      await expect(context.service().call(42 as unknown as string)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      await expect(context.service().call('SET', key, {} as unknown as string)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      expect(await context.service().exists(key)).toBe(0);
    });

    it('should map server errors to codes (WRONG_TYPE)', async () => {
      const key = context.key('wrong-type');
      await context.service().set(key, 'text');
      await expect(context.service().call('LPUSH', key, 'x')).rejects.toMatchObject({ code: 'WRONG_TYPE' });
    });
  });
}
