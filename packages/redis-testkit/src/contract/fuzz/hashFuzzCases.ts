import fc from 'fast-check';
import type { IRedisHashCommands } from '@org/redis-interface';
import { args, entries, field, flag, float, integer, junkKey, key, options, value } from './arbitraries.js';
import { isBoolean, isCount, isInteger, isList, isNumber, isTextList, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const fields = fc.oneof(fc.array(field, { maxLength: 3 }), junkKey);
const oneOrMoreFields = fc.oneof(field, fields);

/** HRANDFIELD's documented shapes: a field or null, field names, or `[field, value]` pairs. */
const isRandomFields = (reply: unknown): boolean =>
  isTextOrNull(reply) ||
  isTextList(reply) ||
  (Array.isArray(reply) &&
    reply.every((pair) => Array.isArray(pair) && pair.length === 2 && isTextList(pair)));

/** Hash commands: fields checked like keys. The iterator `hscan` is in keyScanFuzzCases.ts. */
export const hashFuzzCases = {
  hget: { args: (keys) => args(key(keys), field), resolves: isTextOrNull },
  hgetBuffer: { args: (keys) => args(key(keys), field) },
  hset: { args: (keys) => args(key(keys), entries(field, fc.constantFrom('f', 'g'))), resolves: isCount },
  hsetnx: { args: (keys) => args(key(keys), field, value), resolves: isBoolean },
  hmget: { args: (keys) => args(key(keys), fields), resolves: isList },
  hgetall: {
    args: (keys) => args(key(keys)),
    resolves: (reply) => typeof reply === 'object' && reply !== null,
  },
  hgetallBuffer: { args: (keys) => args(key(keys)) },
  hdel: { args: (keys) => args(key(keys), oneOrMoreFields), resolves: isCount },
  hexists: { args: (keys) => args(key(keys), field), resolves: isBoolean },
  hincrby: { args: (keys) => args(key(keys), field, integer()), resolves: isInteger },
  hincrbyfloat: { args: (keys) => args(key(keys), field, float), resolves: isNumber },
  hkeys: { args: (keys) => args(key(keys)), resolves: isTextList },
  hvals: { args: (keys) => args(key(keys)), resolves: isTextList },
  hlen: { args: (keys) => args(key(keys)), resolves: isCount },
  hstrlen: { args: (keys) => args(key(keys), field), resolves: isCount },
  hrandfield: {
    // Small counts only: a huge negative count makes the server build a reply that large.
    args: (keys) => args(key(keys), options({ count: integer(-5, 5), withValues: flag })),
    resolves: isRandomFields,
  },
} satisfies Record<Exclude<keyof IRedisHashCommands, 'hscan'>, FuzzCase>; // hscan: keyScanFuzzCases.ts
