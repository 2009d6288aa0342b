import {
  parseRedisMigrationControl,
  redisMigrationPhases,
  type RedisMigrationControl,
  type RedisMigrationPhase,
  type Subscription,
} from '@org/redis-interface';
import { phaseRoles } from '../calculations/phaseRoles.js';
import type { MigratingSides } from '../models/MigratingSides.js';
import type { PhaseRoles } from '../models/PhaseRoles.js';
import type { MigrationEvents } from './MigrationEvents.js';

/** Where the control value lives and how often it is re-read. */
export interface PhaseWatcherOptions {
  /** The control key, as the services name it (their key prefix applies). */
  readonly controlKey: string;
  /** The channel announcing a switch (the control key's name: channels take no key prefix). */
  readonly channel: string;
  readonly pollIntervalMs: number;
}

/** The phase before any `redis-migrate phase`: writes on both sides, the source authoritative. */
const initial: RedisMigrationControl = { phase: 'dual-write', revision: 0, changedAt: '' };

/**
 * Knows the phase this instance runs in and keeps it in step with every other instance: it reads
 * the control key on both sides at start (the higher revision wins: a switch caught half-way is
 * finished by the next read), re-reads it whenever a message arrives on the control channel of
 * either side, and every `pollIntervalMs` in case a message was missed (a subscriber reconnecting).
 * A message is only a cue to read: the channel has no key prefix, so two applications sharing a
 * deployment under different prefixes hear each other's switches, and only the key decides. A
 * revision never goes back: a stale copy changes nothing.
 */
export class PhaseWatcher {
  /** The control value in force. */
  public control: RedisMigrationControl = initial;
  /** The sides' roles in the phase in force; read once per call, so one call never mixes phases. */
  public roles: PhaseRoles;
  /** Why the last read found no usable control value, when it did not. */
  public problem: string | undefined;
  private readonly allRoles: ReadonlyMap<RedisMigrationPhase, PhaseRoles>;
  private subscriptions: Subscription[] = [];
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** A cue arrived during a read. */
  private again = false;
  /** Whether the phase at start was announced: switches found by the first read are not switches. */
  private started = false;

  public constructor(
    private readonly sides: MigratingSides,
    private readonly options: PhaseWatcherOptions,
    private readonly events: MigrationEvents,
  ) {
    this.allRoles = new Map(redisMigrationPhases.map((phase) => [phase, phaseRoles(phase, sides)]));
    this.roles = this.rolesOf(initial.phase);
  }

  /** Reads the phase, listens for switches and starts the periodic re-read. */
  public async start(): Promise<void> {
    await this.poll();
    this.started = true;
    this.events.publish({ event: 'phase', phase: this.control.phase, revision: this.control.revision });
    const listened = await Promise.allSettled(
      (['source', 'target'] as const).map((side) =>
        this.sides[side].subscribe(this.options.channel, () => this.poll()),
      ),
    );
    for (const outcome of listened)
      if (outcome.status === 'fulfilled') this.subscriptions.push(outcome.value);
      else
        this.problem = `could not listen on the control channel (${describe(outcome.reason)}); re-reading the key instead`;
    this.timer = setInterval(() => void this.poll(), this.options.pollIntervalMs);
    // The service's own connections keep the process alive; this timer alone must not.
    this.timer.unref();
  }

  /** Stops listening and re-reading. */
  public async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const subscriptions = this.subscriptions;
    this.subscriptions = [];
    await Promise.allSettled(subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /** Reads the control key on both sides and applies the newer value. */
  public async poll(): Promise<void> {
    if (this.polling) {
      // A cue while a read is running: read once more after it, so a switch written just after
      // that read started is not left to the next period.
      this.again = true;
      return;
    }
    this.polling = true;
    try {
      const read = await Promise.allSettled(
        (['source', 'target'] as const).map((side) => this.sides[side].get(this.options.controlKey)),
      );
      const problems: string[] = [];
      for (const outcome of read) {
        if (outcome.status === 'rejected')
          problems.push(`a side did not answer (${describe(outcome.reason)})`);
        else if (outcome.value !== null) this.offer(outcome.value, problems);
      }
      this.problem = problems.length > 0 ? problems.join('; ') : undefined;
    } finally {
      this.polling = false;
    }
    if (this.again) {
      this.again = false;
      await this.poll();
    }
  }

  /** Applies a control value read, when it is newer than the one in force. */
  private offer(text: string, problems: string[]): void {
    let control: RedisMigrationControl;
    try {
      control = parseRedisMigrationControl(text);
    } catch (error) {
      problems.push(describe(error));
      return;
    }
    if (control.revision <= this.control.revision) return;
    const previous = this.control.phase;
    this.control = control;
    this.roles = this.rolesOf(control.phase);
    if (this.started)
      this.events.publish({ event: 'phase', phase: control.phase, previous, revision: control.revision });
  }

  private rolesOf(phase: RedisMigrationPhase): PhaseRoles {
    const roles = this.allRoles.get(phase);
    if (roles === undefined) throw new Error(`no roles for phase ${phase}`);
    return roles;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
