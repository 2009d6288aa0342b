import { MessageType, type ClusterMessage, type ClusterResponse } from 'socket.io-adapter';
import { binaryTag, literalTag } from './encodeAdapterMessage.js';

const responseTypes: ReadonlySet<number> = new Set([
  MessageType.FETCH_SOCKETS_RESPONSE,
  MessageType.SERVER_SIDE_EMIT_RESPONSE,
  MessageType.BROADCAST_CLIENT_COUNT,
  MessageType.BROADCAST_ACK,
]);
// A numeric enum: its values are the numbers and, in reverse, the names.
const knownTypes: ReadonlySet<unknown> = new Set(
  Object.values(MessageType).filter((value) => typeof value === 'number'),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const only = keys.length === 1 ? keys[0] : undefined;
  const tagged = only === undefined ? undefined : value[only];
  if (only === binaryTag && typeof tagged === 'string') return Buffer.from(tagged, 'base64');
  // An escaped object of the sender: its own keys are not tags, its members are decoded.
  const members = only === literalTag && isRecord(tagged) ? tagged : value;
  return Object.fromEntries(Object.entries(members).map(([key, member]) => [key, fromWire(member)]));
}

/**
 * Reads what {@link encodeAdapterMessage} wrote: the message, its binary parts as Buffers.
 *
 * @param text - a message received on an adapter channel.
 * @throws SyntaxError when it is not JSON; TypeError when it is not a cluster message (no string
 *   `uid` and `nsp`, or an unknown `type`).
 */
export function decodeAdapterMessage(text: string): ClusterMessage | ClusterResponse {
  const value = fromWire(JSON.parse(text));
  if (!isRecord(value) || typeof value['uid'] !== 'string' || typeof value['nsp'] !== 'string')
    throw new TypeError('Not a Socket.IO cluster message: it has no string uid and nsp');
  if (!knownTypes.has(value['type']))
    throw new TypeError(`Not a Socket.IO cluster message: unknown type ${JSON.stringify(value['type'])}`);
  return value as ClusterMessage | ClusterResponse;
}

/**
 * Whether a decoded message answers a request of this instance (and goes to `onResponse`).
 * @param message - a decoded message.
 */
export function isClusterResponse(message: ClusterMessage | ClusterResponse): message is ClusterResponse {
  return responseTypes.has(message.type);
}
