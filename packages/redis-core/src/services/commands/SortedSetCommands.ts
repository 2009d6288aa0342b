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
import { toScore, toScoredMembers } from '../../calculations/replies.js';
import { scoreBound, zaddArguments } from '../../calculations/sortedSetArguments.js';
import { SetCommands } from './SetCommands.js';

/** Sorted-set commands: single-key, the same in both modes. */
export abstract class SortedSetCommands extends SetCommands implements IRedisSortedSetCommands {
  public async zadd(
    key: string,
    members: ZAddMember | readonly ZAddMember[],
    options?: ZAddOptions,
  ): Promise<number> {
    return this.call('zadd', [key, ...zaddArguments(members, options)]);
  }

  public async zincrby(key: string, increment: number, member: RedisValue): Promise<number> {
    return Number(
      await this.call<string>('zincrby', [
        key,
        checkValue('zincrby', increment),
        checkValue('zincrby', member),
      ]),
    );
  }

  public async zscore(key: string, member: RedisValue): Promise<number | null> {
    const reply = await this.call<string | null>('zscore', [key, checkValue('zscore', member)]);
    return reply === null ? null : toScore(reply);
  }

  public async zrank(key: string, member: RedisValue): Promise<number | null> {
    return this.call('zrank', [key, checkValue('zrank', member)]);
  }

  public async zrevrank(key: string, member: RedisValue): Promise<number | null> {
    return this.call('zrevrank', [key, checkValue('zrevrank', member)]);
  }

  public zcard(key: string): Promise<number> {
    return this.call('zcard', [key]);
  }

  public async zcount(key: string, min: ScoreBound, max: ScoreBound): Promise<number> {
    return this.call('zcount', [key, scoreBound('zcount', min), scoreBound('zcount', max)]);
  }

  public async zrem(key: string, members: RedisValues): Promise<number> {
    return this.call('zrem', [
      key,
      ...valueList('zrem', members).map((member) => checkValue('zrem', member)),
    ]);
  }

  public async zremrangebyscore(key: string, min: ScoreBound, max: ScoreBound): Promise<number> {
    return this.call('zremrangebyscore', [
      key,
      scoreBound('zremrangebyscore', min),
      scoreBound('zremrangebyscore', max),
    ]);
  }

  public async zremrangebyrank(key: string, start: number, stop: number): Promise<number> {
    return this.call('zremrangebyrank', [
      key,
      checkInteger('zremrangebyrank', 'start', start),
      checkInteger('zremrangebyrank', 'stop', stop),
    ]);
  }

  public async zpopmin(key: string, count = 1): Promise<ScoredMember[]> {
    return toScoredMembers(
      await this.call<string[]>('zpopmin', [key, checkInteger('zpopmin', 'count', count)]),
    );
  }

  public async zpopmax(key: string, count = 1): Promise<ScoredMember[]> {
    return toScoredMembers(
      await this.call<string[]>('zpopmax', [key, checkInteger('zpopmax', 'count', count)]),
    );
  }

  public async zrange(key: string, start: number, stop: number, options?: ZRangeOptions): Promise<string[]> {
    return this.call('zrange', this.rankRange(key, start, stop, options));
  }

  public async zrangeWithScores(
    key: string,
    start: number,
    stop: number,
    options?: ZRangeOptions,
  ): Promise<ScoredMember[]> {
    return toScoredMembers(
      await this.call<string[]>('zrange', [...this.rankRange(key, start, stop, options), 'WITHSCORES']),
    );
  }

  public async zrangebyscore(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<string[]> {
    return this.call('zrange', this.scoreRange(key, min, max, options));
  }

  public async zrangebyscoreWithScores(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<ScoredMember[]> {
    return toScoredMembers(
      await this.call<string[]>('zrange', [...this.scoreRange(key, min, max, options), 'WITHSCORES']),
    );
  }

  private rankRange(key: string, start: number, stop: number, options?: ZRangeOptions): (string | number)[] {
    const range = [key, checkInteger('zrange', 'start', start), checkInteger('zrange', 'stop', stop)];
    return options?.rev === true ? [...range, 'REV'] : range;
  }

  /** ZRANGE … BYSCORE (Redis 6.2+): with REV the bounds go max first. */
  private scoreRange(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): (string | number)[] {
    const [low, high] = [scoreBound('zrangebyscore', min), scoreBound('zrangebyscore', max)];
    const args: (string | number)[] =
      options?.rev === true ? [key, high, low, 'BYSCORE', 'REV'] : [key, low, high, 'BYSCORE'];
    if (options?.limit !== undefined) args.push('LIMIT', options.limit.offset, options.limit.count);
    return args;
  }
}
