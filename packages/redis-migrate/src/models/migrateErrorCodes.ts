/**
 * Every way `redis-migrate` can fail, each with its own process exit code so that a pipeline can
 * tell them apart without parsing messages. 0 is success; 1 is reserved for "ran fine and found
 * differences" (`verify`, `smoke`); 2 is a usage error, as with most CLIs.
 */
export const migrateErrorCodes = {
  /** `verify` found keys that differ, or `smoke` a check that failed. */
  DIFFERENCES_FOUND: { exitCode: 1 },
  /** A flag or argument is missing, unknown or malformed. */
  USAGE: { exitCode: 2 },
  /** The source or target configuration (flags or `SOURCE_REDIS_*`/`TARGET_REDIS_*`) is invalid. */
  INVALID_CONFIG: { exitCode: 3 },
  /** The source could not be reached (refused, timed out, TLS handshake, cluster down). */
  SOURCE_UNREACHABLE: { exitCode: 10 },
  /** The target could not be reached. */
  TARGET_UNREACHABLE: { exitCode: 11 },
  /** The source refused the username or password, or the user lacks a command the tool needs. */
  SOURCE_AUTH_FAILED: { exitCode: 12 },
  /** The target refused the username or password, or the user lacks a command the tool needs. */
  TARGET_AUTH_FAILED: { exitCode: 13 },
  /** Source and target are the same server (or share a node): copying would read what it writes. */
  SAME_SERVER: { exitCode: 14 },
  /** The target holds keys and `--on-existing fail` (the default) forbids writing over them. */
  TARGET_NOT_EMPTY: { exitCode: 15 },
  /** `--resume` was given a checkpoint written for another source, target or set of options. */
  CHECKPOINT_MISMATCH: { exitCode: 16 },
  /** The checkpoint file is missing (with `--resume`), unreadable or corrupt. */
  CHECKPOINT_INVALID: { exitCode: 17 },
  /** The target ran out of memory (OOM): nothing more can be written. */
  TARGET_FULL: { exitCode: 18 },
  /** The target cannot load the source's DUMP payloads (an older Redis than the source). */
  INCOMPATIBLE_VERSIONS: { exitCode: 19 },
  /** `--db` was given for a cluster side (a cluster has database 0 only). */
  UNSUPPORTED_DATABASE: { exitCode: 20 },
  /** A key failed to copy for another reason; the report lists it. */
  COPY_FAILED: { exitCode: 21 },
  /** `verify` could not read a key on one side (a timeout, a refused command): it cannot say whether it matches. */
  VERIFY_FAILED: { exitCode: 22 },
  /**
   * `phase` refused the switch: not a step allowed from the current phase, or `cutover` without a
   * clean `verify --repair` since the last switch (or with keys waiting in the repair set).
   */
  PHASE_REFUSED: { exitCode: 23 },
  /**
   * `phase` lost a race: the control key changed between its read and its compare-and-set (another
   * operator switched), or a side's copy could not be written; run `redis-migrate phase` to see where
   * things stand.
   */
  PHASE_CONFLICT: { exitCode: 24 },
  /** The control key (or its `:verified` record) holds something that is not a valid value. */
  CONTROL_INVALID: { exitCode: 25 },
  /** The run was interrupted (SIGINT/SIGTERM) after saving its checkpoint. */
  INTERRUPTED: { exitCode: 130 },
} as const satisfies Record<string, { readonly exitCode: number }>;

/** One of {@link migrateErrorCodes}. */
export type MigrateErrorCode = keyof typeof migrateErrorCodes;
