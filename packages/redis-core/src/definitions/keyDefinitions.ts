import type { IRedisKeyCommands, RedisKeys } from '@org/redis-interface';
import { pick } from '../calculations/arguments.js';
import { checkKey, checkKeys, checkOptionalChoice } from '../calculations/checks.js';
import { expireArguments, expireConditions } from '../calculations/expireArguments.js';
import { unixTime } from '../calculations/timeArguments.js';
import type { DefinitionsOf, SplitDefinition } from '../models/CommandDefinition.js';
import { isOne, keyOnly } from './shapes.js';

/** DEL, UNLINK, EXISTS, TOUCH: split by slot in a cluster, the groups' counts summed. */
function countKeys(command: string, readOnly = false): SplitDefinition<readonly [RedisKeys], number> {
  return {
    kind: 'split',
    command,
    ...(readOnly ? { readOnly: true as const } : {}),
    empty: 0,
    build: ([keys]) => {
      const list = checkKeys(command, keys);
      return { keys: list, argsFor: (positions) => pick(list, positions) };
    },
    merge: (replies) => replies.reduce((sum, { reply }) => sum + (reply as number), 0),
  };
}

/** `key newKey` of RENAME/RENAMENX, both checked (they must share a slot). */
const renameArguments =
  (command: string) =>
  ([key, newKey]: readonly [unknown, unknown]): string[] => [
    checkKey(command, key) as string,
    checkKey(command, newKey, 'newKey') as string,
  ];

/** `key unix-time [NX|XX|GT|LT]` of EXPIREAT (seconds) / PEXPIREAT (milliseconds), from a Date or a number. */
const expireAtArguments =
  (command: 'expireat' | 'pexpireat') =>
  ([key, at, condition]: readonly [unknown, unknown, unknown?]): (string | number)[] => {
    const args: (string | number)[] = [
      checkKey(command, key) as string,
      unixTime(command, 'at', at, command === 'expireat' ? 'seconds' : 'milliseconds'),
    ];
    const checked = checkOptionalChoice(command, 'condition', condition, expireConditions);
    return checked === undefined ? args : [...args, checked];
  };

/** DEL, EXISTS, EXPIRE, TTL, TYPE, RENAME… */
export const keyDefinitions = {
  del: countKeys('del'),
  unlink: countKeys('unlink'),
  exists: countKeys('exists', true),
  touch: countKeys('touch', true),
  expire: {
    command: 'expire',
    build: ([key, seconds, condition]) => expireArguments('expire', key, seconds, condition),
    keys: 1,
    reply: isOne,
  },
  pexpire: {
    command: 'pexpire',
    build: ([key, ms, condition]) => expireArguments('pexpire', key, ms, condition),
    keys: 1,
    reply: isOne,
  },
  expireat: { command: 'expireat', build: expireAtArguments('expireat'), keys: 1, reply: isOne },
  pexpireat: { command: 'pexpireat', build: expireAtArguments('pexpireat'), keys: 1, reply: isOne },
  expiretime: { command: 'expiretime', build: keyOnly, keys: 1, readOnly: true },
  pexpiretime: { command: 'pexpiretime', build: keyOnly, keys: 1, readOnly: true },
  ttl: { command: 'ttl', build: keyOnly, keys: 1, readOnly: true },
  pttl: { command: 'pttl', build: keyOnly, keys: 1, readOnly: true },
  persist: { command: 'persist', build: keyOnly, keys: 1, reply: isOne },
  type: { command: 'type', build: keyOnly, keys: 1, readOnly: true },
  rename: { command: 'rename', build: renameArguments('rename'), keys: 2 },
  renamenx: { command: 'renamenx', build: renameArguments('renamenx'), keys: 2, reply: isOne },
} satisfies DefinitionsOf<IRedisKeyCommands>;
