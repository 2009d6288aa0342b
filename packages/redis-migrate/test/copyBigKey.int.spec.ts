import type { IRedisService } from '@org/redis-interface';
import { startCluster, startStandalone, type RedisClusterTopology, type RedisStandaloneTopology } from '@org/redis-testkit';
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
let standalone: RedisStandaloneTopology;
let cluster: RedisClusterTopology;
let endpoints: Endpoints;
let prefixed: Endpoints;
let source: IRedisService;
let target: IRedisService;

beforeAll(async () => {
  [standalone, cluster] = await Promise.all([startStandalone(), startCluster({ masters: 3, replicasPerMaster: 0 })]);
  const flags = {
    source: { url: standalone.url },
    target: { cluster: cluster.startupNodes.map((node) => `${node.host}:${node.port}`).join(',') },
    env: {},
  };
  endpoints = await openEndpoints(flags);
  prefixed = await openEndpoints({ ...flags, targetOverrides: { keyPrefix: 'pre:' } });
  source = endpoints.source.service;
  target = endpoints.target.service;
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
    same: (await canonicalValue(into, key)) as unknown,
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
});
