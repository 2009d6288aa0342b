/** Where a node runs and what it is, as the testkit last saw it. */
export interface RedisNodeInfo {
  /** Stable handle for fault injection: `host:port`, unchanged across restarts. */
  readonly id: string;
  /** Loopback address the node listens on. */
  readonly host: string;
  /** Client port (the TLS port when TLS is on). */
  readonly port: number;
  /** Role when the topology was created or last refreshed. */
  readonly role: 'standalone' | 'master' | 'replica';
  /** Cluster node ID (40 hex characters), in cluster topologies only. */
  readonly clusterId?: string;
  /** For a replica: its master's cluster node ID (cluster) or `host:port` id (standalone). */
  readonly replicaOf?: string;
  /** OS process ID, for servers the testkit started itself. */
  readonly pid?: number;
}

/** PEM material of a TLS topology, generated fresh at start-up. */
export interface TlsMaterial {
  /** CA certificate that signed the server and client certificates. */
  readonly ca: string;
  /** Client certificate (for `tls-auth-clients`), signed by {@link TlsMaterial.ca}. */
  readonly cert: string;
  /** Private key of the client certificate. */
  readonly key: string;
  /** Paths of the same files on disk, for tools that want files (`REDIS_TLS_CA_FILE`…). */
  readonly files: {
    /** Path of the CA certificate (PEM). */
    readonly ca: string;
    /** Path of the client certificate (PEM). */
    readonly cert: string;
    /** Path of the client certificate's private key (PEM). */
    readonly key: string;
  };
  /** Server name the server certificate is issued for (`localhost`). */
  readonly servername: string;
}

/** Credentials a topology was started with (ACL user, or the default user's password). */
export interface TestCredentials {
  /** ACL user name; absent for the `default` user. */
  readonly username?: string;
  /** Password of that user. */
  readonly password: string;
}
