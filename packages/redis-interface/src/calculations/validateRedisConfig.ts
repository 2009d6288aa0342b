import type { RedisConfig, RedisConfigInput } from '../models/config/RedisConfig.js';
import { optionsLabeler } from './config/ConfigLabeler.js';
import { createInvalidConfigError } from './config/createInvalidConfigError.js';
import { redisConfigSchema } from './config/redisConfigSchema.js';
import { toConfigIssues } from './config/toConfigIssues.js';
import { toRedisConfig } from './config/toRedisConfig.js';
import { urlSecrets } from './config/urlSecrets.js';

const schema = redisConfigSchema('options');

function secretsOf(input: unknown): (string | undefined)[] {
  if (typeof input !== 'object' || input === null) return [];
  const { password, url } = input as { password?: unknown; url?: unknown };
  return [typeof password === 'string' ? password : undefined, ...urlSecrets(url)];
}

/**
 * Validates a configuration object and fills the defaults. The check also runs at run time, so values from
 * JavaScript, JSON or a secrets store are safe to pass (cast them to {@link RedisConfigInput}).
 *
 * @param input - the configuration, discriminated on `mode`.
 * @returns the complete configuration drivers expect.
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem (`details.issues`), each naming the
 * option path and what would be valid. Passwords never appear in it.
 *
 * @example
 * ```ts
 * const config = validateRedisConfig({ mode: 'cluster', nodes: [{ host: '10.0.0.1', port: 7000 }] });
 * config.scaleReads; // 'master'
 * ```
 */
export function validateRedisConfig(input: RedisConfigInput): RedisConfig {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw createInvalidConfigError(toConfigIssues(result.error.issues, optionsLabeler), secretsOf(input));
  }
  return toRedisConfig(result.data);
}
