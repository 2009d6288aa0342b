import type { RedisErrorCode } from '@org/redis-interface';
import type { DriverTopology, RedisArgument } from './DriverTopology.js';
import type {
  BlockingDefinition,
  FanOutDefinition,
  NodeDefinition,
  SplitDefinition,
} from './RoutedDefinitions.js';

export type {
  BlockingDefinition,
  FanOutDefinition,
  GroupReply,
  NodeDefinition,
  NodeInput,
  NodeReply,
  SplitDefinition,
  SplitInput,
} from './RoutedDefinitions.js';

/**
 * Where the keys are in a command's built arguments (the words after the command name), in the
 * shape of Redis's own legacy key specs (`COMMAND INFO` first key, last key, step):
 * - a number `n`: the first `n` arguments are keys (`0`: no key);
 * - `{ first, last, step }`: from `first` to `last` (negative: counted from the end, `-1` is the
 *   last argument) every `step`-th argument;
 * - a function: the key positions of these arguments (commands whose keys move, like
 *   `ZUNIONSTORE dest numkeys k…` or `XREAD … STREAMS k… id…`).
 */
export type KeySpec =
  | number
  | {
      /** Position of the first key, 0-based in the built arguments. */
      readonly first: number;
      /** Position of the last key; negative counts from the end (`-1`: the last argument). */
      readonly last: number;
      /** Distance between two keys (`2` for `key value key value…`). */
      readonly step: number;
    }
  | ((argv: readonly RedisArgument[]) => readonly number[]);

/** A reply transform: the raw reply, the member's arguments, the configured key prefix. */
export type ReplyTransform<A extends readonly unknown[], R> = (
  reply: unknown,
  args: A,
  keyPrefix: string,
) => R;

/** What a definition may read of the driver it runs on (the mode, the configuration, its events). */
export type DriverFacts = Pick<DriverTopology, 'mode' | 'config' | 'instrumentation'>;

/** Fields every kind of definition has. */
export interface DefinitionBase {
  /**
   * The Redis command, lower case (`get`, `xinfo`); the builder returns the words after it
   * (a subcommand such as `STREAM` comes first there).
   */
  readonly command: string;
  /** The name in errors and metrics when it differs from `command` (`getBuffer`, `xinfoStream`). */
  readonly name?: string;
  /** Only reads: may be served by a replica. Listed in docs/commands.md. */
  readonly readOnly?: true;
}

/**
 * One command sent to the node serving its keys: the single source of the service method, the
 * pipeline and the transaction entry. More than one key: they must share a hash slot (`CROSS_SLOT`
 * before sending in a cluster, and on a standalone server with `strictCrossSlot`).
 *
 * @typeParam A - the member's parameters.
 * @typeParam R - what the member resolves to.
 */
export interface CommandDefinition<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> extends DefinitionBase {
  /** One command to the node of its keys; the default when `kind` is absent. */
  readonly kind?: 'command';
  /**
   * The arguments after the command name, each checked: throws `INVALID_ARGUMENT` (a coded
   * `RedisError`) for a bad one, so nothing is sent. The last-line check of the keys and of every
   * argument's type runs after it, from {@link CommandDefinition.keys}.
   */
  readonly build: (args: A) => readonly RedisArgument[];
  /** Where the keys are in the built arguments. */
  readonly keys: KeySpec;
  /** Bulk replies as Buffers instead of text. */
  readonly buffer?: true;
  /**
   * The documented result from the raw reply (RESP2 or RESP3 shape); the reply itself when absent.
   * `keyPrefix` is the configured prefix, to strip from keys in the reply (ZMPOP's key): ioredis
   * prefixes the keys it sends, never those it receives.
   */
  readonly reply?: ReplyTransform<A, R>;
  /**
   * A server error that is an outcome, not a failure (XGROUP CREATE of an existing group: `false`):
   * the member resolves `result` instead of rejecting with `code` (queued forms too).
   */
  readonly expected?: {
    /** The code of the error that is the outcome (`GROUP_EXISTS` for XGROUP CREATE). */
    readonly code: RedisErrorCode;
    /** What the member resolves to instead of rejecting. */
    readonly result: R;
  };
  /**
   * Built arguments that ask for nothing (SINTER of no set, HMGET/HDEL/SMISMEMBER of no field or
   * member, XDEL/XACK of no ID, which Redis would refuse): when there are only `arity` of them
   * (the keys), the member resolves `result` without sending. In a pipeline or transaction such a
   * call is an `INVALID_ARGUMENT` entry instead (a queue sends what it records).
   */
  readonly empty?: {
    /** How many built arguments ask for nothing (the keys alone). */
    readonly arity: number;
    /** What the member resolves to without sending. */
    readonly result: R;
  };
  /**
   * The definition that runs instead, when the command depends on the driver (PUBLISH or SPUBLISH by
   * the `sharded` option and `shardedPubSub`). Called before anything is sent; may throw a coded error.
   * Queues do not call it: they record this definition itself.
   */
  readonly variant?: (args: A, driver: DriverFacts) => CommandDefinition<A, R>;
}

/** Any definition. */
export type Definition<A extends readonly unknown[] = readonly unknown[], R = unknown> =
  | CommandDefinition<A, R>
  | SplitDefinition<A, R>
  | FanOutDefinition<A, R>
  | BlockingDefinition<A, R>
  | NodeDefinition<A, R>;

/** The parameters of a member (its last overload: the general one). */
export type MemberArgs<F> = F extends (...args: infer A) => unknown ? A : never;
/** What a member resolves to (its last overload). */
export type MemberResult<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/**
 * The definitions of some members of an interface, each typed from the member's signature, so the
 * compiler checks builder parameters and transform results against the interface.
 */
export type DefinitionsOf<I> = {
  readonly [K in keyof I]-?: Definition<MemberArgs<I[K]>, MemberResult<I[K]>>;
};
