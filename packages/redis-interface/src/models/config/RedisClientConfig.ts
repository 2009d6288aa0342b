import type { RedisMigratingConfig, RedisMigratingConfigInput } from './RedisMigratingConfig.js';
import type { RedisConfig, RedisConfigInput } from './RedisConfig.js';

/**
 * What the factory builds a client from: one deployment (standalone or cluster), or a live move
 * between two (`mode: 'migrating'`).
 */
export type RedisClientConfig = RedisConfig | RedisMigratingConfig;

/** A {@link RedisClientConfig} as the caller writes it. */
export type RedisClientConfigInput = RedisConfigInput | RedisMigratingConfigInput;
