// Two app instances on one Redis form one chat, in both modes: posts fan out through the Socket.IO Redis
// adapter (sharded in cluster mode), history and presence live in Redis.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../src/models/ChatMessage.js';
import type { Presence } from '../src/models/Presence.js';
import { modes, unique } from './support/demoEnv.js';
import { getJson, postJson } from './support/http.js';
import { join, nextEvent, request, SocketClients } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

describe.each(modes)('demo fan-out (%s)', (mode) => {
  // Unique user names per test: the rate limit is per user, over every test of the run.
  let ada = '';
  let bob = '';
  beforeEach(() => {
    ada = unique('ada');
    bob = unique('bob');
  });
  const apps = new DemoInstances();
  const clients = new SocketClients();
  afterEach(async () => {
    clients.closeAll();
    await apps.closeAll();
  });

  describe('having a client on instance A and one on instance B in the same room', () => {
    it('should deliver a message posted on A to the client on B', async () => {
      const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
      const room = unique('room');
      const [onA, onB] = await Promise.all([clients.connect(a.url), clients.connect(b.url)]);
      await join(onA, room, ada);
      await join(onB, room, bob);
      const received = nextEvent<ChatMessage>(onB, 'message');
      await request(onA, 'post', { text: 'hello from A' });
      expect(await received).toMatchObject({ room, user: ada, text: 'hello from A' });
    });

    it('should deliver a message posted over HTTP on B to the client on A', async () => {
      const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
      const room = unique('room');
      const onA = await clients.connect(a.url);
      await join(onA, room, ada);
      const received = nextEvent<ChatMessage>(onA, 'message');
      await postJson(`${b.url}/rooms/${room}/messages`, { user: bob, text: 'hello over HTTP' });
      expect(await received).toMatchObject({ room, user: bob, text: 'hello over HTTP' });
    });

    it('should not deliver it to a client in another room', async () => {
      const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
      const [room, other] = [unique('room'), unique('other')];
      const [onA, onB] = await Promise.all([clients.connect(a.url), clients.connect(b.url)]);
      await join(onA, room, ada);
      await join(onB, other, bob);
      const leaked = nextEvent<ChatMessage>(onB, 'message', () => true, 500).then(
        () => true,
        () => false,
      );
      await request(onA, 'post', { text: 'only for my room' });
      expect(await leaked).toBe(false);
    });

    it('should count presence over both instances', async () => {
      const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
      const room = unique('room');
      const onA = await clients.connect(a.url);
      await join(onA, room, ada);
      const both = nextEvent<Presence>(onA, 'presence', (presence) => presence.count === 2);
      await join(await clients.connect(b.url), room, bob);
      expect(await both).toStrictEqual({ room, count: 2, users: [ada, bob].sort() });
    });

    it('should count a client out when it disconnects from the other instance', async () => {
      const [a, b] = await Promise.all([apps.start(mode), apps.start(mode)]);
      const room = unique('room');
      const onA = await clients.connect(a.url);
      const onB = await clients.connect(b.url);
      await join(onA, room, ada);
      await join(onB, room, bob);
      const alone = nextEvent<Presence>(onA, 'presence', (presence) => presence.count === 1);
      onB.disconnect();
      expect(await alone).toStrictEqual({ room, count: 1, users: [ada] });
    });
  });

  describe('having REDIS_KEY_PREFIX set', () => {
    it('should still fan out (channels are not prefixed) and keep history under the prefix', async () => {
      const prefixed = { REDIS_KEY_PREFIX: `${unique('pfx')}:` };
      const [a, b] = await Promise.all([apps.start(mode, {}, prefixed), apps.start(mode, {}, prefixed)]);
      const room = unique('room');
      const [onA, onB] = await Promise.all([clients.connect(a.url), clients.connect(b.url)]);
      await join(onA, room, ada);
      await join(onB, room, bob);
      const received = nextEvent<ChatMessage>(onB, 'message');
      await request(onA, 'post', { text: 'prefixed' });
      const history = await getJson<{ messages: ChatMessage[] }>(`${b.url}/rooms/${room}/messages`);
      expect([(await received).text, history.body.messages.length]).toStrictEqual(['prefixed', 1]);
    });
  });

  describe('having a client that joins its room again under another name', () => {
    it('should list only the new name in the presence', async () => {
      const app = await apps.start(mode);
      const room = unique('room');
      const socket = await clients.connect(app.url);
      await join(socket, room, ada);
      const reply = await join(socket, room, bob);
      expect(reply['presence']).toStrictEqual({ room, count: 1, users: [bob] });
    });
  });

  describe('having messages posted before every instance restarted', () => {
    it('should return them from the history endpoint of a new instance', async () => {
      const first = await apps.start(mode);
      const room = unique('room');
      for (const text of ['one', 'two', 'three'])
        await postJson(`${first.url}/rooms/${room}/messages`, { user: ada, text });
      await apps.close(first);
      const restarted = await apps.start(mode);
      const history = await getJson<{ messages: ChatMessage[] }>(`${restarted.url}/rooms/${room}/messages`);
      expect(history.body.messages.map((message) => message.text)).toStrictEqual(['one', 'two', 'three']);
    });

    it('should send them in the join ack of a new instance', async () => {
      const first = await apps.start(mode);
      const room = unique('room');
      await postJson(`${first.url}/rooms/${room}/messages`, { user: ada, text: 'before the restart' });
      await apps.close(first);
      const restarted = await apps.start(mode);
      const reply = await join(await clients.connect(restarted.url), room, bob);
      expect((reply['history'] as ChatMessage[]).map((message) => message.text)).toStrictEqual([
        'before the restart',
      ]);
    });
  });

  describe('having more messages than the history keeps', () => {
    it('should keep only the latest ones (XADD MAXLEN)', async () => {
      const app = await apps.start(mode, { historyMaxLength: 3, historyPageSize: 3, rateLimitMax: 100 });
      const room = unique('room');
      for (const text of ['1', '2', '3', '4', '5'])
        await postJson(`${app.url}/rooms/${room}/messages`, { user: ada, text });
      const history = await getJson<{ messages: ChatMessage[] }>(`${app.url}/rooms/${room}/messages?limit=3`);
      expect(history.body.messages.map((message) => message.text)).toStrictEqual(['3', '4', '5']);
    });
  });
});
