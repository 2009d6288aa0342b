import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoints } from '../src/services/openEndpoints.js';
import { lastJson, openLiveEndpoints, runInProcess, sideArgs } from './support/liveFixtures.js';

const controlKey = 'inflight:phase';

// A second write still on its way when verify --repair reads the key: the sides differ only by that
// write's replay. Copying the source's value over the target then would count the write twice when
// its replay lands. The repair must wait for the authoritative value to stand still.
describe('redis-migrate verify --repair with a second write in flight', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let endpoints: Endpoints;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    endpoints = await openLiveEndpoints(source, target);
  }, 120_000);
  afterAll(async () => {
    await endpoints.close();
    await Promise.allSettled([source.stop(), target.stop()]);
  });

  it('should never copy over a key while its writes are still replaying (no INCR counted twice)', async () => {
    const { source: onSource, target: onTarget } = {
      source: endpoints.source.service,
      target: endpoints.target.service,
    };
    await onSource.set('hot', '0');
    await onTarget.set('hot', '0');
    const replays: Promise<unknown>[] = [];
    // The application: an INCR every 10 ms on the source, each replayed on the target 20 ms later.
    const writes = (async () => {
      for (let index = 0; index < 60; index += 1) {
        await onSource.incr('hot');
        replays.push(new Promise((resolve) => setTimeout(resolve, 20)).then(() => onTarget.incr('hot')));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const run = await runInProcess([
      'verify',
      '--repair',
      '--settle-ms',
      '100',
      ...sideArgs(source, target),
      '--control-key',
      controlKey,
      '--json',
    ]);
    await writes;
    await Promise.all(replays);
    expect(lastJson(run)).toHaveProperty('repaired');
    expect([await onSource.get('hot'), await onTarget.get('hot')]).toStrictEqual(['60', '60']);
  });
});
