import { describe, expect, it } from 'vitest';
import type { DriverTopology, QueuedCommand } from '../models/DriverTopology.js';
import { CommandExecutor } from './CommandExecutor.js';
import { Instrumentation } from './instrumentation.js';
import { runBatch } from './runBatch.js';
import type { ServiceParts } from './ServiceParts.js';

const queued = (key: string): QueuedCommand => ({
  command: 'del',
  args: [key],
  key,
  transform: (reply) => reply,
});
const commands = ['a', 'b', 'c'].map(queued);

/** What a fake cluster answered to each send of the batch, and which positions each send carried. */
interface Sends {
  readonly carried: (readonly number[])[];
}

/**
 * A topology whose first batch has position 1 refused with MOVED and position 2 failed for real
 * (it may have run); later sends answer 1. `recovers` is what `recoverFrom` says.
 */
function fakeTopology(recovers: boolean, sends: Sends): DriverTopology {
  return {
    config: { commandTimeoutMs: 1_000 },
    instrumentation: new Instrumentation({ clientName: 'test', mode: 'cluster' } as never),
    recoverFrom: (error: unknown) => Promise.resolve(recovers && String(error).includes('MOVED')),
    execBatch: (_commands, settled, only) => {
      const positions = only ?? [0, 1, 2];
      sends.carried.push(positions);
      for (const position of positions) {
        settled[position] =
          only !== undefined || position === 0
            ? { status: 'fulfilled', value: 1 }
            : {
                status: 'rejected',
                reason: new Error(position === 1 ? 'MOVED 3000 127.0.0.1:7001' : 'Connection is closed.'),
              };
      }
      return Promise.resolve();
    },
  } as Partial<DriverTopology> as DriverTopology;
}

function connectedExecutor(topology: DriverTopology): CommandExecutor {
  // A batch uses none of the service's parts (subscriptions, scripts, the COMMAND table).
  const executor = new CommandExecutor(topology, {} as ServiceParts);
  executor.opened();
  return executor;
}

describe(runBatch, () => {
  describe('having one command refused and one failed for real, the topology recovering', () => {
    it('should send the refused one alone once more and never the failed one', async () => {
      const sends: Sends = { carried: [] };
      const settled = await runBatch(connectedExecutor(fakeTopology(true, sends)), 'del', commands);
      expect([sends.carried, settled.map((outcome) => outcome.status)]).toStrictEqual([
        [[0, 1, 2], [1]],
        ['fulfilled', 'fulfilled', 'rejected'],
      ]);
    });
  });

  describe('having the topology unable to recover', () => {
    it('should send once and settle the refused command with its refusal', async () => {
      const sends: Sends = { carried: [] };
      const settled = await runBatch(connectedExecutor(fakeTopology(false, sends)), 'del', commands);
      expect([sends.carried, settled.map((outcome) => outcome.status)]).toStrictEqual([
        [[0, 1, 2]],
        ['fulfilled', 'rejected', 'rejected'],
      ]);
    });
  });
});
