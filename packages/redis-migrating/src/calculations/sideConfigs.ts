import type { RedisConfig, RedisMigratingConfig, RedisMigrationSide } from '@org/redis-interface';

/** The migrating client's name: the source's `connectionName`, else `migrating`. */
export function migratingClientName(config: RedisMigratingConfig): string {
  return config.source.connectionName ?? 'migrating';
}

/**
 * The configuration each side's service is built from:
 * - named `<name>:source` / `<name>:target` (`<name>`: the side's own `connectionName`, else the
 *   migrating client's name), so per-side latency and errors come apart in the command metrics;
 * - a standalone side facing a cluster gets `strictCrossSlot`: a multi-key write the cluster would
 *   refuse is refused before it reaches either side, instead of succeeding on one side only.
 */
export function sideConfig(config: RedisMigratingConfig, side: RedisMigrationSide): RedisConfig {
  const own = config[side];
  const other = config[side === 'source' ? 'target' : 'source'];
  return {
    ...own,
    connectionName: `${own.connectionName ?? migratingClientName(config)}:${side}`,
    strictCrossSlot: own.strictCrossSlot || (own.mode === 'standalone' && other.mode === 'cluster'),
  };
}
