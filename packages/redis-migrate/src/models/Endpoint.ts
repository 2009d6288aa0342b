import type { IRedisService, RedisMode } from '@org/redis-interface';
import type { EndpointSide } from './EndpointFlags.js';

/** One connected side of a migration, as every subcommand uses it. */
export interface Endpoint {
  /** `source` or `target`: names the side in messages. */
  readonly side: EndpointSide;
  /** The layer's service, connected; keys are read and written through it (with its `keyPrefix`). */
  readonly service: IRedisService;
  /** Standalone or cluster. */
  readonly mode: RedisMode;
  /** Where it is, safe to print: `standalone 127.0.0.1:6380/0` or `cluster 127.0.0.1:7000,…` (no credentials). */
  readonly description: string;
  /** `redis_version` of its masters (the lowest, when they differ). */
  readonly version: string;
  /** The `run_id` of every master, to recognise the same server on both sides. */
  readonly runIds: ReadonlySet<string>;
  /** Disconnect; resolves when every connection is closed. */
  close(): Promise<void>;
}
