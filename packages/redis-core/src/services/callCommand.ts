import { RedisError } from '@org/redis-interface';
import { checkArguments, invalidArgument } from '../calculations/checks.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';
import type { CallRouting } from './CommandTable.js';

/**
 * Commands `call()` refuses because they change or hold the shared connection's state, with what
 * to use instead. Lower case; `client|reply` is a subcommand.
 */
const useInstead: Readonly<Record<string, string>> = {
  subscribe: 'subscribe()',
  psubscribe: 'psubscribe()',
  ssubscribe: 'subscribe(channel, handler, { sharded: true })',
  unsubscribe: 'the function subscribe() resolves to',
  punsubscribe: 'the function psubscribe() resolves to',
  sunsubscribe: 'the function subscribe() resolves to',
  multi: 'transaction() or pipeline()',
  exec: 'transaction() or pipeline()',
  discard: 'transaction()',
  watch: 'transaction(keys, fn)',
  unwatch: 'transaction(keys, fn)',
  select: 'the db option of the configuration (REDIS_DB)',
  swapdb: 'nativeClient()',
  move: 'nativeClient() (a cluster has one database)',
  monitor: 'nativeClient().monitor()',
  sync: 'a replica, not a client',
  psync: 'a replica, not a client',
  quit: 'quit()',
  reset: 'disconnect() and connect()',
  hello: 'the configuration (the protocol is chosen at connect)',
  auth: 'the username and password options',
  'client|reply': 'nothing: replies are needed to settle commands',
  'client|setname': 'the connectionName option',
  'client|tracking': 'nativeClient()',
};

/** Commands Redis flags `blocking` that only block with their BLOCK option. */
const blockOnlyWithOption: ReadonlySet<string> = new Set(['xread', 'xreadgroup']);

/** The refusal of `call(command)` before anything is sent, or `undefined` when it may be sent. */
function refusal(
  executor: CommandExecutor,
  command: string,
  args: readonly RedisArgument[],
  routing: CallRouting,
): RedisError | undefined {
  const verb = command.toUpperCase();
  const sub = typeof args[0] === 'string' ? `${command}|${args[0].toLowerCase()}` : command;
  const instead = useInstead[sub] ?? useInstead[command];
  if (instead !== undefined)
    return new RedisError(
      'INVALID_ARGUMENT',
      `call('${verb}') would change or hold the shared connection: use ${instead}.`,
    );
  if (
    routing.blocking &&
    (!blockOnlyWithOption.has(command) || args.some((arg) => String(arg).toUpperCase() === 'BLOCK'))
  )
    return new RedisError(
      'INVALID_ARGUMENT',
      `call('${verb}') blocks its connection, and call() uses the shared one: use the service member, which blocks a dedicated connection.`,
    );
  const { mode, config } = executor.topology;
  if (!routing.known && (mode === 'cluster' || config.keyPrefix !== ''))
    return new RedisError(
      mode === 'cluster' ? 'UNSUPPORTED_IN_MODE' : 'INVALID_ARGUMENT',
      `call('${verb}'): the server does not list ${verb} in COMMAND, so its keys are unknown ` +
        `(${mode === 'cluster' ? 'no node to route it to' : 'the keyPrefix cannot be applied'}): use nativeClient().`,
    );
  if (!routing.complete && routing.known && (mode === 'cluster' || config.keyPrefix !== ''))
    return new RedisError(
      'UNSUPPORTED_IN_MODE',
      `call('${verb}'): its keys cannot be found from its key specs, so it cannot be routed or prefixed: use nativeClient().`,
    );
  if (mode !== 'cluster') return undefined;
  if (routing.everyNode)
    return new RedisError(
      'UNSUPPORTED_IN_MODE',
      `call('${verb}') in a cluster would answer for one node only: use the service member (dbsize(), info()…) or nativeClient().nodes('master').`,
    );
  if (routing.write && routing.keys.length === 0)
    return new RedisError(
      'UNSUPPORTED_IN_MODE',
      `call('${verb}') writes without a key, so a cluster would run it on one random node: use the service member or nativeClient().nodes('master').`,
    );
  return undefined;
}

/** `args` with the key prefix applied at the key positions. */
function prefixed(prefix: string, args: readonly RedisArgument[], keys: readonly number[]): RedisArgument[] {
  const copy = [...args];
  for (const position of keys) {
    const key = copy[position] as RedisKey;
    copy[position] = typeof key === 'string' ? prefix + key : Buffer.concat([Buffer.from(prefix), key]);
  }
  return copy;
}

/**
 * `call(command, ...args)`: any command, with the keys found from the server's key specs, the key
 * prefix applied to them, `CROSS_SLOT` checked, routed by slot in a cluster, and the guarantees of
 * every command. Sent without the engine's own prefixing (it may know fewer commands than the server).
 * The keys come from the service's `COMMAND` table (`executor.parts.commandTable`).
 * `bytes`: bulk and status replies as Buffers, for `redis.bytes.call`.
 */
export function callCommand(
  executor: CommandExecutor,
  command: unknown,
  args: readonly unknown[],
  bytes = false,
): Promise<unknown> {
  const name = typeof command === 'string' ? command.toLowerCase() : 'call';
  return executor.guard(name, async () => {
    if (typeof command !== 'string' || command === '' || command.includes(' '))
      throw invalidArgument(
        'call',
        'command',
        command,
        "a command name such as 'GET' (its arguments separately)",
      );
    checkArguments(command, args, 0);
    const argv = args as readonly RedisArgument[];
    const routing = await executor.parts.commandTable.routing(name, argv);
    const refused = refusal(executor, name, argv, routing);
    if (refused !== undefined) throw refused;
    checkArguments(
      command,
      routing.keys.map((position) => argv[position]),
      routing.keys.length,
    );
    const keys = routing.keys.map((position) => argv[position] as RedisKey);
    if (keys.length > 1) executor.topology.checkSameSlot(name, keys);
    const { keyPrefix } = executor.topology.config;
    return executor.topology.client.sendRaw(
      name,
      keyPrefix === '' ? argv : prefixed(keyPrefix, argv, routing.keys),
      undefined,
      bytes,
    );
  });
}
