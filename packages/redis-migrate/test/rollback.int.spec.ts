import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

describe('redis-migrate rollback', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let sourceService: IRedisService;
  let targetService: IRedisService;
  let dir: string;
  let sides: string[];

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    [sourceService, targetService] = await Promise.all([connectTo(source), connectTo(target)]);
    await seedSmallDataset(sourceService, 1_000);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-rollback-'));
    sides = [...endpointArgs('source', source), ...endpointArgs('target', target)];
    const copied = await runMigrate(['copy', ...sides, '--checkpoint', join(dir, 'copy.json')]);
    if (copied.exitCode !== 0) throw new Error(`copy failed: ${copied.stderr}`);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([sourceService.disconnect(), targetService.disconnect()]);
    await Promise.all([source.stop(), target.stop()]);
  });

  describe('having writes on the target after the cutover', () => {
    let precise: MigrateRun;
    let sinceCopy: MigrateRun;

    beforeAll(async () => {
      // OBJECT IDLETIME counts whole seconds and the filter errs towards "touched": leave a gap
      // between the copy's last writes and the cutover, and between the cutover and the app's writes.
      await sleep(3_500);
      const cutover = new Date().toISOString();
      await sleep(1_100);
      await targetService.set('seed:1', 'written after the cutover');
      await targetService.hset('new:order:1', { total: '42' });
      precise = await runMigrate([
        'rollback',
        ...sides,
        '--since',
        cutover,
        '--checkpoint',
        join(dir, 'since.json'),
        '--json',
      ]);
      sinceCopy = await runMigrate([
        'rollback',
        ...sides,
        '--since-checkpoint',
        join(dir, 'copy.json'),
        '--checkpoint',
        join(dir, 'since-copy.json'),
        '--json',
      ]);
    }, 60_000);

    it('should restore the changed and the new keys on the source', async () => {
      expect([
        precise.exitCode,
        await sourceService.get('seed:1'),
        await sourceService.hgetall('new:order:1'),
      ]).toStrictEqual([0, 'written after the cutover', { total: '42' }]);
    });

    it('should copy only the keys touched since the cutover', () => {
      expect(resultOf(precise)).toMatchObject({ command: 'rollback', copied: 2 });
    });

    it('should then verify the source against the target, finding no difference', () => {
      expect(resultOf(precise)['verify']).toMatchObject({ clean: true, keysChecked: 1_001 });
    });

    it("should copy at least those keys with --since-checkpoint (the copy's end)", () => {
      expect([sinceCopy.exitCode, (resultOf(sinceCopy)['copied'] as number) >= 2]).toStrictEqual([0, true]);
    });
  });
});
