import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import type { RedisEnvValues } from './envToConfigInput.js';
import type { RedisEnvVariable } from './redisEnvVariables.js';
import { redisUrlSchema, type RedisUrlParts } from './redisUrlSchema.js';

type Names = Readonly<Record<RedisEnvVariable, string>>;

// What else the URL carried, and where it goes in cluster mode.
function moves(url: RedisUrlParts, names: Names): string {
  const parts = [
    url.username === undefined ? [] : [`its user name to ${names.username}`],
    url.password === undefined ? [] : [`its password to ${names.password}`],
    url.tls ? [`rediss:// to ${names.tls}=true`] : [],
  ].flat();
  return parts.length === 0 ? '' : `, and move ${parts.join(', ')}`;
}

function nodeOf(url: RedisUrlParts): string {
  return `${url.host.includes(':') ? `[${url.host}]` : url.host}:${url.port}`;
}

/**
 * The one problem for cluster mode configured with a standalone URL and no seed nodes, a common leftover of
 * a mode switch: instead of "REDIS_URL is only for standalone mode" plus "REDIS_CLUSTER_NODES is empty", one
 * message saying which variable cluster mode reads, with the URL's host and port as a first node. (The
 * cluster configuration has no URL: its drivers take seed nodes.) Never shows the URL's credentials.
 *
 * @returns the issue, or undefined when the environment is not in that case.
 */
export function envClusterUrlIssue(values: RedisEnvValues, names: Names): RedisConfigIssue | undefined {
  if (values.mode !== 'cluster' || values.url === undefined || values.clusterNodes !== undefined)
    return undefined;
  const parsed = redisUrlSchema.safeParse(values.url);
  const fix = parsed.success
    ? `set ${names.clusterNodes}=${nodeOf(parsed.data)} (the URL's host and port; add the other nodes)${moves(parsed.data, names)}`
    : `set ${names.clusterNodes} to host:port[,host:port]`;
  return {
    path: names.url,
    message: `${names.url} is for standalone mode; ${names.mode}=cluster reads the seed nodes from ${names.clusterNodes}: ${fix}, then unset ${names.url}. Or set ${names.mode}=standalone`,
  };
}
