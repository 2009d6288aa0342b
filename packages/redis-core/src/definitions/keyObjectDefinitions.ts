import type { IRedisKeyObjectCommands } from '@org/redis-interface';
import {
  checkFlag,
  checkKey,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from '../calculations/checks.js';
import { checkDate, ttlArguments } from '../calculations/timeArguments.js';
import type { CommandDefinition, DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { isOne } from './shapes.js';

/** OBJECT <subcommand> key: the key is the argument after the subcommand. */
function objectOf<R>(subcommand: string, member: string): CommandDefinition<readonly [RedisKey], R> {
  return {
    command: 'object',
    name: member,
    readOnly: true,
    build: ([key]) => [subcommand, checkKey(member, key)],
    keys: { first: 1, last: 1, step: 1 },
  };
}

/** `key ttl serialized [REPLACE] [ABSTTL] [IDLETIME s] [FREQ f]`: RESTORE's TTL is in ms, 0 for none. */
function restoreArguments(key: unknown, serialized: unknown, given: unknown): RedisArgument[] {
  if (!Buffer.isBuffer(serialized))
    throw invalidArgument('restore', 'serialized', serialized, 'the Buffer dump() returned');
  const options = checkOptions('restore', given as Record<string, unknown> | undefined);
  const { ttl, expiresAt, idleTime, frequency } = options;
  if (ttl !== undefined && expiresAt !== undefined)
    throw invalidArgument('restore', 'options', options, 'ttl or expiresAt, not both');
  if (idleTime !== undefined && frequency !== undefined)
    throw invalidArgument('restore', 'options', options, 'idleTime or frequency, not both');
  let time = 0;
  if (ttl !== undefined) {
    const [unit, amount] = ttlArguments('restore', 'options.ttl', ttl);
    time = unit === 'EX' ? amount * 1000 : amount;
  } else if (expiresAt !== undefined) time = checkDate('restore', 'options.expiresAt', expiresAt);
  const args: RedisArgument[] = [checkKey('restore', key), time, serialized];
  if (checkFlag('restore', 'options.replace', options['replace'])) args.push('REPLACE');
  if (expiresAt !== undefined) args.push('ABSTTL');
  if (idleTime !== undefined)
    args.push('IDLETIME', checkWholeNumber('restore', 'options.idleTime', idleTime, 0));
  if (frequency !== undefined) {
    const freq = checkWholeNumber('restore', 'options.frequency', frequency, 0);
    if (freq > 255)
      throw invalidArgument('restore', 'options.frequency', frequency, 'a whole number from 0 to 255');
    args.push('FREQ', freq);
  }
  return args;
}

/** COPY, OBJECT …, DUMP, RESTORE. */
export const keyObjectDefinitions = {
  copy: {
    command: 'copy',
    build: ([source, destination, options]) => {
      const args: RedisArgument[] = [
        checkKey('copy', source, 'source'),
        checkKey('copy', destination, 'destination'),
      ];
      if (checkFlag('copy', 'options.replace', checkOptions('copy', options).replace)) args.push('REPLACE');
      return args;
    },
    keys: 2,
    reply: isOne,
  },
  objectEncoding: objectOf<string | null>('ENCODING', 'objectEncoding'),
  objectFreq: objectOf<number | null>('FREQ', 'objectFreq'),
  objectIdletime: objectOf<number | null>('IDLETIME', 'objectIdletime'),
  objectRefcount: objectOf<number | null>('REFCOUNT', 'objectRefcount'),
  dump: { command: 'dump', build: ([key]) => [checkKey('dump', key)], keys: 1, buffer: true, readOnly: true },
  restore: {
    command: 'restore',
    build: ([key, serialized, options]) => restoreArguments(key, serialized, options),
    keys: 1,
  },
} satisfies DefinitionsOf<IRedisKeyObjectCommands>;
