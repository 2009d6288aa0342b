import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { endpointArgs, runMigrate } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('redis-migrate copy, given bad input or a failing side', () => {
  const password = 'not-printed-s3cret';
  let source: RedisStandaloneTopology;
  let secured: RedisStandaloneTopology;
  let cluster: RedisClusterTopology;
  let full: RedisStandaloneTopology;
  let sourceService: IRedisService;
  let dir: string;
  const copy = (...args: string[]) => [
    'copy',
    '--checkpoint',
    join(dir, `${args.join('-').replace(/\W+/g, '_').slice(0, 60)}.json`),
    ...args,
  ];

  beforeAll(async () => {
    [source, secured, cluster, full] = await Promise.all([
      startStandalone(),
      startStandalone({ password }),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
      startStandalone({ extraArgs: ['--maxmemory', '1mb', '--maxmemory-policy', 'noeviction'] }),
    ]);
    sourceService = await connectTo(source);
    await seedSmallDataset(sourceService, 3_000);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-errors-'));
  }, 60_000);
  afterAll(async () => {
    await sourceService.disconnect();
    await Promise.all([source.stop(), secured.stop(), cluster.stop(), full.stop()]);
  });

  it('should exit 10 (SOURCE_UNREACHABLE) when nothing listens at the source', async () => {
    const run = await runMigrate(
      copy('--source', `redis://127.0.0.1:${await closedPort()}`, ...endpointArgs('target', cluster)),
      {
        env: { SOURCE_REDIS_CONNECT_TIMEOUT_MS: '1000' },
      },
    );
    expect([run.exitCode, run.stderr]).toStrictEqual([10, expect.stringContaining('[SOURCE_UNREACHABLE]')]);
  });

  describe('having a wrong target password', () => {
    it('should exit 13 (TARGET_AUTH_FAILED) without printing the password', async () => {
      const run = await runMigrate(
        copy(...endpointArgs('source', source), ...endpointArgs('target', secured)),
        {
          env: { TARGET_REDIS_PASSWORD: `wrong-${password}` },
        },
      );
      expect([run.exitCode, run.stderr.includes(password), run.stderr]).toStrictEqual([
        13,
        false,
        expect.stringContaining('[TARGET_AUTH_FAILED]'),
      ]);
    });
  });

  it('should exit 14 (SAME_SERVER) when source and target are one server', async () => {
    const run = await runMigrate(copy(...endpointArgs('source', source), ...endpointArgs('target', source)));
    expect([run.exitCode, run.stderr]).toStrictEqual([14, expect.stringContaining('are the same server')]);
  });

  it('should exit 2 (USAGE) naming a bad --batch', async () => {
    const run = await runMigrate(
      copy(...endpointArgs('source', source), ...endpointArgs('target', cluster), '--batch', '0'),
    );
    expect([run.exitCode, run.stderr]).toStrictEqual([
      2,
      expect.stringContaining('--batch must be a whole number >= 1, got "0"'),
    ]);
  });

  it('should exit 3 (INVALID_CONFIG) when no source is configured', async () => {
    const run = await runMigrate(copy(...endpointArgs('target', cluster)));
    expect([run.exitCode, run.stderr]).toStrictEqual([
      3,
      expect.stringContaining('The source is not configured'),
    ]);
  });

  it('should exit 20 (UNSUPPORTED_DATABASE) for --db with a cluster source', async () => {
    const run = await runMigrate(
      copy(...endpointArgs('source', cluster), ...endpointArgs('target', source), '--db', '2'),
    );
    expect([run.exitCode, run.stderr]).toStrictEqual([20, expect.stringContaining('drop --db')]);
  });

  it('should exit 17 (CHECKPOINT_INVALID) for --resume without a checkpoint', async () => {
    const run = await runMigrate(
      copy(...endpointArgs('source', source), ...endpointArgs('target', cluster), '--resume'),
    );
    expect([run.exitCode, run.stderr]).toStrictEqual([17, expect.stringContaining('there is no checkpoint')]);
  });

  it('should exit 16 (CHECKPOINT_MISMATCH) for a checkpoint of another source', async () => {
    const path = join(dir, 'other-source.json');
    const identity = { source: 'standalone 10.0.0.1:6379/0', target: 'x', match: null, onExisting: 'fail' };
    await writeFile(
      path,
      JSON.stringify({ kind: 'redis-migrate-copy', version: 1, identity, status: 'running', nodes: {} }),
    );
    const run = await runMigrate([
      'copy',
      ...endpointArgs('source', source),
      ...endpointArgs('target', cluster),
      '--checkpoint',
      path,
      '--resume',
    ]);
    expect([run.exitCode, run.stderr]).toStrictEqual([
      16,
      expect.stringContaining('was written for source "standalone 10.0.0.1:6379/0"'),
    ]);
  });

  it('should exit 18 (TARGET_FULL) when the target runs out of memory', async () => {
    const run = await runMigrate(copy(...endpointArgs('source', source), ...endpointArgs('target', full)));
    expect([run.exitCode, run.stderr]).toStrictEqual([18, expect.stringContaining('out of memory')]);
  });
});
