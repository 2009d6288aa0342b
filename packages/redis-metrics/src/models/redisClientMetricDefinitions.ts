/** The kind of prom-client metric a definition creates. */
export type RedisMetricType = 'counter' | 'gauge' | 'histogram';

/** One metric of the package: its name without the prefix, type, help text and label names. */
export interface RedisMetricDefinition {
  /** Name after the prefix (`commands_total` becomes `redis_client_commands_total`). */
  readonly suffix: string;
  /** Prometheus metric type. */
  readonly type: RedisMetricType;
  /** `# HELP` text. */
  readonly help: string;
  /** Label names; every value is from a bounded set (never keys, values or channel names). */
  readonly labels: readonly string[];
}

/** The prefix of every metric name unless `createRedisMetrics({ prefix })` says otherwise. */
export const defaultRedisMetricPrefix = 'redis_client_';

/**
 * Every metric `createRedisMetrics()` registers, in a fixed order. Alert rules and dashboards are
 * written against these names: renaming one is a breaking change (see `docs/metrics.md`).
 */
export const redisClientMetricDefinitions = [
  {
    suffix: 'commands_total',
    type: 'counter',
    help: 'Commands settled, by command name and outcome (ok or error).',
    labels: ['client', 'mode', 'command', 'outcome'],
  },
  {
    suffix: 'command_duration_seconds',
    type: 'histogram',
    help: 'Time from call to settlement of a command, in seconds.',
    labels: ['client', 'mode', 'command', 'outcome'],
  },
  {
    suffix: 'errors_total',
    type: 'counter',
    help: 'Commands that failed, by RedisError code.',
    labels: ['client', 'mode', 'code'],
  },
  {
    suffix: 'connection_up',
    type: 'gauge',
    help: '1 while the client connection is ready, 0 after it closed, is reconnecting or ended.',
    labels: ['client', 'mode'],
  },
  {
    suffix: 'reconnects_total',
    type: 'counter',
    help: 'Reconnection attempts of the client connection.',
    labels: ['client', 'mode'],
  },
  {
    suffix: 'cluster_redirections_total',
    type: 'counter',
    help: 'MOVED or ASK replies the cluster client followed.',
    labels: ['client'],
  },
  {
    suffix: 'cluster_slot_refreshes_total',
    type: 'counter',
    help: 'Refreshes of the cluster slot table.',
    labels: ['client'],
  },
  {
    suffix: 'cluster_node_changes_total',
    type: 'counter',
    help: 'Cluster nodes the client added or removed, by change (added or removed).',
    labels: ['client', 'change'],
  },
  {
    suffix: 'cluster_failovers_total',
    type: 'counter',
    help: 'Slots moving to a node that was not a master at the previous slot refresh.',
    labels: ['client'],
  },
  {
    suffix: 'split_commands_total',
    type: 'counter',
    help: 'Multi-key commands split into several per-slot commands (cluster mode).',
    labels: ['client', 'command'],
  },
  {
    suffix: 'split_groups_total',
    type: 'counter',
    help: 'Per-slot commands sent for split multi-key commands (sum of the split sizes).',
    labels: ['client', 'command'],
  },
  {
    suffix: 'pubsub_messages_total',
    type: 'counter',
    help: 'Pub/sub messages published (out) or delivered to handlers (in).',
    labels: ['client', 'mode', 'direction', 'kind'],
  },
  {
    suffix: 'dedicated_connections',
    type: 'gauge',
    help: 'Dedicated connections (blocking commands, transactions) open now.',
    labels: ['client', 'mode'],
  },
  {
    suffix: 'migration_phase',
    type: 'gauge',
    help: 'Live migration: 1 for the phase the migrating client runs in, 0 for the other phases.',
    labels: ['client', 'phase'],
  },
  {
    suffix: 'migration_secondary_write_failures_total',
    type: 'counter',
    help: 'Live migration: writes the authoritative side took and the other side refused, by refusing side and RedisError code.',
    labels: ['client', 'side', 'command', 'code'],
  },
  {
    suffix: 'migration_shadow_reads_total',
    type: 'counter',
    help: 'Live migration: reads also run on the target and compared (shadow phase), by outcome (match, mismatch or error).',
    labels: ['client', 'command', 'outcome'],
  },
] as const satisfies readonly RedisMetricDefinition[];

/** Name suffix of one metric of {@link redisClientMetricDefinitions}. */
export type RedisMetricSuffix = (typeof redisClientMetricDefinitions)[number]['suffix'];
