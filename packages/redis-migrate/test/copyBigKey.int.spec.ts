import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BigKeyCopy } from '../src/models/BigKeyCopy.js';
import { copyBigKey } from '../src/services/copyBigKey.js';
import { openEndpoints, type Endpoints } from '../src/services/openEndpoints.js';
import {
  bigCount,
  writeBigHash,
  writeBigList,
  writeBigSet,
  writeBigSortedSet,
  writeBigStream,
  writeBigString,
} from './support/bigKeyFixtures.js';
import { canonicalValue, leftoverTempKeys, pendingIdleTimes } from './support/canonicalValue.js';

const hour = 3_600_000;
let standalone: RedisStandaloneTopology | undefined;
let cluster: RedisClusterTopology | undefined;
let endpoints: Endpoints | undefined;
let prefixed: Endpoints | undefined;
let source: IRedisService;
let target: IRedisService;

beforeAll(async () => {
  const starting = [
    startStandalone().then((started) => (standalone = started)),
    startCluster({ masters: 3, replicasPerMaster: 0 }).then((started) => (cluster = started)),
  ] as const;
  // Both settle before a failure is thrown, so afterAll can stop whichever did start.
  await Promise.allSettled(starting);
  const [server, nodes] = await Promise.all(starting);
  const flags = {
    source: { url: server.url },
    target: { cluster: nodes.startupNodes.map((node) => `${node.host}:${node.port}`).join(',') },
    env: {},
  };
  const opened = await openEndpoints(flags);
  endpoints = opened;
  prefixed = await openEndpoints({ ...flags, targetOverrides: { keyPrefix: 'pre:' } });
  source = opened.source.service;
  target = opened.target.service;
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([endpoints?.close(), prefixed?.close()]);
  await Promise.allSettled([standalone?.stop(), cluster?.stop()]);
});

const copyOf = (key: Buffer, overrides: Partial<BigKeyCopy> = {}): BigKeyCopy => ({
  source,
  target,
  key,
  chunk: 500,
  replace: false,
  ...overrides,
});

/** Copy `key` and read back everything a test compares. */
async function copyAndCompare(key: Buffer, overrides: Partial<BigKeyCopy> = {}) {
  const outcome = await copyBigKey(copyOf(key, overrides));
  const into = overrides.target ?? target;
  return {
    outcome,
    same: await canonicalValue(into, key),
    expected: await canonicalValue(source, key),
    leftovers: await leftoverTempKeys(target),
  };
}

