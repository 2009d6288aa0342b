import type { IRedisService, RedisHealth } from '@org/redis-interface';
import type { LiveStatus } from '../models/LiveStatus.js';
import { RedisEventWatch } from './RedisEventWatch.js';

/** What {@link LiveStatusFeed} needs. */
export interface LiveStatusFeedOptions {
  /** This instance's client: its mode and `health()`. */
  readonly redis: Pick<IRedisService, 'mode' | 'health'>;
  /** The client's instrumentation labels ({@link statusClientLabels}). */
  readonly labels: readonly string[];
  readonly instanceId: string;
  /** Sends a status to this instance's sockets (never through the adapter: Redis may be down). */
  readonly publish: (status: LiveStatus) => void;
  /** How often a status is sent (default 1000 ms). */
  readonly intervalMs?: number;
  /** How often `health()` runs (default 2000 ms); one at a time, so a slow check delays the next. */
  readonly healthEveryMs?: number;
}

/**
 * The live panel's source: a {@link LiveStatus} once a second, at once when the connection to Redis
 * is lost or back (the diagnostics channels say so within milliseconds, where a health check would
 * wait for its PING to time out), node and slot details from `health()` every few seconds.
 */
export class LiveStatusFeed {
  private readonly watch: RedisEventWatch;
  private health: RedisHealth | undefined;
  private checking = false;
  private lastCheckAt = 0;
  private lastTickAt = Date.now();
  private commandsPerSecond = 0;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  public constructor(private readonly options: LiveStatusFeedOptions) {
    this.watch = new RedisEventWatch(options.labels, () => this.connectionChanged());
    this.timer = setInterval(() => this.tick(), options.intervalMs ?? 1000);
    // The status interval must not keep a process alive that is otherwise done.
    this.timer.unref();
    this.check();
  }

  /** The status as of now (what a socket that just connected is sent). */
  public current(): LiveStatus {
    const lostAt = this.watch.lostAt();
    const health = this.health;
    const cluster = health?.cluster;
    return {
      instance: this.options.instanceId,
      mode: this.options.redis.mode,
      redis: lostAt !== undefined ? 'down' : (health?.status ?? 'unknown'),
      ...(lostAt === undefined ? {} : { downSince: new Date(lostAt).toISOString() }),
      nodes: health?.nodes ?? [],
      ...(cluster === undefined
        ? {}
        : { slots: { ok: cluster.slotsOk, assigned: cluster.slotsAssigned, total: 16_384 } }),
      ...(health?.migration === undefined ? {} : { phase: health.migration.phase }),
      commandsPerSecond: this.commandsPerSecond,
      lastErrors: this.watch.lastErrors(),
      ...(health === undefined ? {} : { checkedAt: health.checkedAt }),
    };
  }

  /** Stops the timer and the subscriptions. */
  public close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.watch.close();
  }

  // Lost: say so now. Back: say so now, and check at once, since the last report may be from the outage.
  private connectionChanged(): void {
    if (this.watch.lostAt() === undefined) this.check();
    this.options.publish(this.current());
  }

  private tick(): void {
    const now = Date.now();
    this.commandsPerSecond = Math.round(
      (this.watch.takeSettled() * 1000) / Math.max(1, now - this.lastTickAt),
    );
    this.lastTickAt = now;
    if (now - this.lastCheckAt >= (this.options.healthEveryMs ?? 2000)) this.check();
    this.options.publish(this.current());
  }

  // health() never rejects for an unreachable Redis (it reports it down); a rejection (the client
  // closed under it) keeps the last report.
  private check(): void {
    if (this.checking || this.closed) return;
    this.checking = true;
    this.lastCheckAt = Date.now();
    this.options.redis
      .health()
      .then(
        (health) => {
          this.health = health;
          if (!this.closed) this.options.publish(this.current());
        },
        () => undefined,
      )
      .finally(() => {
        this.checking = false;
      });
  }
}
