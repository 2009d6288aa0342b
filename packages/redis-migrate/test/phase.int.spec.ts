import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlKeyNames } from '../src/calculations/phase/controlKeyNames.js';
import { formatVerifiedRecord } from '../src/calculations/phase/verifiedRecordJson.js';
import type { Endpoints } from '../src/services/openEndpoints.js';
import { runPhase } from '../src/services/phase/runPhase.js';
import { lastJson, openLiveEndpoints, runInProcess, sideArgs, type CliRun } from './support/liveFixtures.js';

describe('redis-migrate phase', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let endpoints: Endpoints;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    endpoints = await openLiveEndpoints(source, target);
  }, 60_000);
  afterAll(async () => {
    await endpoints.close();
    await Promise.all([source.stop(), target.stop()]);
  });

  const phase = (key: string, ...args: string[]): Promise<CliRun> =>
    runInProcess(['phase', ...args, ...sideArgs(source, target), '--control-key', key, '--json']);
  const copies = async (key: string): Promise<[string | null, string | null]> =>
    Promise.all([endpoints.source.service.get(key), endpoints.target.service.get(key)]);

  describe('having no control key on either side', () => {
    it('should show dual-write at revision 0', async () => {
      const run = await phase('live:show');
      expect([run.exitCode, lastJson(run)]).toMatchObject([
        0,
        { type: 'result', action: 'show', current: { phase: 'dual-write', revision: 0 } },
      ]);
    });
  });

  describe('having dual-write and cutover asked', () => {
    it('should refuse with PHASE_REFUSED (23), naming the allowed step, writing nothing', async () => {
      const run = await phase('live:skip', 'cutover');
      expect([run.exitCode, lastJson(run), await copies('live:skip')]).toMatchObject([
        23,
        {
          type: 'error',
          code: 'PHASE_REFUSED',
          message: expect.stringContaining('allowed switches are to shadow') as unknown,
        },
        [null, null],
      ]);
    });
  });

  describe('having dual-write and shadow asked', () => {
    const key = 'live:switch';
    let run: CliRun;
    const heard: string[] = [];

    beforeAll(async () => {
      const listeners: IRedisService[] = [endpoints.source.service, endpoints.target.service];
      const subscriptions = await Promise.all(
        listeners.map((service) => service.subscribe(key, (message) => void heard.push(message))),
      );
      run = await phase(key, 'shadow');
      // Delivery is asynchronous: wait (bounded) for both announcements.
      for (let tries = 0; tries < 50 && heard.length < 2; tries += 1)
        await new Promise((r) => setTimeout(r, 20));
      await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
    });

    it('should write shadow at revision 1 to both sides', async () => {
      const [onSource, onTarget] = await copies(key);
      expect([run.exitCode, JSON.parse(onSource ?? '{}'), onTarget]).toMatchObject([
        0,
        { phase: 'shadow', revision: 1 },
        onSource,
      ]);
    });

    it('should publish the new value on the control channel of both sides', () => {
      expect(heard.map((message) => JSON.parse(message) as unknown)).toMatchObject([
        { phase: 'shadow', revision: 1 },
        { phase: 'shadow', revision: 1 },
      ]);
    });

    it('should say it again is a no-op', async () => {
      const again = await phase(key, 'shadow');
      expect([again.exitCode, lastJson(again)['action'], (await copies(key))[0]]).toStrictEqual([
        0,
        'unchanged',
        (await copies(key))[0],
      ]);
    });

    it('should refuse cutover without a verify --repair record', async () => {
      const refused = await phase(key, 'cutover');
      expect([refused.exitCode, lastJson(refused)['message']]).toStrictEqual([
        23,
        expect.stringContaining('no `redis-migrate verify --repair` has been recorded'),
      ]);
    });
  });

  describe('having a clean record at this revision but keys in the repair set', () => {
    const key = 'live:repair-pending';
    const names = controlKeyNames(key);

    beforeAll(async () => {
      await phase(key, 'shadow');
      const record = { clean: true, at: new Date().toISOString(), authoritative: 'source' } as const;
      const counts = { keysChecked: 1, repaired: 0, stillDiffering: 0 };
      await endpoints.source.service.set(
        names.verified,
        formatVerifiedRecord({ ...record, ...counts, revision: 1, phase: 'shadow' }),
      );
      await endpoints.target.service.sadd(names.repair, 'k1');
    });

    it('should refuse cutover while the repair set holds keys', async () => {
      const refused = await phase(key, 'cutover');
      expect(lastJson(refused)).toMatchObject({
        code: 'PHASE_REFUSED',
        message: expect.stringContaining('1 keys wait') as unknown,
      });
    });

    it('should cut over once the repair set is empty, then warn at done', async () => {
      await endpoints.target.service.del(names.repair);
      const cutover = await phase(key, 'cutover');
      const done = await phase(key, 'done');
      expect([cutover.exitCode, lastJson(cutover)['current'], done.stdout]).toStrictEqual([
        0,
        expect.objectContaining({ phase: 'cutover', revision: 2 }),
        expect.stringContaining('no rollback is possible'),
      ]);
    });
  });

  describe('having two operators racing from shadow in opposite directions', () => {
    const key = 'live:race';
    let loser: unknown;
    let winner: Awaited<ReturnType<typeof runPhase>>;

    beforeAll(async () => {
      await phase(key, 'shadow');
      loser = await runPhase({
        endpoints,
        controlKey: key,
        requested: 'cutover',
        force: true,
        // The second operator reads after the first one and writes first.
        afterRead: async () => {
          winner = await runPhase({ endpoints, controlKey: key, requested: 'dual-write', force: false });
        },
      }).catch((error: unknown) => error);
    });

    it('should fail the late writer with PHASE_CONFLICT, having written nothing', () => {
      expect(loser).toMatchObject({
        code: 'PHASE_CONFLICT',
        message: expect.stringContaining('nothing was written') as unknown,
      });
    });

    it("should leave the winner's value on both sides", async () => {
      const [onSource, onTarget] = await copies(key);
      expect([winner.current.phase, JSON.parse(onSource ?? '{}'), onTarget]).toMatchObject([
        'dual-write',
        { phase: 'dual-write', revision: 2 },
        onSource,
      ]);
    });
  });

  describe('having the target copy lost after a switch', () => {
    const key = 'live:resync';

    it('should write the phase in force again to both sides', async () => {
      await phase(key, 'shadow');
      await endpoints.target.service.del(key);
      const run = await phase(key, 'shadow');
      const [onSource, onTarget] = await copies(key);
      expect([lastJson(run)['action'], JSON.parse(onTarget ?? '{}'), onSource]).toMatchObject([
        'resynced',
        { phase: 'shadow', revision: 2 },
        onTarget,
      ]);
    });
  });

  describe('having a corrupt control key', () => {
    it('should fail with CONTROL_INVALID (25)', async () => {
      await endpoints.source.service.set('live:corrupt', 'nope');
      const run = await phase('live:corrupt', 'shadow');
      expect([run.exitCode, lastJson(run)['code']]).toStrictEqual([25, 'CONTROL_INVALID']);
    });
  });
});
