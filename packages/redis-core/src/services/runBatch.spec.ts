import { describe, expect, it } from 'vitest';
import type { DriverTopology, QueuedCommand } from '../models/DriverTopology.js';
import type { SharedClient } from '../models/SharedClient.js';
import { CommandExecutor } from './CommandExecutor.js';
import { Instrumentation } from './instrumentation.js';
import { runBatch } from './runBatch.js';

const del = (key: string): QueuedCommand => ({
  command: 'del',
  args: [key],
  key,
  transform: (reply) => reply,
});

/**
 * A cluster-like topology whose batch deletes every key once, except `refusedKey`, which its node
 * refuses with MOVED; `sent` records every command sent, by which path.
 */
function fakeTopology(refusedKey: string, recovers: boolean): { topology: DriverTopology; sent: string[] } {
  const sent: string[] = [];
  const client: SharedClient = {
    call: (command, args) => {
      sent.push(`client ${command} ${args.join(' ')}`);
      return Promise.resolve(1);
    },
    callBuffer: () => Promise.reject(new Error('not used')),
    sendRaw: () => Promise.reject(new Error('not used')),
  };
  const topology = {
    mode: 'cluster',
    config: { commandTimeoutMs: 1_000 },
    instrumentation: new Instrumentation({ client: 'test', mode: 'cluster' }),
    client,
    execBatch: (
      commands: readonly QueuedCommand[],
      settled: (PromiseSettledResult<unknown> | undefined)[],
    ) => {
      const refused: number[] = [];
      commands.forEach((command, index) => {
        sent.push(`batch ${command.command} ${String(command.key)}`);
        if (command.key !== refusedKey) settled[index] = { status: 'fulfilled', value: 1 };
        else {
          settled[index] = { status: 'rejected', reason: new Error('MOVED 1 10.0.0.2:7001') };
          refused.push(index);
        }
      });
      return Promise.resolve(refused);
    },
    recoverFrom: () => Promise.resolve(recovers),
  } as unknown as DriverTopology;
  return { topology, sent };
}

function connected(topology: DriverTopology): CommandExecutor {
  const executor = new CommandExecutor(topology);
  executor.opened();
  return executor;
}

describe(runBatch, () => {
  describe('having a split del whose node refused one group (MOVED) and a topology that recovers', () => {
    it('should send only the refused command again, through the shared client', async () => {
      const { topology, sent } = fakeTopology('b', true);
      await runBatch(connected(topology), 'del', [del('a'), del('b'), del('c')], 3, true);
      expect(sent).toStrictEqual(['batch del a', 'batch del b', 'batch del c', 'client del b']);
    });

    it('should count every key once', async () => {
      const { topology } = fakeTopology('b', true);
      const settled = await runBatch(connected(topology), 'del', [del('a'), del('b'), del('c')], 3, true);
      expect(settled).toStrictEqual([1, 1, 1].map((value) => ({ status: 'fulfilled', value })));
    });
  });

  describe('having a refusal the topology cannot recover from', () => {
    it('should keep the outcomes of the first send and send nothing again', async () => {
      const { topology, sent } = fakeTopology('b', false);
      const settled = await runBatch(connected(topology), 'pipeline', [del('a'), del('b')]);
      expect([sent, settled.map((outcome) => outcome.status)]).toStrictEqual([
        ['batch del a', 'batch del b'],
        ['fulfilled', 'rejected'],
      ]);
    });
  });
});
