type Env = Readonly<Record<string, string | undefined>>;

// The variables that say where Redis is (see parseRedisConfigFromEnv), after their prefix.
const addressSuffixes = ['URL', 'HOST', 'PORT', 'CLUSTER_NODES'] as const;

/**
 * The variables naming a Redis address under a prefix: `REDIS_URL`, `REDIS_HOST`, `REDIS_PORT`,
 * `REDIS_CLUSTER_NODES` for `REDIS_`; `SOURCE_REDIS_URL`, … for a migrating side.
 * @param prefix - e.g. `REDIS_` or `SOURCE_REDIS_`.
 */
export function addressVariables(prefix: string): readonly string[] {
  return addressSuffixes.map((suffix) => `${prefix}${suffix}`);
}

/**
 * Whether one of the address variables of `prefix` is set. Empty variables count as unset, as in
 * `parseRedisConfigFromEnv`.
 * @param env - usually `process.env`.
 * @param prefix - e.g. `REDIS_` or `TARGET_REDIS_`.
 */
export function namesAnAddress(env: Env, prefix: string): boolean {
  return addressVariables(prefix).some((name) => (env[name]?.trim() ?? '') !== '');
}
