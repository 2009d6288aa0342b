/**
 * Why the testkit could not give a test the Redis it asked for.
 *
 * Each code has one cause and one fix; the message names both.
 */
export const testkitErrorCodes = {
  /** No backend can start Redis: neither an external server, `redis-server` on PATH, nor Docker. */
  NO_BACKEND: 'NO_BACKEND',
  /** A `redis-server` process exited or never answered PING during start-up. */
  START_FAILED: 'START_FAILED',
  /** The cluster did not reach `cluster_state:ok` (or a failover did not finish) in time. */
  CLUSTER_NOT_READY: 'CLUSTER_NOT_READY',
  /** A fault-injection call named a node this topology does not have. */
  UNKNOWN_NODE: 'UNKNOWN_NODE',
  /** The backend cannot inject this fault (external servers, containers). */
  UNSUPPORTED: 'UNSUPPORTED',
  /** An environment variable that names test servers is malformed. */
  INVALID_ENVIRONMENT: 'INVALID_ENVIRONMENT',
  /** `seedMigrationDataset` could not write: a server refused a command or did not answer. */
  SEED_FAILED: 'SEED_FAILED',
} as const;

/** One of {@link testkitErrorCodes}. */
export type TestkitErrorCode = (typeof testkitErrorCodes)[keyof typeof testkitErrorCodes];

/** The error every testkit function throws, with a {@link TestkitErrorCode}. */
export class TestkitError extends Error {
  /** What went wrong, machine-readable. */
  public readonly code: TestkitErrorCode;

  /**
   * An error with this code and message (the testkit throws them; tests and setups catch them).
   *
   * @param code - what went wrong.
   * @param message - what was wrong and what to do about it.
   * @param options - `cause`: the underlying error, when there is one.
   */
  public constructor(code: TestkitErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TestkitError';
    this.code = code;
  }
}
