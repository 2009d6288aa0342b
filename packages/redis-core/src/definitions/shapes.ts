import type { RedisArgument } from '../models/DriverTopology.js';

/**
 * Builders and reply transforms many definitions share. Builders return the caller's own argument
 * list when it is already the command's (`GET key`): no copy on the hot path.
 */

/** `COMMAND key`: the first argument only (extra ones from untyped callers are dropped). */
export const keyOnly = (args: readonly unknown[]): readonly RedisArgument[] =>
  (args.length === 1 ? args : args.slice(0, 1)) as readonly RedisArgument[];

/** No argument at all (`PING`, `DBSIZE`). */
export const noArguments = (): readonly RedisArgument[] => [];

/** Integer reply 1 → `true`, 0 → `false` (EXPIRE, PERSIST, RENAMENX…). */
export const isOne = (reply: unknown): boolean => reply === 1;

/** Text reply of a number (INCRBYFLOAT, ZSCORE) → the number. */
export const toNumber = (reply: unknown): number => Number(reply);
