import type { HRandFieldOptions, IRedisHashCommands, RedisValue } from '@org/redis-interface';
import { checkInteger, checkValue, entryList, flatEntries } from '../calculations/arguments.js';
import {
  checkFlag,
  checkKey,
  checkKeyArray,
  checkKeys,
  checkNumber,
  checkOptions,
} from '../calculations/checks.js';
import { toFieldPairs, toFieldRecord } from '../calculations/fieldReplies.js';
import { toMember } from '../calculations/replies.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { isOne, keyOnly, toNumber } from './shapes.js';

/** `key field`, the field checked like a key (a string or a Buffer). */
const keyField =
  (command: string) =>
  ([key, field]: readonly [unknown, unknown]): [RedisKey, RedisKey] => [
    checkKey(command, key),
    checkKey(command, field, 'field'),
  ];

/** HRANDFIELD's `count [WITHVALUES]`; nothing without options (one field). */
function hrandfieldArguments(key: unknown, options: HRandFieldOptions | undefined): RedisArgument[] {
  const checkedKey = checkKey('hrandfield', key);
  if (options === undefined) return [checkedKey];
  const { count, withValues } = checkOptions('hrandfield', options);
  const argv: RedisArgument[] = [checkedKey, checkInteger('hrandfield', 'options.count', count)];
  if (checkFlag('hrandfield', 'options.withValues', withValues)) argv.push('WITHVALUES');
  return argv;
}

/**
 * Hash commands: one key each (routed by its slot), fields checked like keys. HMGET/HDEL of no
 * field are answered without a round trip (Redis would refuse them).
 */
export const hashDefinitions = {
  hget: { command: 'hget', build: keyField('hget'), keys: 1, readOnly: true },
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias still has its definition
  hgetBuffer: {
    command: 'hget',
    name: 'hgetBuffer',
    build: keyField('hgetBuffer'),
    keys: 1,
    buffer: true,
    readOnly: true,
  },
  hset: {
    command: 'hset',
    build: ([key, fields]) => [checkKey('hset', key), ...flatEntries(entryList('hset', fields, 'field'))],
    keys: 1,
  },
  hsetnx: {
    command: 'hsetnx',
    build: ([key, field, value]): [RedisKey, RedisKey, RedisValue] => [
      ...keyField('hsetnx')([key, field]),
      checkValue('hsetnx', value),
    ],
    keys: 1,
    reply: isOne,
  },
  hmget: {
    command: 'hmget',
    build: ([key, fields]) => [checkKey('hmget', key), ...checkKeyArray('hmget', fields, 'fields')],
    keys: 1,
    empty: { arity: 1, result: [] },
    readOnly: true,
  },
  hgetall: { command: 'hgetall', build: keyOnly, keys: 1, readOnly: true, reply: toFieldRecord<string> },
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias still has its definition
  hgetallBuffer: {
    command: 'hgetall',
    name: 'hgetallBuffer',
    build: keyOnly,
    keys: 1,
    buffer: true,
    readOnly: true,
    reply: toFieldRecord<Buffer>,
  },
  hdel: {
    command: 'hdel',
    build: ([key, fields]) => [checkKey('hdel', key), ...checkKeys('hdel', fields, 'fields')],
    keys: 1,
    empty: { arity: 1, result: 0 },
  },
  hexists: { command: 'hexists', build: keyField('hexists'), keys: 1, readOnly: true, reply: isOne },
  hincrby: {
    command: 'hincrby',
    build: ([key, field, increment]) => [
      ...keyField('hincrby')([key, field]),
      checkInteger('hincrby', 'increment', increment),
    ],
    keys: 1,
  },
  hincrbyfloat: {
    command: 'hincrbyfloat',
    build: ([key, field, increment]) => [
      ...keyField('hincrbyfloat')([key, field]),
      checkNumber('hincrbyfloat', 'increment', increment),
    ],
    keys: 1,
    reply: toNumber,
  },
  hkeys: { command: 'hkeys', build: keyOnly, keys: 1, readOnly: true },
  hvals: { command: 'hvals', build: keyOnly, keys: 1, readOnly: true },
  hlen: { command: 'hlen', build: keyOnly, keys: 1, readOnly: true },
  hstrlen: { command: 'hstrlen', build: keyField('hstrlen'), keys: 1, readOnly: true },
  hrandfield: {
    command: 'hrandfield',
    build: ([key, options]) => hrandfieldArguments(key, options),
    keys: 1,
    readOnly: true,
    // RESP3 WITHVALUES is an array of pairs (RESP2 a flat list): both become HashEntry pairs, the
    // field names kept as Buffers for the bytes view (they are data there, like HKEYS').
    reply: (reply, [, options]) =>
      options?.withValues === true
        ? toFieldPairs<string>(reply, toMember)
        : (reply as string | null | string[]),
  },
} satisfies DefinitionsOf<Omit<IRedisHashCommands, 'hscan'>>;
