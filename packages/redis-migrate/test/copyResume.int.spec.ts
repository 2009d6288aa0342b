import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { dataDifferences } from './support/dataDifferences.js';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';
import { waitForCheckpointProgress } from './support/waitForCheckpointProgress.js';

const keyCount = 20_000;

/** Send `signal` to a slow copy once its checkpoint shows progress; the run's outcome. */
async function interruptCopy(
  args: readonly string[],
  checkpoint: string,
  signal: NodeJS.Signals,
): Promise<MigrateRun> {
  let child: ChildProcess | undefined;
  const run = runMigrate(args, { onSpawn: (spawned) => (child = spawned) });
  await waitForCheckpointProgress(checkpoint);
  child?.kill(signal);
  return run;
}

describe('redis-migrate copy --resume', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let sourceService: IRedisService;
  let targetService: IRedisService;
  let dir: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    [sourceService, targetService] = await Promise.all([connectTo(source), connectTo(target)]);
    await seedSmallDataset(sourceService, keyCount);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-resume-'));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([sourceService.disconnect(), targetService.disconnect()]);
    await Promise.all([source.stop(), target.stop()]);
  });

  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    describe(`having the copy stopped with ${signal} in the middle`, () => {
      let stopped: MigrateRun;
      let resumed: MigrateRun;
      let checkpoint: string;

      beforeAll(async () => {
        await targetService.flushdb({ confirm: 'FLUSHDB' });
        checkpoint = join(dir, `${signal}.json`);
        const args = [
          'copy',
          ...endpointArgs('source', source),
          ...endpointArgs('target', target),
          '--checkpoint',
          checkpoint,
        ];
        // Slow enough (about 4 s) to be stopped in the middle.
        stopped = await interruptCopy([...args, '--max-ops-per-second', '5000'], checkpoint, signal);
        resumed = await runMigrate([...args, '--resume', '--json']);
      }, 120_000);

      it(
        signal === 'SIGKILL'
          ? 'should have been killed'
          : 'should exit 130 (INTERRUPTED) saying how to resume',
        () => {
          expect(signal === 'SIGKILL' ? stopped.signal : [stopped.exitCode, stopped.stderr]).toStrictEqual(
            signal === 'SIGKILL' ? 'SIGKILL' : [130, expect.stringContaining('--resume')],
          );
        },
      );

      it('should finish on resume, counting every key exactly once', () => {
        expect([resumed.exitCode, resultOf(resumed)]).toMatchObject([
          0,
          { resumed: true, scanned: keyCount, copied: keyCount },
        ]);
      });

      it('should leave the same data on the target', async () => {
        expect(await dataDifferences(sourceService, targetService)).toStrictEqual([]);
      });
    });
  }
});
