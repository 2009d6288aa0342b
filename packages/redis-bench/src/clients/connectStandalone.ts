import { validateRedisConfig, type RedisStandaloneConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { Redis } from 'ioredis';
import { sameStandaloneOptions } from './ioredisOptions.js';
import { connectNodeRedis } from './nodeRedisClient.js';
import { connectPhase, type PhaseClients } from './PhaseClients.js';

/** Every client of the standalone phase, connected to one server. */
export type StandaloneClients = PhaseClients<
  'standalone',
  RedisStandaloneService,
  Redis,
  RedisStandaloneConfig
>;

/**
 * Connect every standalone client to `server`.
 * @throws whatever a connect throws, after closing the clients already open.
 */
export async function connectStandalone(server: {
  readonly host: string;
  readonly port: number;
  readonly url: string;
}): Promise<StandaloneClients> {
  const config = validateRedisConfig({ mode: 'standalone', host: server.host, port: server.port });
  if (config.mode !== 'standalone') throw new Error('validateRedisConfig changed the mode');
  return connectPhase({
    mode: 'standalone',
    config,
    ours: (options) => new RedisStandaloneService(options),
    ioredis: (options) => new Redis(sameStandaloneOptions(options)),
    ioredisDefaults: () => new Redis(server.port, server.host),
    nodeRedis: () => connectNodeRedis(server.url),
  });
}
