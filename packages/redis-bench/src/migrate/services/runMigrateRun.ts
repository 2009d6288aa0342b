import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedMigrationDataset } from '@org/redis-testkit';
import { startBenchServers } from '../../services/servers.js';
import { toolArgv } from '../calculations/toolArgv.js';
import { migrateDataset } from '../models/migrateDataset.js';
import type { MigrateRun, PlannedRun, ProcessFigures } from '../models/MigrateRun.js';
import { runMeasured, tailOf } from './runMeasured.js';
import { serverCpuSeconds, totalKeys } from './serverFigures.js';

/** What a run needs besides its plan. */
export interface RunContext {
  readonly migrateCli: string;
  /** Whether the CLI has a `verify` subcommand (run after our copy). */
  readonly hasVerify: boolean;
  readonly toolTimeoutMs: number;
  readonly log: (line: string) => void;
}

function failure(what: string, figures: ProcessFigures, dir: string, name: string): Error {
  const why = figures.timedOut ? 'was killed at the time limit' : `exited with ${figures.exitCode}`;
  return new Error(
    `${what} ${why}; stderr: ${tailOf(join(dir, `${name}.err`))} stdout: ${tailOf(join(dir, `${name}.out`), 600)}`,
  );
}

/**
 * One round: fresh standalone source and 3-master cluster, seeded, then one tool as a child process
 * (and, after our copy, `verify`), measured; the servers are stopped whatever happens.
 *
 * @throws Error when seeding fails, a tool fails or times out, or the target ends up with another
 *   key count than the source (the figures of such a run would mean nothing).
 */
export async function runMigrateRun(plan: PlannedRun, context: RunContext): Promise<MigrateRun> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-migrate-'));
  const servers = await startBenchServers();
  try {
    const source = servers.standalone;
    const sourceNode = source.nodes[0];
    if (sourceNode === undefined) throw new Error('the standalone topology lists no node');
    const masters = await servers.cluster.masters();
    const seeded = await seedMigrationDataset(source, migrateDataset(plan.keys));
    const sourceKeys = await totalKeys([source]);
    if (sourceKeys !== seeded.keys)
      throw new Error(`seeded ${seeded.keys} keys but the source has ${sourceKeys}`);
    context.log(`${plan.tool} @ ${plan.keys}: seeded ${sourceKeys} keys, running`);
    const endpoints = {
      migrateCli: context.migrateCli,
      source,
      targets: masters,
      checkpoint: join(dir, 'copy.checkpoint.json'),
    };
    const sourceCpu = serverCpuSeconds([sourceNode]);
    const targetCpu = serverCpuSeconds(masters);
    const copy = await runMeasured({
      argv: toolArgv(plan.tool, endpoints),
      dir,
      name: 'copy',
      timeoutMs: context.toolTimeoutMs,
    });
    const sourceCpuSeconds = serverCpuSeconds([sourceNode]) - sourceCpu;
    const targetCpuSeconds = serverCpuSeconds(masters) - targetCpu;
    if (copy.exitCode !== 0) throw failure(plan.tool, copy, dir, 'copy');
    const targetKeys = await totalKeys(masters);
    if (targetKeys !== sourceKeys)
      throw new Error(`${plan.tool}: the target has ${targetKeys} keys, the source ${sourceKeys}`);
    let verify: ProcessFigures | undefined;
    if (plan.tool === 'ours' && context.hasVerify) {
      verify = await runMeasured({
        argv: toolArgv('verify', endpoints),
        dir,
        name: 'verify',
        timeoutMs: context.toolTimeoutMs,
      });
      if (verify.exitCode !== 0) throw failure('verify', verify, dir, 'verify');
    }
    return {
      ...plan,
      copy,
      sourceCpuSeconds,
      targetCpuSeconds,
      sourceKeys,
      targetKeys,
      ...(verify === undefined ? {} : { verify }),
    };
  } finally {
    await servers.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
