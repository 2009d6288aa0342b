import type { FastifyBaseLogger } from 'fastify';
import type { Server } from 'socket.io';
import { asPayload } from '../calculations/asPayload.js';
import { validateMessageText } from '../calculations/validateMessageText.js';
import { validateRoom } from '../calculations/validateRoom.js';
import { validateUser } from '../calculations/validateUser.js';
import { DemoError } from '../models/DemoError.js';
import type { DemoSettings } from '../models/DemoSettings.js';
import type {
  ClientToServerEvents,
  JoinReply,
  PostReply,
  ServerToClientEvents,
} from '../models/SocketEvents.js';
import type { ChatService } from './ChatService.js';
import type { LiveStatusFeed } from './LiveStatusFeed.js';
import type { MessageStore } from './MessageStore.js';
import { respond } from './respond.js';
import type { RoomMembership } from './RoomMembership.js';

/** What the socket handlers use. */
export interface SocketHandlerDependencies {
  readonly settings: DemoSettings;
  readonly store: MessageStore;
  readonly chat: ChatService;
  readonly membership: RoomMembership;
  /** Makes connection IDs unique over instances. */
  readonly instanceId: string;
  readonly log: FastifyBaseLogger;
  /** The live panel's current status, sent to a socket as it connects. */
  readonly liveStatus: Pick<LiveStatusFeed, 'current'>;
}

/**
 * The Socket.IO protocol: `join` and `post` with acks; `message`, `presence` and `status` from the server.
 */
export function registerSocketHandlers(
  io: Server<ClientToServerEvents, ServerToClientEvents>,
  deps: SocketHandlerDependencies,
): void {
  const { settings, store, chat, membership, log } = deps;
  io.on('connection', (socket) => {
    socket.emit('status', deps.liveStatus.current());
    socket.on('join', (...args) => {
      void respond(
        socket,
        'join',
        args,
        async (payload): Promise<Omit<JoinReply, 'ok'>> => {
          const input = asPayload(payload, '{ "room": "lobby", "user": "ada" }');
          const room = validateRoom(input['room']);
          const user = validateUser(input['user']);
          const previous = membership.entryOf(socket.id);
          if (previous !== undefined && previous.room !== room) await socket.leave(previous.room);
          await socket.join(room);
          const presence = await membership.enter(socket.id, {
            room,
            user,
            connection: `${deps.instanceId}:${socket.id}`,
          });
          // Closed while joining: its `disconnect` ran before the entry existed, so leave now, or the
          // heartbeat would keep a ghost present.
          if (socket.disconnected) membership.leave(socket.id);
          const history = await store.recent(room, settings.historyPageSize);
          return { room, user, instance: deps.instanceId, history, presence };
        },
        log,
      );
    });

    socket.on('post', (...args) => {
      void respond(
        socket,
        'post',
        args,
        async (payload): Promise<Omit<PostReply, 'ok'>> => {
          const input = asPayload(payload, '{ "text": "hello" }');
          const joined = membership.entryOf(socket.id);
          if (joined === undefined)
            throw new DemoError('NOT_JOINED', 'Join a room first: emit "join" with { room, user }.');
          const text = validateMessageText(input['text'], settings.maxMessageLength);
          return { message: await chat.post(joined.room, joined.user, text) };
        },
        log,
      );
    });

    socket.on('disconnect', () => {
      membership.leave(socket.id);
    });
  });
}
