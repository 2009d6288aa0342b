import type { BigKeyType } from './MigrationDatasetSpec.js';

/** One command as raw arguments, name first. */
export type SeedCommand = readonly [string, ...(string | Buffer)[]];

/** The commands that write one key, all on that key (one slot). */
export interface SeedKey {
  /** The key's name as bytes (its hash slot decides the node). */
  readonly key: Buffer;
  /** What the key is, for tests and reports. */
  readonly type: 'string' | BigKeyType;
  /** The commands, in order (a stream's group must exist before XREADGROUP). */
  readonly commands: readonly SeedCommand[];
}
