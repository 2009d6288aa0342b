import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { binaryKey, connectTo, copyKeyspace, seedAllTypes } from './support/verifyFixtures.js';

describe('redis-migrate verify', () => {
  let sourceTopology: RedisStandaloneTopology;
  let targetTopology: RedisClusterTopology;
  let source: IRedisService;
  let target: IRedisService;
  let seeded: number;

  const verify = async (...extra: string[]): Promise<MigrateRun> =>
    runMigrate([
      'verify',
      ...endpointArgs('source', sourceTopology),
      ...endpointArgs('target', targetTopology),
      '--json',
      ...extra,
    ]);
  const counts = (run: MigrateRun): Record<string, number> =>
    resultOf(run)['mismatches'] as Record<string, number>;
  const listed = (run: MigrateRun): unknown[] => resultOf(run)['firstMismatches'] as unknown[];

  beforeAll(async () => {
    [sourceTopology, targetTopology] = await Promise.all([
      startStandalone(),
      startCluster({ replicasPerMaster: 0 }),
    ]);
    [source, target] = await Promise.all([connectTo(sourceTopology), connectTo(targetTopology)]);
    seeded = await seedAllTypes(source, 60);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([source.quit(), target.quit()]);
    await Promise.all([sourceTopology.stop(), targetTopology.stop()]);
  });
  beforeEach(async () => {
    await target.flushdb({ confirm: 'FLUSHDB' });
    await copyKeyspace(source, target);
  });

  describe('having identical data', () => {
    it('should exit 0 with every source key checked and nothing differing', async () => {
      const run = await verify();
      expect([run.exitCode, resultOf(run)]).toStrictEqual([
        0,
        expect.objectContaining({
          command: 'verify',
          ok: true,
          keysChecked: seeded,
          // Both sides run Redis 7: the target confirmed every key from what the source packed.
          confirmedByTarget: seeded,
          extraKeysChecked: seeded,
          // The target holds exactly the keys found there: counted, not walked.
          extraKeysBy: 'count',
          mismatches: { missing: 0, valueDiffers: 0, typeDiffers: 0, ttlDiffers: 0, extra: 0 },
          firstMismatches: [],
        }),
      ]);
    });

    it('should also pass when every key is compared element by element (--big-key-bytes 1)', async () => {
      const run = await verify('--big-key-bytes', '1', '--batch', '50');
      expect([run.exitCode, resultOf(run)['ok'], resultOf(run)['keysChecked']]).toStrictEqual([
        0,
        true,
        seeded,
      ]);
    });

    it('should print a text summary without --json', async () => {
      const run = await runMigrate([
        'verify',
        ...endpointArgs('source', sourceTopology),
        ...endpointArgs('target', targetTopology),
      ]);
      expect([run.exitCode, run.stdout]).toStrictEqual([0, expect.stringContaining('verify: ok:')]);
    });
  });

  describe('having a string changed on the target', () => {
    it('should exit 1 and count and list it as valueDiffers', async () => {
      await target.set('str:3', 'changed');
      const run = await verify();
      expect([run.exitCode, counts(run)['valueDiffers'], listed(run)]).toStrictEqual([
        1,
        1,
        [expect.objectContaining({ key: 'str:3', kind: 'valueDiffers' })],
      ]);
    });
  });

  describe('having a hash field changed on the target, compared in chunks', () => {
    it('should report valueDiffers naming the field', async () => {
      await target.hset('hash:10', { f150: 'changed' });
      const run = await verify('--big-key-bytes', '1', '--batch', '20');
      expect([run.exitCode, listed(run)]).toStrictEqual([
        1,
        [
          expect.objectContaining({
            key: 'hash:10',
            kind: 'valueDiffers',
            detail: expect.stringContaining('f150') as unknown,
          }),
        ],
      ]);
    });
  });

  describe('having a key missing on the target', () => {
    it('should exit 1 and count it as missing', async () => {
      await target.del('list:4');
      const run = await verify();
      expect([run.exitCode, counts(run)['missing'], listed(run)]).toStrictEqual([
        1,
        1,
        [expect.objectContaining({ key: 'list:4', kind: 'missing' })],
      ]);
    });
  });

  describe('having an extra key on the target', () => {
    it('should exit 1 and count it as extra', async () => {
      await target.set('only-on-target', 'x');
      const run = await verify();
      expect([run.exitCode, counts(run)['extra'], listed(run), resultOf(run)['extraKeysBy']]).toStrictEqual([
        1,
        1,
        [expect.objectContaining({ key: 'only-on-target', kind: 'extra' })],
        'lookup',
      ]);
    });
  });

  describe('having a key missing and an extra key on the target (equal key counts)', () => {
    it('should report both: a missing key makes the target walked, not counted', async () => {
      await target.del('list:4');
      await target.set('only-on-target', 'x');
      const run = await verify();
      expect([run.exitCode, counts(run), resultOf(run)['extraKeysBy']]).toStrictEqual([
        1,
        { missing: 1, valueDiffers: 0, typeDiffers: 0, ttlDiffers: 0, extra: 1 },
        'lookup',
      ]);
    });
  });

  // Hash-table sets and hashes are compared by a digest of their elements: a change must still
  // be found and named (the digests differ, the elements are then compared one by one).
  const digestCases = [
    {
      what: 'a member replaced in a hash-table set',
      key: 'set:10',
      named: 'm150',
      change: async (): Promise<void> => {
        await target.srem('set:10', ['m150']);
        await target.sadd('set:10', ['other']);
      },
    },
    {
      what: 'a field changed in a hash-table hash',
      key: 'hash:20',
      named: 'f150',
      change: async (): Promise<void> => {
        await target.hset('hash:20', { f150: 'changed' });
      },
    },
  ];
  for (const { what, key, named, change } of digestCases) {
    describe(`having ${what} (compared by digest)`, () => {
      it(`should report valueDiffers naming ${named}`, async () => {
        await change();
        const run = await verify();
        expect([run.exitCode, listed(run)]).toStrictEqual([
          1,
          [
            expect.objectContaining({
              key,
              kind: 'valueDiffers',
              detail: expect.stringContaining(named) as unknown,
            }),
          ],
        ]);
      });
    });
  }

  describe('having a TTL removed on the target', () => {
    it('should exit 1 and count it as ttlDiffers', async () => {
      await target.persist('hash:5');
      const run = await verify();
      expect([run.exitCode, counts(run)['ttlDiffers'], listed(run)]).toStrictEqual([
        1,
        1,
        [expect.objectContaining({ key: 'hash:5', kind: 'ttlDiffers' })],
      ]);
    });
  });

  describe('having a key of another type on the target', () => {
    it('should exit 1 and count it as typeDiffers', async () => {
      await target.del('set:2');
      await target.rpush('set:2', ['m0', 'm1', 'm2']);
      const run = await verify();
      expect([run.exitCode, counts(run)['typeDiffers'], listed(run)]).toStrictEqual([
        1,
        1,
        [
          expect.objectContaining({
            key: 'set:2',
            kind: 'typeDiffers',
            detail: 'set on the source, list on the target',
          }),
        ],
      ]);
    });
  });

  describe('having a binary key changed on the target', () => {
    it('should list it as hex', async () => {
      await target.set(binaryKey, Buffer.from([0xff, 0x00]));
      const run = await verify();
      expect(listed(run)).toStrictEqual([
        expect.objectContaining({ key: `hex:${binaryKey.toString('hex')}`, kind: 'valueDiffers' }),
      ]);
    });
  });

  describe('having a stream entry acknowledged on the target only', () => {
    it('should report the consumer groups as differing', async () => {
      await target.call('XACK', 'stream:1', 'group', '1-1');
      const run = await verify('--big-key-bytes', '1');
      expect(listed(run)).toStrictEqual([
        expect.objectContaining({
          key: 'stream:1',
          kind: 'valueDiffers',
          detail: expect.stringContaining('consumer groups') as unknown,
        }),
      ]);
    });
  });

  describe('having --sample 10%', () => {
    it('should check a part of the keys, the same part on both passes', async () => {
      const result = resultOf(await verify('--sample', '10%'));
      expect([
        result['sample'],
        (result['keysChecked'] as number) > 0 && (result['keysChecked'] as number) < seeded / 4,
        result['extraKeysChecked'] === result['keysChecked'],
      ]).toStrictEqual(['10%', true, true]);
    });
  });

  describe('having --max-mismatches 2 and five differences', () => {
    it('should list two and count five', async () => {
      for (let index = 20; index < 25; index += 1) await target.set(`str:${index}`, 'changed');
      const run = await verify('--max-mismatches', '2');
      expect([listed(run).length, counts(run)['valueDiffers']]).toStrictEqual([2, 5]);
    });
  });

  describe('having --batch 0', () => {
    it('should exit with the usage code 2 and say what is wrong', async () => {
      const run = await verify('--batch', '0');
      expect([run.exitCode, run.stdout]).toStrictEqual([
        2,
        expect.stringContaining('--batch must be a whole number >= 1'),
      ]);
    });
  });
});
