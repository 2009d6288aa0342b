import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStandalone, hasExited, isAlive } from '../../test/connect.js';
import { TestkitError } from '../models/TestkitError.js';
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

  describe('having replicas: 1', () => {
    let redis: RedisStandaloneTopology;

    beforeAll(async () => {
      redis = await startLocalStandalone({ replicas: 1 });
    });
    afterAll(async () => {
      await redis.stop();
    });

    const onReplica = () => {
      const replica = redis.replicas[0]!;
      return connectStandalone({ ...redis, host: replica.host, port: replica.port });
    };

    it('should list the replica after the server in nodes, replicating it', () => {
      expect(redis.nodes.map((node) => [node.role, node.replicaOf])).toEqual([
        ['standalone', undefined],
        ['replica', redis.nodes[0]!.id],
      ]);
    });

    it('should resolve with the replica in sync (WAIT 1 acknowledged at once)', async () => {
      const master = await connectStandalone(redis);
      try {
        await master.set('replicated', 'yes');
        expect(await master.call('WAIT', 1, 1_000)).toBe(1);
      } finally {
        master.disconnect();
      }
    });

    it('should serve the written value on the replica', async () => {
      const replica = await onReplica();
      try {
        expect(await replica.get('replicated')).toBe('yes');
      } finally {
        replica.disconnect();
      }
    });

    it('should make WAIT count no replica while the replica is paused', async () => {
      const master = await connectStandalone(redis);
      const replica = redis.replicas[0]!;
      try {
        await redis.pauseNode(replica.id);
        await master.set('while-paused', 'yes');
        expect(await master.call('WAIT', 1, 300)).toBe(0);
      } finally {
        await redis.resumeNode(replica.id);
        master.disconnect();
      }
    });
  });

  describe('having replicas: 1, stopped', () => {
    it('should leave neither process behind, checked by PID', async () => {
      const redis = await startLocalStandalone({ replicas: 1 });
      const pids = redis.nodes.map((node) => node.pid!);
      await redis.stop();
      expect(await Promise.all(pids.map((pid) => hasExited(pid)))).toEqual([true, true]);
    });
  });

  describe.each([[-1], [1.5]])('having replicas: %s', (replicas) => {
    it('should throw START_FAILED before starting anything', async () => {
      const error: unknown = await startLocalStandalone({ replicas }).catch((caught: unknown) => caught);
      expect([error instanceof TestkitError, (error as TestkitError).code]).toEqual([true, 'START_FAILED']);
    });
  });
});
