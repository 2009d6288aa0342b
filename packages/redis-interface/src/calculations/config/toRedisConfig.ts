import type { RedisConfig } from '../../models/config/RedisConfig.js';
import type { RedisTlsConfig } from '../../models/config/RedisTlsConfig.js';
import type { ParsedRedisConfig } from './redisConfigSchema.js';
import { withRedactedView } from './withRedactedView.js';

type ParsedTls = ParsedRedisConfig['tls'];

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function toTls(tls: ParsedTls, urlTls: boolean): RedisTlsConfig | false {
  if (tls === null || (tls === undefined && !urlTls)) return false;
  const settings = tls ?? {};
  return {
    ...defined('ca', settings.ca),
    ...defined('cert', settings.cert),
    ...defined('key', settings.key),
    ...defined('servername', settings.servername),
    rejectUnauthorized: settings.rejectUnauthorized ?? true,
  };
}

/**
 * The final {@link RedisConfig} from a parsed one: exact optional properties, TLS normalised, and in
 * standalone mode the URL merged (options given separately win over the URL's), and secrets
 * masked when it is inspected or serialised (see {@link withRedactedView}).
 */
export function toRedisConfig(parsed: ParsedRedisConfig): RedisConfig {
  const url = parsed.mode === 'standalone' ? parsed.url : undefined;
  const common = {
    ...defined('username', parsed.username ?? url?.username),
    ...defined('password', parsed.password ?? url?.password),
    tls: toTls(parsed.tls, url?.tls ?? false),
    keyPrefix: parsed.keyPrefix,
    connectTimeoutMs: parsed.connectTimeoutMs,
    commandTimeoutMs: parsed.commandTimeoutMs,
    maxRetriesPerRequest: parsed.maxRetriesPerRequest,
    reconnectInitialDelayMs: parsed.reconnectInitialDelayMs,
    reconnectMaxDelayMs: parsed.reconnectMaxDelayMs,
    enableAutoPipelining: parsed.enableAutoPipelining,
    ...defined('connectionName', parsed.connectionName),
    strictCrossSlot: parsed.strictCrossSlot,
    maxDedicatedConnections: parsed.maxDedicatedConnections,
  };
  if (parsed.mode === 'cluster') {
    return withRedactedView({
      ...common,
      mode: 'cluster',
      nodes: parsed.nodes.map((node) => ({ host: node.host, port: node.port })),
      scaleReads: parsed.scaleReads,
      natMap: parsed.natMap,
      shardedPubSub: parsed.shardedPubSub,
    });
  }
  return withRedactedView({
    ...common,
    mode: 'standalone',
    host: url?.host ?? parsed.host ?? 'localhost',
    port: url?.port ?? parsed.port ?? 6379,
    db: parsed.db ?? url?.db ?? 0,
  });
}
