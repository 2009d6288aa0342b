// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * The standalone driver: {@link RedisStandaloneService} implements `IRedisService` over one Redis server.
 *
 * @packageDocumentation
 */
export { RedisStandaloneService } from './services/RedisStandaloneService.js';
