import fc from 'fast-check';
import type { IRedisHashCommands } from '@org/redis-interface';
import { args, entries, field, float, integer, junkKey, key, value } from './arbitraries.js';
import { isBoolean, isCount, isInteger, isList, isNumber, isTextList, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const fields = fc.oneof(fc.array(field, { maxLength: 3 }), junkKey);
const oneOrMoreFields = fc.oneof(field, fields);

/** Hash commands: fields checked like keys. */
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
} satisfies Record<keyof IRedisHashCommands, FuzzCase>;
