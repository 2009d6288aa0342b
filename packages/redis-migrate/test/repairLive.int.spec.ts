import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopyReport } from '../src/models/CopyReport.js';
import type { Endpoints } from '../src/services/openEndpoints.js';
import {
  dualWrite,
  lastJson,
  openLiveEndpoints,
  runInProcess,
  runLiveCopy,
  sideArgs,
  type CliRun,
} from './support/liveFixtures.js';

const controlKey = 'move:phase';
const repairSet = `${controlKey}:repair`;

describe('redis-migrate copy --live, then verify --repair (standalone source, cluster target)', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let endpoints: Endpoints;
  let copy: CopyReport;
  let cutoverBefore: CliRun;
  let repair: CliRun;

  const cli = (...args: string[]): Promise<CliRun> =>
    runInProcess([...args, ...sideArgs(source, target), '--control-key', controlKey, '--json']);
  const both = <T>(read: (service: Endpoints['source']['service']) => Promise<T>): Promise<[T, T]> =>
    Promise.all([read(endpoints.source.service), read(endpoints.target.service)]);

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    endpoints = await openLiveEndpoints(source, target);
    const dir = await mkdtemp(join(tmpdir(), 'redis-migrate-repair-'));
    let raced = false;
    const app = endpoints.source.service;
    await app.set('d:counter', '10');
    await app.rpush('d:list', ['a', 'b']);
    await app.xadd('d:stream', { f: '1' }, { id: '1-1' });
    await app.set('c:expire', 'v');
    await app.set('c:persist', 'v', { ttl: { milliseconds: 500_000 } });
    await app.set('e:second-failed', 'old');
    copy = await runLiveCopy(endpoints, {
      match: '[cde]:*',
      controlKey,
      checkpointPath: join(dir, 'copy.json'),
      // The application writes both sides between the copy's read and its write.
      afterRead: async () => {
        // Once, even if the SCAN returns these keys over several pages: the counters must be exact.
        if (raced) return;
        raced = true;
        await dualWrite(endpoints, 'INCR', 'd:counter');
        await dualWrite(endpoints, 'LPUSH', 'd:list', 'z');
        await dualWrite(endpoints, 'XADD', 'd:stream', '2-1', 'f', '2');
        await dualWrite(endpoints, 'EXPIRE', 'c:expire', '1000');
        await dualWrite(endpoints, 'PERSIST', 'c:persist');
      },
    });
    // A write whose second half (the target) failed: the migrating service records the key.
    await app.set('e:second-failed', 'new');
    await app.sadd(repairSet, ['e:second-failed']);
    cutoverBefore = await cli('phase', 'shadow').then(() => cli('phase', 'cutover'));
    repair = await cli('verify', '--repair', '--settle-ms', '50');
  }, 60_000);
  afterAll(async () => {
    await endpoints.close();
    await Promise.all([source.stop(), target.stop()]);
  });

  it('should skip the keys the application created on the target first, leaving them partial', () => {
    expect(copy).toMatchObject({ skippedNewer: 3, failed: 0 });
  });

  it('should refuse cutover before any verify --repair', () => {
    expect([cutoverBefore.exitCode, lastJson(cutoverBefore)['code']]).toStrictEqual([23, 'PHASE_REFUSED']);
  });

  it('should repair every differing key and exit 0', () => {
    expect([repair.exitCode, lastJson(repair)]).toMatchObject([
      0,
      { repair: true, ok: true, repaired: 6, stillDiffering: 0, recorded: { clean: true } },
    ]);
  });

  it('should leave the exact counter, then count on from it on both sides', async () => {
    await dualWrite(endpoints, 'INCR', 'd:counter');
    expect(await both((service) => service.get('d:counter'))).toStrictEqual(['12', '12']);
  });

  it('should leave the whole list in order', async () => {
    expect(await both((service) => service.lrange('d:list', 0, -1))).toStrictEqual([
      ['z', 'a', 'b'],
      ['z', 'a', 'b'],
    ]);
  });

  it('should leave every stream entry with its ID', async () => {
    const [onSource, onTarget] = await both((service) => service.xlen('d:stream'));
    expect([onSource, onTarget]).toStrictEqual([2, 2]);
  });

  it('should give the EXPIRE that raced the copy to the target', async () => {
    const [onSource, onTarget] = await both((service) => service.pexpiretime('c:expire'));
    expect([onSource > 0, onTarget]).toStrictEqual([true, onSource]);
  });

  it('should take away the expiry a PERSIST removed during the copy', async () => {
    expect(await both((service) => service.pexpiretime('c:persist'))).toStrictEqual([-1, -1]);
  });

  it('should repair the key of the failed second write and empty the repair set', async () => {
    expect([
      await endpoints.target.service.get('e:second-failed'),
      await both((service) => service.scard(repairSet)),
    ]).toStrictEqual(['new', [0, 0]]);
  });

  it('should allow cutover after the clean verify --repair', async () => {
    const cutover = await cli('phase', 'cutover');
    expect([cutover.exitCode, lastJson(cutover)['current']]).toMatchObject([0, { phase: 'cutover' }]);
  });
});
