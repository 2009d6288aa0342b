import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';
import { masterCount } from './topologyCounts.js';

/** A library of this run: `<name>_set` writes, `<name>_get` only reads (`no-writes`). */
function library(name: string): string {
  return [
    `#!lua name=${name}`,
    `redis.register_function('${name}_set', function(keys, args) redis.call('SET', keys[1], args[1]) return redis.call('GET', keys[1]) end)`,
    `redis.register_function{function_name='${name}_get', callback=function(keys) return redis.call('GET', keys[1]) end, flags={'no-writes'}}`,
  ].join('\n');
}

/** Function and library names take letters, digits and underscores only. */
const libraryName = (label: string): string => `${label}_${randomBytes(4).toString('hex')}`;

/**
 * Redis functions: FUNCTION LOAD on every master, FCALL on keys in every slot, FUNCTION LIST, DELETE,
 * DUMP/RESTORE and FLUSH (last: it deletes every library).
 *
 * @param context - the group's context.
 */
export function describeFunctionsContract(context: ContractContext): void {
  const name = libraryName('contract');

  beforeAll(async () => {
    await context.service().functionLoad(library(name));
  });

  describe('.functionLoad', () => {
    it('should resolve the library name', async () => {
      const other = libraryName('load');
      expect(await context.service().functionLoad(library(other))).toBe(other);
    });

    it('should reject a taken name with SERVER_ERROR', async () => {
      expect(await errorCodeOf(context.service().functionLoad(library(name)))).toBe('SERVER_ERROR');
    });

    it('should replace a library with replace: true', async () => {
      expect(await context.service().functionLoad(library(name), { replace: true })).toBe(name);
    });
  });

  describe('.fcall', () => {
    it('should call the function on keys in every slot, with the keyPrefix applied', async () => {
      const keys = Array.from({ length: 24 }, (_, index) => context.key(`fcall-${index}`));
      await Promise.all(keys.map((key) => context.service().fcall(`${name}_set`, [key], [key])));
      expect(await context.service().mget(keys)).toEqual(keys);
    });

    it('should reject keys in different slots with CROSS_SLOT when slots are enforced', async () => {
      const strict = await context.createService({ strictCrossSlot: true });
      const keys = crossSlotKeys(context, 'fcall-cross');
      expect(await errorCodeOf(strict.fcall(`${name}_get`, keys))).toBe('CROSS_SLOT');
    });

    it('should reject an unknown function with SERVER_ERROR', async () => {
      expect(await errorCodeOf(context.service().fcall(`${name}_none`, []))).toBe('SERVER_ERROR');
    });
  });

  describe('.fcallRo', () => {
    it('should read a key', async () => {
      const key = context.key('fcall-ro');
      await context.service().set(key, 'read');
      expect(await context.service().fcallRo(`${name}_get`, [key])).toBe('read');
    });

    it('should reject a function without no-writes with SERVER_ERROR', async () => {
      const key = context.key('fcall-ro-write');
      expect(await errorCodeOf(context.service().fcallRo(`${name}_set`, [key], ['x']))).toBe('SERVER_ERROR');
    });
  });

  describe('.functionList', () => {
    it('should describe the library and its functions', async () => {
      const [listed] = await context.service().functionList({ libraryName: name });
      expect(listed).toEqual({
        libraryName: name,
        engine: 'LUA',
        functions: expect.arrayContaining([
          { name: `${name}_get`, description: null, flags: ['no-writes'] },
          { name: `${name}_set`, description: null, flags: [] },
        ]) as unknown,
      });
    });

    it('should include the code with withCode: true', async () => {
      const [listed] = await context.service().functionList({ libraryName: name, withCode: true });
      expect(listed?.libraryCode).toBe(library(name));
    });
  });

  describe('.functionStats', () => {
    it('should give one record per master with the Lua libraries and functions loaded', async () => {
      const stats = Object.values(await context.service().functionStats());
      expect(
        stats.map(({ runningScript, engines }) => [
          runningScript,
          (engines.LUA?.librariesCount ?? 0) >= 1,
          (engines.LUA?.functionsCount ?? 0) >= 2,
        ]),
      ).toEqual(Array.from({ length: masterCount(context) }, () => [null, true, true]));
    });
  });

  describe('.functionDelete', () => {
    it('should remove the library from every master', async () => {
      const doomed = libraryName('delete');
      await context.service().functionLoad(library(doomed));
      await context.service().functionDelete(doomed);
      expect(await context.service().functionList({ libraryName: doomed })).toEqual([]);
    });

    it('should reject an unknown library with SERVER_ERROR', async () => {
      expect(await errorCodeOf(context.service().functionDelete(libraryName('none')))).toBe('SERVER_ERROR');
    });
  });

  describe('.functionDump', () => {
    it('should resolve a payload', async () => {
      expect(Buffer.isBuffer(await context.service().functionDump())).toBe(true);
    });
  });

  describe('.functionRestore', () => {
    it('should load the dumped libraries on every master again', async () => {
      const payload = await context.service().functionDump();
      await context.service().functionDelete(name);
      await context.service().functionRestore(payload, { policy: 'REPLACE' });
      const keys = Array.from({ length: 24 }, (_, index) => context.key(`restored-${index}`));
      await Promise.all(keys.map((key) => context.service().fcall(`${name}_set`, [key], ['r'])));
      expect(await context.service().mget(keys)).toEqual(keys.map(() => 'r'));
    });

    it('should reject a payload that is not a Buffer with INVALID_ARGUMENT', async () => {
      const payload = 'dump' as unknown as Buffer;
      expect(await errorCodeOf(context.service().functionRestore(payload))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.functionFlush', () => {
    it('should delete every library of every master', async () => {
      await context.service().functionFlush();
      expect(await context.service().functionList()).toEqual([]);
    });
  });
}
