import { crc32 } from 'node:zlib';
import type { KeySample } from './parseSampleFlag.js';

/**
 * True when `key` is in `sample`: the CRC-32 of its exact bytes (zlib's, native and cheap) is below
 * the sample's threshold. Deterministic, so the source pass and the target pass pick the same keys,
 * and two runs pick the same keys again.
 */
export function isSampled(key: Buffer, sample: KeySample): boolean {
  return sample.threshold >= 2 ** 32 || crc32(key) < sample.threshold;
}
