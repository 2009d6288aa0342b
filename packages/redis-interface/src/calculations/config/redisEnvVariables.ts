/**
 * Every environment variable the parser reads: its name after the prefix, and the option it feeds.
 * The order is the order problems are reported in.
 */
export const redisEnvVariables = {
  mode: { suffix: 'MODE', option: ['mode'] },
  url: { suffix: 'URL', option: ['url'] },
  host: { suffix: 'HOST', option: ['host'] },
  port: { suffix: 'PORT', option: ['port'] },
  db: { suffix: 'DB', option: ['db'] },
  clusterNodes: { suffix: 'CLUSTER_NODES', option: ['nodes'] },
  clusterNatMap: { suffix: 'CLUSTER_NAT_MAP', option: ['natMap'] },
  scaleReads: { suffix: 'SCALE_READS', option: ['scaleReads'] },
  shardedPubSub: { suffix: 'SHARDED_PUBSUB', option: ['shardedPubSub'] },
  username: { suffix: 'USERNAME', option: ['username'] },
  password: { suffix: 'PASSWORD', option: ['password'] },
  tls: { suffix: 'TLS', option: ['tls'] },
  tlsCaFile: { suffix: 'TLS_CA_FILE', option: ['tls', 'ca'] },
  tlsCertFile: { suffix: 'TLS_CERT_FILE', option: ['tls', 'cert'] },
  tlsKeyFile: { suffix: 'TLS_KEY_FILE', option: ['tls', 'key'] },
  tlsServername: { suffix: 'TLS_SERVERNAME', option: ['tls', 'servername'] },
  tlsRejectUnauthorized: { suffix: 'TLS_REJECT_UNAUTHORIZED', option: ['tls', 'rejectUnauthorized'] },
  keyPrefix: { suffix: 'KEY_PREFIX', option: ['keyPrefix'] },
  connectTimeoutMs: { suffix: 'CONNECT_TIMEOUT_MS', option: ['connectTimeoutMs'] },
  commandTimeoutMs: { suffix: 'COMMAND_TIMEOUT_MS', option: ['commandTimeoutMs'] },
  maxRetries: { suffix: 'MAX_RETRIES', option: ['maxRetriesPerRequest'] },
  reconnectInitialDelayMs: {
    suffix: 'RECONNECT_INITIAL_DELAY_MS',
    option: ['reconnectInitialDelayMs'],
  },
  reconnectMaxDelayMs: { suffix: 'RECONNECT_MAX_DELAY_MS', option: ['reconnectMaxDelayMs'] },
  autoPipelining: { suffix: 'AUTO_PIPELINING', option: ['enableAutoPipelining'] },
  connectionName: { suffix: 'CONNECTION_NAME', option: ['connectionName'] },
  strictCrossSlot: { suffix: 'STRICT_CROSS_SLOT', option: ['strictCrossSlot'] },
  maxDedicatedConnections: {
    suffix: 'MAX_DEDICATED_CONNECTIONS',
    option: ['maxDedicatedConnections'],
  },
} as const satisfies Record<string, { readonly suffix: string; readonly option: readonly string[] }>;

/** The logical name of a variable, e.g. `clusterNodes` for `REDIS_CLUSTER_NODES`. */
export type RedisEnvVariable = keyof typeof redisEnvVariables;

/** Every logical variable name, in table order. */
export const redisEnvVariableKeys = Object.keys(redisEnvVariables) as RedisEnvVariable[];

/** The variable names for a prefix: `{ mode: 'REDIS_MODE', … }`. */
export function redisEnvVariableNames(prefix: string): Record<RedisEnvVariable, string> {
  return Object.fromEntries(
    redisEnvVariableKeys.map((key) => [key, `${prefix}${redisEnvVariables[key].suffix}`]),
  ) as Record<RedisEnvVariable, string>;
}
