import type { RedisMode } from '../RedisMode.js';
import type { RedisErrorCode } from '../errors/redisErrorCodes.js';

/** Fields every instrumentation event has. */
export interface RedisEventSource {
  /** The client: its `connectionName` when configured (the factory sets the client name), else the mode. */
  readonly client: string;
  /** The driver's mode. */
  readonly mode: RedisMode;
}

/** A command settled. No keys or values: labels built from it stay bounded. */
export interface RedisCommandEvent extends RedisEventSource {
  /** Lower-case command name (`get`, `mset`, `pipeline`, `transaction`, …). */
  readonly command: string;
  /** Time from call to settlement, in milliseconds. */
  readonly durationMs: number;
  /** `ok`, or `error` with {@link RedisCommandEvent.errorCode}. */
  readonly outcome: 'ok' | 'error';
  /** The RedisError code when `outcome` is `error`. */
  readonly errorCode?: RedisErrorCode;
  /** Cluster: how many per-slot commands a multi-key command was split into (absent when not split). */
  readonly splitInto?: number;
}

/** A connection changed state. */
export interface RedisConnectionEvent extends RedisEventSource {
  /** `ready` (usable), `reconnecting`, `closed` (lost, will retry) or `ended` (closed for good). */
  readonly state: 'ready' | 'reconnecting' | 'closed' | 'ended';
}

/** A cluster topology event. */
export interface RedisClusterEvent extends RedisEventSource {
  /**
   * `redirection` (a MOVED or ASK reply was followed), `slots-refresh`, `node-added`,
   * `node-removed`, or `failover` (a slot's master changed to a node that was not master before).
   */
  readonly event: 'redirection' | 'slots-refresh' | 'node-added' | 'node-removed' | 'failover';
  /** `host:port` of the node concerned, when there is one. */
  readonly node?: string;
}

/** A pub/sub message went out (PUBLISH) or came in (delivered to handlers). */
export interface RedisPubSubEvent extends RedisEventSource {
  /** `out` for publish, `in` for a delivered message. */
  readonly direction: 'in' | 'out';
  /** Classic channel, pattern or shard channel. */
  readonly kind: 'channel' | 'pattern' | 'shard-channel';
}

/** A dedicated connection opened or closed. */
export interface RedisPoolEvent extends RedisEventSource {
  /** `open` or `close`. */
  readonly event: 'open' | 'close';
}
