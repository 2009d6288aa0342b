import { definitionKeys, serviceDefinitions } from '@org/redis-core';
import type { IRedisCommandQueue, PipelineResult } from '@org/redis-interface';
import { memberRole } from '../calculations/memberRole.js';
import { replayStep, type ReplayStep } from '../calculations/replayStep.js';
import type { PhaseRoles } from '../models/PhaseRoles.js';
import type { RecordedEntry } from '../models/RecordedEntry.js';
import type { MigrationRouter } from './MigrationRouter.js';

interface Replayed {
  readonly entry: RecordedEntry;
  readonly step: ReplayStep;
}

/** The writes among `entries` the authoritative side took (`results[i].ok`), as their replays. */
function writesTaken(
  entries: readonly RecordedEntry[],
  results: readonly PipelineResult[] | undefined,
): Replayed[] {
  const replayed: Replayed[] = [];
  entries.forEach((entry, index) => {
    const definition = serviceDefinitions[entry.member];
    if (definition === undefined || memberRole(entry.member, definition) !== 'write') return;
    const result = results?.[index];
    if (results !== undefined && result?.ok !== true) return;
    const step = replayStep(entry.member, entry.args, result?.ok === true ? result.value : undefined);
    if (step !== undefined) replayed.push({ entry, step });
  });
  return replayed;
}

/**
 * Replays on the other side the writes of a pipeline, transaction or durable write the
 * authoritative side ran, through a queue of the other side (`run` queues and executes them): a
 * write the other side refused, or all of them when the queue failed as a whole, is recorded for
 * repair (see {@link MigrationRouter.missed}).
 *
 * @param router - the service's router.
 * @param roles - the roles the batch ran in.
 * @param entries - the queued commands, in order.
 * @param results - the authoritative side's results (absent: every entry was applied).
 * @param run - runs the queued replay on the other side and resolves its results.
 */
export async function replayQueue(
  router: MigrationRouter,
  roles: PhaseRoles,
  entries: readonly RecordedEntry[],
  results: readonly PipelineResult[] | undefined,
  run: (queue: (into: IRedisCommandQueue) => void) => Promise<readonly PipelineResult[]>,
): Promise<void> {
  const replayed = writesTaken(entries, results);
  if (replayed.length === 0 || roles.secondary === undefined) return;
  const queueAll = (into: IRedisCommandQueue): void => {
    for (const { entry, step } of replayed) {
      const queue = (entry.bytes ? into.bytes : into) as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      queue[step.member]?.(...step.args);
    }
  };
  let outcomes: readonly (PipelineResult | undefined)[];
  let failure: unknown;
  try {
    outcomes = await run(queueAll);
  } catch (error) {
    failure = error;
    outcomes = [];
  }
  await Promise.all(
    replayed.map(({ entry }, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === true) return Promise.resolve();
      const definition = serviceDefinitions[entry.member];
      const keys = definition === undefined ? [] : definitionKeys(definition, entry.args);
      return router.missed(roles, entry.member, outcome === undefined ? failure : outcome.error, keys);
    }),
  );
}
