import type { BlockingDefinition } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { dedicatedConnectionsFor } from './dedicatedConnectionsFor.js';
import { buildArgv } from './sendCommand.js';
import { keyPositions } from '../calculations/keyPositions.js';
import { sendOn } from './sendOn.js';

/**
 * Run a blocking definition on a dedicated connection to the master serving its first key, so a
 * GET on the shared connection is never stuck behind it. The deadline is the command timeout plus
 * how long it asked to block (no deadline when it waits forever). A call that does not block this
 * time (`blocksForMs` is `undefined`: XREAD without BLOCK) goes on the shared connection instead.
 * Bad arguments reject through the guard before a connection is taken.
 */
export function runBlocking<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: BlockingDefinition<A, R>,
  args: A,
): Promise<R> {
  const name = definition.name ?? definition.command;
  const { topology } = executor;
  const { keyPrefix } = topology.config;
  const firstKey = (argv: readonly RedisArgument[]): RedisKey | undefined => {
    const first = keyPositions(definition.keys, argv)[0];
    return first === undefined ? undefined : (argv[first] as RedisKey);
  };
  const transform = (reply: unknown): R =>
    definition.reply === undefined ? (reply as R) : definition.reply(reply, args, keyPrefix);
  return executor.checked(
    name,
    () => ({ argv: buildArgv(topology, definition, args), waitMs: definition.blocksForMs(args) }),
    ({ argv, waitMs }) =>
      waitMs === undefined
        ? executor.guard(name, async () =>
            transform(await sendOn(topology.client, definition.command, argv, definition.buffer)),
          )
        : executor.guard(
            name,
            async (progress) => {
              const dedicated = dedicatedConnectionsFor(topology, name, progress);
              const connection = await dedicated.acquire(firstKey(argv));
              let reply: unknown;
              try {
                reply = await sendOn(connection, definition.command, argv, definition.buffer);
              } finally {
                dedicated.release(connection);
              }
              return transform(reply);
            },
            waitMs,
          ),
  );
}
