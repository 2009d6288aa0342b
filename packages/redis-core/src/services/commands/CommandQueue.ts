import {
  RedisError,
  type IRedisCommandQueue,
  type QueuedCommands,
  type RedisValue,
} from '@org/redis-interface';
import { checkValue } from '../../calculations/arguments.js';
import { checkArguments, checkKey, checkString } from '../../calculations/checks.js';
import { mapRedisError } from '../../calculations/mapRedisError.js';
import type { QueuedCommand, RedisArgument, RedisKey } from '../../models/DriverTopology.js';
import { serviceDefinitions } from '../../definitions/serviceDefinitions.js';
import { installQueueDefinitions, noSlotCheck, type QueueHost, type SlotCheck } from '../recordDefinition.js';

const same = (reply: unknown): unknown => reply;

/**
 * Records commands for a pipeline, a transaction or a durable write. The members written as
 * definitions are installed from the same table as the service's (`queueDefinitions`); the others
 * are written here until their group becomes definitions. Arguments are checked here, when queued, with
 * the same checks as the service methods; a bad one never throws at the call site: it becomes
 * that command's failed result at exec (a transaction refuses to send anything instead).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface below
export class CommandQueue<Q = IRedisCommandQueue> implements QueueHost {
  /** The recorded commands, in order. */
  public readonly commands: QueuedCommand[] = [];

  /**
   * @param checkSameSlot - throws `CROSS_SLOT` when one command's keys are in different slots (the
   * topology's check); a transaction checks every command's keys together besides.
   * @param keyPrefix - the service's, stripped from keys in replies (LMPOP's).
   */
  public constructor(
    public readonly checkSameSlot: SlotCheck = noSlotCheck,
    public readonly keyPrefix = '',
  ) {}

  /**
   * Record a command whose arguments `build` returns, key first. They are built (and checked) now;
   * a bad one is recorded as a failed entry, so `exec()` reports it in place and sends everything else.
   */
  private record(
    command: string,
    key: unknown,
    build: () => readonly RedisArgument[],
    transform = same,
    buffer = false,
  ): Q {
    try {
      const args = build();
      checkArguments(command, args, key === undefined ? 0 : 1);
      const keyed = key === undefined ? undefined : (args[0] as RedisKey);
      this.commands.push({
        command,
        key: keyed,
        args,
        transform,
        ...(buffer ? { buffer: true as const } : {}),
      });
    } catch (error) {
      const invalid = RedisError.is(error) ? error : mapRedisError(error, command);
      this.commands.push({ command, key: undefined, args: [], transform, invalid });
    }
    return this as unknown as Q;
  }

  /** Record a single-key command: `key`, then what `build` returns. */
  private add(command: string, key: unknown, build: () => readonly RedisArgument[], transform = same): Q {
    return this.record(command, key, () => [checkKey(command, key), ...build()], transform);
  }

  public publish(channel: string, message: RedisValue): Q {
    return this.record('publish', undefined, () => [
      checkString('publish', 'channel', channel),
      checkValue('publish', message, 'message'),
    ]);
  }
}

// The members written as definitions, installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- installed by installQueueDefinitions
export interface CommandQueue<Q> extends QueuedCommands<Q> {}

installQueueDefinitions(CommandQueue.prototype, serviceDefinitions);
