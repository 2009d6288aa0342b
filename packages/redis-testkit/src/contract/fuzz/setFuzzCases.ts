import fc from 'fast-check';
import type { IRedisSetCommands } from '@org/redis-interface';
import { args, integer, junkKey, key, keyArray, options, value, values } from './arbitraries.js';
import { isBoolean, isCount, isTextList, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const members = fc.oneof(fc.array(value, { maxLength: 3 }), junkKey);
const popped = (reply: unknown): boolean => isTextOrNull(reply) || isTextList(reply);

/** Set commands; those over several sets need one slot. */
export const setFuzzCases = {
  sadd: { args: (keys) => args(key(keys), values), resolves: isCount },
  srem: { args: (keys) => args(key(keys), values), resolves: isCount },
  smembers: { args: (keys) => args(key(keys)), resolves: isTextList },
  sismember: { args: (keys) => args(key(keys), value), resolves: isBoolean },
  smismember: {
    args: (keys) => args(key(keys), members),
    resolves: (reply) => Array.isArray(reply) && reply.every(isBoolean),
  },
  scard: { args: (keys) => args(key(keys)), resolves: isCount },
  spop: {
    args: (keys) => args(key(keys), fc.oneof(fc.constant(undefined), integer(0, 3))),
    resolves: popped,
  },
  srandmember: {
    // Negative counts allow repeats: the reply is a list either way.
    args: (keys) => args(key(keys), fc.oneof(fc.constant(undefined), integer(-3, 3))),
    resolves: popped,
  },
  smove: { args: (keys) => args(key(keys), key(keys), value), resolves: isBoolean },
  sinter: { args: (keys) => args(keyArray(keys)), resolves: isTextList },
  sintercard: {
    args: (keys) => args(keyArray(keys), options({ limit: integer(-1, 3) })),
    resolves: isCount,
  },
  sunion: { args: (keys) => args(keyArray(keys)), resolves: isTextList },
  sdiff: { args: (keys) => args(keyArray(keys)), resolves: isTextList },
  sinterstore: { args: (keys) => args(key(keys), keyArray(keys)), resolves: isCount },
  sunionstore: { args: (keys) => args(key(keys), keyArray(keys)), resolves: isCount },
  sdiffstore: { args: (keys) => args(key(keys), keyArray(keys)), resolves: isCount },
} satisfies Record<Exclude<keyof IRedisSetCommands, 'sscan'>, FuzzCase>; // sscan: keyScanFuzzCases.ts
