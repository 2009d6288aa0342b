// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * The ioredis engine under `@org/redis-core`: adapters implementing core's connection interfaces
 * (`SharedClient`, `NodeConnection`, `SubscriberConnection`) over ioredis 6, and the ioredis
 * options and connect helpers both drivers share. Only this package and the drivers import ioredis.
 *
 * @packageDocumentation
 */
export { IoredisSharedClient } from './services/IoredisSharedClient.js';
export { nodeConnection } from './services/IoredisNodeConnection.js';
export { subscriberConnection } from './services/IoredisSubscriber.js';
export { connectWithCause } from './services/connectWithCause.js';
export { execPipeline } from './services/execPipeline.js';
export { sendBuffer } from './services/sendBuffer.js';
export { toIoredisOptions } from './calculations/toIoredisOptions.js';
export type { ConnectionOptions } from './calculations/toIoredisOptions.js';
export { nodeAddress } from './calculations/nodeAddress.js';
