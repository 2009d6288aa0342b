/** A deterministic source of numbers in [0, 1) for one key. */
export type RandomSource = () => number;

/**
 * The generator of key number `index` under `seed`: mulberry32 started from a mix of both, so a
 * key's content depends on nothing else (not on batch sizes or on which keys came before it).
 */
export function keyRandom(seed: number, index: number): RandomSource {
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index | 0, 0x85ebca6b)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TEXT_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `length` bytes drawn from `random`: letters and digits, or, when `binary`, `0xff 0xfe` followed
 * by arbitrary bytes (never valid UTF-8, whatever follows).
 */
export function randomBytes(random: RandomSource, length: number, binary: boolean): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let position = 0; position < length; position += 1) {
    bytes[position] = binary
      ? Math.floor(random() * 256)
      : TEXT_ALPHABET.charCodeAt(Math.floor(random() * TEXT_ALPHABET.length));
  }
  if (binary) {
    if (length > 0) bytes[0] = 0xff;
    if (length > 1) bytes[1] = 0xfe;
  }
  return bytes;
}
