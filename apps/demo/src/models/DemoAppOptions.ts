import type { RedisContainerModule } from '@org/redis-factory';
import type { DemoSettings } from './DemoSettings.js';

/** Options of `createDemoApp`. */
export interface DemoAppOptions {
  /**
   * The Redis module to use. The caller keeps it: `close()` does not shut it down. Default: one built
   * with `RedisContainerModule.fromEnv(env)`, which the app shuts down on `close()`.
   */
  readonly redisModule?: RedisContainerModule;
  /** Where `REDIS_*` (without `redisModule`) and the demo's settings are read. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Settings that win over `env` (tests use a small rate-limit window, port 0…). */
  readonly settings?: Partial<DemoSettings>;
}
