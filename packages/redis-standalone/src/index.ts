/**
 * The standalone driver: {@link RedisStandaloneService} implements `IRedisService` over one Redis server.
 *
 * @packageDocumentation
 */
export { RedisStandaloneService } from './services/RedisStandaloneService.js';
