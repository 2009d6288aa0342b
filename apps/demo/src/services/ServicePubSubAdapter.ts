import type { IRedisService, Subscription } from '@org/redis-interface';
import {
  ClusterAdapterWithHeartbeat,
  type ClusterAdapterOptions,
  type ClusterMessage,
  type ClusterResponse,
  type Offset,
  type ServerId,
} from 'socket.io-adapter';
import type { Namespace } from 'socket.io';
import { namespaceChannel, responseChannel } from '../calculations/adapterChannels.js';
import { decodeAdapterMessage, isClusterResponse } from '../calculations/decodeAdapterMessage.js';
import { encodeAdapterMessage } from '../calculations/encodeAdapterMessage.js';

/**
 * A Socket.IO adapter over `IRedisService.publish` / `subscribe`: one namespace's instances share
 * broadcasts, room changes and heartbeats on one channel, and each gets the answers to its own
 * requests on a channel of its own, as JSON (see `encodeAdapterMessage`).
 *
 * @remarks
 * For a migrating service, which has no single ioredis client: its PUBLISH goes to the side in
 * charge in the current phase and its subscriptions listen on both sides until `done`, so every
 * instance gets each broadcast once throughout a live move. Delivery is at most once, as with any
 * Redis pub/sub adapter: a broadcast sent while an instance is disconnected is lost for it.
 */
export class ServicePubSubAdapter extends ClusterAdapterWithHeartbeat {
  private readonly namespace: string;
  private starting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private subscriptions: readonly Subscription[] = [];

  /**
   * @param nsp - the namespace Socket.IO creates the adapter for.
   * @param redis - a connected service.
   * @param onError - receives failed publishes and subscriptions, and messages that could not be read.
   * @param options - heartbeat interval and timeout.
   */
  public constructor(
    nsp: Namespace,
    private readonly redis: IRedisService,
    private readonly onError: (error: Error) => void,
    options: ClusterAdapterOptions = {},
  ) {
    super(nsp, options);
    this.namespace = nsp.name;
  }

  /** Called by Socket.IO once created: subscribes, then announces this instance (see {@link ready}). */
  public override init(): void {
    // Socket.IO drops what init() returns: a failure is for ready() to report, which the app awaits.
    this.ready().catch(() => undefined);
  }

  /**
   * Resolves once both channels are subscribed and this instance announced itself.
   * @throws RedisError when a subscription failed (then none is left).
   */
  public ready(): Promise<void> {
    this.starting ??= this.start();
    return this.starting;
  }

  /** Called by Socket.IO's `close()`: starts {@link shutdown}. */
  public override close(): void {
    this.shutdown().catch(() => undefined);
  }

  /**
   * Says goodbye to the other instances, stops the heartbeat and ends the subscriptions. Idempotent.
   * Never rejects: a subscription that cannot be ended (Redis gone) ends with the service.
   */
  public shutdown(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  protected override async doPublish(message: ClusterMessage): Promise<Offset> {
    await this.send(namespaceChannel(this.namespace), message);
    // Pub/sub has no offsets: connection state recovery cannot replay from Redis.
    return '';
  }

  protected override async doPublishResponse(
    requesterUid: ServerId,
    response: ClusterResponse,
  ): Promise<void> {
    await this.send(responseChannel(this.namespace, requesterUid), response);
  }

  private async start(): Promise<void> {
    const listened = await Promise.allSettled([
      this.redis.subscribe(namespaceChannel(this.namespace), (text) => this.receive(text)),
      this.redis.subscribe(responseChannel(this.namespace, this.uid), (text) => this.receive(text)),
    ]);
    const subscriptions = listened.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const failure = listened.find((outcome) => outcome.status === 'rejected');
    if (failure !== undefined) {
      await Promise.allSettled(subscriptions.map((subscription) => subscription.unsubscribe()));
      throw failure.reason;
    }
    this.subscriptions = subscriptions;
    if (this.closing === undefined) super.init();
  }

  private async stop(): Promise<void> {
    // ADAPTER_CLOSE lets the others forget this instance now rather than after the heartbeat timeout.
    super.close();
    await this.starting?.catch(() => undefined);
    await Promise.allSettled(this.subscriptions.map((subscription) => subscription.unsubscribe()));
    this.subscriptions = [];
  }

  private async send(channel: string, message: ClusterMessage | ClusterResponse): Promise<void> {
    try {
      await this.redis.publish(channel, encodeAdapterMessage(message));
    } catch (error) {
      // ClusterAdapter only logs a failed publish through `debug`: say it where the app logs.
      if (this.closing === undefined) this.onError(asError(error));
      throw error;
    }
  }

  private receive(text: string): void {
    try {
      const message = decodeAdapterMessage(text);
      if (isClusterResponse(message)) this.onResponse(message);
      else this.onMessage(message);
    } catch (error) {
      this.onError(asError(error));
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
