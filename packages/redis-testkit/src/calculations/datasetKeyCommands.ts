import type { BigKeyType } from '../models/MigrationDatasetSpec.js';
import type { SeedCommand, SeedKey } from '../models/SeedKey.js';
import { datasetValues, keyName } from './datasetValues.js';
import { keyRandom, randomBytes } from './keyRandom.js';
import type { ResolvedDatasetSpec } from './validateDatasetSpec.js';

/** Types of keys 0..19 of every 20 in the `all-types` mix: 10 strings, 3-2-2-2 collections, 1 stream. */
const ALL_TYPES_PATTERN: readonly SeedKey['type'][] = [
  'string',
  'hash',
  'string',
  'list',
  'string',
  'set',
  'string',
  'zset',
  'string',
  'hash',
  'string',
  'list',
  'string',
  'set',
  'string',
  'zset',
  'string',
  'hash',
  'string',
  'stream',
];
const SMALL_ELEMENTS = 4;
const HOUR_MS = 3_600_000;

/** Type of ordinary key number `index`. */
export function datasetKeyType(index: number, mix: ResolvedDatasetSpec['mix']): SeedKey['type'] {
  return mix === 'strings' ? 'string' : (ALL_TYPES_PATTERN[index % ALL_TYPES_PATTERN.length] ?? 'string');
}

function smallCollection(type: BigKeyType, key: Buffer, values: readonly Buffer[]): SeedCommand[] {
  const fields = values.map((_, element) => `f${element}`);
  switch (type) {
    case 'hash':
      return [['HSET', key, ...values.flatMap((value, element) => [fields[element] ?? '', value])]];
    case 'list':
      return [['RPUSH', key, ...values]];
    case 'set':
      // Members differ by a suffix: two random values could collide and shrink the set.
      return [
        ['SADD', key, ...values.map((value, element) => Buffer.concat([value, Buffer.from(`:${element}`)]))],
      ];
    case 'zset':
      return [
        [
          'ZADD',
          key,
          ...values.flatMap((value, element) => [
            String(element),
            Buffer.concat([value, Buffer.from(`:${element}`)]),
          ]),
        ],
      ];
    case 'stream':
      return [
        ...values.map((value, element): SeedCommand => ['XADD', key, `1-${element + 1}`, 'f', value]),
        ['XGROUP', 'CREATE', key, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', String(Math.ceil(values.length / 2)), 'STREAMS', key, '>'],
      ];
  }
}

/**
 * The commands that write ordinary key number `index` of a dataset: a pure function of the spec
 * and the index, so any batch order writes the same data.
 */
export function datasetKeyCommands(index: number, spec: ResolvedDatasetSpec): SeedKey {
  const random = keyRandom(spec.seed, index);
  const binary = random() < spec.binaryFraction;
  const ttlMs = random() < spec.ttlFraction ? HOUR_MS + Math.floor(random() * 23 * HOUR_MS) : undefined;
  const type = datasetKeyType(index, spec.mix);
  const key = keyName(type, index, binary);
  if (type === 'string') {
    const value = randomBytes(random, spec.valueBytes, binary);
    return {
      key,
      type,
      commands: [ttlMs === undefined ? ['SET', key, value] : ['SET', key, value, 'PX', String(ttlMs)]],
    };
  }
  const elementBytes = Math.ceil(spec.valueBytes / SMALL_ELEMENTS);
  const commands = smallCollection(type, key, datasetValues(random, SMALL_ELEMENTS, elementBytes, binary));
  if (ttlMs !== undefined) commands.push(['PEXPIRE', key, String(ttlMs)]);
  return { key, type, commands };
}
