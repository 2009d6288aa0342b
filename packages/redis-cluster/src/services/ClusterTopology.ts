import { RedisError, type RedisClusterConfig, type RedisHealth } from '@org/redis-interface';
import {
  clusterRefusal,
  assertSameSlot,
  LazyConnection,
  TopologyBasics,
  groupBySlot,
  silenceErrorEvents,
  keySlot,
  type DriverTopology,
  type NodeConnection,
  type QueuedCommand,
  type RedisKey,
  type SubscriberConnection,
  type TopologyView,
} from '@org/redis-core';
import { IoredisSharedClient, nodeConnection, subscriberConnection } from '@org/redis-engine-ioredis';
import { inspect, type InspectOptions } from 'node:util';
import { Cluster } from 'ioredis';
import { clusterOptions } from '../calculations/clusterOptions.js';
import { ClusterDedicatedConnections } from './ClusterDedicatedConnections.js';
import { clusterMasters } from './clusterMasters.js';
import { clusterHealth } from './clusterHealth.js';
import { execClusterBatch, sendThroughCluster } from './execClusterBatch.js';
import { awaitClusterReady } from './awaitClusterReady.js';
import { observeCluster } from './observeCluster.js';
import { probeClusterMode } from './probeClusterMode.js';

/**
 * A Redis Cluster: keys routed by slot, multi-key commands split per slot and sent as one
 * pipeline per master, keyspace commands on every master, dedicated connections on the master
 * that serves the key.
 */
export class ClusterTopology implements DriverTopology<Cluster> {
  public readonly mode = 'cluster' as const;
  public readonly client: IoredisSharedClient;
  /** The ioredis cluster client behind {@link ClusterTopology.client}: slot table, node connections. */
  private readonly cluster: Cluster;
  public readonly instrumentation: TopologyBasics<'cluster', RedisClusterConfig>['instrumentation'];
  private readonly dedicated: ClusterDedicatedConnections;
  /** Classic (false) and sharded (true) subscriber connections, opened on first use. */
  private readonly subscribers: ReadonlyMap<boolean, LazyConnection<Cluster>>;
  /** Instrumentation, closing and the secret-free view, shared with the standalone driver. */
  private readonly basics: TopologyBasics<'cluster', RedisClusterConfig>;

  /** @param config - validated cluster configuration. */
  public constructor(public readonly config: RedisClusterConfig) {
    this.cluster = new Cluster(
      config.nodes.map((node) => ({ ...node })),
      clusterOptions(config),
    );
    silenceErrorEvents(this.cluster);
    this.client = new IoredisSharedClient(this.cluster);
    this.dedicated = new ClusterDedicatedConnections(
      this.cluster,
      config,
      () => this.refreshSlots(),
      // Called only when a dedicated connection opens or closes, after the constructor.
      (event) => this.instrumentation.pool(event),
    );
    this.subscribers = new Map([
      [false, this.lazySubscriber(false)],
      [true, this.lazySubscriber(true)],
    ]);
    this.basics = new TopologyBasics({
      mode: this.mode,
      config,
      name: 'ClusterTopology',
      client: this.cluster,
      dedicated: this.dedicated,
      subscribers: [...this.subscribers.values()],
    });
    this.instrumentation = this.basics.instrumentation;
    observeCluster(this.cluster, this.instrumentation);
  }

  public checkSameSlot(command: string, keys: readonly RedisKey[]): void {
    assertSameSlot(command, keys, this.config.keyPrefix);
  }

  public splitKeys(keys: readonly RedisKey[]): number[][] {
    return groupBySlot(keys, this.config.keyPrefix);
  }

  public nativeClient(): Cluster {
    return this.cluster;
  }

  public masters(): Promise<readonly NodeConnection[]> {
    return clusterMasters(this.cluster, () => this.refreshSlots());
  }

  public nodes(): Promise<readonly NodeConnection[]> {
    const nodes = this.cluster.nodes('all');
    if (nodes.length === 0)
      return Promise.reject(
        new RedisError('CLUSTER_DOWN', 'No node is known: the cluster client is not connected.'),
      );
    return Promise.resolve(nodes.map(nodeConnection));
  }

  public acquireDedicated(key: RedisKey | undefined, command: string): Promise<NodeConnection> {
    return this.dedicated.acquire(key, command);
  }

  public releaseDedicated(connection: NodeConnection): void {
    this.dedicated.release(connection);
  }

  public async subscriber(sharded: boolean): Promise<SubscriberConnection> {
    return subscriberConnection(await (this.subscribers.get(sharded) as LazyConnection<Cluster>).get());
  }

  /**
   * A subscriber connection of its own kind, opened on first use. Connected like the main client
   * (through a failover, within connectTimeoutMs), so a subscribe during a failover settles.
   */
  private lazySubscriber(sharded: boolean): LazyConnection<Cluster> {
    return new LazyConnection(
      () =>
        silenceErrorEvents(
          this.cluster.duplicate(
            undefined,
            clusterOptions(this.config, { shardedSubscribers: sharded, enableAutoPipelining: false }),
          ),
        ),
      (connection) => awaitClusterReady(connection, this.config.connectTimeoutMs),
    );
  }

  /**
   * Masters only (`scaleReads: 'master'`, the default): one pipeline per node. Otherwise, and for
   * the re-send of refused commands (`only`), each command goes through the cluster client, which
   * picks replicas for reads and follows redirections.
   */
  public execBatch(
    commands: readonly QueuedCommand[],
    settled: (PromiseSettledResult<unknown> | undefined)[],
    only?: readonly number[],
  ): Promise<void> {
    if (only !== undefined || this.config.scaleReads !== 'master')
      return sendThroughCluster(this.client, commands, only ?? [...commands.keys()], settled);
    return execClusterBatch(this.cluster, this.client, this.config.keyPrefix, commands, settled);
  }

  public nodeFor(key: RedisKey): string | undefined {
    return this.cluster.slots[keySlot(key, this.config.keyPrefix)]?.[0];
  }

  /**
   * A MOVED/ASK/TRYAGAIN reaching us means ioredis did not follow it (auto-pipelined batches that
   * mix slots and our per-node pipelines return it as is, and do not refresh the slot table):
   * refresh, then send once more. The server refused the command without running it, so a second
   * send is safe; MOVED and ASK are reported as a `redirection` event.
   */
  public async recoverFrom(error: unknown): Promise<boolean> {
    const refusal = clusterRefusal(error);
    if (refusal === undefined) return false;
    if (refusal.kind !== 'TRYAGAIN')
      this.instrumentation.cluster({ event: 'redirection', node: refusal.node });
    await this.refreshSlots();
    return true;
  }

  private refreshSlots(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.cluster.refreshSlotsCache(() => {
        resolve();
      });
    });
  }

  public async connect(): Promise<void> {
    await probeClusterMode(this.config);
    await awaitClusterReady(this.cluster, this.config.connectTimeoutMs);
  }

  public quit(): Promise<void> {
    return this.basics.quit();
  }

  public disconnect(): void {
    this.basics.disconnect();
  }

  public health(): Promise<RedisHealth> {
    return clusterHealth(this.cluster, this.config);
  }

  /** What `JSON.stringify` shows: the mode and the configuration with secrets masked, never the clients. */
  public toJSON(): TopologyView<'cluster', RedisClusterConfig> {
    return this.basics.toJSON();
  }

  /** What `util.inspect` shows: {@link ClusterTopology.toJSON}, named (the clients' options hold the password). */
  public [inspect.custom](depth: number, options: InspectOptions, show: typeof inspect): string {
    return this.basics[inspect.custom](depth, options, show);
  }
}
