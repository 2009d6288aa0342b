/**
 * The RDB format version a DUMP payload was written with, from its trailer: the last 10 bytes are
 * the version (2 bytes, little-endian) then a CRC64 (8 bytes). A server can RESTORE payloads of its
 * own RDB version or older only.
 *
 * @param payload - a DUMP reply, as bytes.
 * @returns the version, or `undefined` when the payload is too short to hold a trailer.
 */
export function dumpRdbVersion(payload: Buffer): number | undefined {
  if (payload.length < 10) return undefined;
  return payload.readUInt16LE(payload.length - 10);
}
