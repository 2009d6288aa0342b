type Env = Readonly<Record<string, string | undefined>>;

// The variables that say where Redis is (see parseRedisConfigFromEnv): any of them means "use mine".
const addressVariables = ['REDIS_URL', 'REDIS_HOST', 'REDIS_PORT', 'REDIS_CLUSTER_NODES'] as const;

/**
 * Whether the launcher should start a local Redis, and which kind.
 * @param env - usually `process.env`. Empty variables count as unset, as in `parseRedisConfigFromEnv`.
 * @returns `undefined` when the environment names a Redis; else `cluster` when `REDIS_MODE=cluster`,
 *   `standalone` otherwise.
 */
export function embeddedRedisMode(env: Env): 'standalone' | 'cluster' | undefined {
  if (addressVariables.some((name) => (env[name]?.trim() ?? '') !== '')) return undefined;
  return env['REDIS_MODE']?.trim().toLowerCase() === 'cluster' ? 'cluster' : 'standalone';
}
