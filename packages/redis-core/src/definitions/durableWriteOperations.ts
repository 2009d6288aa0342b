import type { IRedisDurabilityCommands } from '@org/redis-interface';
import { dedicatedConnectionsFor } from '../services/dedicatedConnectionsFor.js';
import { prepareDurableWrite, runDurableWrite } from '../services/DurableWriteRunner.js';
import type { OperationsOf } from '../services/installOperations.js';

/** Durable writes: MULTI/EXEC + WAIT (and WAITAOF) on a dedicated connection to the writes' master. */
export const durableWriteOperations = {
  writeDurably: (executor, fn, options) =>
    // Refusals before sending (bad option, CROSS_SLOT, fn's own error) reject through the guard, so
    // they are counted like every command's; nothing is sent then.
    executor.checked(
      'durable write',
      () =>
        prepareDurableWrite(
          fn,
          options,
          (keys) => {
            executor.topology.checkSameSlot('writeDurably', keys);
          },
          executor.topology.config.keyPrefix,
        ),
      // WAIT blocks its connection: a dedicated one, so the shared connection is never held up.
      // 'durable write': lower case, like 'transaction', so that metrics keep it as a command label.
      (write) =>
        executor.guard(
          'durable write',
          (progress) =>
            runDurableWrite(dedicatedConnectionsFor(executor.topology, 'durable write', progress), write),
          write.options.timeoutMs,
        ),
    ),
} satisfies OperationsOf<Pick<IRedisDurabilityCommands, 'writeDurably'>>;
