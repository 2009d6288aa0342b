import type { CommandSender } from './CommandSender.js';

/**
 * The client every ordinary (non-blocking) command goes through: one connection to a standalone
 * server, or a cluster client that routes each command to the master serving its first key's slot
 * (following MOVED/ASK itself where it can, refreshing its slot table). Commands from many callers
 * share it, so nothing that changes or holds connection state (SUBSCRIBE, MULTI, WATCH, blocking
 * commands) is sent on it.
 *
 * @remarks
 * Part of the engine boundary: core speaks argv and replies; the engine (e.g.
 * `@org/redis-engine-ioredis`) implements this over its client library, which core never imports.
 * Cluster: a command without a key goes to a node the engine picks.
 */
export type SharedClient = CommandSender;
