import type { RedisMigrationPhase } from '@org/redis-interface';
import type { MigratingSides } from '../models/MigratingSides.js';
import type { PhaseRoles } from '../models/PhaseRoles.js';

/**
 * The roles of the sides in `phase`: the source is authoritative until `cutover`, the target from
 * then on; both take every write until `done`, so moving back one phase never loses a write.
 */
export function phaseRoles(phase: RedisMigrationPhase, sides: MigratingSides): PhaseRoles {
  const { source, target } = sides;
  switch (phase) {
    case 'dual-write':
    case 'shadow':
      return {
        phase,
        read: source,
        primary: source,
        primarySide: 'source',
        secondary: target,
        secondarySide: 'target',
        shadow: phase === 'shadow' ? target : undefined,
      };
    case 'cutover':
      return {
        phase,
        read: target,
        primary: target,
        primarySide: 'target',
        secondary: source,
        secondarySide: 'source',
        shadow: undefined,
      };
    case 'done':
      return {
        phase,
        read: target,
        primary: target,
        primarySide: 'target',
        secondary: undefined,
        secondarySide: undefined,
        shadow: undefined,
      };
  }
}
