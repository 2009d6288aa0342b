import { RedisFactoryService } from '@org/redis-factory';
import {
  formatRedisMigrationControl,
  type IRedisService,
  type RedisClusterConfigInput,
  type RedisStandaloneConfigInput,
} from '@org/redis-interface';
import type { BenchServers } from '../../services/servers.js';
import { migratingWorkload } from '../models/MigratingBenchSettings.js';
import { migratingVariants, type MigratingVariantId } from '../models/MigratingVariant.js';

/** The five services, connected. */
export interface ConnectedVariants {
  readonly services: ReadonlyMap<MigratingVariantId, IRedisService>;
  /** What was checked while connecting (phases read back from the control keys). */
  readonly checks: readonly string[];
  /** Quit every service (never throws). */
  close(): Promise<void>;
}

/**
 * Each migrating variant has a control key of its own, so the three phases hold at once on the
 * same two servers (the default key would give all three the same phase).
 */
export const benchControlKey = (variant: MigratingVariantId): string => `bench-migrating:${variant}:phase`;

/**
 * Build every variant with the factory (the plain sides with the same configuration the migrating
 * service gives its sides), write each migrating variant's phase into its control key on both
 * servers, connect them all, and check that each migrating service read its phase.
 *
 * @throws whatever a connect throws, or Error when a service runs in another phase; the services
 *   already built are disconnected first.
 */
export async function connectVariants(servers: BenchServers): Promise<ConnectedVariants> {
  const factory = new RedisFactoryService();
  const source: RedisStandaloneConfigInput = {
    mode: 'standalone',
    host: servers.standalone.host,
    port: servers.standalone.port,
  };
  const target: RedisClusterConfigInput = {
    mode: 'cluster',
    nodes: servers.cluster.startupNodes.map((node) => ({ host: node.host, port: node.port })),
  };
  const services = new Map<MigratingVariantId, IRedisService>();
  try {
    const plain = { standalone: factory.create(source), cluster: factory.create(target) };
    services.set('standalone', plain.standalone);
    services.set('cluster', plain.cluster);
    await Promise.all([plain.standalone.connect(), plain.cluster.connect()]);
    const changedAt = new Date().toISOString();
    const checks: string[] = [];
    for (const variant of migratingVariants) {
      if (variant.phase === undefined) continue;
      const controlKey = benchControlKey(variant.id);
      const control = formatRedisMigrationControl({ phase: variant.phase, revision: 1, changedAt });
      await Promise.all([plain.standalone.set(controlKey, control), plain.cluster.set(controlKey, control)]);
      const service = factory.create({
        mode: 'migrating',
        source,
        target,
        controlKey,
        shadowSampleRate: migratingWorkload.shadowSampleRate,
      });
      services.set(variant.id, service);
      await service.connect();
      const phase = (await service.health()).migration?.phase;
      if (phase !== variant.phase)
        throw new Error(`${variant.label}: the service runs in ${String(phase)}, not ${variant.phase}`);
      checks.push(`${variant.label}: the service read phase ${phase} from its control key.`);
    }
    const close = async (): Promise<void> => {
      await Promise.allSettled([...services.values()].map((service) => service.quit()));
    };
    return { services, checks, close };
  } catch (error) {
    await Promise.allSettled([...services.values()].map((service) => service.disconnect()));
    throw error;
  }
}
