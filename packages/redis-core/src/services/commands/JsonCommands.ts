import {
  toSetArguments,
  type IRedisJsonCommands,
  type SetCondition,
  type SetOptions,
} from '@org/redis-interface';
import { checkFunction } from '../../calculations/checks.js';
import { decodeJson, encodeJson } from '../../calculations/json.js';
import { StringCommands } from './StringCommands.js';

/** JSON values stored as strings: same keys, TTLs and conditions as `set`. */
export abstract class JsonCommands extends StringCommands implements IRedisJsonCommands {
  public async getJson<T = unknown>(key: string, parse?: (value: unknown) => T): Promise<T | null> {
    const text = await this.callBuilt<string | null>(
      'get',
      () => {
        if (parse !== undefined) checkFunction('getJson', 'parse', parse);
        return [key];
      },
      1,
    );
    return decodeJson(key, text, parse);
  }

  public setJson<T>(key: string, value: T, options: SetOptions & { readonly get: true }): Promise<T | null>;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- mirrors IRedisJsonCommands: setJson<User>(key, user) checks the value
  public setJson<T>(
    key: string,
    value: T,
    options: SetOptions & { readonly condition: SetCondition; readonly get?: false },
  ): Promise<'OK' | null>;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- mirrors IRedisJsonCommands
  public setJson<T>(
    key: string,
    value: T,
    options?: SetOptions & { readonly condition?: never; readonly get?: false },
  ): Promise<'OK'>;
  public setJson<T>(key: string, value: T, options?: SetOptions): Promise<T | 'OK' | null>;
  public async setJson<T>(key: string, value: T, options?: SetOptions): Promise<T | 'OK' | null> {
    const reply = await this.callBuilt<string | null>(
      'set',
      () => [key, encodeJson('setJson', value), ...toSetArguments(options)],
      1,
    );
    return options?.get === true ? decodeJson<T>(key, reply) : (reply as 'OK' | null);
  }
}
