import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestService } from './support/openTestService.js';
import { endpointArgs, jsonLines, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';

/** DBSIZE of source db 0, source db 3 and the target, to show a plan wrote nothing. */
async function sizes(services: readonly IRedisService[]): Promise<number[]> {
  return Promise.all(services.map((service) => service.dbsize()));
}

describe('redis-migrate plan', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let sourceDb0: IRedisService;
  let sourceDb3: IRedisService;
  let targetService: IRedisService;
  let before: number[];
  let run: MigrateRun;
  let textRun: MigrateRun;

  beforeAll(async () => {
    [source, target] = await Promise.all([startStandalone(), startCluster({ replicasPerMaster: 0 })]);
    [sourceDb0, sourceDb3, targetService] = await Promise.all([
      openTestService(source),
      openTestService(source, 3),
      openTestService(target),
    ]);
    const seed = sourceDb0.pipeline();
    for (let index = 0; index < 300; index += 1) seed.set(`user:${index}`, `value ${index}`);
    seed.set('session:1', 'x', { ttl: { seconds: 3600 } });
    await seed.exec();
    await sourceDb0.hset(
      'big:hash',
      Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`field${i}`, `v${i}`])),
    );
    const seed3 = sourceDb3.pipeline();
    for (let index = 0; index < 50; index += 1) seed3.set(`other:${index}`, 'x');
    await seed3.exec();
    before = await sizes([sourceDb0, sourceDb3, targetService]);
    const args = ['plan', ...endpointArgs('source', source), ...endpointArgs('target', target)];
    [run, textRun] = [await runMigrate([...args, '--json']), await runMigrate(args)];
  }, 120_000);

  afterAll(async () => {
    await Promise.all([sourceDb0.quit(), sourceDb3.quit(), targetService.quit()]);
    await Promise.all([source.stop(), target.stop()]);
  });

  describe('having a standalone source with keys in db 0 and db 3 and an empty cluster target', () => {
    it('should exit 0', () => {
      expect([run.exitCode, run.stderr]).toStrictEqual([0, '']);
    });

    it('should report both sides, their modes, versions and key counts', () => {
      const result = resultOf(run);
      expect({
        ok: result['ok'],
        compatible: result['compatible'],
        source: {
          ...(result['source'] as Record<string, unknown>),
          version: '-',
          description: '-',
          nodes: '-',
        },
        target: { ...(result['target'] as Record<string, unknown>), version: '-', description: '-' },
      }).toStrictEqual({
        ok: true,
        compatible: true,
        source: { mode: 'standalone', version: '-', description: '-', db: 0, keys: 302, nodes: '-' },
        target: { mode: 'cluster', version: '-', description: '-', keys: 0 },
      });
    });

    it('should give the keys and used memory of the source node', () => {
      const nodes = (
        resultOf(run)['source'] as { nodes: { node: string; keys: number; usedMemory: number }[] }
      ).nodes;
      expect(nodes.map((node) => ({ ...node, usedMemory: node.usedMemory > 0 }))).toStrictEqual([
        { node: `${source.host}:${source.port}`, keys: 302, usedMemory: true },
      ]);
    });

    it('should read the RDB version from a DUMP trailer (10 or more on Redis 7)', () => {
      expect(resultOf(run)['rdbVersion']).toBeGreaterThanOrEqual(10);
    });

    it('should suggest --db 3 --target-prefix db3: for the other database', () => {
      expect(resultOf(run)['otherDatabases']).toStrictEqual([
        { db: 3, keys: 50, suggestion: '--db 3 --target-prefix db3:' },
      ]);
    });

    it('should name the hash as the biggest key, with its type', () => {
      const [biggest] = resultOf(run)['biggestKeys'] as { key: string; bytes: number; type: string }[];
      // 2000 fields of ~10 bytes: well over 50 kB, and far under --big-key-bytes.
      expect({ ...biggest, bytes: (biggest?.bytes ?? 0) > 50_000 }).toStrictEqual({
        key: 'big:hash',
        bytes: true,
        type: 'hash',
        big: false,
      });
    });

    it('should sample every key and give a measured estimate', () => {
      const result = resultOf(run);
      const estimate = result['estimate'] as { keysPerSecond: number; seconds: number; sampledKeys: number };
      expect([
        result['sampledKeys'],
        {
          ...estimate,
          keysPerSecond: estimate.keysPerSecond > 0,
          seconds: Number.isInteger(estimate.seconds),
        },
      ]).toStrictEqual([302, { keysPerSecond: true, seconds: true, sampledKeys: 302 }]);
    });

    it('should write nothing to either side', async () => {
      expect(await sizes([sourceDb0, sourceDb3, targetService])).toStrictEqual(before);
    });

    it('should print the plan as text, the db 3 suggestion and the estimate included', () => {
      expect([textRun.exitCode, textRun.stdout]).toStrictEqual([
        0,
        expect.stringMatching(
          /db 3: 50 keys: copy with --db 3 --target-prefix db3:[\s\S]*estimate: about \d+ s/,
        ),
      ]);
    });
  });

  describe('having --db 3', () => {
    it('should count db 3 and list db 0 as the other database', async () => {
      const result = resultOf(
        await runMigrate([
          'plan',
          ...endpointArgs('source', source),
          ...endpointArgs('target', target),
          '--db',
          '3',
          '--json',
        ]),
      );
      expect([(result['source'] as { keys: number }).keys, result['otherDatabases']]).toStrictEqual([
        50,
        [{ db: 0, keys: 302, suggestion: '--db 0 --target-prefix db0:' }],
      ]);
    });
  });

  describe('having a target that holds a key', () => {
    it('should warn and still exit 0', async () => {
      await targetService.set('left:over', '1');
      try {
        const warned = await runMigrate([
          'plan',
          ...endpointArgs('source', source),
          ...endpointArgs('target', target),
          '--json',
        ]);
        const warnings = jsonLines(warned)
          .filter((line) => line['type'] === 'warning')
          .map((line) => line['message']);
        expect([warned.exitCode, warnings]).toStrictEqual([
          0,
          expect.arrayContaining([expect.stringContaining('the target already holds 1 keys')]),
        ]);
      } finally {
        await targetService.del('left:over');
      }
    });
  });

  describe('having --batch 0', () => {
    it('should exit with the usage code and say what is allowed', async () => {
      const refused = await runMigrate([
        'plan',
        ...endpointArgs('source', source),
        ...endpointArgs('target', target),
        '--batch',
        '0',
      ]);
      expect([refused.exitCode, refused.stderr]).toStrictEqual([
        2,
        expect.stringContaining('--batch must be a whole number >= 1, got "0"'),
      ]);
    });
  });
});
