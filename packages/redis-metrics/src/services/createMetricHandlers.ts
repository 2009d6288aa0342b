import type {
  RedisClusterEvent,
  RedisCommandEvent,
  RedisConnectionEvent,
  RedisPoolEvent,
  RedisPubSubEvent,
} from '@org/redis-interface';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toClientLabel } from '../calculations/toClientLabel.js';
import { toErrorCodeLabel } from '../calculations/toErrorCodeLabel.js';
import { toModeLabel } from '../calculations/toModeLabel.js';
import type { CommandSeriesBuffer } from './CommandSeriesBuffer.js';
import { createCacheMetricHandler } from './createCacheMetricHandler.js';
import type { RedisCacheMetricSet, RedisMetricSet } from './createMetricSet.js';
import { createMigrationMetricHandler } from './createMigrationMetricHandler.js';
import type { RedisChannelHandlers } from './subscribeChannels.js';

const directions = new Set(['in', 'out']);
const pubsubKinds = new Set(['channel', 'pattern', 'shard-channel']);

/** `{ client, mode }` of any event, both bounded. */
function source(event: { readonly client: unknown; readonly mode: unknown }): {
  client: string;
  mode: string;
} {
  return { client: toClientLabel(event.client), mode: toModeLabel(event.mode) };
}

/**
 * The subscribers that turn diagnostics-channel events into updates of `metrics`. Events are typed
 * by their publisher but read defensively: every label goes through a bounding function.
 * Command counts and durations, the hot path, go through `commands` (see {@link CommandSeriesBuffer});
 * migration events are handled by {@link createMigrationMetricHandler}, cache events by
 * {@link createCacheMetricHandler} into `cacheMetrics`.
 */
export function createMetricHandlers(
  metrics: RedisMetricSet,
  commands: CommandSeriesBuffer,
  cacheMetrics: RedisCacheMetricSet,
): RedisChannelHandlers {
  return {
    command: (raw) => {
      const event = raw as RedisCommandEvent;
      const { client, mode, command, outcome } = commands.record(event);
      if (outcome === 'error') {
        metrics.errors_total.inc({ client, mode, code: toErrorCodeLabel(event.errorCode) });
      }
      const splitInto = event.splitInto;
      if (typeof splitInto === 'number' && Number.isInteger(splitInto) && splitInto > 1) {
        metrics.split_commands_total.inc({ client, command });
        metrics.split_groups_total.inc({ client, command }, splitInto);
      }
    },
    connection: (raw) => {
      const event = raw as RedisConnectionEvent;
      const labels = source(event);
      switch (event.state) {
        case 'ready':
          metrics.connection_up.set(labels, 1);
          return;
        case 'reconnecting':
          metrics.reconnects_total.inc(labels);
          metrics.connection_up.set(labels, 0);
          return;
        case 'closed':
        case 'ended':
          metrics.connection_up.set(labels, 0);
          return;
      }
    },
    cluster: (raw) => {
      const event = raw as RedisClusterEvent;
      const client = toClientLabel(event.client);
      switch (event.event) {
        case 'redirection':
          metrics.cluster_redirections_total.inc({ client });
          return;
        case 'slots-refresh':
          metrics.cluster_slot_refreshes_total.inc({ client });
          return;
        case 'node-added':
          metrics.cluster_node_changes_total.inc({ client, change: 'added' });
          return;
        case 'node-removed':
          metrics.cluster_node_changes_total.inc({ client, change: 'removed' });
          return;
        case 'failover':
          metrics.cluster_failovers_total.inc({ client });
          return;
      }
    },
    pubsub: (raw) => {
      const event = raw as RedisPubSubEvent;
      metrics.pubsub_messages_total.inc({
        ...source(event),
        direction: toBoundedLabel(event.direction, directions),
        kind: toBoundedLabel(event.kind, pubsubKinds),
      });
    },
    pool: (raw) => {
      const event = raw as RedisPoolEvent;
      switch (event.event) {
        case 'open':
          metrics.dedicated_connections.inc(source(event));
          return;
        case 'close':
          metrics.dedicated_connections.dec(source(event));
          return;
      }
    },
    migration: createMigrationMetricHandler(metrics),
    cache: createCacheMetricHandler(cacheMetrics),
  };
}
