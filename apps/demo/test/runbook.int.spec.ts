// The live-move runbook (docs/migration-runbook.md), executed: two demo instances under load move from a
// standalone Redis to a 3-master cluster through every phase, then a second run rolls back from cutover.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { RedisFactoryService } from '@org/redis-factory';
import type { DemoApp } from '../src/models/DemoApp.js';
import { MoveLoad, type LoadOutcome } from './support/liveMove/MoveLoad.js';
import { everyInstanceIn, metricSum, MoveRun, sideEnv } from './support/liveMove/MoveRun.js';
import { reportMove } from './support/liveMove/reportMove.js';
import { unique } from './support/demoEnv.js';

// Each room is posted to every 400 ms on average (all rooms: about 25 posts/s, each with two reads):
// `verify --repair` confirms a key only while no write to it is on its way (--settle-ms, 250 ms), so a
// key written without pause never verifies clean; see the runbook's step 5.
const rooms = 10;
const load = { intervalMs: 400, maxPosts: 500 };
const mismatches = 'redis_client_migration_shadow_reads_total';

let source: RedisStandaloneTopology;
let target: RedisClusterTopology;
beforeAll(async () => {
  [source, target] = await Promise.all([
    startStandalone(),
    startCluster({ masters: 3, replicasPerMaster: 0 }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.allSettled([source.stop(), target.stop()]);
});

/** Empties both private deployments between runs (ours alone: started by this file). */
async function flushBoth(): Promise<void> {
  const factory = new RedisFactoryService();
  const services = [
    factory.create({ mode: 'standalone', url: source.url }),
    factory.create({ mode: 'cluster', nodes: target.startupNodes.map(({ host, port }) => ({ host, port })) }),
  ];
  for (const service of services) {
    await factory.connect(service, 5000);
    await service.flushdb({ confirm: 'FLUSHDB' });
    await service.quit();
  }
}

let run: MoveRun | undefined;
afterEach(async () => {
  await run?.closeApps();
  run = undefined;
  await flushBoth();
}, 60_000);

/** The data of a run, from the authoritative side through one instance: history and post counters. */
async function readBack(
  app: DemoApp,
  names: readonly string[],
): Promise<Map<string, { ids: string[]; messages: number }>> {
  const found = new Map<string, { ids: string[]; messages: number }>();
  for (const room of names) {
    const history = (await (await fetch(`${app.url}/rooms/${room}/messages?limit=100000`)).json()) as {
      messages: { id: string }[];
    };
    const stats = (await (await fetch(`${app.url}/rooms/${room}/stats`)).json()) as { messages: number };
    found.set(room, { ids: history.messages.map((message) => message.id), messages: stats.messages });
  }
  return found;
}

/** Every assertion of the runbook's end: no failed request, no lost acknowledged write, exact counters, each message once. */
function expectNothingLost(
  outcomes: readonly LoadOutcome[],
  data: ReadonlyMap<string, { ids: string[]; messages: number }>,
): void {
  expect(outcomes.flatMap((outcome) => outcome.failures)).toStrictEqual([]);
  for (const [room, { ids, messages }] of data) {
    const acked = outcomes.flatMap((outcome) => outcome.acked.get(room) ?? []);
    expect(acked.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !new Set(acked).has(id))).toStrictEqual([]);
    expect(acked.filter((id) => !new Set(ids).has(id))).toStrictEqual([]);
    expect(messages).toBe(acked.length);
  }
  for (const outcome of outcomes)
    for (const [room, listeners] of outcome.received) {
      const acked = [...(outcome.acked.get(room) ?? [])].sort();
      for (const seen of listeners) expect([...seen].sort()).toStrictEqual(acked);
    }
}

async function shadowMismatches(apps: readonly DemoApp[]): Promise<{ compared: number; mismatched: number }> {
  let compared = 0;
  let mismatched = 0;
  for (const app of apps) {
    compared += await metricSum(app, mismatches, {});
    mismatched += await metricSum(app, mismatches, { outcome: 'mismatch' });
  }
  return { compared, mismatched };
}

/** The first part of both runs: the standalone era, the rollout, the backfill, repair, shadow, cutover. */
async function moveToCutover(
  move: MoveRun,
  names: readonly string[],
): Promise<{
  apps: [DemoApp, DemoApp];
  before: LoadOutcome;
  during: MoveLoad;
  shadow: { compared: number; mismatched: number };
}> {
  const sides = sideEnv(source, target);
  // Before the move: the two instances on the standalone Redis alone, writing the data that exists before.
  const old = [
    await move.startApp({ REDIS_MODE: 'standalone', REDIS_URL: source.url }),
    await move.startApp({ REDIS_MODE: 'standalone', REDIS_URL: source.url }),
  ] as const;
  const seed = new MoveLoad(old, names, { ...load, maxPosts: 40 });
  await seed.start();
  const before = await seed.stop(300);
  await move.closeApps();

  move.step('3. dual-write: instances redeployed in migrating mode');
  const migratingEnv = {
    REDIS_MODE: 'migrating',
    ...sides,
    REDIS_MIGRATION_PHASE_POLL_MS: '200',
    REDIS_MIGRATION_SHADOW_SAMPLE_RATE: '0.5',
  };
  const apps = [await move.startApp(migratingEnv), await move.startApp(migratingEnv)] as [DemoApp, DemoApp];
  await everyInstanceIn(apps, 'dual-write');
  const during = new MoveLoad(apps, names, load);
  await during.start();

  move.step('4. backfill: copy --live');
  await move.cli(['copy', '--live', '--checkpoint', `/tmp/${unique('live-copy')}.json`]);
  move.step('5. verify --repair');
  await move.repairUntilClean();
  move.step('6. shadow');
  await move.cli(['phase', 'shadow']);
  await everyInstanceIn(apps, 'shadow');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const shadow = await shadowMismatches(apps);
  move.step('7. cutover: verify --repair, phase cutover');
  await move.repairUntilClean();
  await move.cli(['phase', 'cutover']);
  await everyInstanceIn(apps, 'cutover');
  move.step('8. smoke');
  await move.cli(['smoke', '--expect-mode', 'cluster']);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { apps, before, during, shadow };
}

describe('the live-move runbook, executed', () => {
  it('should move two instances under load to a 3-master cluster through every phase, losing nothing', async () => {
    run = new MoveRun(sideEnv(source, target));
    const names = Array.from({ length: rooms }, () => unique('room'));
    const { apps, before, during, shadow } = await moveToCutover(run, names);
    run.step('9. done');
    await run.cli(['phase', 'done']);
    await everyInstanceIn(apps, 'done');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const outcome = await during.stop();
    run.step('end');

    expect(shadow.compared).toBeGreaterThan(0);
    expect(shadow.mismatched).toBe(0);
    expectNothingLost([before, outcome], await readBack(apps[0], names));
    reportMove('forward', run, [before, outcome], shadow);
  }, 120_000);

  it('should roll back from cutover to the source under load, losing nothing', async () => {
    run = new MoveRun(sideEnv(source, target));
    const names = Array.from({ length: rooms }, () => unique('room'));
    const { apps, before, during, shadow } = await moveToCutover(run, names);
    run.step('rollback: verify --repair --authoritative target, phase shadow');
    await run.repairUntilClean(['--authoritative', 'target']);
    await run.cli(['phase', 'shadow']);
    await everyInstanceIn(apps, 'shadow');
    run.step('rollback: phase dual-write');
    await run.cli(['phase', 'dual-write']);
    await everyInstanceIn(apps, 'dual-write');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const outcome = await during.stop();
    run.step('end');

    expect(shadow.mismatched).toBe(0);
    expectNothingLost([before, outcome], await readBack(apps[0], names));
    // Both sides still agree: the target can take the move again later.
    await run.repairUntilClean([], 1);
    reportMove('rollback', run, [before, outcome], shadow);
  }, 120_000);
});
