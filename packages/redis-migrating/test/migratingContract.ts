import { afterAll, beforeAll } from 'vitest';
import {
  formatRedisMigrationControl,
  validateRedisConfig,
  validateRedisMigratingConfig,
  type IRedisService,
  type RedisConfig,
  type RedisMigrationPhase,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { RedisStandaloneService } from '@org/redis-standalone';
import {
  describeRedisContract,
  redisTestServers,
  startStandalone,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { RedisMigratingService } from '@org/redis-migrating';

/** Builds a driver for one side, as the factory does. */
export function createDriver(config: RedisConfig): IRedisService {
  return config.mode === 'cluster' ? new RedisClusterService(config) : new RedisStandaloneService(config);
}

/** The options of `config` a partner side shares (prefix, timeouts), without its address, credentials or TLS. */
const sideOnly: ReadonlySet<string> = new Set([
  'mode',
  'username',
  'password',
  'tls',
  'connectionName',
  'host',
  'port',
  'url',
  'db',
  'nodes',
  'natMap',
  'scaleReads',
  'shardedPubSub',
]);

function commonOptions(config: RedisConfig): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([field]) => !sideOnly.has(field)));
}

function isShared(config: RedisConfig): boolean {
  const servers = redisTestServers();
  if (config.mode === 'standalone')
    return config.host === servers.standalone.host && config.port === servers.standalone.port;
  return config.nodes.some((node) =>
    servers.cluster.startupNodes.some((shared) => shared.host === node.host && shared.port === node.port),
  );
}

/** Writes the control value `phase` on a side before the service reads it. */
async function pin(config: RedisConfig, controlKey: string, phase: RedisMigrationPhase): Promise<void> {
  const admin = createDriver({ ...config, connectionName: 'contract-pin' });
  await admin.connect();
  try {
    await admin.set(
      controlKey,
      formatRedisMigrationControl({ phase, revision: 1, changedAt: new Date(0).toISOString() }),
    );
  } finally {
    await admin.quit();
  }
}

/**
 * The contract suite against a migrating service pinned to `phase`: the contract's config is the
 * authoritative side (the shared standalone server until `cutover`, the shared cluster from then
 * on), paired with the other shared server. A config of a topology a group starts for itself (FLUSHDB,
 * pub/sub restarts, closed ports) is paired with a private standalone server of this file, so
 * nothing here ever writes outside the suite's key prefix on the shared servers.
 */
export function describeMigratingContract(phase: RedisMigrationPhase): void {
  const authoritative = phase === 'dual-write' || phase === 'shadow' ? 'standalone' : 'cluster';
  const controlKey = `migrating-contract:${phase}`;
  let partner: RedisStandaloneTopology | undefined;
  beforeAll(async () => {
    partner = await startStandalone();
  }, 60_000);
  afterAll(async () => {
    await partner?.stop();
  });

  function other(config: RedisConfig): RedisConfig {
    const common = commonOptions(config);
    if (!isShared(config)) {
      if (partner === undefined) throw new Error('the partner server has not started');
      return validateRedisConfig({ ...common, mode: 'standalone', host: partner.host, port: partner.port });
    }
    const servers = redisTestServers();
    return authoritative === 'standalone'
      ? validateRedisConfig({
          ...common,
          mode: 'cluster',
          nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
        })
      : validateRedisConfig({
          ...common,
          mode: 'standalone',
          host: servers.standalone.host,
          port: servers.standalone.port,
        });
  }

  describeRedisContract({
    mode: authoritative,
    // The standalone side faces a cluster: it runs with strictCrossSlot (see sideConfig).
    refusesCrossSlot: true,
    createService: (config) => {
      const partnerConfig = other(config);
      const [source, target] =
        authoritative === 'standalone' ? [config, partnerConfig] : [partnerConfig, config];
      const migrating = validateRedisMigratingConfig({
        mode: 'migrating',
        source,
        target,
        controlKey,
        shadowSampleRate: phase === 'shadow' ? 1 : 0,
        phasePollIntervalMs: 60_000,
      });
      const service = new RedisMigratingService(migrating, createDriver);
      const connect = service.connect.bind(service);
      // Pinned through the control key itself, as `redis-migrate phase` would set it; a side that
      // cannot be reached is the connect's own error to report.
      service.connect = async () => {
        await Promise.allSettled([pin(source, controlKey, phase), pin(target, controlKey, phase)]);
        await connect();
      };
      return service;
    },
  });
}
