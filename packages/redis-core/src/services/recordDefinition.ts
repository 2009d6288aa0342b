import { RedisError } from '@org/redis-interface';
import { checkArguments } from '../calculations/checks.js';
import { keysOf } from '../calculations/keyPositions.js';
import { mapRedisError } from '../calculations/mapRedisError.js';
import type { CommandDefinition, Definition, SplitDefinition } from '../models/CommandDefinition.js';
import type { QueuedCommand, RedisKey } from '../models/DriverTopology.js';
import { buildArgv, isEmptyCall } from './sendCommand.js';
import { uniformDefinition } from './uniformDefinition.js';

/** Throws `CROSS_SLOT` when `keys` (of one command) are in different slots. */
export type SlotCheck = (command: string, keys: readonly RedisKey[]) => void;

/** No slot rule (a standalone server without `strictCrossSlot`, or checked later as a whole). */
export const noSlotCheck: SlotCheck = () => undefined;

/** What a queue records into. */
export interface QueueHost {
  readonly commands: QueuedCommand[];
  readonly checkSameSlot: SlotCheck;
  /** The service's `keyPrefix`, for reply transforms that return keys (LMPOP's). */
  readonly keyPrefix: string;
}

const same = (reply: unknown): unknown => reply;

/** A one-slot definition as a queued command: built and checked now, its transform kept. */
function queuedCommand(
  host: QueueHost,
  definition: CommandDefinition,
  args: readonly unknown[],
): QueuedCommand {
  const argv = buildArgv(host, definition, args);
  // The service answers such a call without a round trip; a queue entry is always sent.
  if (isEmptyCall(definition, argv))
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${(definition.name ?? definition.command).toUpperCase()} of an empty list cannot be queued in a pipeline or transaction: queue it only with at least one key, field, member or ID.`,
    );
  // One key (the usual case): no key list is built. Every field is set, so that every queued
  // command has one shape (the batch paths that read them stay monomorphic).
  const spec = definition.keys;
  const keys = spec === 0 || spec === 1 ? undefined : keysOf(spec, argv);
  const { reply, expected } = definition;
  return {
    command: definition.command,
    args: argv,
    key: keys === undefined ? (spec === 1 ? (argv[0] as RedisKey | undefined) : undefined) : keys[0],
    slotKeys: keys !== undefined && keys.length > 1 ? keys : undefined,
    invalid: undefined,
    buffer: definition.buffer,
    transform: reply === undefined ? same : (raw) => reply(raw, args, host.keyPrefix),
    expected,
  };
}

/** A split definition in a queue is one command over all its keys: they must share a slot there. */
function queuedSplit(host: QueueHost, definition: SplitDefinition, args: readonly unknown[]): QueuedCommand {
  const name = definition.name ?? definition.command;
  const input = definition.build(args);
  if (input.keys.length === 0)
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${name.toUpperCase()} needs at least one key in a pipeline or transaction: queue it only with keys.`,
    );
  const positions = input.keys.map((_, index) => index);
  const argv = input.argsFor(positions);
  checkArguments(name, argv, 0);
  if (input.keys.length > 1) host.checkSameSlot(name, input.keys);
  return {
    command: definition.command,
    args: argv,
    key: input.keys[0],
    slotKeys: input.keys.length > 1 ? input.keys : undefined,
    invalid: undefined,
    buffer: definition.buffer,
    transform: (raw) => definition.merge([{ positions, reply: raw }], input),
    expected: undefined,
  };
}

/**
 * Record `definition` with `args` on the queue: checked now with the same checks as the service
 * member; a bad argument never throws here, it becomes the command's failed entry (reported at
 * `exec()`, never sent).
 */
export function recordDefinition(host: QueueHost, definition: Definition, args: readonly unknown[]): void {
  const name = definition.name ?? definition.command;
  try {
    if (definition.kind === 'split') host.commands.push(queuedSplit(host, definition, args));
    else if (definition.kind === undefined || definition.kind === 'command')
      host.commands.push(queuedCommand(host, definition, args));
    else throw new RedisError('INVALID_ARGUMENT', `${name.toUpperCase()} cannot be queued.`);
  } catch (error) {
    const invalid = RedisError.is(error) ? error : mapRedisError(error, name);
    host.commands.push({
      command: name,
      args: [],
      key: undefined,
      slotKeys: undefined,
      invalid,
      buffer: undefined,
      transform: same,
      expected: undefined,
    });
  }
}

/**
 * Give a queue's prototype one method per queueable definition (one node, one command): it records
 * the command and returns the queue, for chaining. Each holds its definition in the uniform shape
 * ({@link uniformDefinition}). `hostOf` finds the queue from the method's
 * receiver when that is not the queue itself (`pipeline.bytes`).
 */
export function installQueueDefinitions(
  prototype: object,
  definitions: Readonly<Record<string, Definition>>,
  hostOf: (receiver: unknown) => QueueHost = (receiver) => receiver as QueueHost,
): void {
  for (const [member, written] of Object.entries(definitions)) {
    if (written.kind === 'fanOut' || written.kind === 'blocking' || written.kind === 'node') continue;
    const definition = uniformDefinition(written);
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: function queueDefinition(this: unknown, ...args: unknown[]): QueueHost {
        const host = hostOf(this);
        recordDefinition(host, definition, args);
        return host;
      },
    });
  }
}

/** Every key of the queued commands, for a transaction's or durable write's one-slot check. */
export function queuedKeys(commands: readonly QueuedCommand[]): RedisKey[] {
  return commands.flatMap((command) => command.slotKeys ?? (command.key === undefined ? [] : [command.key]));
}
