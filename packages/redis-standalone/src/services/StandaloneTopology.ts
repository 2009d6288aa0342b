import type { RedisHealth, RedisStandaloneConfig } from '@org/redis-interface';
import { RedisError } from '@org/redis-interface';
import {
  assertSameSlot,
  DedicatedConnectionPool,
  dedicatedConnectionLimits,
  LazyConnection,
  TopologyBasics,
  silenceErrorEvents,
  measureNode,
  serverMode,
  type DriverTopology,
  type NodeConnection,
  type QueuedCommand,
  type RedisKey,
  type SubscriberConnection,
  type TopologyView,
} from '@org/redis-core';
import {
  IoredisSharedClient,
  connectWithCause,
  nodeConnection,
  subscriberConnection,
  toIoredisOptions,
} from '@org/redis-engine-ioredis';
import { inspect, type InspectOptions } from 'node:util';
import { Redis } from 'ioredis';

/** One server: every command on one connection, plus dedicated ones for blocking and pub/sub. */
export class StandaloneTopology implements DriverTopology<Redis> {
  public readonly mode = 'standalone' as const;
  public readonly client: IoredisSharedClient;
  /** The shared ioredis connection behind {@link StandaloneTopology.client}. */
  private readonly redis: Redis;
  /** {@link StandaloneTopology.redis} as one node's connection (SCAN, fan-out, health). */
  private readonly node: NodeConnection;
  public readonly instrumentation: TopologyBasics<'standalone', RedisStandaloneConfig>['instrumentation'];
  private readonly pool: DedicatedConnectionPool;
  private readonly subscriberConnection: LazyConnection<Redis>;
  private readonly address: string;
  /** Instrumentation, closing and the secret-free view, shared with the cluster driver. */
  private readonly basics: TopologyBasics<'standalone', RedisStandaloneConfig>;

  /** @param config - validated standalone configuration. */
  public constructor(public readonly config: RedisStandaloneConfig) {
    this.redis = new Redis({
      ...toIoredisOptions(config),
      host: config.host,
      port: config.port,
      db: config.db,
    });
    silenceErrorEvents(this.redis);
    this.client = new IoredisSharedClient(this.redis);
    this.node = nodeConnection(this.redis);
    // Called only when a dedicated connection opens or closes, after the constructor.
    this.pool = new DedicatedConnectionPool(
      (event) => this.instrumentation.pool(event),
      dedicatedConnectionLimits(config),
    );
    this.address = `${config.host}:${config.port}`;
    this.subscriberConnection = new LazyConnection(
      () => silenceErrorEvents(this.redis.duplicate({ enableAutoPipelining: false })),
      (connection) => connectWithCause(connection),
    );
    this.basics = new TopologyBasics({
      mode: this.mode,
      config,
      name: 'StandaloneTopology',
      client: this.redis,
      dedicated: this.pool,
      subscribers: [this.subscriberConnection],
    });
    this.instrumentation = this.basics.instrumentation;
    this.instrumentation.observeConnection(this.redis);
  }

  public checkSameSlot(command: string, keys: readonly RedisKey[]): void {
    if (this.config.strictCrossSlot) assertSameSlot(command, keys, this.config.keyPrefix);
  }

  public splitKeys(keys: readonly RedisKey[]): number[][] {
    return [keys.map((_, index) => index)];
  }

  public nativeClient(): Redis {
    return this.redis;
  }

  public masters(): Promise<readonly NodeConnection[]> {
    return Promise.resolve([this.node]);
  }

  public nodes(): Promise<readonly NodeConnection[]> {
    return Promise.resolve([this.node]);
  }

  public acquireDedicated(_key: RedisKey | undefined, command: string): Promise<NodeConnection> {
    // No commandTimeout of ioredis here: a BLPOP may wait longer; the service's own deadline applies.
    return this.pool.acquire(
      this.address,
      () => nodeConnection(this.redis.duplicate({ commandTimeout: undefined, enableAutoPipelining: false })),
      command,
    );
  }

  public releaseDedicated(connection: NodeConnection): void {
    this.pool.release(connection);
  }

  public async subscriber(): Promise<SubscriberConnection> {
    return subscriberConnection(await this.subscriberConnection.get());
  }

  public async execBatch(
    commands: readonly QueuedCommand[],
    settled: (PromiseSettledResult<unknown> | undefined)[],
    only?: readonly number[],
  ): Promise<void> {
    // A server that is not a cluster refuses nothing, so `only` is never given here; honoured anyway.
    if (only === undefined) {
      const results = await this.node.pipeline(commands);
      for (let position = 0; position < results.length; position += 1) settled[position] = results[position];
      return;
    }
    const results = await this.node.pipeline(only.map((position) => commands[position] as QueuedCommand));
    results.forEach((outcome, index) => (settled[only[index] as number] = outcome));
  }

  public nodeFor(): string {
    return this.address;
  }

  public recoverFrom(): Promise<boolean> {
    // One server: nothing is refused for a reason that another attempt could fix.
    return Promise.resolve(false);
  }

  public async connect(): Promise<void> {
    await connectWithCause(this.redis);
    // HELLO, not INFO: an ACL user restricted to its commands and keys may still connect.
    if ((await serverMode(this.node)) === 'cluster') {
      throw new RedisError(
        'MODE_MISMATCH',
        `${this.address} is a Redis Cluster node but the mode is standalone: set REDIS_MODE=cluster and REDIS_CLUSTER_NODES.`,
        { details: { configured: 'standalone', server: 'cluster' } },
      );
    }
  }

  public quit(): Promise<void> {
    return this.basics.quit();
  }

  public disconnect(): void {
    this.basics.disconnect();
  }

  public async health(): Promise<RedisHealth> {
    const node = await measureNode(this.node, this.address, 'standalone', this.config.commandTimeoutMs);
    return {
      status: node.status === 'up' ? 'up' : 'down',
      mode: 'standalone',
      checkedAt: new Date().toISOString(),
      ...(node.latencyMs === undefined ? {} : { latencyMs: node.latencyMs }),
      nodes: [node],
    };
  }

  /** What `JSON.stringify` shows: the mode and the configuration with secrets masked, never the clients. */
  public toJSON(): TopologyView<'standalone', RedisStandaloneConfig> {
    return this.basics.toJSON();
  }

  /** What `util.inspect` shows: {@link StandaloneTopology.toJSON}, named (the clients' options hold the password). */
  public [inspect.custom](depth: number, options: InspectOptions, show: typeof inspect): string {
    return this.basics[inspect.custom](depth, options, show);
  }
}
