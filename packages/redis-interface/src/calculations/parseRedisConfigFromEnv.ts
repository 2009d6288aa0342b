import { readFileSync } from 'node:fs';
import type { ParseRedisConfigFromEnvOptions } from '../models/config/ParseRedisConfigFromEnvOptions.js';
import type { RedisConfig } from '../models/config/RedisConfig.js';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { createInvalidConfigError } from './config/createInvalidConfigError.js';
import { emitConfigWarning } from './config/emitConfigWarning.js';
import { envClusterUrlIssue } from './config/envClusterUrlIssue.js';
import { envHostIssues } from './config/envHostIssues.js';
import { envLabeler } from './config/envLabeler.js';
import { envToConfigInput, tlsConflictSchema, type RedisEnvValues } from './config/envToConfigInput.js';
import { redisConfigSchema } from './config/redisConfigSchema.js';
import { redisEnvSchemas } from './config/redisEnvSchemas.js';
import {
  redisEnvVariableKeys,
  redisEnvVariableNames,
  type RedisEnvVariable,
} from './config/redisEnvVariables.js';
import { toConfigIssues } from './config/toConfigIssues.js';
import { toRedisConfig } from './config/toRedisConfig.js';
import { unknownEnvVariables } from './config/unknownEnvVariables.js';
import { urlSecrets } from './config/urlSecrets.js';

const schema = redisConfigSchema('env');

/**
 * Reads the Redis configuration from environment variables (`REDIS_MODE`, `REDIS_URL`, `REDIS_HOST`, …; see
 * `docs/configuration.md` and `.env.example`), validates it and fills the defaults.
 *
 * @remarks
 * Empty variables count as unset. Booleans accept true/false, 1/0 and yes/no. Variables of the other mode
 * (e.g. `REDIS_HOST` with `REDIS_MODE=cluster`) are problems, so a mode switch never silently ignores a
 * setting; `REDIS_DB` other than 0 is rejected in cluster mode, and cluster mode with a `REDIS_URL` but no
 * `REDIS_CLUSTER_NODES` says which variable to set instead. A host with a port (`REDIS_HOST=cache:6380`) or a
 * URL with a bad port is a problem naming the port. TLS is on with `REDIS_TLS=true`, `rediss://`
 * or any TLS file or server name variable; `REDIS_TLS_REJECT_UNAUTHORIZED` never turns it on (`false` while
 * TLS is off is a problem). The TLS file variables are read with `options.readFile`. A set `REDIS_*` variable
 * that no package reads (a typo such as `REDIS_TIMEOUT_MS`) is not a problem but a warning naming the closest
 * known variable, given to `options.onWarning` (default `process.emitWarning`); the `REDIS_MIGRATION_*`,
 * testkit (`REDIS_TEST_URL`, …) and `REDIS_CACHE_*` variables are known.
 *
 * @param env - the variables, usually `process.env`.
 * @param options - the file reader, the variable prefix and the warning receiver.
 * @returns the complete configuration drivers expect.
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem (`details.issues`), each naming the
 * variable and what would be valid. The password and URL credentials never appear in it.
 *
 * @example
 * ```ts
 * const config = parseRedisConfigFromEnv(process.env);
 * ```
 */
export function parseRedisConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: ParseRedisConfigFromEnvOptions = {},
): RedisConfig {
  const prefix = options.prefix ?? 'REDIS_';
  const names = redisEnvVariableNames(prefix);
  for (const warning of unknownEnvVariables(env, prefix)) (options.onWarning ?? emitConfigWarning)(warning);
  const labeler = envLabeler(names);
  const { values, issues } = convertEnv(env, names, options.readFile ?? ((path) => readFileSync(path)));
  const conflicts = tlsConflictSchema(names).safeParse(values);
  if (!conflicts.success) issues.push(...toConfigIssues(conflicts.error.issues, labeler));
  issues.push(...envHostIssues(values, names));
  const result = schema.safeParse(envToConfigInput(values));
  if (!result.success) {
    // A variable that failed its conversion is reported once, by the conversion.
    const reported = new Set(issues.map((found) => found.path));
    issues.push(...toConfigIssues(result.error.issues, labeler).filter((found) => !reported.has(found.path)));
  }
  // Replaces the two problems it explains: "only for standalone mode" and "is empty".
  const clusterUrl = envClusterUrlIssue(values, names);
  const all =
    clusterUrl === undefined
      ? issues
      : [
          ...issues.filter((found) => found.path !== names.url && found.path !== names.clusterNodes),
          clusterUrl,
        ];
  if (all.length > 0 || !result.success) {
    const order = redisEnvVariableKeys.map((key) => names[key]);
    const sorted = [...all].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    throw createInvalidConfigError(sorted, [env[names.password], ...urlSecrets(env[names.url])]);
  }
  return toRedisConfig(result.data);
}

function convertEnv(
  env: Readonly<Record<string, string | undefined>>,
  names: Readonly<Record<RedisEnvVariable, string>>,
  readFile: (path: string) => string | Buffer,
): { values: RedisEnvValues; issues: RedisConfigIssue[] } {
  const schemas = redisEnvSchemas(readFile);
  const values: RedisEnvValues = {};
  const issues: RedisConfigIssue[] = [];
  for (const key of redisEnvVariableKeys) {
    const text = env[names[key]];
    if (text === undefined || text.trim() === '') continue;
    const result = schemas[key].safeParse(text);
    if (result.success) {
      values[key] = result.data;
    } else {
      issues.push(
        ...result.error.issues.map((found) => ({
          path: names[key],
          message: `${names[key]} ${found.message}`,
        })),
      );
    }
  }
  return { values, issues };
}
