import { definitionKeys, type Definition, type RedisKey } from '@org/redis-core';
import type { IRedisService } from '@org/redis-interface';
import { replayStep } from '../calculations/replayStep.js';
import { isShadowComparable, sameAnswer } from '../calculations/shadowComparison.js';
import type { PhaseRoles } from '../models/PhaseRoles.js';
import type { MigrationEvents } from './MigrationEvents.js';
import type { PhaseWatcher } from './PhaseWatcher.js';

/** Calls `member` on `service` (or its bytes view). */
export function invoke(
  service: IRedisService,
  bytes: boolean,
  member: string,
  args: readonly unknown[],
): Promise<unknown> {
  const host = (bytes ? service.bytes : service) as unknown as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  const method = host[member];
  if (method === undefined) throw new Error(`${member} is not a member of the service`);
  return method.apply(host, args as unknown[]);
}

/**
 * The waits before each new read of a shadow difference (see `agreesLater`), doubling: a loaded
 * machine can hold a replay back for a few hundred milliseconds (seen in CI: 60 ms was not enough).
 */
const confirmDelaysMs: readonly number[] = [20, 40, 80, 160, 320];

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
  private readonly pendingShadows = new Set<Promise<void>>();
  private readonly sample: () => number;

  public constructor(
    public readonly watcher: PhaseWatcher,
    private readonly events: MigrationEvents,
    private readonly options: MigrationRouterOptions,
  ) {
    this.sample = options.sample ?? Math.random;
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
      this.compare(roles, roles.shadow, definition, member, args, bytes, answer);
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
    await Promise.allSettled([...this.pendingShadows]);
  }

  private compare(
    roles: PhaseRoles,
    shadow: IRedisService,
    definition: Definition | undefined,
    member: string,
    args: readonly unknown[],
    bytes: boolean,
    answer: Promise<unknown>,
  ): void {
    if (!isShadowComparable(member, args)) return;
    // Sent now, beside the source's read, so that the two see the keys as close in time as possible.
    const other = invoke(shadow, bytes, member, args);
    const keys = (): readonly RedisKey[] =>
      definition === undefined ? [] : definitionKeys(definition, args);
    const done = Promise.allSettled([answer, other]).then(async ([mine, theirs]) => {
      // A read the source refused is the caller's error, not a difference.
      if (mine.status === 'rejected') return;
      if (theirs.status === 'rejected') {
        this.events.shadowRead(member, 'error', keys);
        return;
      }
      const same =
        sameAnswer(member, mine.value, theirs.value) ||
        (await this.agreesLater(roles.read, shadow, member, args, bytes));
      this.events.shadowRead(member, same ? 'match' : 'mismatch', keys);
    });
    this.pendingShadows.add(done);
    void done.finally(() => this.pendingShadows.delete(done));
  }

  /**
   * Whether the two sides agree when read again, after each of {@link confirmDelaysMs} (620 ms in
   * all): the second side trails the first by the replay of each write, so a key written while it
   * was read differs for a moment without being different. A copy that really differs keeps
   * differing; a key written so often that it never stands still for a read is counted as a
   * mismatch (and `verify --repair` settles it).
   */
  private async agreesLater(
    read: IRedisService,
    shadow: IRedisService,
    member: string,
    args: readonly unknown[],
    bytes: boolean,
  ): Promise<boolean> {
    for (const delayMs of confirmDelaysMs) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        const [mine, theirs] = await Promise.all([
          invoke(read, bytes, member, args),
          invoke(shadow, bytes, member, args),
        ]);
        if (sameAnswer(member, mine, theirs)) return true;
      } catch {
        return false;
      }
    }
    return false;
  }
}
