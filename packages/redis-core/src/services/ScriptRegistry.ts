import { createHash } from 'node:crypto';
import { RedisError, type RedisScriptDefinition } from '@org/redis-interface';
import { checkKeyArray, checkOptions, invalidArgument } from '../calculations/checks.js';

/** A script as the registry keeps it. */
export interface RegisteredScript {
  readonly name: string;
  readonly lua: string;
  readonly sha: string;
  readonly numberOfKeys: number;
}

/** Scripts defined on one service, by name. Same name + same Lua is idempotent. */
export class ScriptRegistry {
  private readonly scripts = new Map<string, RegisteredScript>();

  /** @throws RedisError `INVALID_ARGUMENT` for an empty name or Lua, or a name reused with other Lua. */
  public define(definition: RedisScriptDefinition): RegisteredScript {
    if ((definition as unknown) === undefined)
      throw invalidArgument('defineScript', 'definition', definition, '{ name, lua, keys }');
    const { name, lua, keys } = checkOptions('defineScript', definition, 'definition');
    if (typeof name !== 'string' || typeof lua !== 'string' || name === '' || lua === '') {
      throw new RedisError(
        'INVALID_ARGUMENT',
        'defineScript needs a non-empty name and Lua source (strings).',
      );
    }
    const numberOfKeys =
      typeof keys === 'number' ? keys : Array.isArray(keys) ? checkKeyArray('defineScript', keys).length : -1;
    if (!Number.isSafeInteger(numberOfKeys) || numberOfKeys < 0) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `Script "${definition.name}" keys must be a count >= 0 or a list of key names.`,
      );
    }
    const existing = this.scripts.get(definition.name);
    if (existing !== undefined) {
      if (existing.lua === definition.lua && existing.numberOfKeys === numberOfKeys) return existing;
      throw new RedisError(
        'INVALID_ARGUMENT',
        `Script "${definition.name}" is already defined with other Lua: pick another name.`,
      );
    }
    const sha = createHash('sha1').update(definition.lua).digest('hex');
    const script = { name: definition.name, lua: definition.lua, sha, numberOfKeys };
    this.scripts.set(definition.name, script);
    return script;
  }

  /** @throws RedisError `INVALID_ARGUMENT` for an unknown name or a wrong number of keys. */
  public get(name: string, keyCount: number): RegisteredScript {
    const script = this.scripts.get(name);
    if (script === undefined) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `No script named "${name}": define it with defineScript() first.`,
      );
    }
    if (keyCount !== script.numberOfKeys) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `Script "${name}" takes ${script.numberOfKeys} keys, got ${keyCount}.`,
      );
    }
    return script;
  }
}
