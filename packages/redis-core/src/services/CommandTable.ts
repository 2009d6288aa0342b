import { keyPositions } from '../calculations/keyPositions.js';
import { parseCommandInfo, type CommandInfo } from '../calculations/commandInfo.js';
import { findKeys } from '../calculations/findKeys.js';
import type { Definition } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';

/** How `call()` must treat one command line. */
export interface CallRouting {
  /** Whether the server's table or a definition knows the command. */
  readonly known: boolean;
  /** Key positions in the arguments after the command name. */
  readonly keys: readonly number[];
  /** False when a key spec could not be followed (keys possibly missing). */
  readonly complete: boolean;
  readonly write: boolean;
  readonly blocking: boolean;
  /** The server answers it from every node together (`request_policy` all_shards / all_nodes). */
  readonly everyNode: boolean;
}

const unknown: CallRouting = {
  known: false,
  keys: [],
  complete: false,
  write: true,
  blocking: false,
  everyNode: false,
};

/**
 * What `call()` knows about commands: the server's `COMMAND` table (key specs, flags, tips), fetched
 * on the first `call()` and kept; when the server refuses `COMMAND` (an ACL without it), the key
 * positions of this layer's own definitions.
 */
export class CommandTable {
  private table: Promise<ReadonlyMap<string, CommandInfo> | undefined> | undefined;
  private readonly fallback = new Map<string, Definition>();

  /**
   * @param fetch - sends `COMMAND` and resolves its raw reply.
   * @param definitions - this layer's definitions, for when the server does not answer `COMMAND`.
   */
  public constructor(
    private readonly fetch: () => Promise<unknown>,
    definitions: Readonly<Record<string, Definition>>,
  ) {
    for (const definition of Object.values(definitions))
      if (!this.fallback.has(definition.command)) this.fallback.set(definition.command, definition);
  }

  /** The routing of `command args…` (`command` lower case). */
  public async routing(command: string, args: readonly RedisArgument[]): Promise<CallRouting> {
    this.table ??= this.fetch().then(
      (reply) => parseCommandInfo(reply),
      () => undefined,
    );
    const table = await this.table;
    if (table === undefined) return this.fromDefinitions(command, args);
    let info = table.get(command);
    if (info === undefined) return unknown;
    const sub = info.subcommands.size > 0 ? info.subcommands.get(String(args[0]).toLowerCase()) : undefined;
    if (sub !== undefined) info = sub;
    const found = findKeys(info, [command, ...args.map(String)]);
    return {
      known: true,
      keys: found.positions,
      complete: found.complete,
      write: info.flags.has('write'),
      blocking: info.flags.has('blocking'),
      everyNode: info.requestPolicy === 'all_shards' || info.requestPolicy === 'all_nodes',
    };
  }

  private fromDefinitions(command: string, args: readonly RedisArgument[]): CallRouting {
    const definition = this.fallback.get(command);
    if (definition === undefined) return unknown;
    const keys = 'keys' in definition ? keyPositions(definition.keys, args) : [];
    return {
      known: true,
      keys,
      complete: definition.kind !== 'split' && definition.kind !== 'fanOut',
      write: definition.readOnly !== true,
      blocking: definition.kind === 'blocking',
      everyNode: definition.kind === 'fanOut',
    };
  }
}
