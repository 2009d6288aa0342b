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
