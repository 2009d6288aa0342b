import {
  redisMigrationPhases,
  type RedisMigrationEvent,
  type RedisMigrationPhase,
} from '@org/redis-interface';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toClientLabel } from '../calculations/toClientLabel.js';
import { toCommandLabel } from '../calculations/toCommandLabel.js';
import { toErrorCodeLabel } from '../calculations/toErrorCodeLabel.js';
import type { RedisMetricSet } from './createMetricSet.js';

const phases: ReadonlySet<string> = new Set(redisMigrationPhases);
const sides: ReadonlySet<string> = new Set(['source', 'target']);
const shadowOutcomes: ReadonlySet<string> = new Set(['match', 'mismatch', 'error']);

function isPhase(phase: unknown): phase is RedisMigrationPhase {
  return typeof phase === 'string' && phases.has(phase);
}

/**
 * The subscriber of the `migration` channel: turns a migrating service's events into the
 * `migration_*` metrics of `metrics`.
 *
 * A phase event sets `migration_phase` of every known phase (1 for the new one, 0 for the others)
 * so that `== 1` selects exactly the phase in force and a panel never shows a stale 1. A phase
 * outside {@link redisMigrationPhases} is ignored, like an unknown connection state: setting it
 * would leave no phase at 1 for a name no panel knows.
 */
export function createMigrationMetricHandler(metrics: RedisMetricSet): (event: unknown) => void {
  return (raw) => {
    const event = raw as RedisMigrationEvent;
    const client = toClientLabel(event.client);
    switch (event.event) {
      case 'phase': {
        const current = event.phase;
        if (!isPhase(current)) return;
        for (const phase of redisMigrationPhases) {
          metrics.migration_phase.set({ client, phase }, phase === current ? 1 : 0);
        }
        return;
      }
      case 'secondary-write-failed':
        metrics.migration_secondary_write_failures_total.inc({
          client,
          side: toBoundedLabel(event.side, sides),
          command: toCommandLabel(event.command),
          code: toErrorCodeLabel(event.errorCode),
        });
        return;
      case 'shadow-read':
        metrics.migration_shadow_reads_total.inc({
          client,
          command: toCommandLabel(event.command),
          outcome: toBoundedLabel(event.outcome, shadowOutcomes),
        });
        return;
    }
  };
}
