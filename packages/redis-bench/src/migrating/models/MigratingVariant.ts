import type { RedisMigrationPhase } from '@org/redis-interface';

/** The five services `bench:migrating` measures side by side. */
export type MigratingVariantId = 'standalone' | 'cluster' | 'dualWrite' | 'shadow' | 'cutover';

/** One measured service: a plain side, or the migrating service in one phase. */
export interface MigratingVariantSpec {
  readonly id: MigratingVariantId;
  /** What the table calls it. */
  readonly label: string;
  /** What a sentence calls it (`the source alone`). */
  readonly short: string;
  /** The phase its control key holds; none for a plain service. */
  readonly phase?: RedisMigrationPhase;
}

/**
 * The variants, in the order of the table: the source alone (the baseline), the target alone, then
 * the migrating service (standalone source, cluster target) in dual-write, shadow and cutover.
 */
export const migratingVariants: readonly MigratingVariantSpec[] = [
  { id: 'standalone', label: 'standalone (source alone, baseline)', short: 'the source alone' },
  { id: 'cluster', label: 'cluster (target alone)', short: 'the target alone' },
  { id: 'dualWrite', label: 'migrating, dual-write', short: 'dual-write', phase: 'dual-write' },
  { id: 'shadow', label: 'migrating, shadow (sample 0.01)', short: 'shadow', phase: 'shadow' },
  { id: 'cutover', label: 'migrating, cutover', short: 'cutover', phase: 'cutover' },
];
