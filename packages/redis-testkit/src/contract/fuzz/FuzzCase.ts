import type fc from 'fast-check';
import type { IRedisService } from '@org/redis-interface';

/**
 * The keys one member's fuzz runs use: fresh names for this suite run, reset and preloaded before every
 * run (`0`: a string, `1`: a hash, `2`: a list, `3`: a sorted set, `4`: a set, `5`: a stream). Keys 0 to 3
 * share a hash tag (one slot, so same-slot commands can succeed on a cluster); 4 and 5 do not.
 */
export interface FuzzKeys {
  /** The six names, by the index above. */
  readonly names: readonly [string, string, string, string, string, string];
}

/** What a case may call besides the group's connected service. */
export interface FuzzTarget {
  /** A service built for the shared servers and never connected (for `quit`, `disconnect`). */
  unconnected(): IRedisService;
}

/**
 * How one member is fuzzed: arbitrary argument lists mixing valid and invalid values. The property is
 * the same for every member (see `runFuzzCase`): it resolves, or rejects with a coded `RedisError`;
 * it never throws synchronously; a client-side rejection leaves every key as it was.
 */
export interface FuzzCase {
  /** Argument lists, built over the member's keys. */
  readonly args: (keys: FuzzKeys) => fc.Arbitrary<readonly unknown[]>;
  /**
   * Calls the member; the default is `service[member](...args)`. Returns what the member returned
   * (a promise for asynchronous members).
   */
  readonly invoke?: (service: IRedisService, args: readonly unknown[], target: FuzzTarget) => unknown;
  /** The member is synchronous by contract: it returns a value, or throws a coded `RedisError`. */
  readonly sync?: true;
  /** Whether a resolved value is what the member documents (default: anything). */
  readonly resolves?: (value: unknown) => boolean;
}
