import type { IRedisService, RedisMigrationPhase, RedisMigrationSide } from '@org/redis-interface';

/** What each side does in one phase: who answers reads, who takes writes first, who gets them after. */
export interface PhaseRoles {
  readonly phase: RedisMigrationPhase;
  /** Serves every read. */
  readonly read: IRedisService;
  /** Takes every write first; its reply is the caller's. */
  readonly primary: IRedisService;
  readonly primarySide: RedisMigrationSide;
  /** Gets every write the primary took, after it; absent in `done`. */
  readonly secondary: IRedisService | undefined;
  readonly secondarySide: RedisMigrationSide | undefined;
  /** Where sampled reads are run again and compared: the target in `shadow`, else absent. */
  readonly shadow: IRedisService | undefined;
}
