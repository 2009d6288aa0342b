/**
 * Where a cluster sends read-only commands, as ioredis spells it: `master` (default, always fresh),
 * `slave` (replicas, may lag) or `all` (masters and replicas).
 */
export type RedisScaleReads = 'master' | 'slave' | 'all';
