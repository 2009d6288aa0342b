/**
 * What `verify` compares with unless told otherwise: the defaults of its flags, and what
 * `rollback` verifies with (it has no such flags).
 */
export const verifyDefaults = {
  /** `--big-key-bytes`: 16 MiB. */
  bigKeyBytes: 16 * 1024 * 1024,
  /** `--ttl-tolerance`, in ms. */
  ttlToleranceMs: 2_000,
  /** `--max-mismatches`. */
  maxMismatches: 20,
} as const;
