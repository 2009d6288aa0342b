import type { ParseRedisConfigFromEnvOptions } from '../../models/config/ParseRedisConfigFromEnvOptions.js';
import type { RedisClientConfig, RedisClientConfigInput } from '../../models/config/RedisClientConfig.js';
import { parseRedisConfigFromEnv } from '../parseRedisConfigFromEnv.js';
import { redactRedisConfig } from '../redactRedisConfig.js';
import { validateRedisConfig } from '../validateRedisConfig.js';
import { isMigratingEnv, parseRedisMigratingConfigFromEnv } from './parseRedisMigratingConfigFromEnv.js';
import { validateRedisMigratingConfig } from './validateRedisMigratingConfig.js';

/**
 * Validates a client's configuration: a migrating one ({@link validateRedisMigratingConfig}) when its
 * mode is `migrating`, else one deployment's ({@link validateRedisConfig}).
 *
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem.
 */
export function validateRedisClientConfig(input: RedisClientConfigInput): RedisClientConfig {
  const mode: unknown = (input as { mode?: unknown } | null)?.mode;
  return mode === 'migrating'
    ? validateRedisMigratingConfig(input as Parameters<typeof validateRedisMigratingConfig>[0])
    : validateRedisConfig(input as Parameters<typeof validateRedisConfig>[0]);
}

/**
 * Reads a client's configuration from the environment: migrating when `<prefix>MODE=migrating`
 * ({@link parseRedisMigratingConfigFromEnv}), else one deployment ({@link parseRedisConfigFromEnv}).
 *
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem, each naming its variable.
 */
export function parseRedisClientConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: ParseRedisConfigFromEnvOptions = {},
): RedisClientConfig {
  return isMigratingEnv(env, options.prefix)
    ? parseRedisMigratingConfigFromEnv(env, options)
    : parseRedisConfigFromEnv(env, options);
}

/** A client's configuration with every password and TLS key masked (both sides of a migrating one). */
export function redactRedisClientConfig<C extends RedisClientConfig>(config: C): C {
  const client: RedisClientConfig = config;
  const redacted: RedisClientConfig =
    client.mode === 'migrating'
      ? { ...client, source: redactRedisConfig(client.source), target: redactRedisConfig(client.target) }
      : redactRedisConfig(client);
  return redacted as C;
}
