/** Number of hash slots of a Redis Cluster. */
const slotCount = 16_384;

function hashedPart(key: Buffer): Buffer {
  const open = key.indexOf(0x7b); // {
  if (open === -1) return key;
  const close = key.indexOf(0x7d, open + 1); // }
  // An empty tag `{}` does not count: the whole key is hashed, as the server does.
  return close === -1 || close === open + 1 ? key : key.subarray(open + 1, close);
}

/**
 * The cluster hash slot of a key (CRC16/XMODEM of the key or its hash tag, modulo 16 384), as the server
 * computes it, on the key's bytes (a string's UTF-8 bytes). Pass the key as sent, i.e. with the `keyPrefix`.
 *
 * @param key - the full key: text, or bytes (a Buffer key, the prefix's bytes first).
 * @returns the slot, from 0 to 16 383.
 */
export function keySlot(key: string | Buffer): number {
  let crc = 0;
  for (const byte of hashedPart(Buffer.isBuffer(key) ? key : Buffer.from(key))) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = (crc & 0x8000) === 0 ? (crc << 1) & 0xffff : ((crc << 1) ^ 0x1021) & 0xffff;
    }
  }
  return crc % slotCount;
}
