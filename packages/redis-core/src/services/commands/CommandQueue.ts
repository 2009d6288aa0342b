import {
  RedisError,
  type IRedisCommandQueue,
  type QueuedCommands,
  type RedisEntries,
  type RedisValue,
  type RedisValues,
  type XAddOptions,
  type ZAddMember,
  type ZAddOptions,
} from '@org/redis-interface';
import { checkInteger, checkValue, entryList, flatEntries, valueList } from '../../calculations/arguments.js';
import { checkArguments, checkKey, checkKeys, checkNumber } from '../../calculations/checks.js';
import { pairsToRecord, toScore } from '../../calculations/replies.js';
import { zaddArguments } from '../../calculations/sortedSetArguments.js';
import { mapRedisError } from '../../calculations/mapRedisError.js';
import { xaddArguments } from '../../calculations/streamArguments.js';
import type { QueuedCommand, RedisArgument, RedisKey } from '../../models/DriverTopology.js';
import { serviceDefinitions } from '../../definitions/serviceDefinitions.js';
import { installQueueDefinitions, noSlotCheck, type QueueHost, type SlotCheck } from '../recordDefinition.js';

const same = (reply: unknown): unknown => reply;
const none = (): RedisArgument[] => [];

/**
 * Records commands for a pipeline, a transaction or a durable write. The members written as
 * definitions are installed from the same table as the service's (`queueDefinitions`); the others
 * are written here until their group becomes definitions. Arguments are checked here, when queued, with
 * the same checks as the service methods; a bad one never throws at the call site: it becomes
 * that command's failed result at exec (a transaction refuses to send anything instead).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface below
export class CommandQueue<Q = IRedisCommandQueue> implements QueueHost {
  /** The recorded commands, in order. */
  public readonly commands: QueuedCommand[] = [];

  /**
   * @param checkSameSlot - throws `CROSS_SLOT` when one command's keys are in different slots (the
   * topology's check); a transaction checks every command's keys together besides.
   */
  public constructor(public readonly checkSameSlot: SlotCheck = noSlotCheck) {}

  /**
   * Record a command whose arguments `build` returns, key first. They are built (and checked) now;
   * a bad one is recorded as a failed entry, so `exec()` reports it in place and sends everything else.
   */
  private record(
    command: string,
    key: unknown,
    build: () => readonly RedisArgument[],
    transform = same,
    buffer = false,
  ): Q {
    try {
      const args = build();
      checkArguments(command, args, key === undefined ? 0 : 1);
      const keyed = key === undefined ? undefined : (args[0] as RedisKey);
      this.commands.push({
        command,
        key: keyed,
        args,
        transform,
        ...(buffer ? { buffer: true as const } : {}),
      });
    } catch (error) {
      const invalid = RedisError.is(error) ? error : mapRedisError(error, command);
      this.commands.push({ command, key: undefined, args: [], transform, invalid });
    }
    return this as unknown as Q;
  }

  /** Record a single-key command: `key`, then what `build` returns. */
  private add(command: string, key: unknown, build: () => readonly RedisArgument[], transform = same): Q {
    return this.record(command, key, () => [checkKey(command, key), ...build()], transform);
  }

  public hset(key: string, fields: RedisEntries): Q {
    return this.add('hset', key, () => flatEntries(entryList('hset', fields, 'field')));
  }
  public hget(key: string, field: string): Q {
    return this.add('hget', key, () => [checkKey('hget', field, 'field')]);
  }
  public hgetall(key: string): Q {
    return this.add('hgetall', key, none, (reply) => pairsToRecord(reply as Record<string, string>));
  }
  public hdel(key: string, fields: string | readonly string[]): Q {
    return this.add('hdel', key, () => checkKeys('hdel', fields, 'fields'));
  }
  public hincrby(key: string, field: string, increment: number): Q {
    return this.add('hincrby', key, () => [
      checkKey('hincrby', field, 'field'),
      checkInteger('hincrby', 'increment', increment),
    ]);
  }
  public lpush(key: string, values: RedisValues): Q {
    return this.add('lpush', key, () => valueList('lpush', values));
  }
  public rpush(key: string, values: RedisValues): Q {
    return this.add('rpush', key, () => valueList('rpush', values));
  }
  public lrange(key: string, start: number, stop: number): Q {
    return this.add('lrange', key, () => [
      checkInteger('lrange', 'start', start),
      checkInteger('lrange', 'stop', stop),
    ]);
  }
  public sadd(key: string, members: RedisValues): Q {
    return this.add('sadd', key, () => valueList('sadd', members, 'members'));
  }
  public srem(key: string, members: RedisValues): Q {
    return this.add('srem', key, () => valueList('srem', members, 'members'));
  }
  public zadd(key: string, members: ZAddMember | readonly ZAddMember[], options?: ZAddOptions): Q {
    return this.add('zadd', key, () => zaddArguments(members, options));
  }
  public zincrby(key: string, increment: number, member: RedisValue): Q {
    return this.add(
      'zincrby',
      key,
      () => [checkNumber('zincrby', 'increment', increment), checkValue('zincrby', member, 'member')],
      (reply) => toScore(reply as string),
    );
  }
  public zrem(key: string, members: RedisValues): Q {
    return this.add('zrem', key, () => valueList('zrem', members, 'members'));
  }
  public xadd(key: string, fields: RedisEntries, options?: XAddOptions): Q {
    return this.record('xadd', key, () => xaddArguments(key, fields, options));
  }
}

// The members written as definitions, installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- installed by installQueueDefinitions
export interface CommandQueue<Q> extends QueuedCommands<Q> {}

installQueueDefinitions(CommandQueue.prototype, serviceDefinitions);
