/** Limits of a `DedicatedConnectionPool`. */
export interface DedicatedConnectionLimits {
  /** Connections open at once per node, busy and idle together (`maxDedicatedConnections`). */
  readonly maxPerNode: number;
  /** How long a caller waits for one past the maximum, in milliseconds. */
  readonly waitMs: number;
}
