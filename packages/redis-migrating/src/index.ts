/**
 * `IRedisService` over a source and a target during a live move (`REDIS_MODE=migrating`): dual-write,
 * shadow reads, cutover and done, one phase for every application instance, set by
 * `redis-migrate phase`. Built by `@org/redis-factory` from a migrating configuration.
 *
 * @packageDocumentation
 */
export { RedisMigratingService } from './services/RedisMigratingService.js';
export type { MigratingSideFactory, RedisMigratingServiceOptions } from './services/RedisMigratingService.js';
export type { MigratingNativeClients } from './models/MigratingNativeClients.js';
export { phaseRoles } from './calculations/phaseRoles.js';
export type { PhaseRoles } from './models/PhaseRoles.js';
export type { MigratingSides } from './models/MigratingSides.js';
