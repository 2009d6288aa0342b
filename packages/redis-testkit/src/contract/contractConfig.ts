import { randomBytes } from 'node:crypto';
import {
  validateRedisConfig,
  type RedisCommonConfigInput,
  type RedisConfig,
  type RedisConfigInput,
  type RedisMode,
  type RedisNodeAddress,
} from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { redisTestServers } from '../vitest/redisTestServers.js';

/**
 * A key prefix unique to one run of the suite, e.g. `contract:1f2e3d4c:`, so that keys of concurrent runs
 * on the shared servers never meet.
 *
 * @returns the prefix, ending with `:` and free of `{`/`}` (it must not become a hash tag).
 */
export function contractKeyPrefix(): string {
  return `contract:${randomBytes(4).toString('hex')}:`;
}

/**
 * A validated config of `mode` pointing at `addresses` (standalone: the first one).
 *
 * @param mode - the driver's mode.
 * @param addresses - where the server or the cluster's seed nodes are.
 * @param common - `keyPrefix` and any other common option.
 * @returns the complete config.
 * @throws RedisError `INVALID_CONFIG` when the options are invalid.
 */
export function configAt(
  mode: RedisMode,
  addresses: readonly RedisNodeAddress[],
  common: RedisCommonConfigInput,
): RedisConfig {
  const [first] = addresses;
  if (first === undefined) throw new Error('configAt needs at least one address');
  const input: RedisConfigInput =
    mode === 'standalone'
      ? { ...common, mode: 'standalone', host: first.host, port: first.port }
      : { ...common, mode: 'cluster', nodes: addresses.map(({ host, port }) => ({ host, port })) };
  return validateRedisConfig(input);
}

/**
 * The config of `mode` for the shared servers of this test run ({@link redisTestServers}).
 *
 * @param mode - the driver's mode.
 * @param common - `keyPrefix` and any other common option.
 * @returns the complete config.
 */
export function sharedServerConfig(mode: RedisMode, common: RedisCommonConfigInput): RedisConfig {
  const servers = redisTestServers();
  return mode === 'standalone'
    ? configAt(mode, [servers.standalone], common)
    : configAt(mode, servers.cluster.startupNodes, common);
}

function topologyOptions(topology: RedisTopology): RedisCommonConfigInput {
  const { credentials, tls } = topology;
  return {
    ...(credentials?.username === undefined ? {} : { username: credentials.username }),
    ...(credentials === undefined ? {} : { password: credentials.password }),
    ...(tls === undefined ? {} : { tls: { ca: tls.ca, servername: tls.servername } }),
  };
}

/**
 * The config for a topology a test started itself, in the topology's mode, with its credentials and TLS.
 *
 * @param topology - what `startStandalone()` or `startCluster()` returned.
 * @param common - `keyPrefix` and any other common option (they win over the topology's).
 * @returns the complete config.
 */
export function topologyConfig(topology: RedisTopology, common: RedisCommonConfigInput): RedisConfig {
  const options = { ...topologyOptions(topology), ...common };
  return topology.kind === 'standalone'
    ? configAt('standalone', [topology], options)
    : configAt('cluster', topology.startupNodes, options);
}
