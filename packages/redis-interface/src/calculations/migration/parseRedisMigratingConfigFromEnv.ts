import type { ParseRedisConfigFromEnvOptions } from '../../models/config/ParseRedisConfigFromEnvOptions.js';
import type { RedisMigratingConfig } from '../../models/config/RedisMigratingConfig.js';
import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import { emitConfigWarning } from '../config/emitConfigWarning.js';
import { redisMigrationEnvSuffixes } from '../config/knownEnvVariables.js';
import { redisEnvVariableNames } from '../config/redisEnvVariables.js';
import { unknownEnvVariables } from '../config/unknownEnvVariables.js';
import { parseRedisConfigFromEnv } from '../parseRedisConfigFromEnv.js';
import { assembleMigratingConfig, type MigratingConfigNames } from './validateRedisMigratingConfig.js';

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function number(env: Env, name: string): number | undefined {
  const value = text(env, name);
  // Not a number stays a string, so the option check names the variable and the value.
  return value === undefined
    ? undefined
    : Number.isNaN(Number(value))
      ? (value as unknown as number)
      : Number(value);
}

function flag(env: Env, name: string): boolean | undefined {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  return value as unknown as boolean;
}

/** Whether the environment asks for a migrating service: `<prefix>MODE=migrating`. */
export function isMigratingEnv(env: Env, prefix = 'REDIS_'): boolean {
  return text(env, `${prefix}MODE`)?.toLowerCase() === 'migrating';
}

/**
 * Reads a migrating configuration from environment variables: `REDIS_MODE=migrating`, the source
 * from `SOURCE_REDIS_*` and the target from `TARGET_REDIS_*` (the variables `redis-migrate` reads,
 * each side as {@link parseRedisConfigFromEnv} reads `REDIS_*`), and the options
 * `REDIS_MIGRATION_CONTROL_KEY`, `REDIS_MIGRATION_SHADOW_SAMPLE_RATE`, `REDIS_MIGRATION_LOG_KEYS`,
 * `REDIS_MIGRATION_PHASE_POLL_MS`.
 *
 * @remarks
 * With a prefix (`CACHE_`), the names are `CACHE_MODE`, `SOURCE_CACHE_*`, `TARGET_CACHE_*` and
 * `CACHE_MIGRATION_*`. A connection variable of the migrating client itself (`REDIS_URL`,
 * `REDIS_HOST`, …) is a problem: the sides are configured by their own variables. Unknown variables get
 * warnings, as in {@link parseRedisConfigFromEnv} (`options.onWarning`), for each prefix.
 *
 * @param env - the variables, usually `process.env`.
 * @param options - the file reader (TLS files), the prefix and the warning receiver.
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem of both sides and of the options,
 *   each naming its variable; passwords and URL credentials never appear in it.
 */
export function parseRedisMigratingConfigFromEnv(
  env: Env,
  options: ParseRedisConfigFromEnvOptions = {},
): RedisMigratingConfig {
  const prefix = options.prefix ?? 'REDIS_';
  const issues: RedisConfigIssue[] = [];
  const own = redisEnvVariableNames(prefix);
  for (const [key, name] of Object.entries(own)) {
    if (key === 'mode' || text(env, name) === undefined) continue;
    issues.push({
      path: name,
      message: `${name} is set but ${own.mode}=migrating: configure the sides with SOURCE_${prefix}* and TARGET_${prefix}* instead`,
    });
  }
  for (const warning of unknownEnvVariables(env, prefix)) (options.onWarning ?? emitConfigWarning)(warning);
  const names: MigratingConfigNames = {
    source: `SOURCE_${prefix}*`,
    target: `TARGET_${prefix}*`,
    controlKey: `${prefix}${redisMigrationEnvSuffixes.controlKey}`,
    shadowSampleRate: `${prefix}${redisMigrationEnvSuffixes.shadowSampleRate}`,
    logMismatchedKeys: `${prefix}${redisMigrationEnvSuffixes.logMismatchedKeys}`,
    phasePollIntervalMs: `${prefix}${redisMigrationEnvSuffixes.phasePollIntervalMs}`,
  };
  const values = {
    controlKey: text(env, names.controlKey),
    shadowSampleRate: number(env, names.shadowSampleRate),
    logMismatchedKeys: flag(env, names.logMismatchedKeys),
    phasePollIntervalMs: number(env, names.phasePollIntervalMs),
  };
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return assembleMigratingConfig(
    {
      source: () => parseRedisConfigFromEnv(env, { ...options, prefix: `SOURCE_${prefix}` }),
      target: () => parseRedisConfigFromEnv(env, { ...options, prefix: `TARGET_${prefix}` }),
    },
    defined,
    names,
    issues,
  );
}
