import type { ExpireCondition, IRedisKeyCommands, RedisKeys, RedisTypeName } from '@org/redis-interface';
import { checkInteger, keyList, pick } from '../../calculations/arguments.js';
import { CommandBase } from './CommandBase.js';

/** DEL, EXISTS, EXPIRE… Counting commands over many keys are split by the topology and summed. */
export abstract class KeyCommands extends CommandBase implements IRedisKeyCommands {
  /** Run a counting multi-key command (DEL, UNLINK, EXISTS, TOUCH) and sum the groups' counts. */
  protected async countKeys(command: string, keys: RedisKeys): Promise<number> {
    const list = keyList(keys);
    if (list.length === 0) return 0;
    const replies = await this.splitCall(command, list, (positions) => pick(list, positions));
    return replies.reduce((sum, { reply }) => sum + (reply as number), 0);
  }

  public async del(keys: RedisKeys): Promise<number> {
    return this.countKeys('del', keys);
  }

  public async unlink(keys: RedisKeys): Promise<number> {
    return this.countKeys('unlink', keys);
  }

  public async exists(keys: RedisKeys): Promise<number> {
    return this.countKeys('exists', keys);
  }

  public async touch(keys: RedisKeys): Promise<number> {
    return this.countKeys('touch', keys);
  }

  public async expire(key: string, seconds: number, condition?: ExpireCondition): Promise<boolean> {
    const args = [
      key,
      checkInteger('expire', 'seconds', seconds),
      ...(condition === undefined ? [] : [condition]),
    ];
    return (await this.call<number>('expire', args)) === 1;
  }

  public async pexpire(key: string, milliseconds: number, condition?: ExpireCondition): Promise<boolean> {
    const args = [
      key,
      checkInteger('pexpire', 'milliseconds', milliseconds),
      ...(condition === undefined ? [] : [condition]),
    ];
    return (await this.call<number>('pexpire', args)) === 1;
  }

  public ttl(key: string): Promise<number> {
    return this.call('ttl', [key]);
  }

  public pttl(key: string): Promise<number> {
    return this.call('pttl', [key]);
  }

  public async persist(key: string): Promise<boolean> {
    return (await this.call<number>('persist', [key])) === 1;
  }

  public type(key: string): Promise<RedisTypeName> {
    return this.call('type', [key]);
  }

  public async rename(key: string, newKey: string): Promise<'OK'> {
    this.topology.checkSameSlot('rename', [key, newKey]);
    return this.call('rename', [key, newKey]);
  }

  public async renamenx(key: string, newKey: string): Promise<boolean> {
    this.topology.checkSameSlot('renamenx', [key, newKey]);
    return (await this.call<number>('renamenx', [key, newKey])) === 1;
  }
}
