import type { RedisClusterConfig } from './RedisClusterConfig.js';
import type { RedisClusterConfigInput } from './RedisClusterConfigInput.js';
import type { RedisStandaloneConfig } from './RedisStandaloneConfig.js';
import type { RedisStandaloneConfigInput } from './RedisStandaloneConfigInput.js';

/**
 * A configuration as the caller writes it, discriminated on `mode`; pass it to {@link validateRedisConfig}.
 */
export type RedisConfigInput = RedisStandaloneConfigInput | RedisClusterConfigInput;

/**
 * A validated configuration with every default filled, discriminated on `mode`; what drivers receive.
 * Produced by {@link validateRedisConfig} and {@link parseRedisConfigFromEnv}.
 */
export type RedisConfig = RedisStandaloneConfig | RedisClusterConfig;
