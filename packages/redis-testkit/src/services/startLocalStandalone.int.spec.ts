import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStandalone, isAlive } from '../../test/connect.js';
import type { RedisStandaloneTopology } from '../models/RedisTopology.js';
import { startLocalStandalone } from './startLocalStandalone.js';

describe(startLocalStandalone, () => {
  describe('.stop', () => {
    describe('having a running server', () => {
      let pid: number;
      let logDir: string;

      beforeAll(async () => {
        const redis = await startLocalStandalone();
        pid = redis.nodes[0]!.pid!;
        const client = await connectStandalone(redis);
        logDir = dirname(String((await client.config('GET', 'dir'))[1]));
        client.disconnect();
        await redis.stop();
      });

      it('should leave no process behind, checked by PID', () => {
        expect(isAlive(pid)).toBe(false);
      });

      it('should remove its temp dir', () => {
        expect(existsSync(logDir)).toBe(false);
      });
    });
  });

  describe('.pauseNode', () => {
    let redis: RedisStandaloneTopology;

    beforeAll(async () => {
      redis = await startLocalStandalone();
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('should make commands time out while paused', async () => {
      const client = await connectStandalone(redis, { commandTimeout: 300 });
      try {
        await redis.pauseNode(redis.nodes[0]!.id);
        await expect(client.ping()).rejects.toThrow(/timed out/i);
      } finally {
        await redis.resumeNode(redis.nodes[0]!.id);
        client.disconnect();
      }
    });

    it('should answer again after resumeNode', async () => {
      const client = await connectStandalone(redis);
      try {
        expect(await client.ping()).toBe('PONG');
      } finally {
        client.disconnect();
      }
    });
  });

  describe('.restartNode', () => {
    describe('having killed the server', () => {
      let redis: RedisStandaloneTopology;

      beforeAll(async () => {
        redis = await startLocalStandalone();
        await redis.killNode(redis.nodes[0]!.id);
      });
      afterAll(async () => {
        await redis.stop();
      });

      it('should refuse connections while down', async () => {
        await expect(connectStandalone(redis)).rejects.toThrow(/ECONNREFUSED|closed/);
      });

      it('should serve again on the same port', async () => {
        await redis.restartNode(redis.nodes[0]!.id);
        const client = await connectStandalone(redis);
        try {
          expect(await client.ping()).toBe('PONG');
        } finally {
          client.disconnect();
        }
      });
    });

    describe('having an unknown node id', () => {
      it('should throw UNKNOWN_NODE listing the known ids', async () => {
        const redis = await startLocalStandalone();
        try {
          await expect(redis.restartNode('127.0.0.1:1')).rejects.toThrow(`use one of ${redis.nodes[0]!.id}`);
        } finally {
          await redis.stop();
        }
      });
    });
  });
});
