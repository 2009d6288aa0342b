// The page's live panel (`status` socket event): what it shows in both modes, how fast it says that
// Redis is down, and a cluster master going down as the panel shows it.
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveStatus } from '../src/models/LiveStatus.js';
import { migratingEnv, modes, nodeList, unique } from './support/demoEnv.js';
import { join, nextEvent, request, SocketClients } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

const statusOf = (
  socket: Socket,
  match: (status: LiveStatus) => boolean,
  timeoutMs = 5000,
): Promise<LiveStatus> => nextEvent<LiveStatus>(socket, 'status', match, timeoutMs);

describe('live panel', () => {
  const apps = new DemoInstances();
  const clients = new SocketClients();
  afterEach(async () => {
    clients.closeAll();
    await apps.closeAll();
  });

  describe.each(modes)('on the shared %s servers', (mode) => {
    it('should send the mode and every node up, and count the commands of this instance', async () => {
      // No connection name: the factory names the client `default`, and that is the label to follow.
      const app = await apps.start(mode);
      const socket = await clients.connect(app.url);
      const first = await statusOf(socket, (status) => status.redis !== 'unknown');
      await join(socket, unique('room'), 'ada');
      for (let i = 0; i < 5; i++) await request(socket, 'post', { text: `hello ${i}` });
      const busy = await statusOf(socket, (status) => status.commandsPerSecond > 0);
      const roles = first.nodes.map((node) => `${node.role}:${node.status}`).sort();
      expect([first.instance, first.mode, first.redis, roles, first.slots, busy.lastErrors]).toStrictEqual([
        app.instanceId,
        mode,
        'up',
        mode === 'standalone'
          ? ['standalone:up']
          : ['master:up', 'master:up', 'master:up', 'replica:up', 'replica:up', 'replica:up'],
        mode === 'standalone' ? undefined : { ok: 16_384, assigned: 16_384, total: 16_384 },
        [],
      ]);
    });
  });

  describe('in migrating mode (dual-write, source the shared standalone, target the shared cluster)', () => {
    it("should send the phase and count the commands of both sides' clients", async () => {
      const app = await apps.startOn(migratingEnv());
      const socket = await clients.connect(app.url);
      const first = await statusOf(socket, (status) => status.redis !== 'unknown');
      await join(socket, unique('room'), 'ada');
      for (let i = 0; i < 5; i++) await request(socket, 'post', { text: `hello ${i}` });
      const busy = await statusOf(socket, (status) => status.commandsPerSecond > 0);
      expect([first.redis, first.phase, first.mode, busy.lastErrors]).toStrictEqual([
        'up',
        'dual-write',
        'standalone',
        [],
      ]);
    });
  });

  describe('with its standalone Redis killed and restarted', () => {
    let server: RedisStandaloneTopology;
    beforeAll(async () => {
      server = await startStandalone();
    });
    afterAll(async () => {
      await server.stop();
    });

    it('should say down within a second, list the failed commands, and say up once it is back', async () => {
      const app = await apps.start(
        'standalone',
        {},
        {
          REDIS_URL: server.url,
          REDIS_CONNECTION_NAME: unique('panel'),
          REDIS_COMMAND_TIMEOUT_MS: '500',
        },
      );
      const socket = await clients.connect(app.url);
      await statusOf(socket, (status) => status.redis === 'up');
      await join(socket, unique('room'), 'ada');

      const down = statusOf(socket, (status) => status.redis === 'down');
      const killedAt = Date.now();
      await server.killNode(server.nodes[0]!.id);
      const downStatus = await down;
      const noticeMs = Date.now() - killedAt;

      const failed = await request(socket, 'post', { text: 'while down' });
      const listed = await statusOf(socket, (status) => status.lastErrors.length > 0);
      const up = statusOf(
        socket,
        (status) => status.redis === 'up' && status.nodes[0]?.status === 'up',
        15_000,
      );
      await server.restartNode(server.nodes[0]!.id);
      await up;

      expect([noticeMs < 1000, downStatus.downSince, failed.error?.code, listed.lastErrors[0]]).toStrictEqual(
        [
          true,
          expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          'REDIS_UNAVAILABLE',
          {
            at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
            command: expect.stringMatching(/^[a-z.]+$/) as unknown,
            code: expect.stringMatching(/^[A-Z_]+$/) as unknown,
          },
        ],
      );
    }, 40_000);
  });

  describe('with a cluster master killed', () => {
    let cluster: RedisClusterTopology;
    beforeAll(async () => {
      cluster = await startCluster({ replicasPerMaster: 0 });
    }, 60_000);
    afterAll(async () => {
      await cluster.stop();
    });

    it('should show that master down and its slots no longer served', async () => {
      const app = await apps.startOn({
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: nodeList(cluster.startupNodes),
        REDIS_CONNECTION_NAME: unique('panel'),
        REDIS_COMMAND_TIMEOUT_MS: '1000',
      });
      const socket = await clients.connect(app.url);
      await statusOf(socket, (status) => status.redis === 'up');
      const [victim] = await cluster.masters();
      const address = `${victim!.host}:${victim!.port}`;
      const seen = statusOf(
        socket,
        (status) => status.nodes.some((node) => node.address === address && node.status === 'down'),
        10_000,
      );
      await cluster.killNode(victim!.id);
      const status = await seen;
      expect([status.redis, (status.slots?.ok ?? 0) < 16_384, status.slots?.assigned]).toStrictEqual([
        expect.stringMatching(/^(degraded|down)$/),
        true,
        16_384,
      ]);
    }, 60_000);
  });
});
