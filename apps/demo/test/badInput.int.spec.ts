// Bad input over HTTP and Socket.IO gets the documented error code, nothing is stored, and the socket
// stays connected. Validation does not depend on the mode: the standalone server is enough.
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../src/models/ChatMessage.js';
import type { DemoApp } from '../src/models/DemoApp.js';
import { unique } from './support/demoEnv.js';
import { getJson, postJson } from './support/http.js';
import { join, nextEvent, request, SocketClients, type Reply } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

const maxMessageLength = 20;

describe('demo input validation', () => {
  const apps = new DemoInstances();
  const clients = new SocketClients();
  let app: DemoApp;
  let room = '';
  let user = '';
  beforeAll(async () => {
    app = await apps.start('standalone', { maxMessageLength, rateLimitMax: 1000 });
  });
  beforeEach(() => {
    room = unique('room');
    user = unique('ada');
  });
  afterAll(async () => {
    clients.closeAll();
    await apps.closeAll();
  });

  async function storedTexts(): Promise<string[]> {
    const history = await getJson<{ messages: ChatMessage[] }>(`${app.url}/rooms/${room}/messages`);
    return history.body.messages.map((message) => message.text);
  }

  describe('POST /rooms/:room/messages', () => {
    const cases: [string, () => Promise<{ status: number; body: Reply }>, number, string][] = [
      [
        'an invalid room',
        () => postJson(`${app.url}/rooms/no%20spaces/messages`, { user, text: 'hi' }),
        400,
        'INVALID_ROOM',
      ],
      [
        'a room that is too long',
        () => postJson(`${app.url}/rooms/${'r'.repeat(33)}/messages`, { user, text: 'hi' }),
        400,
        'INVALID_ROOM',
      ],
      ['no user', () => postJson(`${app.url}/rooms/${room}/messages`, { text: 'hi' }), 400, 'INVALID_USER'],
      [
        'a user with a brace',
        () => postJson(`${app.url}/rooms/${room}/messages`, { user: '{x}', text: 'hi' }),
        400,
        'INVALID_USER',
      ],
      ['no text', () => postJson(`${app.url}/rooms/${room}/messages`, { user }), 400, 'INVALID_MESSAGE'],
      [
        'a blank text',
        () => postJson(`${app.url}/rooms/${room}/messages`, { user, text: '   ' }),
        400,
        'INVALID_MESSAGE',
      ],
      [
        'a text over the limit',
        () => postJson(`${app.url}/rooms/${room}/messages`, { user, text: 'x'.repeat(maxMessageLength + 1) }),
        400,
        'MESSAGE_TOO_LONG',
      ],
      [
        'a JSON array',
        () => postJson(`${app.url}/rooms/${room}/messages`, [user, 'hi']),
        400,
        'INVALID_PAYLOAD',
      ],
      [
        'malformed JSON',
        () => postJson(`${app.url}/rooms/${room}/messages`, '{"user":'),
        400,
        'INVALID_JSON',
      ],
      ['an empty JSON body', () => postJson(`${app.url}/rooms/${room}/messages`, ''), 400, 'INVALID_JSON'],
      [
        'a text/plain body',
        () => postJson(`${app.url}/rooms/${room}/messages`, 'hi', 'text/plain'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'a 20 KB body',
        () => postJson(`${app.url}/rooms/${room}/messages`, { user, text: 'x'.repeat(20_000) }),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];

    describe.each(cases)('having %s', (_title, send, status, code) => {
      it(`should answer ${status} ${code}`, async () => {
        const response = await send();
        expect([response.status, response.body.error?.code]).toStrictEqual([status, code]);
      });

      it('should store nothing', async () => {
        await send();
        expect(await storedTexts()).toStrictEqual([]);
      });
    });

    describe('having valid input', () => {
      it('should answer 201 with the stored message', async () => {
        const response = await postJson(`${app.url}/rooms/${room}/messages`, { user, text: ' hi ' });
        expect([response.status, response.body['message']]).toMatchObject([201, { room, user, text: 'hi' }]);
      });
    });
  });

  describe('GET /rooms/:room/messages', () => {
    it.each(['0', '-1', 'ten', '100000'])('should answer 400 INVALID_LIMIT to limit=%s', async (limit) => {
      const response = await getJson<Reply>(`${app.url}/rooms/${room}/messages?limit=${limit}`);
      expect([response.status, response.body.error?.code]).toStrictEqual([400, 'INVALID_LIMIT']);
    });
  });

  describe('an unknown route', () => {
    it('should answer 404 NOT_FOUND in the same shape', async () => {
      const response = await getJson<Reply>(`${app.url}/nope`);
      expect([response.status, response.body.error?.code]).toStrictEqual([404, 'NOT_FOUND']);
    });
  });

  describe('Socket.IO', () => {
    let socket: Socket;
    beforeEach(async () => {
      socket = await clients.connect(app.url);
    });

    const joinCases: [string, unknown, string][] = [
      ['no payload', undefined, 'INVALID_PAYLOAD'],
      ['a string payload', 'lobby', 'INVALID_PAYLOAD'],
      ['no room', { user: 'ada' }, 'INVALID_ROOM'],
      ['a room with a hash tag', { room: '{lobby}', user: 'ada' }, 'INVALID_ROOM'],
      ['no user', { room: 'lobby' }, 'INVALID_USER'],
      ['a user that is too long', { room: 'lobby', user: 'a'.repeat(25) }, 'INVALID_USER'],
    ];

    describe.each(joinCases)('join having %s', (_title, payload, code) => {
      it(`should ack ${code} and keep the socket connected`, async () => {
        const reply = await request(socket, 'join', payload);
        expect([reply.error?.code, socket.connected]).toStrictEqual([code, true]);
      });
    });

    describe('post before join', () => {
      it('should ack NOT_JOINED', async () => {
        expect((await request(socket, 'post', { text: 'hi' })).error?.code).toBe('NOT_JOINED');
      });
    });

    const postCases: [string, unknown, string][] = [
      ['no payload', undefined, 'INVALID_PAYLOAD'],
      ['no text', {}, 'INVALID_MESSAGE'],
      ['a number as text', { text: 42 }, 'INVALID_MESSAGE'],
      ['a text over the limit', { text: 'x'.repeat(maxMessageLength + 1) }, 'MESSAGE_TOO_LONG'],
    ];

    describe.each(postCases)('post having %s', (_title, payload, code) => {
      it(`should ack ${code}, store nothing and keep the socket usable`, async () => {
        await join(socket, room, user);
        const reply = await request(socket, 'post', payload);
        const after = await request(socket, 'post', { text: 'still here' });
        expect([reply.error?.code, after.ok, await storedTexts()]).toStrictEqual([
          code,
          true,
          ['still here'],
        ]);
      });
    });

    describe('post without an ack callback', () => {
      it('should emit an error event naming the event', async () => {
        await join(socket, room, user);
        const error = nextEvent<Reply & { event: string }>(socket, 'error');
        socket.emit('post', { text: '' });
        expect(await error).toMatchObject({ event: 'post', error: { code: 'INVALID_MESSAGE' } });
      });
    });
  });
});
