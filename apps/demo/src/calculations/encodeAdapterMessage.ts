import type { ClusterMessage, ClusterResponse } from 'socket.io-adapter';

/** The one key of an object standing for binary data: `{ "~bin": "<base64>" }`. */
export const binaryTag = '~bin';
/**
 * The one key of an object standing for an object of the sender whose only key was itself a tag:
 * `{ "~lit": { "~bin": … } }`, so that no payload can pass for binary data.
 */
export const literalTag = '~lit';

function isTag(key: string): boolean {
  return key === binaryTag || key === literalTag;
}

function toBase64(value: ArrayBuffer | ArrayBufferView): string {
  const bytes = ArrayBuffer.isView(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : Buffer.from(value);
  return bytes.toString('base64');
}

/**
 * The value with its binary parts (Buffer, ArrayBuffer, typed arrays, DataView) as tagged base64
 * objects; the rest as `JSON.stringify` would write it (`toJSON` applied, `undefined` members dropped).
 * @param ancestors - the objects being walked, to refuse a cycle as `JSON.stringify` does.
 */
function toWire(value: unknown, ancestors: Set<object>): unknown {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return { [binaryTag]: toBase64(value) };
  if (typeof value !== 'object' || value === null) return value;
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return toWire((json as () => unknown).call(value), ancestors);
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((member) => toWire(member, ancestors));
    const entries = Object.entries(value).map(([key, member]) => [key, toWire(member, ancestors)] as const);
    const encoded = Object.fromEntries(entries);
    const [only, ...others] = Object.keys(value);
    return only !== undefined && others.length === 0 && isTag(only) ? { [literalTag]: encoded } : encoded;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * A Socket.IO cluster message or response as the JSON text the adapter publishes. Packets may carry
 * binary data (an `emit` with a Buffer), which plain JSON would turn into `{ type, data }` (a Buffer)
 * or `{}` (an ArrayBuffer): it travels as base64 instead, and {@link decodeAdapterMessage} turns it
 * back into a Buffer, as a Socket.IO server receives binary data.
 *
 * @param message - what `ClusterAdapter` hands to `doPublish` / `doPublishResponse`.
 * @throws TypeError for a circular structure or a BigInt, as `JSON.stringify` does.
 */
export function encodeAdapterMessage(message: ClusterMessage | ClusterResponse): string {
  return JSON.stringify(toWire(message, new Set()));
}
