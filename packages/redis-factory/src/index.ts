// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * The piece applications wire in: an Inversify container module that picks the standalone or
 * cluster driver from configuration, connects on first resolution, reports health and shuts
 * down gracefully.
 *
 * @packageDocumentation
 */
export { RedisContainerModule } from './services/RedisContainerModule.js';
export type { RedisEnvModuleOptions } from './services/RedisContainerModule.js';
export { RedisFactoryService } from './services/RedisFactoryService.js';
export { RedisClients } from './services/RedisClients.js';
export { DEFAULT_CLIENT, redisClientsIdentifier, redisFactoryIdentifier } from './models/identifiers.js';
export type { RedisClientsHealth } from './models/RedisClientsHealth.js';
