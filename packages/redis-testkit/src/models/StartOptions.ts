/** An ACL user created on every node at start-up (`ACL SETUSER`). */
export interface AclUserSpec {
  /** User name. */
  readonly name: string;
  /** Password (stored as `>password`). */
  readonly password: string;
  /**
   * ACL rules after `on >password`, e.g. `['~app:*', '+@read', '+@write', '-@dangerous']`.
   * Defaults to everything: `['~*', '&*', '+@all']`.
   */
  readonly rules?: readonly string[];
}

/** Options shared by every topology. */
export interface CommonStartOptions {
  /** Serve TLS only (plain TCP refused), with certificates generated at start. */
  readonly tls?: boolean;
  /** Password of the `default` user (`requirepass`). */
  readonly password?: string;
  /** Extra ACL users. */
  readonly users?: readonly AclUserSpec[];
  /** Extra `redis-server` arguments, e.g. `['--maxmemory', '10mb']` (local backend only). */
  readonly extraArgs?: readonly string[];
  /** How long start-up may take before it fails, in ms (default 30 000). */
  readonly startTimeoutMs?: number;
}

/** Options of {@link startStandalone}. */
export interface StandaloneStartOptions extends CommonStartOptions {
  /**
   * How many replicas to start (default 0): each its own `redis-server` with `--replicaof` the server,
   * in sync (`master_link_status:up`) before the start resolves, with the same TLS, password and
   * `extraArgs`. Listed in `replicas` and `nodes`, open to fault injection. Local backend only.
   */
  readonly replicas?: number;
}

/** Options of {@link startCluster}. */
export interface ClusterStartOptions extends CommonStartOptions {
  /** Number of masters the 16 384 slots are split across (default 3, at least 3). */
  readonly masters?: number;
  /** Replicas per master (default 1). */
  readonly replicasPerMaster?: number;
  /**
   * `cluster-node-timeout` in ms (default 1 000): how long until a silent node is failed.
   * Low by default so that failover tests take seconds.
   */
  readonly nodeTimeoutMs?: number;
}
