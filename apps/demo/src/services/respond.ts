import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'socket.io';
import { toErrorBody } from '../calculations/toErrorBody.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../models/SocketEvents.js';

/**
 * Runs a socket event handler and answers the client: the result (plus `ok: true`) or the error body
 * in the ack, or, when the client gave no ack callback, an `error` event. The socket stays connected
 * either way: bad input is the client's problem, not a reason to drop it.
 *
 * @param socket - the client's socket.
 * @param event - the event name, for the `error` event and the log.
 * @param args - the event's arguments; Socket.IO appends the ack callback when the client wants one.
 * @param run - the handler, given the payload (the first argument that is not the ack).
 * @param log - where server-side failures (5xx) are logged.
 * @returns a promise that never rejects (handlers are fire-and-forget for Socket.IO).
 */
export function respond(
  socket: Socket<ClientToServerEvents, ServerToClientEvents>,
  event: string,
  args: readonly unknown[],
  run: (payload: unknown) => Promise<object>,
  log: FastifyBaseLogger,
): Promise<void> {
  const last = args.at(-1);
  // `socket.emit('join', callback)` has no payload: the callback is then the only argument.
  const answer = typeof last === 'function' ? (last as (reply: unknown) => void) : undefined;
  const payload = answer !== undefined && args.length === 1 ? undefined : args[0];
  return Promise.resolve()
    .then(() => run(payload))
    .then(
      (result) => answer?.({ ok: true, ...result }),
      (error: unknown) => {
        const { status, body } = toErrorBody(error);
        if (status >= 500) log.error({ err: error, event }, 'socket event failed');
        if (answer === undefined) socket.emit('error', { ...body, event });
        else answer(body);
      },
    );
}
