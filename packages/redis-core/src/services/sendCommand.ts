import { checkArgv } from '../calculations/checkArgv.js';
import { keysOf } from '../calculations/keyPositions.js';
import type { BlockingDefinition, CommandDefinition } from '../models/CommandDefinition.js';
import type { DriverTopology, RedisArgument } from '../models/DriverTopology.js';
import { sendOn } from './sendOn.js';

/**
 * The checked arguments of a one-slot definition: built (the definition's own checks), the
 * last-line check of every argument, and `CROSS_SLOT` when its keys are in different slots.
 * @throws RedisError `INVALID_ARGUMENT` or `CROSS_SLOT`; nothing is sent then.
 */
export function buildArgv<A extends readonly unknown[]>(
  topology: Pick<DriverTopology, 'checkSameSlot'>,
  definition: CommandDefinition<A> | BlockingDefinition<A>,
  args: A,
): readonly RedisArgument[] {
  const argv = definition.build(args);
  const spec = definition.keys;
  checkArgv(definition.name ?? definition.command, argv, spec);
  // One key (the usual case) cannot be in two slots: no key list is built for it.
  if (spec !== 0 && spec !== 1) {
    const keys = keysOf(spec, argv);
    if (keys.length > 1) topology.checkSameSlot(definition.name ?? definition.command, keys);
  }
  return argv;
}

/** Whether `argv` holds the keys alone for a definition answered then without sending (HMGET of no field). */
export function isEmptyCall(definition: CommandDefinition, argv: readonly RedisArgument[]): boolean {
  return definition.empty !== undefined && argv.length === definition.empty.arity;
}

/**
 * Send one definition on the shared client (unguarded: the caller's guard reports it) and apply
 * its reply transform. The engine applies the key prefix and, in a cluster, routes by the first key.
 */
export function sendCommand<A extends readonly unknown[], R>(
  topology: Pick<DriverTopology, 'checkSameSlot' | 'client' | 'config'>,
  definition: CommandDefinition<A, R>,
  args: A,
): Promise<R> {
  const argv = buildArgv(topology, definition, args);
  if (isEmptyCall(definition as CommandDefinition, argv))
    return Promise.resolve((definition.empty as { readonly result: R }).result);
  const sent = sendOn(topology.client, definition.command, argv, definition.buffer);
  const { reply } = definition;
  return reply === undefined
    ? (sent as Promise<R>)
    : sent.then((raw) => reply(raw, args, topology.config.keyPrefix));
}
