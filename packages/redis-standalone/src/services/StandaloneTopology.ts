import type { RedisHealth, RedisStandaloneConfig } from '@org/redis-interface';
import { RedisError } from '@org/redis-interface';
import {
  assertSameSlot,
  connectWithCause,
  execPipeline,
  DedicatedConnectionPool,
  dedicatedConnectionLimits,
  LazyConnection,
  Instrumentation,
  TopologyConnections,
  inspectTopology,
  silenceErrorEvents,
  topologyView,
  measureNode,
  serverMode,
  toIoredisOptions,
  type DriverTopology,
  type QueuedCommand,
  type RedisKey,
  type TopologyView,
} from '@org/redis-core';
import { inspect, type InspectOptionsStylized } from 'node:util';
import { Redis } from 'ioredis';

/** One server: every command on one connection, plus dedicated ones for blocking and pub/sub. */
export class StandaloneTopology implements DriverTopology {
  public readonly mode = 'standalone' as const;
  public readonly client: Redis;
  public readonly instrumentation: Instrumentation;
  private readonly pool: DedicatedConnectionPool;
  private readonly subscriberConnection: LazyConnection<Redis>;
  private readonly address: string;
  private readonly connections: TopologyConnections;

  /** @param config - validated standalone configuration. */
  public constructor(public readonly config: RedisStandaloneConfig) {
    this.client = new Redis({
      ...toIoredisOptions(config),
      host: config.host,
      port: config.port,
      db: config.db,
    });
    silenceErrorEvents(this.client);
    this.instrumentation = new Instrumentation({
      client: config.connectionName ?? 'standalone',
      mode: 'standalone',
    });
    this.instrumentation.observeConnection(this.client);
    this.pool = new DedicatedConnectionPool(
      (event) => this.instrumentation.pool(event),
      dedicatedConnectionLimits(config),
    );
    this.address = `${config.host}:${config.port}`;
    this.subscriberConnection = new LazyConnection(
      () => silenceErrorEvents(this.client.duplicate({ enableAutoPipelining: false })),
      (connection) => connectWithCause(connection),
    );
    this.connections = new TopologyConnections(this.client, this.pool, [this.subscriberConnection]);
  }

  public checkSameSlot(command: string, keys: readonly RedisKey[]): void {
    if (this.config.strictCrossSlot) assertSameSlot(command, keys, this.config.keyPrefix);
  }

  public splitKeys(keys: readonly RedisKey[]): number[][] {
    return [keys.map((_, index) => index)];
  }

  public masters(): Promise<readonly Redis[]> {
    return Promise.resolve([this.client]);
  }

  public nodes(): Promise<readonly Redis[]> {
    return Promise.resolve([this.client]);
  }

  public acquireDedicated(_key: RedisKey | undefined, command: string): Promise<Redis> {
    // No commandTimeout of ioredis here: a BLPOP may wait longer; the service's own deadline applies.
    return this.pool.acquire(
      this.address,
      () => this.client.duplicate({ commandTimeout: undefined, enableAutoPipelining: false }),
      command,
    );
  }

  public releaseDedicated(connection: Redis): void {
    this.pool.release(connection);
  }

  public subscriber(): Promise<Redis> {
    return this.subscriberConnection.get();
  }

  public async execBatch(
    commands: readonly QueuedCommand[],
    settled: (PromiseSettledResult<unknown> | undefined)[],
    only?: readonly number[],
  ): Promise<void> {
    // A server that is not a cluster refuses nothing, so `only` is never given here; honoured anyway.
    const positions = only ?? [...commands.keys()];
    const results = await execPipeline(
      this.client,
      only === undefined ? commands : positions.map((position) => commands[position] as QueuedCommand),
    );
    results.forEach((outcome, index) => (settled[positions[index] as number] = outcome));
  }

  public nodeFor(): string {
    return this.address;
  }

  public recoverFrom(): Promise<boolean> {
    // One server: nothing is refused for a reason that another attempt could fix.
    return Promise.resolve(false);
  }

  public async connect(): Promise<void> {
    await connectWithCause(this.client);
    // HELLO, not INFO: an ACL user restricted to its commands and keys may still connect.
    if ((await serverMode(this.client)) === 'cluster') {
      throw new RedisError(
        'MODE_MISMATCH',
        `${this.address} is a Redis Cluster node but the mode is standalone: set REDIS_MODE=cluster and REDIS_CLUSTER_NODES.`,
        { details: { configured: 'standalone', server: 'cluster' } },
      );
    }
  }

  public quit(): Promise<void> {
    return this.connections.quit();
  }

  public disconnect(): void {
    this.connections.disconnect();
  }

  public async health(): Promise<RedisHealth> {
    const node = await measureNode(this.client, this.address, 'standalone', this.config.commandTimeoutMs);
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
    return topologyView(this.mode, this.config);
  }

  /** What `util.inspect` shows: {@link StandaloneTopology.toJSON}, named (the clients' options hold the password). */
  public [inspect.custom](_depth: number, options: InspectOptionsStylized, show: typeof inspect): string {
    return inspectTopology('StandaloneTopology', this.toJSON(), options, show);
  }
}
