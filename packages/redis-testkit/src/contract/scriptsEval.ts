import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';

const setAndGet = "redis.call('SET', KEYS[1], ARGV[1]); return redis.call('GET', KEYS[1])";
const read = "return redis.call('GET', KEYS[1])";
const sha1 = (lua: string): string => createHash('sha1').update(lua).digest('hex');

/** Keys without hash tag, enough of them to land on every master of the shared cluster. */
const spread = (context: ContractContext, name: string): string[] =>
  Array.from({ length: 24 }, (_, index) => context.key(`${name}-${index}`));

/**
 * EVAL/EVALSHA (and `_RO`) with keys and arguments, and the script cache (SCRIPT LOAD/EXISTS/FLUSH on
 * every master).
 *
 * @param context - the group's context.
 */
export function describeScriptsEvalContract(context: ContractContext): void {
  describe('.eval', () => {
    it('should write through KEYS with the keyPrefix applied', async () => {
      const key = context.key('eval');
      await context.service().eval(setAndGet, [key], ['written']);
      expect(await context.service().get(key)).toBe('written');
    });

    it('should run over keys sharing a hash tag', async () => {
      const tag = context.hashTag('eval-tag');
      const lua = "return redis.call('INCRBY', KEYS[1], ARGV[1]) + redis.call('INCRBY', KEYS[2], ARGV[1])";
      expect(await context.service().eval(lua, [`${tag}:a`, `${tag}:b`], [2])).toBe(4);
    });

    it('should run without keys', async () => {
      expect(await context.service().eval('return ARGV[1] .. ARGV[2]', [], ['a', 'b'])).toBe('ab');
    });

    it('should reject keys in different slots with CROSS_SLOT when slots are enforced', async () => {
      const strict = await context.createService({ strictCrossSlot: true });
      const keys = crossSlotKeys(context, 'eval-cross');
      expect(await errorCodeOf(strict.eval(read, keys))).toBe('CROSS_SLOT');
    });

    it('should reject keys that are not a list with INVALID_ARGUMENT', async () => {
      const keys = context.key('eval-bad') as unknown as string[];
      expect(await errorCodeOf(context.service().eval(read, keys))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.evalRo', () => {
    it('should read a key', async () => {
      const key = context.key('eval-ro');
      await context.service().set(key, 'read');
      expect(await context.service().evalRo(read, [key])).toBe('read');
    });

    it('should reject a script that writes with SERVER_ERROR', async () => {
      const key = context.key('eval-ro-write');
      expect(await errorCodeOf(context.service().evalRo(setAndGet, [key], ['x']))).toBe('SERVER_ERROR');
    });
  });

  describe('.scriptLoad', () => {
    it('should resolve the SHA1 of the source', async () => {
      const lua = `return '${context.key('load')}'`;
      expect(await context.service().scriptLoad(lua)).toBe(sha1(lua));
    });
  });

  describe('.evalsha', () => {
    it('should run a loaded script on keys of every master', async () => {
      const sha = await context.service().scriptLoad(setAndGet);
      const keys = spread(context, 'evalsha');
      await Promise.all(keys.map((key) => context.service().evalsha(sha, [key], [key])));
      expect(await context.service().mget(keys)).toEqual(keys);
    });

    it('should reject an unknown SHA1 with NO_SCRIPT', async () => {
      const sha = sha1(`return '${context.key('never-loaded')}'`);
      expect(await errorCodeOf(context.service().evalsha(sha, [context.key('evalsha-none')]))).toBe(
        'NO_SCRIPT',
      );
    });
  });

  describe('.evalshaRo', () => {
    it('should read through a loaded script', async () => {
      const sha = await context.service().scriptLoad(read);
      const key = context.key('evalsha-ro');
      await context.service().set(key, 'ro');
      expect(await context.service().evalshaRo(sha, [key])).toBe('ro');
    });
  });

  describe('.scriptExists', () => {
    it('should say true for a loaded script and false for another', async () => {
      const lua = `return '${context.key('exists')}'`;
      const sha = await context.service().scriptLoad(lua);
      expect(await context.service().scriptExists([sha, sha1(`${lua} `)])).toEqual([true, false]);
    });

    it('should reject an empty list with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().scriptExists([]))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.scriptFlush', () => {
    it('should drop cached scripts from every master', async () => {
      const sha = await context.service().scriptLoad(`return '${context.key('flush')}'`);
      await context.service().scriptFlush();
      expect(await context.service().scriptExists([sha])).toEqual([false]);
    });

    it('should leave scripts of defineScript working', async () => {
      const script = context.service().defineScript({ name: context.key('flushed'), lua: read, keys: 1 });
      const key = context.key('flushed');
      await context.service().set(key, 'still');
      await script.run([key], []);
      await context.service().scriptFlush({ async: true });
      expect(await script.run([key], [])).toBe('still');
    });
  });
}
