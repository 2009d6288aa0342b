import { toSetArguments, type IRedisJsonCommands } from '@org/redis-interface';
import { checkFunction } from '../calculations/checks.js';
import { decodeJson, encodeJson } from '../calculations/json.js';
import { CallerError } from '../models/CallerError.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';

/**
 * JSON values stored as strings: GET and SET with the value parsed or serialised, so they have the
 * same keys, TTLs, conditions, metrics labels (`get`, `set`) and pipeline forms as `get`/`set`.
 */
export const jsonDefinitions = {
  getJson: {
    command: 'get',
    readOnly: true,
    build: ([key, parse]) => {
      if (parse !== undefined) checkFunction('getJson', 'parse', parse);
      return [key];
    },
    keys: 1,
    reply: (text, [key, parse]) => {
      const value = decodeJson(key, text as string | null);
      if (parse === undefined || value === null) return value;
      // What the caller's parse (a schema) throws reaches the caller as it was thrown.
      try {
        return parse(value);
      } catch (error) {
        throw new CallerError(error);
      }
    },
  },
  setJson: {
    command: 'set',
    build: ([key, value, options]) => [key, encodeJson('setJson', value), ...toSetArguments(options)],
    keys: 1,
    reply: (reply, [key, , options]) =>
      options?.get === true ? decodeJson(key, reply as string | null) : reply,
  },
} satisfies DefinitionsOf<IRedisJsonCommands>;
