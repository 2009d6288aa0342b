import {
  validateRedisConfig,
  type RedisCommonConfigInput,
  type RedisStandaloneConfig,
} from '@org/redis-interface';
import type { RedisStandaloneTopology } from '@org/redis-testkit';
import { RedisStandaloneService } from '@org/redis-standalone';

/**
 * A connected service on a server the test started itself, with the options the test needs (its
 * timeouts, mostly).
 */
export async function connectedService(
  server: RedisStandaloneTopology,
  options: RedisCommonConfigInput,
): Promise<RedisStandaloneService> {
  const config = validateRedisConfig({
    ...options,
    mode: 'standalone',
    host: server.host,
    port: server.port,
  }) as RedisStandaloneConfig;
  const service = new RedisStandaloneService(config);
  await service.connect();
  return service;
}
