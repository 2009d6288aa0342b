import { inspect, type InspectOptions } from 'node:util';
import { serviceDefinitions } from '@org/redis-core';
import {
  redactRedisConfig,
  type DurableWriteOptions,
  type DurableWriteResult,
  type IRedisBytesView,
  type IRedisCommandQueue,
  type IRedisPipeline,
  type IRedisService,
  type IRedisTransaction,
  type PubSubOptions,
  type RedisConfig,
  type RedisHealth,
  type RedisKeyInput,
  type RedisMessageHandler,
  type RedisMigratingConfig,
  type RedisMigrationPhase,
  type RedisMode,
  type RedisPatternMessageHandler,
  type RedisScript,
  type RedisScriptDefinition,
  type RedisValue,
  type Subscription,
  type TransactionOptions,
  type TransactionResult,
} from '@org/redis-interface';
import { migratingClientName, sideConfig } from '../calculations/sideConfigs.js';
import type { MigratingNativeClients } from '../models/MigratingNativeClients.js';
import type { MigratingSides } from '../models/MigratingSides.js';
import {
  installMigratingMembers,
  installReadSideMembers,
  routerOf,
  type RouterHost,
} from './installMigratingMembers.js';
import { MigratingBytesView } from './MigratingBytesView.js';
import { migratingDurableWrite, migratingPipeline, migratingTransaction } from './migratingBatches.js';
import { migratingHealth } from './migratingHealth.js';
import { migratingSubscribe } from './migratingSubscribe.js';
import { MigrationEvents } from './MigrationEvents.js';
import { MigrationRouter } from './MigrationRouter.js';
import { PhaseWatcher } from './PhaseWatcher.js';
import { routeCall } from './routeCall.js';

/** Builds the service of one side from its configuration (the factory passes its drivers). */
export type MigratingSideFactory = (config: RedisConfig) => IRedisService;

/** Test seams of a migrating service. */
export interface RedisMigratingServiceOptions {
  /** Decides whether a `shadow` read is compared: a number from 0 to 1 per read (default `Math.random`). */
  readonly sample?: () => number;
}

type ConnectionState = 'idle' | 'connected' | 'closed';

