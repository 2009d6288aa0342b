import type { RedisClusterConfig, RedisStandaloneConfig } from '@org/redis-interface';

/**
 * What "ours (defaults)" runs with, read from the validated configs (so the report follows the
 * schema's defaults if they change), one phrase per option.
 */
export function describeDefaults(standalone: RedisStandaloneConfig, cluster: RedisClusterConfig): string[] {
  return [
    `auto-pipelining ${standalone.enableAutoPipelining ? 'on' : 'off'} (\`enableAutoPipelining\` defaults to ${String(standalone.enableAutoPipelining)} in the config schema of \`@org/redis-interface\`)`,
    `commandTimeoutMs ${standalone.commandTimeoutMs} (passed to ioredis as \`commandTimeout\`; every command also has a deadline of the layer's own)`,
    `connectTimeoutMs ${standalone.connectTimeoutMs}`,
    `maxRetriesPerRequest ${standalone.maxRetriesPerRequest}`,
    `key prefix ${standalone.keyPrefix === '' ? 'none' : `"${standalone.keyPrefix}"`}`,
    `cluster reads from \`${cluster.scaleReads}\``,
  ];
}
