import { isMigratingEnv } from '@org/redis-interface';
import { namesAnAddress } from './addressVariables.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether the launcher should start a local Redis, and which kind.
 * @param env - usually `process.env`. Empty variables count as unset, as in `parseRedisConfigFromEnv`.
 * @returns `undefined` when the environment names a Redis (`REDIS_URL`, `REDIS_HOST`, `REDIS_PORT`
 *   or `REDIS_CLUSTER_NODES`) or asks for `REDIS_MODE=migrating` (a live move is between two Redis
 *   deployments that exist: see {@link migratingSidesProblem}); else `cluster` when
 *   `REDIS_MODE=cluster`, `standalone` otherwise.
 */
export function embeddedRedisMode(env: Env): 'standalone' | 'cluster' | undefined {
  if (isMigratingEnv(env) || namesAnAddress(env, 'REDIS_')) return undefined;
  return env['REDIS_MODE']?.trim().toLowerCase() === 'cluster' ? 'cluster' : 'standalone';
}
