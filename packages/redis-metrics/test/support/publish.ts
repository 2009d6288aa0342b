import { channel } from 'node:diagnostics_channel';
import {
  redisDiagnosticsChannels,
  type RedisCacheEvent,
  type RedisClusterEvent,
  type RedisCommandEvent,
  type RedisConnectionEvent,
  type RedisMigrationEvent,
  type RedisPoolEvent,
  type RedisPubSubEvent,
} from '@org/redis-interface';

/** Publish synthetic events the way the drivers do, without a driver. */
export const publish = {
  command: (event: RedisCommandEvent): void => channel(redisDiagnosticsChannels.command).publish(event),
  connection: (event: RedisConnectionEvent): void =>
    channel(redisDiagnosticsChannels.connection).publish(event),
  cluster: (event: RedisClusterEvent): void => channel(redisDiagnosticsChannels.cluster).publish(event),
  pubsub: (event: RedisPubSubEvent): void => channel(redisDiagnosticsChannels.pubsub).publish(event),
  pool: (event: RedisPoolEvent): void => channel(redisDiagnosticsChannels.pool).publish(event),
  migration: (event: RedisMigrationEvent): void => channel(redisDiagnosticsChannels.migration).publish(event),
  cache: (event: RedisCacheEvent): void => channel(redisDiagnosticsChannels.cache).publish(event),
};
