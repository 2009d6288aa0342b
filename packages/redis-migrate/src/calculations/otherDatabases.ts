import type { RedisMode } from '@org/redis-interface';
import type { DatabaseKeys } from './parseKeyspaceInfo.js';

/** A source database the copy will not take, with how to take it. */
export interface OtherDatabase {
  readonly db: number;
  readonly keys: number;
  /** The flags that copy it: `--db 3 --target-prefix db3:`. */
  readonly suggestion: string;
}

/**
 * The source databases holding keys besides `selectedDb`, each with the flags that copy it. A
 * cluster target has database 0 only, so each database goes under a prefix of its own there;
 * a standalone target can take it into the same database number instead.
 *
 * @param databases - the source's databases (a standalone source: its one node's).
 * @param selectedDb - the database the copy reads (`--db`, else the configured one).
 * @param targetMode - the target's mode.
 */
export function otherDatabases(
  databases: readonly DatabaseKeys[],
  selectedDb: number,
  targetMode: RedisMode,
): OtherDatabase[] {
  return databases
    .filter((database) => database.db !== selectedDb && database.keys > 0)
    .map((database) => ({
      db: database.db,
      keys: database.keys,
      suggestion:
        targetMode === 'cluster'
          ? `--db ${database.db} --target-prefix db${database.db}:`
          : `--db ${database.db} --target redis://<target>/${database.db} (or --target-prefix db${database.db}:)`,
    }));
}
