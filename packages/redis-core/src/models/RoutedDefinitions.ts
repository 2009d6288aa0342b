import type { DefinitionBase, DriverFacts, KeySpec, ReplyTransform } from './CommandDefinition.js';
import type { RedisArgument, RedisKey } from './DriverTopology.js';

/**
 * The definition kinds not sent as one command on the shared client: split by slot and merged,
 * fanned out to every master, blocking on a dedicated connection, or sent to the node of a key with
 * a deadline of their own. Each shares the fields of `DefinitionBase` (command, name, readOnly).
 */

/** The keys of a split command and how to build the command of one group of them. */
export interface SplitInput {
  /** Every key, checked, in the caller's order. */
  readonly keys: readonly RedisKey[];
  /** The arguments of the command over the keys at `positions` (one slot's group). */
  readonly argsFor: (positions: readonly number[]) => RedisArgument[];
}

/** One group's reply, with the key positions it answers for. */
export interface GroupReply {
  /** The positions, in the caller's key list, of the keys this group's command covered. */
  readonly positions: readonly number[];
  /** The group's raw reply (one slot's MGET array, DEL count…). */
  readonly reply: unknown;
}

/**
 * A command over many keys that may be split by slot and merged (MGET, MSET, DEL, EXISTS…): one
 * command on a standalone server or when every key is in one slot; otherwise one per slot, sent
 * as one pipeline per node, reported as one command.
 */
export interface SplitDefinition<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> extends DefinitionBase {
  /** Split by slot in a cluster, merged into one result. */
  readonly kind: 'split';
  /** Checks the arguments (throws `INVALID_ARGUMENT`) and returns the keys and the group builder. */
  readonly build: (args: A) => SplitInput;
  /** The result when there is no key: nothing is sent. */
  readonly empty: R;
  /** The result from every group's reply. */
  readonly merge: (replies: readonly GroupReply[], input: SplitInput) => R;
  /** Bulk replies as Buffers instead of text. */
  readonly buffer?: true;
}

/** A command sent to every master (every node's share of the keyspace), or every node, replies combined. */
export interface FanOutDefinition<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> extends DefinitionBase {
  /** Sent to every master (or node), replies combined. */
  readonly kind: 'fanOut';
  /** The arguments (no key), checked; `driver` for what depends on it (the key prefix). */
  readonly build: (args: A, driver: DriverFacts) => readonly RedisArgument[];
  /** The result from each master's reply, with the master's `host:port`. */
  readonly combine: (replies: readonly NodeReply[], args: A, driver: DriverFacts) => R;
  /** Bulk replies as Buffers instead of text. */
  readonly buffer?: true;
  /** Sent to replicas too, not only masters (PUBSUB: subscribers may be connected to any node). */
  readonly everyNode?: true;
}

/** One node's reply to a fanned-out command. */
export interface NodeReply {
  /** `host:port` of the node. */
  readonly node: string;
  /** The node's raw reply. */
  readonly reply: unknown;
}

/**
 * A command that blocks its connection (BLPOP, XREAD BLOCK…): sent on a dedicated connection to
 * the node serving its first key, so the shared connection is never held up. Its keys must share
 * a slot. Never queued (a pipeline or transaction cannot hold a connection for it).
 */
export interface BlockingDefinition<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> extends DefinitionBase {
  /** Blocks, so it runs on a dedicated connection. */
  readonly kind: 'blocking';
  /** The arguments after the command name, checked (throws `INVALID_ARGUMENT`), the timeout included. */
  readonly build: (args: A) => readonly RedisArgument[];
  /** Where the keys are in the built arguments; the first one picks the node. */
  readonly keys: KeySpec;
  /**
   * How long it may block, in ms, added to the deadline (infinite: waits forever, no deadline).
   * `undefined`: this call does not block (XREAD without BLOCK), so it is sent on the shared
   * connection like a one-slot command.
   */
  readonly blocksForMs: (args: A) => number | undefined;
  /** As {@link CommandDefinition.reply} (BZPOPMIN's key is stripped of `keyPrefix` there). */
  readonly reply?: ReplyTransform<A, R>;
  /** Bulk replies as Buffers instead of text (the bytes view). */
  readonly buffer?: true;
}

/** The key that picks the node of a keyless command, and its arguments. */
export interface NodeInput {
  /** A key served by the node to send to (checked), without the key prefix. */
  readonly key: RedisKey;
  /** The arguments after the command name (no key among them). */
  readonly argv: readonly RedisArgument[];
}

/**
 * A keyless command sent on the shared connection to the master serving a key the caller names
 * (WAIT, WAITAOF: the node that took the writes of that key). It may block that connection: its
 * deadline is the command timeout plus {@link NodeDefinition.blocksForMs}. Not queueable.
 */
export interface NodeDefinition<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> extends DefinitionBase {
  /** Keyless, sent to the master of the key its builder names. */
  readonly kind: 'node';
  /** Checks the arguments (throws `INVALID_ARGUMENT`), returns the routing key and the arguments. */
  readonly build: (args: A) => NodeInput;
  /** How long the server may hold the reply back, in ms (added to the deadline). */
  readonly blocksForMs: (args: A) => number;
  /** A coded error for a refusal that means something here (an unknown command: too old a server). */
  readonly refusal?: (error: unknown) => Error | undefined;
  /** The documented result from the raw reply; the reply itself when absent. */
  readonly reply?: (reply: unknown, args: A) => R;
}
