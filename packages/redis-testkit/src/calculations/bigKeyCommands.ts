import type { BigKeyType } from '../models/MigrationDatasetSpec.js';
import type { SeedCommand, SeedKey } from '../models/SeedKey.js';
import { datasetValues, keyName } from './datasetValues.js';
import { keyRandom } from './keyRandom.js';
import type { ResolvedDatasetSpec } from './validateDatasetSpec.js';

/** Every big-key type, in the order they are written. */
export const BIG_KEY_TYPES: readonly BigKeyType[] = ['hash', 'list', 'set', 'zset', 'stream'];

/**
 * The commands that write the big key of `type` with `elements` elements, `chunk` elements per
 * command (a stream takes one XADD per entry), without TTL. The stream gets group `g` with its
 * first `chunk` entries pending.
 */
export function bigKeyCommands(
  type: BigKeyType,
  elements: number,
  spec: ResolvedDatasetSpec,
  chunk = 500,
): SeedKey {
  const random = keyRandom(spec.seed, -1 - BIG_KEY_TYPES.indexOf(type));
  const key = keyName(`big:${type}`, elements, false);
  const commands: SeedCommand[] = [];
  for (let first = 0; first < elements; first += chunk) {
    const count = Math.min(chunk, elements - first);
    const part = datasetValues(random, count, spec.valueBytes, false);
    if (type === 'stream') {
      commands.push(
        ...part.map((value, offset): SeedCommand => ['XADD', key, `1-${first + offset + 1}`, 'f', value]),
      );
      continue;
    }
    const member = (offset: number): string => `m${first + offset}`;
    if (type === 'hash')
      commands.push(['HSET', key, ...part.flatMap((value, offset) => [member(offset), value])]);
    if (type === 'list') commands.push(['RPUSH', key, ...part]);
    if (type === 'set') commands.push(['SADD', key, ...part.map((_, offset) => member(offset))]);
    if (type === 'zset')
      commands.push(['ZADD', key, ...part.flatMap((_, offset) => [String(first + offset), member(offset)])]);
  }
  if (type === 'stream') {
    commands.push(['XGROUP', 'CREATE', key, 'g', '0']);
    commands.push([
      'XREADGROUP',
      'GROUP',
      'g',
      'c',
      'COUNT',
      String(Math.min(chunk, elements)),
      'STREAMS',
      key,
      '>',
    ]);
  }
  return { key, type, commands };
}
