import type { MigrationDatasetSpec } from '@org/redis-testkit';

/**
 * The dataset of every run ("1 million mixed keys, 100-byte values, 10 % with TTLs"): the testkit's
 * all-types mix (half strings, the rest small hashes, lists, sets, sorted sets and streams with a
 * consumer group), 100 bytes of payload per key, 10 % with TTLs of 1–24 h, text keys, no big keys.
 */
export function migrateDataset(keys: number): MigrationDatasetSpec {
  return { keys, seed: 1, mix: 'all-types', valueBytes: 100, ttlFraction: 0.1 };
}

/** The same, in words, for the report. */
export const migrateDatasetText =
  'testkit `seedMigrationDataset` all-types mix: per 20 keys 10 strings, 3 hashes, 2 lists, 2 sets, 2 sorted sets, 1 stream (4 entries, consumer group with 2 pending); 100 bytes of payload per key (a collection: 4 elements of 25 bytes); 10 % with a TTL of 1–24 h; text keys, no big keys';
