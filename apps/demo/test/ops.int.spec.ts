// /health, /metrics and the cached room stats.
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { modes, unique } from './support/demoEnv.js';
import { getJson, postJson } from './support/http.js';
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
