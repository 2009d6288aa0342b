import { describe, expect, it } from 'vitest';
import { redisClientMetricNames } from '../src/index.js';

// The ops/ alert rules and dashboards are written against these exact names: renaming one is a
// breaking change that must be made there too.
describe('redisClientMetricNames', () => {
  it('should list exactly the published metric names', () => {
    expect(redisClientMetricNames).toStrictEqual([
      'redis_client_commands_total',
      'redis_client_command_duration_seconds',
      'redis_client_errors_total',
      'redis_client_connection_up',
      'redis_client_reconnects_total',
      'redis_client_cluster_redirections_total',
      'redis_client_cluster_slot_refreshes_total',
      'redis_client_cluster_node_changes_total',
      'redis_client_cluster_failovers_total',
      'redis_client_split_commands_total',
      'redis_client_split_groups_total',
      'redis_client_pubsub_messages_total',
      'redis_client_dedicated_connections',
      'redis_client_migration_phase',
      'redis_client_migration_secondary_write_failures_total',
      'redis_client_migration_shadow_reads_total',
    ]);
  });

  it('should be frozen', () => {
    expect(Object.isFrozen(redisClientMetricNames)).toBe(true);
  });
});
