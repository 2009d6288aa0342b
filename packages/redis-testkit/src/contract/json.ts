import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

const cycle: Record<string, unknown> = {};
cycle['self'] = cycle;

const values: readonly (readonly [string, unknown])[] = [
  ['an object', { id: 7, name: 'Ada', active: true }],
  ['an array', [1, 'two', false, null]],
  [
    'a nested value',
    { user: { tags: ['a', 'b'], address: { city: 'Zürich', zip: null } }, list: [[1], [2, [3]]] },
  ],
  ['unicode text', 'héllo ✓ 日本語 🚀'],
  ['an integer', 9_007_199_254_740_991],
  ['a negative float', -12.375],
  ['an empty string', ''],
  ['false', false],
];

/**
 * getJson/setJson: round trips, missing keys, invalid JSON, options.
 *
 * @param context - the group's context.
 */
export function describeJsonContract(context: ContractContext): void {
  describe('.getJson', () => {
    it.each(values)('should read back %s as written by setJson', async (_, value) => {
      const key = context.key('json');
      await context.service().setJson(key, value);
      expect(await context.service().getJson(key)).toEqual(value);
    });

    it('should resolve null for a key holding the JSON null', async () => {
      const key = context.key('json-null');
      await context.service().setJson(key, null);
      expect(await context.service().getJson(key)).toBeNull();
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().getJson(context.key('json-missing'))).toBeNull();
    });

    it('should reject a value that is not JSON with INVALID_JSON', async () => {
      const key = context.key('json-invalid');
      await context.service().set(key, '{not json');
      expect(await errorCodeOf(context.service().getJson(key))).toBe('INVALID_JSON');
    });

    it('should return what parse returns', async () => {
      const key = context.key('json-parse');
      await context.service().setJson(key, { count: 2 });
      const parsed = await context.service().getJson(key, (value) => ({ wrapped: value }));
      expect(parsed).toEqual({ wrapped: { count: 2 } });
    });

    it('should rethrow what parse throws', async () => {
      const key = context.key('json-parse-throws');
      await context.service().setJson(key, { count: 2 });
      const invalid = new Error('invalid user');
      const parse = (): never => {
        throw invalid;
      };
      await expect(context.service().getJson(key, parse)).rejects.toBe(invalid);
    });
  });

  describe('.setJson', () => {
    it('should store JSON text readable with get', async () => {
      const key = context.key('json-text');
      await context.service().setJson(key, { a: [1, 2] });
      expect(await context.service().get(key)).toBe('{"a":[1,2]}');
    });

    describe('having a TTL', () => {
      it('should set a pttl within the TTL', async () => {
        const key = context.key('json-ttl');
        await context.service().setJson(key, { a: 1 }, { ttl: { seconds: 60 } });
        const pttl = await context.service().pttl(key);
        expect(pttl).toBeGreaterThan(50_000);
        expect(pttl).toBeLessThanOrEqual(60_000);
      });
    });

    describe('having condition NX and an existing key', () => {
      let key: string;
      let reply: 'OK' | null;

      beforeAll(async () => {
        key = context.key('json-nx');
        await context.service().setJson(key, { v: 'first' });
        reply = await context.service().setJson(key, { v: 'second' }, { condition: 'NX' });
      });

      it('should resolve null', () => {
        expect(reply).toBeNull();
      });

      it('should keep the old value', async () => {
        expect(await context.service().getJson(key)).toEqual({ v: 'first' });
      });
    });

    describe('having get: true', () => {
      it('should resolve the previous value, parsed', async () => {
        const key = context.key('json-get');
        await context.service().setJson(key, { v: 1 });
        expect(await context.service().setJson(key, { v: 2 }, { get: true })).toEqual({ v: 1 });
      });
    });

    describe('having a value JSON cannot represent', () => {
      it.each([
        ['undefined', undefined],
        ['a function', () => 1],
        ['a BigInt', 10n],
        ['a cycle', cycle],
      ])('should reject %s with INVALID_ARGUMENT', async (_, value) => {
        expect(await errorCodeOf(() => context.service().setJson(context.key('json-bad'), value))).toBe(
          'INVALID_ARGUMENT',
        );
      });

      it('should write nothing', async () => {
        const key = context.key('json-bad-nothing');
        await errorCodeOf(() => context.service().setJson(key, 10n));
        expect(await context.service().exists(key)).toBe(0);
      });
    });
  });
}
