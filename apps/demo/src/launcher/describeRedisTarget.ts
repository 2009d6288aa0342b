import { redactUrl } from '@org/redis-interface';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Says which Redis the demo uses, for the start-up line; the password of a URL is masked.
 * @param env - the environment given to the factory.
 * @param embedded - whether the launcher started that Redis itself.
 */
export function describeRedisTarget(env: Env, embedded: boolean): string {
  const origin = embedded ? 'embedded Redis' : 'Redis';
  const nodes = env['REDIS_CLUSTER_NODES']?.trim();
  if (nodes) {
    const [first = '', ...others] = nodes.split(',').map((node) => node.trim());
    return `${origin} Cluster via ${first}${others.length > 0 ? ` (+${others.length} seed nodes)` : ''}`;
  }
  const url = env['REDIS_URL']?.trim();
  if (url) return `${origin} ${redactUrl(url)}`;
  return `${origin} ${env['REDIS_HOST']?.trim() || 'localhost'}:${env['REDIS_PORT']?.trim() || '6379'}`;
}
