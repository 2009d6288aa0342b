// /health, /metrics and the cached room stats.
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { modes, unique } from './support/demoEnv.js';
import { getJson, getJsonUntil, postJson } from './support/http.js';
import type { Reply } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

describe.each(modes)('demo operations (%s)', (mode) => {
  const apps = new DemoInstances();
  afterEach(async () => {
    await apps.closeAll();
  });

  describe('GET /health', () => {
    it('should answer 200 with the factory health report, status up', async () => {
      const app = await apps.start(mode);
      const health = await getJson<{ status: string; clients: Record<string, { mode: string }> }>(
        `${app.url}/health`,
      );
      expect([health.status, health.body.status, health.body.clients['default']?.mode]).toStrictEqual([
        200,
        'up',
        mode,
      ]);
    });
  });

  describe('GET /instance', () => {
    it("should give the command of a second instance on the same Redis, on the next port", async () => {
      const app = await apps.start(mode);
      const info = await getJson<{ instance: string; mode: string; secondInstance: string | null }>(
        `${app.url}/instance`,
      );
      const port = Number(new URL(app.url).port);
      expect(info.body).toStrictEqual({
        instance: app.instanceId,
        mode,
        secondInstance: expect.stringMatching(
          new RegExp(`^PORT=${port + 1} REDIS_MODE=${mode} REDIS_(URL|CLUSTER_NODES)=\\S+ pnpm demo$`),
        ) as unknown,
      });
    });
  });

  describe('the icon', () => {
    it('should be linked from the page and served as SVG at /favicon.svg and /favicon.ico', async () => {
      const app = await apps.start(mode);
      const page = await (await fetch(`${app.url}/`)).text();
      const icons = await Promise.all(
        ['/favicon.svg', '/favicon.ico'].map(async (path) => {
          const response = await fetch(`${app.url}${path}`);
          return [response.status, response.headers.get('content-type'), (await response.text()).startsWith('<svg')];
        }),
      );
      expect([page.includes('<link rel="icon" href="/favicon.svg"'), icons]).toStrictEqual([
        true,
        [
          [200, 'image/svg+xml', true],
          [200, 'image/svg+xml', true],
        ],
      ]);
    });
  });

  describe('GET /metrics', () => {
    it('should expose redis_client_commands_total in the Prometheus text format', async () => {
      const app = await apps.start(mode);
      await postJson(`${app.url}/rooms/${unique('room')}/messages`, {
        user: unique('ada'),
        text: 'count me',
      });
      const response = await fetch(`${app.url}/metrics`);
      expect([response.headers.get('content-type'), await response.text()]).toStrictEqual([
        expect.stringContaining('text/plain'),
        expect.stringMatching(/^redis_client_commands_total\{[^}]*mode="[a-z]+"[^}]*\} \d+/m),
      ]);
    });
  });

  describe('GET /rooms/:room/stats', () => {
    it('should compute the stats first, then serve them from the cache', async () => {
      const app = await apps.start(mode);
      const room = unique('room');
      await postJson(`${app.url}/rooms/${room}/messages`, { user: unique('ada'), text: 'one' });
      const first = await getJson(`${app.url}/rooms/${room}/stats`);
      const second = await getJson(`${app.url}/rooms/${room}/stats`);
      expect([
        first.headers.get('x-cache'),
        first.body,
        second.headers.get('x-cache'),
        second.body['cached'],
      ]).toStrictEqual([
        'miss',
        expect.objectContaining({ room, messages: 1, stored: 1, cached: false }),
        'hit',
        true,
      ]);
    });

    it('should compute them again after a post', async () => {
      const app = await apps.start(mode);
      const [room, user] = [unique('room'), unique('ada')];
      await postJson(`${app.url}/rooms/${room}/messages`, { user, text: 'one' });
      await getJson(`${app.url}/rooms/${room}/stats`);
      await postJson(`${app.url}/rooms/${room}/messages`, { user, text: 'two' });
      const after = await getJson(`${app.url}/rooms/${room}/stats`);
      expect([after.headers.get('x-cache'), after.body['messages']]).toStrictEqual(['miss', 2]);
    });

    describe('having two instances on the same Redis', () => {
      it('should serve the stats computed on A from the cache on B', async () => {
        const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
        const room = unique('room');
        await postJson(`${a.url}/rooms/${room}/messages`, { user: unique('ada'), text: 'one' });
        const onA = await getJson(`${a.url}/rooms/${room}/stats`);
        const onB = await getJson(`${b.url}/rooms/${room}/stats`);
        expect([onA.body['cached'], onB.headers.get('x-cache'), onB.body]).toStrictEqual([
          false,
          'hit',
          { ...onA.body, cached: true },
        ]);
      });

      it('should compute them again on B after a post on A, long before the TTL', async () => {
        // A TTL far longer than the wait below: only the invalidation can make B compute them again.
        const settings = { statsTtlSeconds: 60 };
        const [a, b] = await Promise.all([apps.start(mode, settings), apps.start(mode, settings)]);
        const [room, user] = [unique('room'), unique('ada')];
        await postJson(`${a.url}/rooms/${room}/messages`, { user, text: 'one' });
        await getJson(`${b.url}/rooms/${room}/stats`);
        // Now in B's memory tier too: only the invalidation over the cache's bus can drop it there.
        const before = await getJson(`${b.url}/rooms/${room}/stats`);
        await postJson(`${a.url}/rooms/${room}/messages`, { user, text: 'two' });
        // Redis is clean when A answers the post; B's memory is dropped when the bus message arrives,
        // a few milliseconds later (more under load, when classic pub/sub crosses the cluster bus).
        const after = await getJsonUntil(
          `${b.url}/rooms/${room}/stats`,
          (response) => response.body['messages'] === 2,
          2_000,
        );
        expect([
          before.headers.get('x-cache'),
          before.body['messages'],
          after.headers.get('x-cache'),
          after.body['messages'],
        ]).toStrictEqual(['hit', 1, 'miss', 2]);
      });
    });

    it('should answer 400 INVALID_ROOM to an invalid room', async () => {
      const app = await apps.start(mode);
      const response = await getJson<Reply>(`${app.url}/rooms/a%7Bb%7D/stats`);
      expect([response.status, response.body.error?.code]).toStrictEqual([400, 'INVALID_ROOM']);
    });
  });
});

describe('demo operations having Redis gone', () => {
  const apps = new DemoInstances();
  let redis: RedisStandaloneTopology | undefined;
  afterEach(async () => {
    await apps.closeAll();
    await redis?.stop();
  });

  // A server of its own, stopped by the test: the shared ones must stay up for the other tests.
  async function startAppThenStopRedis(): Promise<string> {
    redis = await startStandalone();
    const app = await apps.start('standalone', {}, { REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '300' });
    await redis.stop();
    return app.url;
  }

  it('should answer /health with 503 and status down', async () => {
    const url = await startAppThenStopRedis();
    const health = await getJson(`${url}/health`);
    expect([health.status, health.body['status']]).toStrictEqual([503, 'down']);
  });

  it('should answer a post with 503 REDIS_UNAVAILABLE', async () => {
    const url = await startAppThenStopRedis();
    const response = await postJson<Reply>(`${url}/rooms/${unique('room')}/messages`, {
      user: unique('ada'),
      text: 'lost?',
    });
    expect([response.status, response.body.error?.code]).toStrictEqual([503, 'REDIS_UNAVAILABLE']);
  });
});
