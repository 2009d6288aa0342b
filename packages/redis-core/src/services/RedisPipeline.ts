import { RedisError, type IRedisPipeline, type PipelineResult } from '@org/redis-interface';
import { mapRedisError } from '../calculations/mapRedisError.js';
import type { QueuedCommand } from '../models/DriverTopology.js';
import { CommandQueue } from './commands/CommandQueue.js';
import type { SlotCheck } from './recordDefinition.js';

/** Turn settled replies into results: values transformed, failures mapped, caller's order kept. */
export function toPipelineResults(
  commands: readonly QueuedCommand[],
  settled: readonly (PromiseSettledResult<unknown> | undefined)[],
): PipelineResult[] {
  return commands.map((command, index) => {
    const outcome = settled[index];
    if (outcome === undefined)
      return { ok: false, error: new RedisError('SERVER_ERROR', `${command.command} got no reply`) };
    if (outcome.status === 'rejected') {
      const error = mapRedisError(outcome.reason, command.command);
      const { expected } = command;
      if (expected !== undefined && RedisError.is(error, expected.code))
        return { ok: true, value: expected.result };
      return { ok: false, error };
    }
    try {
      return { ok: true, value: command.transform(outcome.value) };
    } catch (error) {
      return { ok: false, error: mapRedisError(error, command.command) };
    }
  });
}

/** A pipeline: commands recorded, sent as one batch by `exec()` through the driver's topology. */
export class RedisPipeline extends CommandQueue<IRedisPipeline> implements IRedisPipeline {
  private executed = false;

  /**
   * @param run - sends the batch and settles every command (rejects only when not connected).
   * @param checkSameSlot - the topology's check of one command's keys.
   * @param keyPrefix - the service's, stripped from keys in replies.
   */
  public constructor(
    private readonly run: (commands: readonly QueuedCommand[]) => Promise<PromiseSettledResult<unknown>[]>,
    checkSameSlot: SlotCheck,
    keyPrefix: string,
  ) {
    super(checkSameSlot, keyPrefix);
  }

  public get length(): number {
    return this.commands.length;
  }

  public async exec(): Promise<PipelineResult[]> {
    if (this.executed)
      throw new RedisError(
        'INVALID_ARGUMENT',
        'This pipeline was already executed: create a new one with pipeline().',
      );
    this.executed = true;
    if (this.commands.length === 0) return [];
    // The usual case, every command valid: sent as recorded, no copies.
    if (this.commands.every((command) => command.invalid === undefined))
      return toPipelineResults(this.commands, await this.run(this.commands));
    const valid = this.commands.filter((command) => command.invalid === undefined);
    const settled = valid.length === 0 ? [] : await this.run(valid);
    let next = 0;
    const merged = this.commands.map((command): PromiseSettledResult<unknown> | undefined =>
      command.invalid === undefined ? settled[next++] : { status: 'rejected', reason: command.invalid },
    );
    return toPipelineResults(this.commands, merged);
  }
}
