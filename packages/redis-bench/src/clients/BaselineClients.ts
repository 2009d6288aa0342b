import type { IRedisService, RedisClusterConfig, RedisStandaloneConfig } from '@org/redis-interface';
import { Closers } from './Closers.js';
import type { BaselineDrivers } from './loadBaseline.js';

/**
 * What the bench uses of an older build's service (members every build has had), with its ioredis
 * client's `options` (compared with ours': see `runChecks`).
 */
export type BaselineService = Pick<
  IRedisService,
  'connect' | 'quit' | 'set' | 'get' | 'mget' | 'mset' | 'pipeline' | 'scan'
> & { nativeClient(): { readonly options: object } };

/** Another build of our drivers, connected in both modes: the `--baseline` contender. */
export interface BaselineClients {
  /** What the table calls it: `ours (baseline 2f5f413)`. */
  readonly label: string;
  /** Its short commit. */
  readonly commit: string;
  /** The checkout it was loaded from. */
  readonly dir: string;
  readonly standalone: BaselineService;
  readonly cluster: BaselineService;
  /** Close both services. */
  close(): Promise<void>;
}

/**
 * Connect the baseline's drivers with exactly the configuration ours runs with.
 * @throws whatever a connect throws, after closing what was already open.
 */
export async function connectBaseline(
  drivers: BaselineDrivers,
  standaloneConfig: RedisStandaloneConfig,
  clusterConfig: RedisClusterConfig,
): Promise<BaselineClients> {
  const closers = new Closers();
  try {
    const standalone = closers.add(new drivers.standalone(standaloneConfig), (service) => service.quit());
    await standalone.connect();
    const cluster = closers.add(new drivers.cluster(clusterConfig), (service) => service.quit());
    await cluster.connect();
    return {
      label: `ours (baseline ${drivers.commit})`,
      commit: drivers.commit,
      dir: drivers.dir,
      standalone,
      cluster,
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll();
    throw error;
  }
}
