import type {
  IRedisSortedSetCommands,
  RedisValue,
  RedisValues,
  ScoreBound,
  ScoredMember,
  ZAddMember,
  ZAddOptions,
  ZRangeByScoreOptions,
  ZRangeOptions,
} from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../../calculations/arguments.js';
import { checkNumber } from '../../calculations/checks.js';
import { toScore, toScoredMembers } from '../../calculations/replies.js';
import {
  rankRangeArguments,
  scoreBound,
  scoreRangeArguments,
  zaddArguments,
} from '../../calculations/sortedSetArguments.js';
import { CommandBase } from './CommandBase.js';

/** Sorted-set commands: single-key, the same in both modes. */
export abstract class SortedSetCommands
  extends CommandBase
  implements Omit<IRedisSortedSetCommands, 'zscan'>
{
  public zadd(
    key: string,
    members: ZAddMember | readonly ZAddMember[],
    options?: ZAddOptions,
  ): Promise<number> {
    return this.callBuilt('zadd', () => [key, ...zaddArguments(members, options)], 1);
  }

  public async zincrby(key: string, increment: number, member: RedisValue): Promise<number> {
    const reply = await this.callBuilt<string>(
      'zincrby',
      () => [key, checkNumber('zincrby', 'increment', increment), checkValue('zincrby', member, 'member')],
      1,
    );
    return Number(reply);
  }

  /** ZSCORE/ZRANK/ZREVRANK: `key member`. */
  private ofMember<T>(command: string, key: string, member: RedisValue): Promise<T> {
    return this.callBuilt(command, () => [key, checkValue(command, member, 'member')], 1);
  }

  public async zscore(key: string, member: RedisValue): Promise<number | null> {
    const reply = await this.ofMember<string | null>('zscore', key, member);
    return reply === null ? null : toScore(reply);
  }

  public zrank(key: string, member: RedisValue): Promise<number | null> {
    return this.ofMember('zrank', key, member);
  }

  public zrevrank(key: string, member: RedisValue): Promise<number | null> {
    return this.ofMember('zrevrank', key, member);
  }

  public zcard(key: string): Promise<number> {
    return this.send('zcard', [key], 1);
  }

  /** ZCOUNT/ZREMRANGEBYSCORE: `key min max`. */
  private byScore(command: string, key: string, min: ScoreBound, max: ScoreBound): Promise<number> {
    return this.callBuilt(
      command,
      () => [key, scoreBound(command, min, 'min'), scoreBound(command, max, 'max')],
      1,
    );
  }

  public zcount(key: string, min: ScoreBound, max: ScoreBound): Promise<number> {
    return this.byScore('zcount', key, min, max);
  }

  public zrem(key: string, members: RedisValues): Promise<number> {
    return this.callBuilt('zrem', () => [key, ...valueList('zrem', members, 'members')], 1);
  }

  public zremrangebyscore(key: string, min: ScoreBound, max: ScoreBound): Promise<number> {
    return this.byScore('zremrangebyscore', key, min, max);
  }

  public zremrangebyrank(key: string, start: number, stop: number): Promise<number> {
    return this.callBuilt(
      'zremrangebyrank',
      () => [
        key,
        checkInteger('zremrangebyrank', 'start', start),
        checkInteger('zremrangebyrank', 'stop', stop),
      ],
      1,
    );
  }

  /** ZPOPMIN/ZPOPMAX `key count`. */
  private async popScored(
    command: 'zpopmin' | 'zpopmax',
    key: string,
    count: number,
  ): Promise<ScoredMember[]> {
    return toScoredMembers(
      await this.callBuilt<string[]>(command, () => [key, checkInteger(command, 'count', count)], 1),
    );
  }

  public zpopmin(key: string, count = 1): Promise<ScoredMember[]> {
    return this.popScored('zpopmin', key, count);
  }

  public zpopmax(key: string, count = 1): Promise<ScoredMember[]> {
    return this.popScored('zpopmax', key, count);
  }

  public zrange(key: string, start: number, stop: number, options?: ZRangeOptions): Promise<string[]> {
    return this.callBuilt('zrange', () => rankRangeArguments(key, start, stop, options), 1);
  }

  public async zrangeWithScores(
    key: string,
    start: number,
    stop: number,
    options?: ZRangeOptions,
  ): Promise<ScoredMember[]> {
    const build = () => [...rankRangeArguments(key, start, stop, options), 'WITHSCORES'];
    return toScoredMembers(await this.callBuilt<string[]>('zrange', build, 1));
  }

  public zrangebyscore(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<string[]> {
    return this.callBuilt('zrange', () => scoreRangeArguments(key, min, max, options), 1);
  }

  public async zrangebyscoreWithScores(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<ScoredMember[]> {
    const build = () => [...scoreRangeArguments(key, min, max, options), 'WITHSCORES'];
    return toScoredMembers(await this.callBuilt<string[]>('zrange', build, 1));
  }
}