describe(copyBigKey, () => {
  describe.each([
    ['string', Buffer.from('big:string'), writeBigString, 1],
    ['hash', Buffer.from('big:hash'), writeBigHash, bigCount],
    ['set', Buffer.from('{bk}:set'), writeBigSet, bigCount],
    ['zset', Buffer.from('odd}key{:zset'), writeBigSortedSet, bigCount],
    ['list', Buffer.from([0xfe, 0x00, 0x6c, 0x69, 0x73, 0x74]), writeBigList, bigCount],
  ] as const)('having a big %s', (type, key, write, elements) => {
    beforeAll(async () => {
      await write(source, key);
    });

    it('should copy it element by element into an equal value with no temporary key left', async () => {
      const result = await copyAndCompare(key);
      expect(result).toStrictEqual({
        outcome: { status: 'copied', type, elements, bytes: expect.any(Number) as number },
        same: result.expected,
        expected: expect.objectContaining({ type }) as unknown,
        leftovers: [],
      });
    });
  });

  describe('having a big stream with groups, pending entries, an empty consumer and deleted entries', () => {
    const key = Buffer.from('events:{stream}');
    beforeAll(async () => {
      await writeBigStream(source, key);
    });

    it('should copy entries, IDs, counters, groups, consumers and pending entries', async () => {
      const result = await copyAndCompare(key);
      expect(result).toStrictEqual({
        outcome: {
          status: 'copied',
          type: 'stream',
          elements: bigCount - 5,
          bytes: expect.any(Number) as number,
        },
        same: result.expected,
        expected: expect.objectContaining({ type: 'stream' }) as unknown,
        leftovers: [],
      });
    });

    it("should keep each pending entry's idle time within 2 s", async () => {
      const [before, after] = await Promise.all([
        pendingIdleTimes(source, key),
        pendingIdleTimes(target, key),
      ]);
      const drift = [...before].filter(
        ([entry, idle]) => Math.abs((after.get(entry) ?? -1e9) - idle) > 2_000,
      );
      expect({ entries: after.size, drift }).toStrictEqual({ entries: before.size, drift: [] });
    });
  });

  describe.each([
    [
      'every entry deleted',
      async (key: Buffer) => {
        await source.call('XADD', key, '5-1', 'f', 'v');
        await source.call('XGROUP', 'CREATE', key, 'g', '0');
        await source.call('XDEL', key, '5-1');
      },
    ],
    [
      'nothing ever added (MKSTREAM)',
      async (key: Buffer) => {
        await source.call('XGROUP', 'CREATE', key, 'g', '$', 'MKSTREAM');
      },
    ],
  ] as const)('having an empty stream with %s', (_, write) => {
    const key = Buffer.from(`empty:stream:${_}`);
    beforeAll(async () => {
      await write(key);
    });

    it('should copy the empty stream with its last ID, counters and group', async () => {
      const result = await copyAndCompare(key);
      expect({ outcome: result.outcome, same: result.same }).toStrictEqual({
        outcome: { status: 'copied', type: 'stream', elements: 0, bytes: 0 },
        same: result.expected,
      });
    });
  });

  describe('having a key with an expiry', () => {
    const key = Buffer.from('expiring:hash');
    beforeAll(async () => {
      await writeBigHash(source, key);
      await source.pexpire(key, hour);
    });

    it('should give the copy the same expiry within 2 s', async () => {
      await copyBigKey(copyOf(key));
      const [expected, actual] = await Promise.all([source.pttl(key), target.pttl(key)]);
      expect(Math.abs(actual - expected)).toBeLessThan(2_000);
    });
  });

  describe('having a key without an expiry copied over one with an expiry', () => {
    const key = Buffer.from('{persist}:list');
    beforeAll(async () => {
      await writeBigList(source, key);
      await target.set(key, 'old');
      await target.pexpire(key, hour);
    });

    it('should leave the copy without an expiry', async () => {
      await copyBigKey(copyOf(key, { replace: true }));
      expect(await target.pttl(key)).toBe(-1);
    });
  });

  describe('having a key the target already has and replace false', () => {
    const key = Buffer.from('taken:hash');
    beforeAll(async () => {
      await writeBigHash(source, key);
      await target.set(key, 'theirs');
    });

    it('should report exists and leave the target untouched', async () => {
      const outcome = await copyBigKey(copyOf(key));
      expect({
        outcome,
        value: await target.get(key),
        leftovers: await leftoverTempKeys(target),
      }).toStrictEqual({
        outcome: { status: 'exists' },
        value: 'theirs',
        leftovers: [],
      });
    });
  });

  describe('having a key the target already has and replace true', () => {
    const key = Buffer.from('replaced:set');
    beforeAll(async () => {
      await writeBigSet(source, key);
      await target.set(key, 'theirs');
    });

    it('should replace it with the copy', async () => {
      const result = await copyAndCompare(key, { replace: true });
      expect(result.same).toStrictEqual(result.expected);
    });
  });

  describe('having a key the source does not have', () => {
    it('should report missing and write nothing', async () => {
      const key = Buffer.from('never:there');
      const outcome = await copyBigKey(copyOf(key));
      expect({ outcome, exists: await target.exists(key) }).toStrictEqual({
        outcome: { status: 'missing' },
        exists: 0,
      });
    });
  });

  describe.each([
    ['deleted', (key: Buffer) => source.del(key)],
    ['replaced by a string', (key: Buffer) => source.set(key, 'now a string')],
  ] as const)('having a source key %s during its copy', (_, change) => {
    const key = Buffer.from(`changing:${_}`);
    beforeAll(async () => {
      await writeBigHash(source, key);
    });

    it('should report missing with nothing written and no temporary key left', async () => {
      let reads = 0;
      const beforeSourceCommand = async (): Promise<void> => {
        reads += 1;
        if (reads === 10) await change(key);
      };
      const outcome = await copyBigKey(copyOf(key, { beforeSourceCommand }));
      expect({
        outcome,
        exists: await target.exists(key),
        leftovers: await leftoverTempKeys(target),
      }).toStrictEqual({ outcome: { status: 'missing' }, exists: 0, leftovers: [] });
    });
  });

  describe('having a target with a keyPrefix', () => {
    const key = Buffer.from('no-tag:zset');
    beforeAll(async () => {
      await writeBigSortedSet(source, key);
    });

    it("should build in the prefixed key's slot and land under the prefix", async () => {
      const into = prefixed?.target.service ?? target;
      const result = await copyAndCompare(key, { target: into });
      expect({
        same: result.same,
        unprefixed: await target.exists(key),
        prefixed: await target.exists(Buffer.concat([Buffer.from('pre:'), key])),
        leftovers: result.leftovers,
      }).toStrictEqual({ same: result.expected, unprefixed: 0, prefixed: 1, leftovers: [] });
    });
  });
});
