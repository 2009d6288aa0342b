import type { RedisClusterService } from '@org/redis-cluster';
import type { RedisMode } from '@org/redis-interface';
import type { RedisStandaloneService } from '@org/redis-standalone';
import type { Cluster, Redis } from 'ioredis';
import { diffOptions } from '../calculations/diffOptions.js';
import { Closers } from './Closers.js';
import type { NodeRedisClient } from './nodeRedisClient.js';

/** Every client of one phase (one mode), connected to the same server or cluster. */
export interface PhaseClients<
  M extends RedisMode,
  S extends RedisStandaloneService | RedisClusterService,
  R extends Redis | Cluster,
  C,
> {
  readonly mode: M;
  /** Ours with its defaults. */
  readonly ours: S;
  /** Raw ioredis with exactly ours' options. */
  readonly ioredis: R;
  /** Raw ioredis with its own defaults (no auto-pipelining). */
  readonly ioredisDefaults: R;
  /** node-redis: `createClient({ url })` or `createCluster({ rootNodes })`. */
  readonly nodeRedis: NodeRedisClient;
  /** The configuration ours runs with. */
  readonly config: C;
  /** Where `ioredis` and ours' own ioredis client differ in options (should be empty). */
  readonly optionDrift: readonly string[];
  /** How raw ioredis' defaults differ from ours' options (what "its defaults" means). */
  readonly defaultsDrift: readonly string[];
  /** Close every client. */
  close(): Promise<void>;
}

/** How to build each client of a phase; {@link connectPhase} connects them in order. */
export interface PhaseFactories<
  M extends RedisMode,
  S extends RedisStandaloneService | RedisClusterService,
  R extends Redis | Cluster,
  C,
> {
  readonly mode: M;
  readonly config: C;
  ours(config: C): S;
  ioredis(config: C): R;
  ioredisDefaults(): R;
  nodeRedis(): Promise<NodeRedisClient>;
}

/**
 * Connect every client of a phase.
 * @throws whatever a connect throws, after closing the clients already open.
 */
export async function connectPhase<
  M extends RedisMode,
  S extends RedisStandaloneService | RedisClusterService,
  R extends Redis | Cluster,
  C,
>(factories: PhaseFactories<M, S, R, C>): Promise<PhaseClients<M, S, R, C>> {
  const { config } = factories;
  const closers = new Closers();
  try {
    const ours = closers.add(factories.ours(config), (client) => client.quit());
    await ours.connect();
    const ioredis = closers.add(factories.ioredis(config), (client) => client.quit());
    ioredis.on('error', () => undefined);
    await ioredis.connect();
    const ioredisDefaults = closers.add(factories.ioredisDefaults(), (client) => client.quit());
    ioredisDefaults.on('error', () => undefined);
    await ioredisDefaults.ping();
    const nodeRedis = closers.add(await factories.nodeRedis(), (client) => client.close());
    const oursOptions = ours.nativeClient().options;
    return {
      mode: factories.mode,
      ours,
      ioredis,
      ioredisDefaults,
      nodeRedis,
      config,
      optionDrift: diffOptions(oursOptions, ioredis.options),
      // lazyConnect only decides when the connection opens: not a difference that is measured.
      defaultsDrift: diffOptions(oursOptions, ioredisDefaults.options, ['lazyConnect']),
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll();
    throw error;
  }
}
