import type { RedisConfigInput } from '@org/redis-interface';
import type { RedisTopology } from '@org/redis-testkit';
import type { ChaosSettings } from '../models/ChaosSettings.js';

/** The configuration of a service on `topology`, with the suite's command timeout. */
export function chaosConfig(topology: RedisTopology, settings: ChaosSettings): RedisConfigInput {
  const common = { commandTimeoutMs: settings.commandTimeoutMs, connectTimeoutMs: 5_000 };
  return topology.kind === 'standalone'
    ? { ...common, mode: 'standalone', host: topology.host, port: topology.port }
    : { ...common, mode: 'cluster', nodes: topology.startupNodes.map(({ host, port }) => ({ host, port })) };
}
