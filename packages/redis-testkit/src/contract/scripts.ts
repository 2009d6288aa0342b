import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

const setAndGet = "redis.call('SET', KEYS[1], ARGV[1]); return redis.call('GET', KEYS[1])";
const transfer = `
  local moved = redis.call('DECRBY', KEYS[1], ARGV[1])
  return { moved, redis.call('INCRBY', KEYS[2], ARGV[1]) }`;

/**
 * Lua scripts: defineScript, run, runScript, decoding, errors.
 *
 * @param context - the group's context.
 */
export function describeScriptsContract(context: ContractContext): void {
  const name = (label: string): string => context.key(`script-${label}`);

  describe('.defineScript', () => {
    it('should describe the script', () => {
      const scriptName = name('describe');
      const script = context.service().defineScript({ name: scriptName, lua: setAndGet, keys: ['target'] });
      expect([script.name, script.numberOfKeys]).toEqual([scriptName, 1]);
    });

    it('should accept the same name with the same Lua again', async () => {
      const definition = { name: name('same'), lua: setAndGet, keys: 1 };
      context.service().defineScript(definition);
      const again = context.service().defineScript(definition);
      expect(await again.run([context.key('same')], ['x'])).toBe('x');
    });

    it('should reject a taken name with other Lua with INVALID_ARGUMENT', async () => {
      const taken = name('taken');
      context.service().defineScript({ name: taken, lua: setAndGet, keys: 1 });
      const redefine = (): Promise<unknown> => {
        context.service().defineScript({ name: taken, lua: 'return 1', keys: 1 });
        return Promise.resolve();
      };
      expect(await errorCodeOf(redefine)).toBe('INVALID_ARGUMENT');
    });
  });

  describe('RedisScript.run', () => {
    it('should write through KEYS with the keyPrefix applied', async () => {
      const key = context.key('script-write');
      await context
        .service()
        .defineScript({ name: name('write'), lua: setAndGet, keys: 1 })
        .run([key], ['written']);
      expect(await context.service().get(key)).toBe('written');
    });

    it('should decode integers as numbers and tables as arrays', async () => {
      const tag = context.hashTag('script-transfer');
      await context.service().mset({ [`${tag}:from`]: 10, [`${tag}:to`]: 0 });
      const script = context
        .service()
        .defineScript({ name: name('transfer'), lua: transfer, keys: ['from', 'to'] });
      expect(await script.run([`${tag}:from`, `${tag}:to`], [3])).toEqual([7, 3]);
    });

    it('should decode nil as null', async () => {
      const script = context.service().defineScript({ name: name('nil'), lua: 'return nil', keys: 0 });
      expect(await script.run([], [])).toBeNull();
    });

    it('should reject a wrong number of keys with INVALID_ARGUMENT', async () => {
      const script = context.service().defineScript({ name: name('count'), lua: setAndGet, keys: 1 });
      const tag = context.hashTag('script-count');
      expect(await errorCodeOf(() => script.run([`${tag}:a`, `${tag}:b`], ['x']))).toBe('INVALID_ARGUMENT');
    });

    it('should reject a failing script with SERVER_ERROR', async () => {
      const script = context.service().defineScript({
        name: name('fails'),
        lua: "return redis.error_reply('ERR broken on purpose')",
        keys: 0,
      });
      expect(await errorCodeOf(() => script.run([], []))).toBe('SERVER_ERROR');
    });
  });

  describe('.runScript', () => {
    it('should run a defined script by name', async () => {
      const scriptName = name('by-name');
      context.service().defineScript({ name: scriptName, lua: 'return ARGV[1] .. ARGV[2]', keys: 0 });
      expect(await context.service().runScript(scriptName, [], ['con', 'cat'])).toBe('concat');
    });

    it('should reject an unknown name with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(() => context.service().runScript(name('unknown'), []))).toBe(
        'INVALID_ARGUMENT',
      );
    });

    describe('having keys with one hash tag', () => {
      it('should run on the node of their slot', async () => {
        const scriptName = name('same-slot');
        context.service().defineScript({ name: scriptName, lua: transfer, keys: 2 });
        const tag = context.hashTag('script-slot');
        await context.service().mset({ [`${tag}:a`]: 5, [`${tag}:b`]: 5 });
        expect(await context.service().runScript(scriptName, [`${tag}:a`, `${tag}:b`], [5])).toEqual([0, 10]);
      });
    });
  });
}
