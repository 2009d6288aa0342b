// The per-user rate limit lives in Redis: it holds over every instance, stores nothing when exceeded,
// keeps the socket connected, and lets the user post again once the window has passed.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../src/models/ChatMessage.js';
import { modes, unique } from './support/demoEnv.js';
import { getJson, postJson } from './support/http.js';
import { join, request, SocketClients, type Reply } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

const limits = { rateLimitMax: 2, rateLimitWindowMs: 1000 };

describe.each(modes)('demo rate limit (%s)', (mode) => {
  const apps = new DemoInstances();
  const clients = new SocketClients();
  afterEach(async () => {
    clients.closeAll();
    await apps.closeAll();
  });

  describe('having a user over the limit on a socket', () => {
    it('should ack RATE_LIMITED with retryAfterMs, store nothing and keep the socket connected', async () => {
      const app = await apps.start(mode, limits);
      const [room, user] = [unique('room'), unique('ada')];
      const socket = await clients.connect(app.url);
      await join(socket, room, user);
      await request(socket, 'post', { text: 'one' });
      await request(socket, 'post', { text: 'two' });
      const limited = await request(socket, 'post', { text: 'three' });
      const history = await getJson<{ messages: ChatMessage[] }>(`${app.url}/rooms/${room}/messages`);
      expect({
        code: limited.error?.code,
        retryAfter: (limited.error?.retryAfterMs ?? 0) > 0,
        texts: history.body.messages.map((message) => message.text),
        connected: socket.connected,
      }).toStrictEqual({ code: 'RATE_LIMITED', retryAfter: true, texts: ['one', 'two'], connected: true });
    });

    it('should accept the next post once the window has passed', async () => {
      const app = await apps.start(mode, limits);
      const [room, user] = [unique('room'), unique('ada')];
      const socket = await clients.connect(app.url);
      await join(socket, room, user);
      for (const text of ['one', 'two', 'three']) await request(socket, 'post', { text });
      await sleep(limits.rateLimitWindowMs + 100);
      expect((await request(socket, 'post', { text: 'later' })).ok).toBe(true);
    });
  });

  describe('having a user posting over HTTP on two instances', () => {
    it('should count the posts of both instances and answer 429 with Retry-After', async () => {
      const [a, b] = await Promise.all([apps.start(mode, limits), apps.start(mode, limits)]);
      const [room, user] = [unique('room'), unique('ada')];
      await postJson(`${a.url}/rooms/${room}/messages`, { user, text: 'one' });
      await postJson(`${b.url}/rooms/${room}/messages`, { user, text: 'two' });
      const limited = await postJson<Reply>(`${a.url}/rooms/${room}/messages`, { user, text: 'three' });
      expect([limited.status, limited.body.error?.code, limited.headers.get('retry-after')]).toStrictEqual([
        429,
        'RATE_LIMITED',
        '1',
      ]);
    });
  });
});
