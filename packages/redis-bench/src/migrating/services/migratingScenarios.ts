import type { IRedisService } from '@org/redis-interface';
import { benchKey, benchValue } from '../../calculations/benchKeys.js';
import type { Contender } from '../../models/Scenario.js';
import { concurrent, sequential, type Operation } from '../../scenarios/loops.js';
import { migratingWorkload } from '../models/MigratingBenchSettings.js';
import type { MigratingScenarioInfo } from '../models/MigratingResults.js';

/** The keys every variant SETs and GETs (16 bytes, spread over the slots). */
export const migratingKeys: readonly string[] = Array.from(
  { length: migratingWorkload.keySpace },
  (_, index) => benchKey('d', index),
);

/** SET and GET, sequential (per-op latency, nothing else in flight) and 100 in flight. */
export const migratingScenarios: readonly MigratingScenarioInfo[] = [
  { id: 'setSequential', title: 'SET sequential', command: 'SET', inFlight: 1 },
  { id: 'getSequential', title: 'GET sequential', command: 'GET', inFlight: 1 },
  {
    id: 'setInFlight',
    title: `SET, ${migratingWorkload.inFlight} in flight`,
    command: 'SET',
    inFlight: migratingWorkload.inFlight,
  },
  {
    id: 'getInFlight',
    title: `GET, ${migratingWorkload.inFlight} in flight`,
    command: 'GET',
    inFlight: migratingWorkload.inFlight,
  },
];

/**
 * The loop of one scenario on one service: every variant SETs the same 64-byte value into the same
 * keys (so both sides keep equal values and a shadow comparison matches) and GETs keys loaded on
 * both sides.
 */
export function scenarioRun(scenario: MigratingScenarioInfo, service: IRedisService): Contender['run'] {
  const op: Operation =
    scenario.command === 'SET'
      ? (index) => service.set(migratingKeys[index % migratingKeys.length] ?? '', benchValue)
      : (index) => service.get(migratingKeys[index % migratingKeys.length] ?? '');
  return scenario.inFlight === 1 ? sequential(op) : concurrent(op, scenario.inFlight);
}
