import type { FastifyInstance } from 'fastify';
import { asPayload } from '../calculations/asPayload.js';
import { parseHistoryLimit } from '../calculations/parseHistoryLimit.js';
import { validateMessageText } from '../calculations/validateMessageText.js';
import { validateRoom } from '../calculations/validateRoom.js';
import { validateUser } from '../calculations/validateUser.js';
import type { DemoSettings } from '../models/DemoSettings.js';
import type { ChatService } from './ChatService.js';
import type { MessageStore } from './MessageStore.js';
import type { RoomStatsCache } from './RoomStatsCache.js';

/** What the room routes use. */
export interface RoomRouteDependencies {
  readonly settings: DemoSettings;
  readonly store: MessageStore;
  readonly chat: ChatService;
  readonly stats: RoomStatsCache;
}

interface RoomParams {
  readonly room: string;
}

/** `GET`/`POST /rooms/:room/messages` and `GET /rooms/:room/stats`. Errors go to the error handler. */
export function registerRoomRoutes(app: FastifyInstance, deps: RoomRouteDependencies): void {
  const { settings, store, chat, stats } = deps;

  app.get<{ Params: RoomParams; Querystring: { readonly limit?: unknown } }>(
    '/rooms/:room/messages',
    async (request) => {
      const room = validateRoom(request.params.room);
      const limit = parseHistoryLimit(
        request.query.limit,
        settings.historyPageSize,
        settings.historyMaxLength,
      );
      return { room, messages: await store.recent(room, limit) };
    },
  );

  app.post<{ Params: RoomParams; Body: unknown }>('/rooms/:room/messages', async (request, reply) => {
    const room = validateRoom(request.params.room);
    const input = asPayload(request.body, '{ "user": "ada", "text": "hello" }');
    const user = validateUser(input['user']);
    const text = validateMessageText(input['text'], settings.maxMessageLength);
    return reply.code(201).send({ message: await chat.post(room, user, text) });
  });

  app.get<{ Params: RoomParams }>('/rooms/:room/stats', async (request, reply) => {
    const found = await stats.get(validateRoom(request.params.room));
    return reply
      .header('x-cache', found.cached ? 'hit' : 'miss')
      .send({ ...found.stats, cached: found.cached });
  });
}
