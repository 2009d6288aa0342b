import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

/**
 * Single-key commands: DEL/EXISTS of one key, TYPE, RENAME.
 *
 * @param context - the group's context.
 */
export function describeKeysContract(context: ContractContext): void {
  const written = async (name: string, value = 'v'): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, value);
    return key;
  };

  describe('.del', () => {
    it('should resolve 1 for one existing key', async () => {
      expect(await context.service().del(await written('del-one'))).toBe(1);
    });
  });

  describe('.unlink', () => {
    it('should resolve 0 for a missing key', async () => {
      expect(await context.service().unlink(context.key('unlink-missing'))).toBe(0);
    });
  });

  describe('.exists', () => {
    it('should resolve 1 for one existing key', async () => {
      expect(await context.service().exists(await written('exists-one'))).toBe(1);
    });
  });

  describe('.touch', () => {
    it('should resolve 1 for one existing key', async () => {
      expect(await context.service().touch(await written('touch-one'))).toBe(1);
    });
  });

  describe('.type', () => {
    it.each([
      ['string', (key: string) => context.service().set(key, 'v')],
      ['list', (key: string) => context.service().rpush(key, 'v')],
      ['hash', (key: string) => context.service().hset(key, { f: 'v' })],
      ['set', (key: string) => context.service().sadd(key, 'v')],
      ['zset', (key: string) => context.service().zadd(key, { score: 1, member: 'v' })],
      ['stream', (key: string) => context.service().xadd(key, { f: 'v' })],
    ])("should resolve '%s' for a key of that type", async (type, write) => {
      const key = context.key(`type-${type}`);
      await write(key);
      expect(await context.service().type(key)).toBe(type);
    });

    it("should resolve 'none' for a missing key", async () => {
      expect(await context.service().type(context.key('type-missing'))).toBe('none');
    });
  });

  describe('.rename', () => {
    it('should move the value to a key with the same hash tag', async () => {
      const tag = context.hashTag('rename');
      await context.service().set(`${tag}:from`, 'moved');
      await context.service().rename(`${tag}:from`, `${tag}:to`);
      expect(await context.service().mget([`${tag}:from`, `${tag}:to`])).toEqual([null, 'moved']);
    });

    it('should reject a missing key with SERVER_ERROR', async () => {
      const tag = context.hashTag('rename-missing');
      expect(await errorCodeOf(context.service().rename(`${tag}:from`, `${tag}:to`))).toBe('SERVER_ERROR');
    });
  });

  describe('.renamenx', () => {
    it('should resolve false and keep both values when the new key exists', async () => {
      const tag = context.hashTag('renamenx');
      await context.service().mset({ [`${tag}:from`]: 'a', [`${tag}:to`]: 'b' });
      const renamed = await context.service().renamenx(`${tag}:from`, `${tag}:to`);
      expect([renamed, ...(await context.service().mget([`${tag}:from`, `${tag}:to`]))]).toEqual([
        false,
        'a',
        'b',
      ]);
    });

    it('should resolve true when the new key is free', async () => {
      const tag = context.hashTag('renamenx-free');
      await context.service().set(`${tag}:from`, 'a');
      expect(await context.service().renamenx(`${tag}:from`, `${tag}:to`)).toBe(true);
    });
  });
}
