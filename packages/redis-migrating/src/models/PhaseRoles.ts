import type { IRedisService, RedisMigrationPhase, RedisMigrationSide } from '@org/redis-interface';

/** What each side does in one phase: who answers reads, who takes writes first, who gets them after. */
export interface PhaseRoles {
  /** The phase these roles are for. */
  readonly phase: RedisMigrationPhase;
  /** Serves every read. */
  readonly read: IRedisService;
  /** Takes every write first; its reply is the caller's. */
  readonly primary: IRedisService;
  /** Which side `primary` is: the source until `cutover`, the target from then on. */
  readonly primarySide: RedisMigrationSide;
  /** Gets every write the primary took, after it; absent in `done`. */
  readonly secondary: IRedisService | undefined;
  /** Which side `secondary` is; absent in `done`. */
  readonly secondarySide: RedisMigrationSide | undefined;
  /** Where sampled reads are run again and compared: the target in `shadow`, else absent. */
  readonly shadow: IRedisService | undefined;
}
