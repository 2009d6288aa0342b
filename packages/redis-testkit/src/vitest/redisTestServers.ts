import { inject } from 'vitest';
import type { RedisTestServers } from '../models/RedisTestServers.js';

/**
 * The servers the testkit's global setup started for this run.
 *
 * @throws Error when the integration project does not list
 *   `@org/redis-testkit/vitest-global-setup` in `globalSetup`.
 */
export function redisTestServers(): RedisTestServers {
  const servers = inject('redisTestServers') as RedisTestServers | undefined;
  if (servers === undefined) {
    throw new Error(
      'No shared Redis servers: add @org/redis-testkit/vitest-global-setup to the integration globalSetup (vitest.config.ts)',
    );
  }
  return servers;
}
