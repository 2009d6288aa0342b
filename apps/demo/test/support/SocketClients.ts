import { io, type Socket } from 'socket.io-client';

/** What the server acks: a success with `ok: true`, or `{ error: { code, message } }`. */
export type Reply = Record<string, unknown> & {
  readonly ok?: true;
  readonly error?: { readonly code: string; readonly message: string; readonly retryAfterMs?: number };
};

/** Socket.IO clients opened by a test; `closeAll()` in `afterEach` disconnects them. */
export class SocketClients {
  private readonly sockets = new Set<Socket>();

  /** Connects to `url` over WebSocket, without reconnecting (a test sees a drop as a drop). */
  public async connect(url: string): Promise<Socket> {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 5000 });
    this.sockets.add(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  }

  /** Disconnects every client. */
  public closeAll(): void {
    for (const socket of this.sockets) socket.disconnect();
    this.sockets.clear();
  }
}

/** Emits `event` with `payload` and resolves with the server's ack. */
export function request(socket: Socket, event: string, payload?: unknown): Promise<Reply> {
  const args = payload === undefined ? [] : [payload];
  return socket.timeout(5000).emitWithAck(event, ...args) as Promise<Reply>;
}

/** Joins `room` as `user` and checks that the server accepted it. */
export async function join(socket: Socket, room: string, user: string): Promise<Reply> {
  const reply = await request(socket, 'join', { room, user });
  if (reply.ok !== true) throw new Error(`join failed: ${JSON.stringify(reply)}`);
  return reply;
}

/**
 * The next `event` whose payload passes `match`, within `timeoutMs`. Listen before acting, then await.
 */
export function nextEvent<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching "${event}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T): void => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}
