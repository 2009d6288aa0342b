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
import { compareAndDelete, payloadFingerprint } from '../src/services/live/compareAndDelete.js';
import type { Endpoints } from '../src/services/openEndpoints.js';
import { dualWrite, openLiveEndpoints, runLiveCopy } from './support/liveFixtures.js';

const has = (keys: readonly Buffer[], name: string): boolean => keys.some((key) => key.toString() === name);

describe('redis-migrate copy --live (standalone source, cluster target)', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let endpoints: Endpoints;
  let dir: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    endpoints = await openLiveEndpoints(source, target);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-live-'));
  }, 60_000);
  afterAll(async () => {
    await endpoints.close();
    await Promise.all([source.stop(), target.stop()]);
  });

  describe('having the application write a key after the copy read it', () => {
    let report: CopyReport;

    beforeAll(async () => {
      for (let index = 0; index < 20; index += 1) await endpoints.source.service.set(`a:${index}`, 'old');
      report = await runLiveCopy(endpoints, {
        match: 'a:*',
        checkpointPath: join(dir, 'a.json'),
        afterRead: async (keys) => {
          if (has(keys, 'a:7')) await dualWrite(endpoints, 'SET', 'a:7', 'new');
        },
      });
    });

    it('should keep the newer value on the target', async () => {
      expect(await endpoints.target.service.get('a:7')).toBe('new');
    });

    it('should count it as skippedNewer and copy the others', () => {
      expect(report).toMatchObject({ live: true, scanned: 20, copied: 19, skippedNewer: 1, failed: 0 });
    });
  });

  describe('having the application delete a key while the copy holds its DUMP', () => {
    let report: CopyReport;

    beforeAll(async () => {
      await endpoints.source.service.set('b:gone', 'value');
      await endpoints.source.service.set('b:kept', 'value');
      report = await runLiveCopy(endpoints, {
        match: 'b:*',
        checkpointPath: join(dir, 'b.json'),
        afterRead: async (keys) => {
          if (has(keys, 'b:gone')) await dualWrite(endpoints, 'DEL', 'b:gone');
        },
      });
    });

    it('should not resurrect it on the target', async () => {
      expect(await endpoints.target.service.exists(['b:gone', 'b:kept'])).toBe(1);
    });

    it('should count it as deletedMeanwhile, not copied', () => {
      expect(report).toMatchObject({ copied: 1, deletedMeanwhile: 1 });
    });
  });

  describe('having a key expire while the copy holds its DUMP', () => {
    let report: CopyReport;

    beforeAll(async () => {
      await endpoints.source.service.set('c:short', 'value', { ttl: { milliseconds: 200 } });
      await endpoints.source.service.set('c:long', 'value', { ttl: { milliseconds: 600_000 } });
      report = await runLiveCopy(endpoints, {
        match: 'c:*',
        checkpointPath: join(dir, 'c.json'),
        afterRead: async (keys) => {
          if (has(keys, 'c:short')) await new Promise((resolve) => setTimeout(resolve, 300));
        },
      });
    });

    it('should not create it on the target', async () => {
      expect(await endpoints.target.service.exists('c:short')).toBe(0);
    });

    it('should restore the other with its absolute expiry', async () => {
      const [onSource, onTarget] = await Promise.all([
        endpoints.source.service.pexpiretime('c:long'),
        endpoints.target.service.pexpiretime('c:long'),
      ]);
      expect([report.expired, onTarget]).toStrictEqual([1, onSource]);
    });
  });

  describe('having the application write a big key on the target while its chunks are copied', () => {
    let report: CopyReport;

    beforeAll(async () => {
      const fields = Object.fromEntries(Array.from({ length: 300 }, (_, at) => [`f${at}`, 'x'.repeat(50)]));
      await endpoints.source.service.hset('big:h', fields);
      report = await runLiveCopy(endpoints, {
        match: 'big:*',
        bigKeyBytes: 1_000,
        checkpointPath: join(dir, 'big.json'),
        afterRead: async (keys) => {
          if (has(keys, 'big:h')) await dualWrite(endpoints, 'HSET', 'big:h', 'f0', 'newer');
        },
      });
    });

    it("should not put the built copy over the application's write", async () => {
      expect([report.skippedNewer, await endpoints.target.service.hlen('big:h')]).toStrictEqual([1, 1]);
    });
  });

  describe('compareAndDelete', () => {
    it('should delete a key still holding the fingerprinted value', async () => {
      await endpoints.target.service.set('cad:same', 'v');
      const dump = (await endpoints.target.service.dump('cad:same')) ?? Buffer.alloc(0);
      expect(
        await compareAndDelete(endpoints.target.service, Buffer.from('cad:same'), payloadFingerprint(dump)),
      ).toBe(true);
    });

    it('should keep a key written since the fingerprint was taken', async () => {
      await endpoints.target.service.set('cad:changed', 'v');
      const dump = (await endpoints.target.service.dump('cad:changed')) ?? Buffer.alloc(0);
      await endpoints.target.service.set('cad:changed', 'newer');
      const deleted = await compareAndDelete(
        endpoints.target.service,
        Buffer.from('cad:changed'),
        payloadFingerprint(dump),
      );
      expect([deleted, await endpoints.target.service.get('cad:changed')]).toStrictEqual([false, 'newer']);
    });
  });
});