/**
 * {@link IRedisService} over a source and a target during a live move (`REDIS_MODE=migrating`), in the
 * phase the control key sets for every instance ({@link RedisMigrationPhase}).
 *
 * @remarks
 * - Reads go to the source until `cutover`, to the target from then on; in `shadow` a sample of them
 *   (`shadowSampleRate`) also runs on the target and is compared off the caller's path (a
 *   `shadow-read` event), never changing the answer.
 * - Writes go to the authoritative side (the source until `cutover`) and then, until `done`, to the
 *   other one, one after the other; the caller gets the authoritative side's reply. A write the
 *   other side refuses is not retried (a retry after a timeout could apply it twice): its keys are
 *   added to the set `<controlKey>:repair` on the authoritative side for `redis-migrate verify
 *   --repair`, a `secondary-write-failed` event is published, and the call still succeeds.
 * - A write whose effect the reply decides is replayed as what happened: SPOP as SREM of the members
 *   it returned, blocking pops as the non-blocking pop on the key that answered, XADD with the ID the
 *   server made, XREADGROUP without BLOCK.
 * - PUBLISH, WAIT and WAITAOF run on the authoritative side only; subscriptions listen on both sides
 *   until `done`, so every message is delivered once.
 * - Pipelines, transactions and durable writes run on the authoritative side, then their writes on the
 *   other one (a transaction as MULTI/EXEC there too). Scans and `scanPage` stay on the side that
 *   was the read side when they started.
 * - A standalone side facing a cluster runs with `strictCrossSlot`: what the cluster would refuse is
 *   refused before it reaches either side.
 * - Two instances writing the same key at once can reach the second side in the other order
 *   (non-commutative writes: SET, LPUSH): a `shadow` comparison shows it, `verify --repair` fixes it.
 *
 * `mode` and the fields of `health()` are those of the authoritative side; `health().migration` has
 * the phase and both sides.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface below
export class RedisMigratingService implements RouterHost {
  /**
   * Routes every member to a side.
   * @internal A symbol-keyed seam for the installed members, not part of the API.
   */
  public readonly [routerOf]: MigrationRouter;
  private readonly sides: MigratingSides;
  private readonly watcher: PhaseWatcher;
  private readonly events: MigrationEvents;
  private bytesView: IRedisBytesView | undefined;
  private state: ConnectionState = 'idle';

  /**
   * Builds both sides' services (not connected: `connect()` connects both and reads the phase).
   *
   * @param config - the validated migrating configuration (`validateRedisMigratingConfig`).
   * @param createSide - builds the service of each side (the factory passes its drivers).
   * @param options - test seams.
   */
  public constructor(
    private readonly config: RedisMigratingConfig,
    createSide: MigratingSideFactory,
    options: RedisMigratingServiceOptions = {},
  ) {
    const source = sideConfig(config, 'source');
    const target = sideConfig(config, 'target');
    this.sides = { source: createSide(source), target: createSide(target) };
    this.events = new MigrationEvents(migratingClientName(config), config.logMismatchedKeys);
    this.watcher = new PhaseWatcher(
      this.sides,
      {
        controlKey: config.controlKey,
        channel: config.controlKey,
        pollIntervalMs: config.phasePollIntervalMs,
      },
      this.events,
    );
    this[routerOf] = new MigrationRouter(this.watcher, this.events, {
      repairKey: `${config.controlKey}:repair`,
      shadowSampleRate: config.shadowSampleRate,
      ...(options.sample === undefined ? {} : { sample: options.sample }),
    });
  }

  /** The phase this instance runs in. */
  public get phase(): RedisMigrationPhase {
    return this.watcher.control.phase;
  }

  /** The authoritative side's mode: the source's until `cutover`, the target's from then on. */
  public get mode(): RedisMode {
    return this.watcher.roles.primary.mode;
  }

  /**
   * Connects both sides, reads the phase from the control key (the higher revision of the two
   * copies; `dual-write` when there is none) and starts watching it.
   *
   * @throws {@link @org/redis-interface!RedisError | RedisError} the side's connect error (the source's
   *   first) when either side cannot connect; both are disconnected then.
   */
  public async connect(): Promise<void> {
    if (this.state === 'connected') return;
    const { source, target } = this.sides;
    const outcomes = await Promise.allSettled([source.connect(), target.connect()]);
    const failed = outcomes.find(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
    );
    if (failed !== undefined) {
      await Promise.allSettled([source.disconnect(), target.disconnect()]);
      throw failed.reason;
    }
    await this.watcher.start();
    this.state = 'connected';
  }

  /** Stops watching the phase, lets running shadow comparisons finish, and quits both sides. */
  public async quit(): Promise<void> {
    if (this.state !== 'connected') return;
    this.state = 'closed';
    await this.watcher.stop();
    await this[routerOf].settle();
    await Promise.all([this.sides.source.quit(), this.sides.target.quit()]);
  }

  /** Closes both sides at once; pending calls reject. */
  public async disconnect(): Promise<void> {
    this.state = 'closed';
    void this.watcher.stop();
    await Promise.all([this.sides.source.disconnect(), this.sides.target.disconnect()]);
  }

  /** PING on the authoritative side. */
  public ping(): Promise<'PONG'> {
    return this.watcher.roles.primary.ping();
  }

  /**
   * The authoritative side's health, `degraded` when the other side (still taking writes) is not
   * `up`, with `migration`: the phase, the control key's state and both sides' health.
   */
  public health(): Promise<RedisHealth> {
    return migratingHealth(this.sides, this.watcher, this.events);
  }

  /** Both sides' native clients. */
  public nativeClient(): MigratingNativeClients {
    return { source: this.sides.source.nativeClient(), target: this.sides.target.nativeClient() };
  }

  /** See {@link IRedisService.bytes}: the same members with Buffer replies, routed the same way. */
  public get bytes(): IRedisBytesView {
    return (this.bytesView ??= new MigratingBytesView(this[routerOf]));
  }

  /** See {@link IRedisService.pipeline}: on the authoritative side, then its writes on the other one. */
  public pipeline(): IRedisPipeline {
    return migratingPipeline(this[routerOf]);
  }

  /** See {@link IRedisService.transaction}: on the authoritative side, then its writes as MULTI/EXEC on the other one. */
  public transaction<T>(
    keys: readonly RedisKeyInput[],
    fn: (tx: IRedisTransaction) => T | Promise<T>,
    options?: TransactionOptions,
  ): Promise<TransactionResult<T>> {
    return migratingTransaction(this[routerOf], keys, fn, options);
  }

  /** See {@link IRedisService.writeDurably}: durable on the authoritative side, replayed on the other one. */
  public writeDurably(
    fn: (queue: IRedisCommandQueue) => void,
    options: DurableWriteOptions,
  ): Promise<DurableWriteResult> {
    return migratingDurableWrite(this[routerOf], fn, options);
  }

  /** See {@link IRedisService.subscribe}: on both sides until `done`. */
  public subscribe(
    channel: string,
    handler: RedisMessageHandler,
    options?: PubSubOptions,
  ): Promise<Subscription> {
    return migratingSubscribe(this.watcher.roles, (service) => service.subscribe(channel, handler, options));
  }

  /** See {@link IRedisService.psubscribe}: on both sides until `done`. */
  public psubscribe(pattern: string, handler: RedisPatternMessageHandler): Promise<Subscription> {
    return migratingSubscribe(this.watcher.roles, (service) => service.psubscribe(pattern, handler));
  }

  /** See {@link IRedisService.defineScript}: defined on both sides; each run is a write (both sides). */
  public defineScript<TArgs extends readonly RedisValue[] = readonly RedisValue[], TResult = unknown>(
    definition: RedisScriptDefinition,
  ): RedisScript<TArgs, TResult> {
    const scripts = {
      source: this.sides.source.defineScript<TArgs, TResult>(definition),
      target: this.sides.target.defineScript<TArgs, TResult>(definition),
    };
    const router = this[routerOf];
    return {
      name: scripts.source.name,
      numberOfKeys: scripts.source.numberOfKeys,
      run: (keys, args) =>
        router.writeThrough(
          scripts.source.name,
          (_, side) => scripts[side].run(keys, args),
          () => keys.map(String),
        ),
    };
  }

  /** See {@link IRedisService.runScript}: a write (both sides). */
  public runScript<TResult = unknown>(
    name: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult> {
    return this[routerOf].writeThrough(
      name,
      (service) => service.runScript<TResult>(name, keys, args),
      () => keys.map(String),
    );
  }

  /** See {@link IRedisService.call}: a read, a write or an authoritative-only call by the command. */
  public call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T> {
    return routeCall(this[routerOf], command, args, false) as Promise<T>;
  }

  /** What `JSON.stringify(service)` shows: the phase and both sides' configuration, secrets masked. */
  public toJSON(): {
    /** Always `'migrating'`. */
    readonly mode: 'migrating';
    /** The phase this instance runs in. */
    readonly phase: RedisMigrationPhase;
    /** `idle` (never connected), `connected` or `closed`. */
    readonly state: string;
    /** The source's configuration, password and TLS key masked. */
    readonly source: RedisConfig;
    /** The target's configuration, password and TLS key masked. */
    readonly target: RedisConfig;
  } {
    return {
      mode: 'migrating',
      phase: this.phase,
      state: this.state,
      source: redactRedisConfig(this.config.source),
      target: redactRedisConfig(this.config.target),
    };
  }

  /** What `util.inspect(service)` shows: {@link RedisMigratingService.toJSON}, named. */
  public [inspect.custom](_depth: number, options: InspectOptions, show: typeof inspect): string {
    return `RedisMigratingService ${show(this.toJSON(), options)}`;
  }
}

// The members written as definitions are installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- installed by installMigratingMembers
export interface RedisMigratingService extends Omit<
  IRedisService<MigratingNativeClients>,
  'bytes' | 'mode'
> {}

installMigratingMembers(RedisMigratingService.prototype, serviceDefinitions, false);
// Scans stay on the side that was the read side when they started (node names are that side's).
installReadSideMembers(RedisMigratingService.prototype, [
  'scan',
  'scanNodes',
  'scanPage',
  'hscan',
  'sscan',
  'zscan',
]);
