// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * Internal building blocks shared by `@org/redis-standalone` and `@org/redis-cluster`: every
 * command written once over a {@link DriverTopology}, error mapping and slot grouping.
 *
 * @packageDocumentation
 */
export { RedisServiceBase } from './services/RedisServiceBase.js';
export { serviceDefinitions } from './definitions/serviceDefinitions.js';
export { isQueueable } from './services/commands/CommandQueue.js';
export type {
  Definition,
  CommandDefinition,
  SplitDefinition,
  FanOutDefinition,
  BlockingDefinition,
  KeySpec,
  ReplyTransform,
  DriverFacts,
} from './models/CommandDefinition.js';
export type {
  NodeDefinition,
  NodeInput,
  SplitInput,
  GroupReply,
  NodeReply,
} from './models/RoutedDefinitions.js';
export type { DriverTopology, QueuedCommand } from './models/DriverTopology.js';
export type { RedisArgument, RedisKey } from './models/RedisArgument.js';
export type { CommandSender } from './models/CommandSender.js';
export type { SharedClient } from './models/SharedClient.js';
export type { NodeConnection } from './models/NodeConnection.js';
export type { EngineCommand } from './models/EngineCommand.js';
export type { SubscriberConnection, SubscriberListener } from './models/SubscriberConnection.js';
export { assertSameSlot, groupBySlot, keySlot, keySlots } from './calculations/keySlot.js';
export { mapRedisError } from './calculations/mapRedisError.js';
export { tlsFailureAdvice } from './calculations/tlsFailureAdvice.js';
export { definitionKeys } from './calculations/definitionKeys.js';
export { clusterRefusal } from './calculations/clusterRefusal.js';
export { sendOn } from './services/sendOn.js';
export type { ClusterRefusal } from './calculations/clusterRefusal.js';
export { scrubErrorCause, withScrubbedCause } from './calculations/scrubErrorCause.js';
export { redactCommandArgs } from './calculations/redactCommandArgs.js';
export type { RedactedArgs } from './calculations/redactCommandArgs.js';
export { commandTimeoutError } from './calculations/commandTimeoutError.js';
export { reconnectStrategy } from './calculations/reconnectStrategy.js';
export { parseInfo } from './calculations/parseInfo.js';
export { mapField } from './calculations/mapField.js';
export { DedicatedConnectionPool } from './services/DedicatedConnectionPool.js';
export { LazyConnection } from './services/LazyConnection.js';
export type { Disconnectable } from './services/LazyConnection.js';
export {
  TopologyConnections,
  inspectTopology,
  silenceErrorEvents,
  topologyView,
} from './services/TopologyConnections.js';
export type { TopologyView, Closable, OpenedOnUse, DedicatedPool } from './services/TopologyConnections.js';
export { TopologyBasics } from './services/TopologyBasics.js';
export type { TopologyBasicsParts } from './services/TopologyBasics.js';
export type { DedicatedConnectionLimits } from './models/DedicatedConnectionLimits.js';
export { dedicatedConnectionLimits } from './calculations/dedicatedConnectionLimits.js';
export { measureNode } from './services/measureNode.js';
export { serverMode } from './services/serverMode.js';
export type { ServerMode } from './services/serverMode.js';
export { CallerError } from './models/CallerError.js';
export { Instrumentation } from './services/instrumentation.js';
export { parseClusterNodes } from './calculations/parseClusterNodes.js';
export type { ClusterNodeLine } from './calculations/parseClusterNodes.js';
