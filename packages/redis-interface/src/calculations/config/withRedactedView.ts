import type { RedisConfig } from '../../models/config/RedisConfig.js';
import { redactRedisConfig } from '../redactRedisConfig.js';

// The registry key `util.inspect` looks for; no `node:util` import needed to define it.
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

type Inspect = (value: unknown, options: unknown) => string;

/**
 * `config`, given `toJSON` and `util.inspect` hooks that show {@link redactRedisConfig}'s copy, so
 * `console.log(config)`, a logger or `JSON.stringify` never print the password or TLS key.
 *
 * The hooks are non-enumerable: the password stays a plain property the drivers read, and spreads
 * (`{ ...config }`) and equality checks see only the settings. A spread copy loses the hooks;
 * `validateRedisConfig` gives them back.
 */
export function withRedactedView<C extends RedisConfig>(config: C): C {
  Object.defineProperties(config, {
    toJSON: {
      value(this: C) {
        return redactRedisConfig(this);
      },
    },
    [inspectCustom]: {
      value(this: C, _depth: number, options: unknown, inspect: Inspect) {
        return inspect(redactRedisConfig(this), options);
      },
    },
  });
  return config;
}
