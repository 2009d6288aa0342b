import type { ExpireCondition, IRedisKeyCommands, RedisKeys, RedisTypeName } from '@org/redis-interface';
import { pick } from '../../calculations/arguments.js';
import { checkKey, checkKeys } from '../../calculations/checks.js';
import { expireArguments } from '../../calculations/expireArguments.js';
import { CommandBase } from './CommandBase.js';

/** DEL, EXISTS, EXPIRE… Counting commands over many keys are split by the topology and summed. */
export abstract class KeyCommands extends CommandBase implements IRedisKeyCommands {
  /** Run a counting multi-key command (DEL, UNLINK, EXISTS, TOUCH) and sum the groups' counts. */
  protected countKeys(command: string, keys: RedisKeys): Promise<number> {
    return this.checked(
      command,
      () => checkKeys(command, keys),
      async (list) => {
        if (list.length === 0) return 0;
        const replies = await this.splitCall(command, list, (positions) => pick(list, positions));
        return replies.reduce((sum, { reply }) => sum + (reply as number), 0);
      },
    );
  }

  public del(keys: RedisKeys): Promise<number> {
    return this.countKeys('del', keys);
  }

  public unlink(keys: RedisKeys): Promise<number> {
    return this.countKeys('unlink', keys);
  }

  public exists(keys: RedisKeys): Promise<number> {
    return this.countKeys('exists', keys);
  }

  public touch(keys: RedisKeys): Promise<number> {
    return this.countKeys('touch', keys);
  }

  public async expire(key: string, seconds: number, condition?: ExpireCondition): Promise<boolean> {
    return (
      (await this.callBuilt<number>('expire', () => expireArguments('expire', key, seconds, condition))) === 1
    );
  }

  public async pexpire(key: string, milliseconds: number, condition?: ExpireCondition): Promise<boolean> {
    const reply = await this.callBuilt<number>('pexpire', () =>
      expireArguments('pexpire', key, milliseconds, condition),
    );
    return reply === 1;
  }

  public ttl(key: string): Promise<number> {
    return this.call('ttl', [key], 1);
  }

  public pttl(key: string): Promise<number> {
    return this.call('pttl', [key], 1);
  }

  public async persist(key: string): Promise<boolean> {
    return (await this.call<number>('persist', [key], 1)) === 1;
  }

  public type(key: string): Promise<RedisTypeName> {
    return this.call('type', [key], 1);
  }

  /** RENAME/RENAMENX: both keys checked, then in one slot. */
  private renameTo<T>(command: 'rename' | 'renamenx', key: string, newKey: string): Promise<T> {
    return this.callBuilt(command, () => {
      const keys = [checkKey(command, key), checkKey(command, newKey, 'newKey')];
      this.topology.checkSameSlot(command, keys);
      return keys;
    });
  }

  public rename(key: string, newKey: string): Promise<'OK'> {
    return this.renameTo('rename', key, newKey);
  }

  public async renamenx(key: string, newKey: string): Promise<boolean> {
    return (await this.renameTo<number>('renamenx', key, newKey)) === 1;
  }
}
