import { redisEnvVariableKeys, redisEnvVariables } from './redisEnvVariables.js';

/**
 * The migrating client's own options, read as `<prefix>MIGRATION_*` by
 * `parseRedisMigratingConfigFromEnv` (its sides are `SOURCE_<prefix>*` and `TARGET_<prefix>*`).
 */
export const redisMigrationEnvSuffixes = {
  controlKey: 'MIGRATION_CONTROL_KEY',
  shadowSampleRate: 'MIGRATION_SHADOW_SAMPLE_RATE',
  logMismatchedKeys: 'MIGRATION_LOG_KEYS',
  phasePollIntervalMs: 'MIGRATION_PHASE_POLL_MS',
} as const;

// Variables of other packages that share the REDIS_ namespace: the testkit's (parseTestEnvironment,
// selectBackend in @org/redis-testkit).
const otherPackagesVariables = ['REDIS_TEST_URL', 'REDIS_TEST_CLUSTER_NODES', 'REDIS_TESTKIT_BACKEND'];

// Whole families left alone: REDIS_CACHE_* is the namespace of a client named redis_cache (and of
// @org/redis-cache, should it read variables).
const otherPackagesPrefixes = ['REDIS_CACHE_'];

/**
 * Every variable name under `prefix` that some package of this repository reads: the client's own
 * (`redisEnvVariables`), the migrating client's `MIGRATION_*` options, and the testkit's, in that order.
 */
export function knownEnvVariables(prefix: string): string[] {
  return [
    ...redisEnvVariableKeys.map((key) => `${prefix}${redisEnvVariables[key].suffix}`),
    ...Object.values(redisMigrationEnvSuffixes).map((suffix) => `${prefix}${suffix}`),
    ...otherPackagesVariables.filter((name) => name.startsWith(prefix)),
  ];
}

/** Whether a name belongs to a family of variables another package owns (`REDIS_CACHE_*`). */
export function isOtherPackagesVariable(name: string): boolean {
  return otherPackagesPrefixes.some((prefix) => name.startsWith(prefix));
}
