import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, KeyScanOptions } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { collect } from './collect.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';

/** Enough elements for the hashtable encoding, so that COUNT 100 takes several pages. */
const size = 1_000;
const names = Array.from({ length: size }, (_, index) => `m:${index}`);

type Iterator = (service: IRedisService, key: string, options?: KeyScanOptions) => AsyncIterable<unknown>;

/** The same checks for each iterator over one key: options, errors, early stop, prefix. */
function describeCommonCases(context: ContractContext, iterate: Iterator, keyOf: () => string): void {
  it('should yield nothing for a missing key', async () => {
    expect(await collect(iterate(context.service(), context.key('scan-missing')))).toEqual([]);
  });

  it('should stop when the loop breaks', async () => {
    const seen: unknown[] = [];
    for await (const item of iterate(context.service(), keyOf(), { count: 10 })) {
      seen.push(item);
      if (seen.length === 5) break;
    }
    expect(seen.length).toBe(5);
  });

  it('should reject with WRONG_TYPE on a string', async () => {
    const text = context.key('scan-string');
    await context.service().set(text, 'v');
    expect(await errorCodeOf(collect(iterate(context.service(), text)))).toBe('WRONG_TYPE');
  });

  it('should reject bad options and keys with INVALID_ARGUMENT', async () => {
    const bad = [
      [keyOf(), { count: 0 }],
      [keyOf(), { count: 1.5 }],
      [keyOf(), { match: 3 }],
      [keyOf(), null],
      [1, undefined],
    ] as const;
    const codes = await Promise.all(
      bad.map(([key, options]) => errorCodeOf(collect(iterate(context.service(), junk(key), junk(options))))),
    );
    expect(codes).toEqual(bad.map(() => 'INVALID_ARGUMENT'));
  });
}

/**
 * HSCAN, SSCAN and ZSCAN: async iterators over one key's elements, on one shared cursor loop; each
 * page goes to the node serving the key.
 *
 * @param context - the group's context.
 */
export function describeKeyScansContract(context: ContractContext): void {
  let hash: string;
  let set: string;
  let zset: string;
  let unprefixed: IRedisService;

  beforeAll(async () => {
    [hash, set, zset] = [context.key('hscan'), context.key('sscan'), context.key('zscan')];
    await context.service().hset(hash, Object.fromEntries(names.map((name) => [name, `v:${name}`])));
    await context.service().sadd(set, names);
    await context.service().zadd(
      zset,
      names.map((member, score) => ({ member, score: score === 0 ? Number.NEGATIVE_INFINITY : score / 2 })),
    );
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  describe('.hscan', () => {
    it('should yield every field with its value, once, over several pages', async () => {
      const pairs = await collect(context.service().hscan(hash, { count: 100 }));
      expect([pairs.length, Object.fromEntries(pairs)]).toEqual([
        size,
        Object.fromEntries(names.map((name) => [name, `v:${name}`])),
      ]);
    });

    it('should yield only the fields that match', async () => {
      const pairs = await collect(context.service().hscan(hash, { match: 'm:99*' }));
      expect(pairs.sort()).toEqual(
        [
          ['m:99', 'v:m:99'],
          ...['m:990', 'm:991', 'm:992', 'm:993', 'm:994', 'm:995', 'm:996', 'm:997', 'm:998', 'm:999'].map(
            (name) => [name, `v:${name}`],
          ),
        ].sort(),
      );
    });

    it('should read the prefixed key', async () => {
      const key = context.key('hscan-prefix');
      await unprefixed.hset(`${context.keyPrefix}${key}`, { f: 'v' });
      expect(await collect(context.service().hscan(key))).toEqual([['f', 'v']]);
    });

    describeCommonCases(
      context,
      (service, key, options) => service.hscan(key, options),
      () => hash,
    );
  });

  describe('.sscan', () => {
    it('should yield every member once, over several pages', async () => {
      const members = await collect(context.service().sscan(set, { count: 100 }));
      expect([members.length, new Set(members)]).toEqual([size, new Set(names)]);
    });

    it('should yield only the members that match', async () => {
      expect((await collect(context.service().sscan(set, { match: 'm:12?' }))).sort()).toEqual(
        Array.from({ length: 10 }, (_, index) => `m:12${index}`),
      );
    });

    it('should read the prefixed key', async () => {
      const key = context.key('sscan-prefix');
      await unprefixed.sadd(`${context.keyPrefix}${key}`, ['only']);
      expect(await collect(context.service().sscan(key))).toEqual(['only']);
    });

    describeCommonCases(
      context,
      (service, key, options) => service.sscan(key, options),
      () => set,
    );
  });

  describe('.zscan', () => {
    it('should yield every member with its score, once, over several pages', async () => {
      const scored = await collect(context.service().zscan(zset, { count: 100 }));
      const byMember = new Map(scored.map(({ member, score }) => [member, score]));
      expect([scored.length, byMember.get('m:0'), byMember.get('m:3'), byMember.size]).toEqual([
        size,
        Number.NEGATIVE_INFINITY,
        1.5,
        size,
      ]);
    });

    it('should yield only the members that match', async () => {
      expect(await collect(context.service().zscan(zset, { match: 'm:7' }))).toEqual([
        { member: 'm:7', score: 3.5 },
      ]);
    });

    it('should read the prefixed key', async () => {
      const key = context.key('zscan-prefix');
      await unprefixed.zadd(`${context.keyPrefix}${key}`, { member: 'only', score: 2 });
      expect(await collect(context.service().zscan(key))).toEqual([{ member: 'only', score: 2 }]);
    });

    describeCommonCases(
      context,
      (service, key, options) => service.zscan(key, options),
      () => zset,
    );
  });
}
