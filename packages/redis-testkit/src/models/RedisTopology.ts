import type { RedisNodeInfo, TestCredentials, TlsMaterial } from './RedisNodeInfo.js';

/** Which mechanism provides the servers of a topology. */
export type TestkitBackendKind = 'external' | 'local' | 'container';

/**
 * Faults a test can inject into a topology.
 *
 * Node ids are the `host:port` of {@link RedisNodeInfo.id}; a cluster node's ID works too.
 * Only the `local` backend supports them; the others throw `UNSUPPORTED`.
 */
export interface FaultInjection {
  /** SIGKILL the node's process: no goodbye, clients see the socket drop. */
  killNode(id: string): Promise<void>;
  /**
   * Start a killed or stopped node again on the same port, with the same cluster identity
   * (its `nodes.conf` is kept). Data is not kept (`--save ''`); a cluster replica resyncs.
   */
  restartNode(id: string): Promise<void>;
  /** SIGSTOP the node: the socket stays open but nothing answers (provokes timeouts). */
  pauseNode(id: string): Promise<void>;
  /** SIGCONT a paused node. */
  resumeNode(id: string): Promise<void>;
}

/** What every topology handle has. */
export interface RedisTopologyBase extends FaultInjection {
  /** Where the servers come from. */
  readonly backend: TestkitBackendKind;
  /** Every node, as of start-up (cluster: see {@link RedisClusterTopology.refreshNodes}). */
  readonly nodes: readonly RedisNodeInfo[];
  /** TLS material when started with `tls: true`. */
  readonly tls?: TlsMaterial;
  /** Credentials of the `default` user when started with `password`. */
  readonly credentials?: TestCredentials;
  /**
   * Stop every process this handle started (by PID), remove its temp dirs. Idempotent.
   * External servers are left running and untouched.
   */
  stop(): Promise<void>;
}

/** A single Redis server. */
export interface RedisStandaloneTopology extends RedisTopologyBase {
  /** Always `standalone`. */
  readonly kind: 'standalone';
  /** Host to connect to (a loopback address). */
  readonly host: string;
  /** Port to connect to. */
  readonly port: number;
  /** `redis://host:port` or `rediss://host:port`, without credentials. */
  readonly url: string;
  /** The replicas started with `replicas: n` (also in `nodes`, after the server); empty by default. */
  readonly replicas: readonly RedisNodeInfo[];
}

/** Result of {@link RedisClusterTopology.waitForFailover}. */
export interface FailoverResult {
  /** The replica that was promoted to master. */
  readonly promoted: RedisNodeInfo;
  /** The master that failed. */
  readonly failed: RedisNodeInfo;
  /** Time from the master's kill to `cluster_state:ok` on every live node, in ms. */
  readonly elapsedMs: number;
}

/** A Redis Cluster: masters with replicas, all 16 384 slots covered. */
export interface RedisClusterTopology extends RedisTopologyBase {
  /** Always `cluster`. */
  readonly kind: 'cluster';
  /** Seed addresses for a cluster client: every node. */
  readonly startupNodes: readonly {
    /** The node's address (loopback for servers the testkit started). */
    readonly host: string;
    /** The node's client port. */
    readonly port: number;
  }[];
  /** Read roles and IDs again from the cluster (they change after a failover). */
  refreshNodes(): Promise<readonly RedisNodeInfo[]>;
  /** Current masters (refreshed). */
  masters(): Promise<readonly RedisNodeInfo[]>;
  /**
   * Wait until the last killed or paused master has been replaced by one of its replicas and
   * every live node reports `cluster_state:ok`.
   *
   * @throws TestkitError `CLUSTER_NOT_READY` when that does not happen within `timeoutMs`
   *   (default 30 000), or when no master was killed.
   */
  waitForFailover(options?: { readonly timeoutMs?: number }): Promise<FailoverResult>;
  /**
   * Wait until every live node reports `cluster_state:ok` and all live nodes agree on who is
   * master of whom (a restarted old master has turned replica). `restartNode` waits for this.
   *
   * @throws TestkitError `CLUSTER_NOT_READY` after `timeoutMs` (default 30 000).
   */
  waitForClusterOk(options?: { readonly timeoutMs?: number }): Promise<void>;
}

/** Either topology. */
export type RedisTopology = RedisStandaloneTopology | RedisClusterTopology;
