import { isMigratingEnv, redactUrl } from '@org/redis-interface';

type Env = Readonly<Record<string, string | undefined>>;

/** The address the variables of `prefix` name: the first cluster seed node, the URL or host:port. */
function describeAddress(env: Env, prefix: string): string {
  const nodes = env[`${prefix}CLUSTER_NODES`]?.trim();
  if (nodes) {
    const [first = '', ...others] = nodes.split(',').map((node) => node.trim());
    return `Cluster via ${first}${others.length > 0 ? ` (+${others.length} seed nodes)` : ''}`;
  }
  const url = env[`${prefix}URL`]?.trim();
  if (url) return redactUrl(url);
  return `${env[`${prefix}HOST`]?.trim() || 'localhost'}:${env[`${prefix}PORT`]?.trim() || '6379'}`;
}

/**
 * Says which Redis the demo uses, for the start-up line; the password of a URL is masked, password
 * variables are never read. With `REDIS_MODE=migrating`, both sides (`SOURCE_REDIS_*`,
 * `TARGET_REDIS_*`).
 * @param env - the environment given to the factory.
 * @param embedded - whether the launcher started that Redis itself.
 */
export function describeRedisTarget(env: Env, embedded: boolean): string {
  const origin = embedded ? 'embedded Redis' : 'Redis';
  if (isMigratingEnv(env))
    return `${origin} migrating: source ${describeAddress(env, 'SOURCE_REDIS_')}, target ${describeAddress(env, 'TARGET_REDIS_')}`;
  return `${origin} ${describeAddress(env, 'REDIS_')}`;
}
