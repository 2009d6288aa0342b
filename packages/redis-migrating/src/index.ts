// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
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
