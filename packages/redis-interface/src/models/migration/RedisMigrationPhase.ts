/**
 * A phase of a live move from a source to a target (`REDIS_MODE=migrating`), in order:
 * - `dual-write`: writes go to the source (authoritative) and then to the target; reads from the source;
 * - `shadow`: as `dual-write`, and a sample of reads also runs on the target and is compared, without
 *   changing the answer;
 * - `cutover`: reads from the target; writes go to the target (now authoritative) and then to the source,
 *   so that moving back stays possible;
 * - `done`: the target only.
 *
 * @remarks
 * One phase holds for every application instance at once: it is the value of the control key
 * ({@link RedisMigrationControl}), set by `redis-migrate phase <name>`. Moving back one phase is the
 * rollback switch, from any phase before `done`.
 */
export type RedisMigrationPhase = 'dual-write' | 'shadow' | 'cutover' | 'done';

/** Every {@link RedisMigrationPhase}, in the order a move goes through them. */
export const redisMigrationPhases: readonly RedisMigrationPhase[] = Object.freeze([
  'dual-write',
  'shadow',
  'cutover',
  'done',
]);
