import { definitionKeys, type Definition, type RedisKey } from '@org/redis-core';
import type { IRedisService } from '@org/redis-interface';
import { isShadowComparable, sameAnswer } from '../calculations/shadowComparison.js';
import type { MigrationEvents } from './MigrationEvents.js';
import { invoke } from './invoke.js';

/**
 * The waits before each new read of a shadow difference (see `agreesLater`), doubling: a loaded
 * machine can hold a replay back for a few hundred milliseconds (seen in CI: 60 ms was not enough).
 */
const confirmDelaysMs: readonly number[] = [20, 40, 80, 160, 320];

/**
 * The `shadow` phase's comparisons: a sampled read run again on the target, compared off the
 * caller's path, the outcome published as a `shadow-read` event.
 */
export class ShadowReads {
  private readonly pending = new Set<Promise<void>>();

  /** @param events - where the outcomes go. */
  public constructor(private readonly events: MigrationEvents) {}

  /** Waits for the comparisons still running (before the connections close). */
  public async settle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /**
   * Runs the read of `member` on `shadow` now, beside `answer` (the read side's), and publishes
   * whether they agree once both are in; never changes the answer.
   */
  public compare(
    read: IRedisService,
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
        (await this.agreesLater(read, shadow, member, args, bytes));
      this.events.shadowRead(member, same ? 'match' : 'mismatch', keys);
    });
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
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
