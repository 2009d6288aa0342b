import type { IRedisService } from '@org/redis-interface';
import {
  redisTestServers,
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestService } from './support/openTestService.js';
import { resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
  readonly ms: number;
}

function checksOf(run: MigrateRun): Check[] {
  return resultOf(run)['checks'] as Check[];
}

/** `name: ok|FAIL` of every check, for one readable assertion. */
function verdicts(run: MigrateRun): string[] {
  return checksOf(run).map((check) => `${check.name.replace(/ .*/, '')}: ${check.ok ? 'ok' : 'FAIL'}`);
}

function clusterArgs(nodes: readonly { host: string; port: number }[]): string[] {
  return ['--target-cluster', nodes.map((node) => `${node.host}:${node.port}`).join(',')];
}

describe('redis-migrate smoke', () => {
  describe('having a healthy cluster (3 masters, 3 replicas)', () => {
    let run: MigrateRun;
    let service: IRedisService;

    beforeAll(async () => {
      const { cluster } = redisTestServers();
      run = await runMigrate([
        'smoke',
        ...clusterArgs(cluster.startupNodes),
        '--expect-mode',
        'cluster',
        '--json',
      ]);
      service = await openTestService({
        kind: 'cluster',
        startupNodes: cluster.startupNodes,
      } as RedisClusterTopology);
    });
    afterAll(async () => {
      await service.quit();
    });

    it('should pass every check and exit 0', () => {
      expect([run.exitCode, verdicts(run)]).toStrictEqual([
        0,
        [
          'mode: ok',
          'slots: ok',
          'latency: ok',
          'latency: ok',
          'latency: ok',
          'roundtrip: ok',
          'roundtrip: ok',
          'roundtrip: ok',
          'replicas: ok',
          'pubsub: ok',
          'permissions: ok',
        ],
      ]);
    });

    it('should check each master by its own address', () => {
      const masters = checksOf(run)
        .filter((check) => check.name.startsWith('latency '))
        .map((check) => check.name.slice('latency '.length));
      expect(new Set(masters).size).toBe(3);
    });

    it('should find every slot covered and every replica in sync', () => {
      const detail = (name: string) => checksOf(run).find((check) => check.name === name)?.detail;
      expect([detail('slots'), detail('replicas')]).toStrictEqual([
        'all 16384 slots served by 3 answering masters',
        expect.stringMatching(/^3 in sync: /),
      ]);
    });

    it('should give each check a name, verdict, detail and duration in the JSON report', () => {
      expect(
        checksOf(run).every(
          (check) =>
            Object.keys(check).join() === 'name,ok,detail,ms' &&
            typeof check.detail === 'string' &&
            check.ms >= 0,
        ),
      ).toBe(true);
    });

    it('should leave no smoke key behind', async () => {
      const left: string[] = [];
      for await (const key of service.scan({ match: 'redis-migrate:smoke:*' })) left.push(key);
      expect(left).toStrictEqual([]);
    });
  });

  describe('having a standalone server', () => {
    it('should print one ok line per check, say "no replicas" and exit 0', async () => {
      const run = await runMigrate(['smoke', '--target', redisTestServers().standalone.url]);
      expect([run.exitCode, run.stdout]).toStrictEqual([
        0,
        expect.stringMatching(
          /^ok {3}mode: standalone[^\n]*\nok {3}latency [^\n]*\nok {3}roundtrip [^\n]*\nok {3}replicas: no replicas[^\n]*\nok {3}pubsub: [^\n]*\nok {3}permissions: [^\n]*\nsmoke: 6 checks passed/,
        ),
      ]);
    });
  });

  describe('having --expect-mode cluster against a standalone server', () => {
    it('should exit 1 naming the mode check', async () => {
      const run = await runMigrate([
        'smoke',
        '--target',
        redisTestServers().standalone.url,
        '--expect-mode',
        'cluster',
      ]);
      expect([run.exitCode, run.stdout]).toStrictEqual([
        1,
        expect.stringContaining('FAIL mode: expected cluster, found standalone'),
      ]);
    });
  });

  describe('having --side source', () => {
    it('should check the source', async () => {
      const run = await runMigrate([
        'smoke',
        '--side',
        'source',
        '--source',
        redisTestServers().standalone.url,
        '--json',
      ]);
      expect([run.exitCode, (resultOf(run)['endpoint'] as { side: string }).side]).toStrictEqual([
        0,
        'source',
      ]);
    });
  });

  describe('having a paused master', () => {
    let cluster: RedisClusterTopology;
    let run: MigrateRun;
    let paused: string;

    beforeAll(async () => {
      // A long node timeout keeps the cluster "ok" while the master is paused: the smoke must see it, not the cluster.
      cluster = await startCluster({ replicasPerMaster: 0, nodeTimeoutMs: 60_000 });
      paused = (await cluster.masters())[0]!.id;
      await cluster.pauseNode(paused);
      try {
        run = await runMigrate(['smoke', ...clusterArgs(cluster.startupNodes), '--json']);
      } finally {
        await cluster.resumeNode(paused);
      }
    }, 120_000);
    afterAll(async () => {
      await cluster.stop();
    });

    // Which failure shows depends on which node the layer asks first: its connect reads CLUSTER INFO
    // from one node, its first call() fetches COMMAND from one node. When that node is the paused
    // master the smoke cannot connect (11) or cannot route CLUSTER SLOTS; otherwise the paused
    // master fails its latency check and its slots count as not served. Either way it must not pass.
    it('should not pass: exit 1 (failed checks) or 11 (target unreachable)', () => {
      expect([1, 11]).toContain(run.exitCode);
    });

    it('should name what failed', () => {
      const failed =
        run.exitCode === 1
          ? checksOf(run)
              .filter((check) => !check.ok)
              .map((check) => check.name)
          : ['connect'];
      expect(failed.length).toBeGreaterThan(0);
    });
  });

  describe('having ACL users', () => {
    let server: RedisStandaloneTopology;
    const password = 'smoke-secret-1';

    beforeAll(async () => {
      server = await startStandalone({
        users: [
          { name: 'norestore', password, rules: ['~*', '&*', '+@all', '-restore'] },
          { name: 'nodryrun', password, rules: ['~*', '&*', '+@all', '-acl|dryrun'] },
        ],
      });
    });
    afterAll(async () => {
      await server.stop();
    });

    const smokeAs = (username: string) =>
      runMigrate(['smoke', '--json'], {
        env: {
          TARGET_REDIS_URL: server.url,
          TARGET_REDIS_USERNAME: username,
          TARGET_REDIS_PASSWORD: password,
        },
      });

    describe('having a user lacking RESTORE', () => {
      it('should exit 1 and name the missing permission', async () => {
        const run = await smokeAs('norestore');
        const permissions = checksOf(run).find((check) => check.name === 'permissions');
        expect([run.exitCode, permissions?.ok, permissions?.detail]).toStrictEqual([
          1,
          false,
          'user norestore lacks: restore',
        ]);
      });

      it('should not print the password', async () => {
        const run = await smokeAs('norestore');
        expect(run.stdout + run.stderr).not.toContain(password);
      });
    });

    describe('having a user who may not run ACL DRYRUN', () => {
      it('should skip the permission check, say so, and exit 0', async () => {
        const run = await smokeAs('nodryrun');
        const permissions = checksOf(run).find((check) => check.name === 'permissions');
        expect([run.exitCode, permissions?.ok, permissions?.detail]).toStrictEqual([
          0,
          true,
          expect.stringMatching(/^skipped for user nodryrun: ACL DRYRUN refused/),
        ]);
      });
    });
  });
});
