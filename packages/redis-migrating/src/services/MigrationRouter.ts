import { definitionKeys, type Definition, type RedisKey } from '@org/redis-core';
import type { IRedisService } from '@org/redis-interface';
import { replayStep } from '../calculations/replayStep.js';
import type { PhaseRoles } from '../models/PhaseRoles.js';
import type { MigrationEvents } from './MigrationEvents.js';
import type { PhaseWatcher } from './PhaseWatcher.js';
import { invoke } from './invoke.js';
import { ShadowReads } from './ShadowReads.js';

/** What the router needs besides the phase. */
export interface MigrationRouterOptions {
  /** The set (on the authoritative side) of keys a second write missed, read by `verify --repair`. */
  readonly repairKey: string;
  /** Share of `shadow` reads compared, 0 to 1. */
  readonly shadowSampleRate: number;
  /** Chooses whether one read is compared (`Math.random` unless a test decides). */
  readonly sample?: () => number;
}

/**
 * Runs a migrating service's calls on the sides the phase names: reads on the read side (and, in
 * `shadow`, a sample again on the target, compared off the caller's path), writes on the
 * authoritative side then replayed on the other one.
 *
 * @remarks
 * A replay the other side refuses is not retried: a write that failed after reaching the server (a
 * timeout) would then apply twice, and INCR or LPUSH twice is worse than once missing. Its keys are
 * added to the repair set on the authoritative side instead, the event counted, and the caller's
 * call still succeeds (the authoritative side took it); `redis-migrate verify --repair` copies those
 * keys before `cutover`.
 */
export class MigrationRouter {
  private readonly shadows: ShadowReads;
  private readonly sample: () => number;

  public constructor(
    public readonly watcher: PhaseWatcher,
    private readonly events: MigrationEvents,
    private readonly options: MigrationRouterOptions,
  ) {
    this.sample = options.sample ?? Math.random;
    this.shadows = new ShadowReads(events);
  }

  /** A read: the read side's answer; in `shadow`, maybe compared with the target's. */
  public read(
    definition: Definition | undefined,
    member: string,
    args: readonly unknown[],
    bytes: boolean,
  ): Promise<unknown> {
    const roles = this.watcher.roles;
    let answer: Promise<unknown>;
    try {
      answer = invoke(roles.read, bytes, member, args);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (
      roles.shadow !== undefined &&
      this.options.shadowSampleRate > 0 &&
      this.sample() < this.options.shadowSampleRate
    )
      this.shadows.compare(roles.read, roles.shadow, definition, member, args, bytes, answer);
    return answer;
  }

  /** A write: on the authoritative side, then replayed on the other one; resolves the first's reply. */
  public async write(
    definition: Definition | undefined,
    member: string,
    args: readonly unknown[],
    bytes: boolean,
  ): Promise<unknown> {
    const roles = this.watcher.roles;
    const reply = await invoke(roles.primary, bytes, member, args);
    if (roles.secondary !== undefined) {
      const step = replayStep(member, args, reply);
      if (step !== undefined)
        await invoke(roles.secondary, bytes, step.member, step.args).catch((error: unknown) =>
          this.missed(roles, member, error, definition === undefined ? [] : definitionKeys(definition, args)),
        );
    }
    return reply;
  }

  /**
   * A write that is not one definition (a registered script): `run` on the authoritative side, then
   * on the other one; `keys` are what it wrote, for the repair set.
   */
  public async writeThrough<R>(
    command: string,
    run: (service: IRedisService, side: PhaseRoles['primarySide']) => Promise<R>,
    keys: () => readonly RedisKey[],
  ): Promise<R> {
    const roles = this.watcher.roles;
    const reply = await run(roles.primary, roles.primarySide);
    const { secondary, secondarySide } = roles;
    if (secondary !== undefined && secondarySide !== undefined)
      await run(secondary, secondarySide).catch((error: unknown) =>
        this.missed(roles, command, error, keys()),
      );
    return reply;
  }

  /** A call for the authoritative side only (PUBLISH, WAIT). */
  public authoritative(member: string, args: readonly unknown[], bytes: boolean): Promise<unknown> {
    return invoke(this.watcher.roles.primary, bytes, member, args);
  }

  /**
   * Records a write the other side refused: counted, published, and its keys added to the repair set
   * on the authoritative side (best effort: when that fails too, the event still tells).
   */
  public async missed(
    roles: PhaseRoles,
    command: string,
    error: unknown,
    keys: readonly RedisKey[],
  ): Promise<void> {
    this.events.secondaryWriteFailed(command, roles.secondarySide ?? 'source', error, keys);
    if (keys.length === 0) return;
    // The names as the application passes them: `verify --repair` reads them through each side's prefix.
    await roles.primary.sadd(this.options.repairKey, [...keys]).catch(() => undefined);
  }

  /** Waits for the shadow comparisons still running (before the connections close). */
  public async settle(): Promise<void> {
    await this.shadows.settle();
  }
}
