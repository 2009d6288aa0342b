import { validateRedisConfig, type RedisStandaloneConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { Redis } from 'ioredis';
import { diffOptions } from '../calculations/diffOptions.js';
import { Closers } from './Closers.js';
import { sameStandaloneOptions } from './ioredisOptions.js';
import { connectNodeRedis, type NodeRedisClient } from './nodeRedisClient.js';

/** Every client of the standalone phase, connected to one server. */
export interface StandaloneClients {
  readonly mode: 'standalone';
  /** Ours with its defaults. */
  readonly ours: RedisStandaloneService;
  /** Raw ioredis with exactly ours' options. */
  readonly ioredis: Redis;
  /** Raw ioredis with its own defaults (`new Redis(port, host)`: no auto-pipelining). */
  readonly ioredisDefaults: Redis;
  /** node-redis `createClient({ url })`. */
  readonly nodeRedis: NodeRedisClient;
  /** The configuration ours runs with. */
  readonly config: RedisStandaloneConfig;
  /** Where `ioredis` and ours' own ioredis client differ in options (should be empty). */
  readonly optionDrift: readonly string[];
  /** How raw ioredis' defaults differ from ours' options (what "its defaults" means). */
  readonly defaultsDrift: readonly string[];
  /** Close every client. */
  close(): Promise<void>;
}

/**
 * Connect every standalone client to `server`.
 * @throws whatever a connect throws, after closing the clients already open.
 */
export async function connectStandalone(server: {
  readonly host: string;
  readonly port: number;
  readonly url: string;
}): Promise<StandaloneClients> {
  const closers = new Closers();
  try {
    const config = validateRedisConfig({ mode: 'standalone', host: server.host, port: server.port });
    if (config.mode !== 'standalone') throw new Error('validateRedisConfig changed the mode');
    const ours = closers.add(new RedisStandaloneService(config), (client) => client.quit());
    await ours.connect();
    const ioredis = closers.add(new Redis(sameStandaloneOptions(config)), (client) => client.quit());
    ioredis.on('error', () => undefined);
    await ioredis.connect();
    const ioredisDefaults = closers.add(new Redis(server.port, server.host), (client) => client.quit());
    ioredisDefaults.on('error', () => undefined);
    await ioredisDefaults.ping();
    const nodeRedis = closers.add(await connectNodeRedis(server.url), (client) => client.close());
    return {
      mode: 'standalone',
      ours,
      ioredis,
      ioredisDefaults,
      nodeRedis,
      config,
      optionDrift: diffOptions(ours.nativeClient().options, ioredis.options),
      // lazyConnect only decides when the connection opens: not a difference that is measured.
      defaultsDrift: diffOptions(ours.nativeClient().options, ioredisDefaults.options, ['lazyConnect']),
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll();
    throw error;
  }
}
