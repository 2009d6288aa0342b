import fc from 'fast-check';
import type { IRedisServerCommands } from '@org/redis-interface';
import { args, choice, integer, key, noArgs } from './arbitraries.js';
import { isCount } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

/** One record of text fields per node. */
const isInfo = (reply: unknown): boolean =>
  typeof reply === 'object' &&
  reply !== null &&
  Object.values(reply as Record<string, unknown>).every(
    (fields) =>
      typeof fields === 'object' &&
      fields !== null &&
      Object.values(fields as Record<string, unknown>).every((field) => typeof field === 'string'),
  );

/** INFO sections, WAIT/WAITAOF with short timeouts (they hold the shared connection while they wait). */
export const serverFuzzCases = {
  info: {
    args: () => fc.oneof(noArgs, args(choice('server', 'memory', 'no-such-section'))),
    resolves: isInfo,
  },
  wait: { args: (keys) => args(key(keys), integer(0, 3), integer(0, 50)), resolves: isCount },
  // Redis 7.0 (the testkit's) refuses it: UNSUPPORTED_BY_SERVER, nothing ran.
  waitaof: { args: (keys) => args(key(keys), integer(0, 1), integer(0, 2), integer(0, 50)) },
} satisfies Record<keyof IRedisServerCommands, FuzzCase>;
