import type { IRedisCommandQueue, QueuedBytesCommands, QueuedCommands } from '@org/redis-interface';
import { serviceDefinitions } from '../../definitions/serviceDefinitions.js';
import type { QueuedCommand } from '../../models/DriverTopology.js';
import { installQueueDefinitions, noSlotCheck, type QueueHost, type SlotCheck } from '../recordDefinition.js';
import { QueuedBytes } from './QueuedBytes.js';

/**
 * Records commands for a pipeline, a transaction or a durable write. Every member is installed from
 * the same definitions as the service's: the same arguments, checked here when queued with the same
 * checks; a bad one never throws at the call site: it becomes that command's failed result at exec
 * (a transaction refuses to send anything instead).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the members are installed, see the interface below
export class CommandQueue<Q = IRedisCommandQueue> implements QueueHost {
  /** The recorded commands, in order. */
  public readonly commands: QueuedCommand[] = [];

  /** See `QueuedCommands.bytes`: recorded on this queue, Buffer replies. */
  public readonly bytes: QueuedBytesCommands<Q> = new QueuedBytes(this) as unknown as QueuedBytesCommands<Q>;

  /**
   * @param checkSameSlot - throws `CROSS_SLOT` when one command's keys are in different slots (the
   * topology's check); a transaction checks every command's keys together besides.
   * @param keyPrefix - the service's, stripped from keys in replies (LMPOP's).
   */
  public constructor(
    public readonly checkSameSlot: SlotCheck = noSlotCheck,
    public readonly keyPrefix = '',
  ) {}
}

// The members are definitions, installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- installed by installQueueDefinitions
export interface CommandQueue<Q> extends QueuedCommands<Q> {}

installQueueDefinitions(CommandQueue.prototype, serviceDefinitions);

/** Whether `member` can be queued on a pipeline, a transaction or a durable write. */
export function isQueueable(member: string): boolean {
  return (
    member !== 'constructor' &&
    typeof (CommandQueue.prototype as unknown as Record<string, unknown>)[member] === 'function'
  );
}
