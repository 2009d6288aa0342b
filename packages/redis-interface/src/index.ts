// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * The contract application code depends on: {@link IRedisService}, its DTOs, configuration types and
 * parsing, the {@link RedisError} catalogue and the DI identifiers. No runtime dependency on ioredis.
 *
 * @packageDocumentation
 */

// Service: IRedisService and its command groups
export type * from './serviceInterfaces.js';

// Values, keys and command options
export type { RedisMode } from './models/RedisMode.js';
export type { RedisValue, RedisValues, RedisEntries } from './models/RedisValue.js';
export type { RedisKeys, RedisKeyInput } from './models/RedisKeys.js';
export type { RedisKeyType, RedisTypeName } from './models/RedisKeyType.js';
export type * from './commandTypes.js';

// Pub/sub, scripts, pipelines, transactions, health
export type {
  Subscription,
  SubscriptionKind,
  PubSubOptions,
  RedisMessageHandler,
  RedisPatternMessageHandler,
} from './models/pubsub/Subscription.js';
export type { RedisScript, RedisScriptDefinition } from './models/scripts/RedisScript.js';
export type { PipelineResult } from './models/pipeline/PipelineResult.js';
export type { IRedisCommandQueue } from './models/pipeline/IRedisCommandQueue.js';
export type {
  QueueableCommand,
  QueuedCommands,
  QueuedBytesCommands,
} from './models/pipeline/QueuedCommands.js';
export type { IRedisPipeline } from './models/pipeline/IRedisPipeline.js';
export type { IRedisTransaction } from './models/pipeline/IRedisTransaction.js';
export type { IRedisTransactionReader } from './models/pipeline/IRedisTransactionReader.js';
export type { TransactionOptions, TransactionResult } from './models/pipeline/TransactionTypes.js';
export type {
  AofAcknowledgement,
  DurableWriteOptions,
  DurableWriteResult,
} from './models/pipeline/DurableWriteTypes.js';
export type { RedisHealth, RedisHealthStatus } from './models/health/RedisHealth.js';
export type { RedisMigrationHealth } from './models/health/RedisMigrationHealth.js';
export type { RedisNodeHealth, RedisNodeRole } from './models/health/RedisNodeHealth.js';
export type { RedisClusterHealth } from './models/health/RedisClusterHealth.js';

// Configuration
export type { RedisConfig, RedisConfigInput } from './models/config/RedisConfig.js';
export type { RedisCommonConfig } from './models/config/RedisCommonConfig.js';
export type { RedisCommonConfigInput } from './models/config/RedisCommonConfigInput.js';
export type { RedisStandaloneConfig } from './models/config/RedisStandaloneConfig.js';
export type {
  RedisStandaloneConfigInput,
  RedisStandaloneAddressInput,
} from './models/config/RedisStandaloneConfigInput.js';
export type { RedisClusterConfig } from './models/config/RedisClusterConfig.js';
export type { RedisClusterConfigInput } from './models/config/RedisClusterConfigInput.js';
export type { RedisNodeAddress } from './models/config/RedisNodeAddress.js';
export type { RedisScaleReads } from './models/config/RedisScaleReads.js';
export type { RedisTlsOptions } from './models/config/RedisTlsOptions.js';
export type { RedisTlsConfig } from './models/config/RedisTlsConfig.js';
export type { ParseRedisConfigFromEnvOptions } from './models/config/ParseRedisConfigFromEnvOptions.js';
export { parseRedisConfigFromEnv } from './calculations/parseRedisConfigFromEnv.js';
export type {
  RedisMigratingConfig,
  RedisMigratingConfigInput,
} from './models/config/RedisMigratingConfig.js';
export { validateRedisMigratingConfig } from './calculations/migration/validateRedisMigratingConfig.js';
export type { RedisClientConfig, RedisClientConfigInput } from './models/config/RedisClientConfig.js';
export {
  parseRedisClientConfigFromEnv,
  redactRedisClientConfig,
  validateRedisClientConfig,
} from './calculations/migration/clientConfigs.js';
export {
  isMigratingEnv,
  parseRedisMigratingConfigFromEnv,
} from './calculations/migration/parseRedisMigratingConfigFromEnv.js';

// Live moves: phases and the control key
export type { RedisMigrationPhase } from './models/migration/RedisMigrationPhase.js';
export { redisMigrationPhases } from './models/migration/RedisMigrationPhase.js';
export type { RedisMigrationControl } from './models/migration/RedisMigrationControl.js';
export { redisMigrationControlDefaults } from './models/migration/RedisMigrationControl.js';
export {
  allowedMigrationSteps,
  formatRedisMigrationControl,
  parseRedisMigrationControl,
} from './calculations/migration/parseRedisMigrationControl.js';
export { validateRedisConfig } from './calculations/validateRedisConfig.js';
export { redactRedisConfig } from './calculations/redactRedisConfig.js';
export { redactUrl } from './calculations/redactUrl.js';

// Errors
export { RedisError } from './models/errors/RedisError.js';
export type { RedisErrorOptions } from './models/errors/RedisError.js';
export { redisErrorCodes } from './models/errors/redisErrorCodes.js';
export type { RedisErrorCode } from './models/errors/redisErrorCodes.js';
export type { RedisErrorDetails, RedisErrorDetailsByCode } from './models/errors/RedisErrorDetails.js';
export type { RedisConfigIssue } from './models/errors/RedisConfigIssue.js';
export type { RedisKeySlot } from './models/errors/RedisKeySlot.js';
export type { RedisRefusalDetails } from './models/errors/RedisRefusalDetails.js';
export type { RedisSplitFailure } from './models/errors/RedisSplitFailure.js';
export { createCrossSlotError } from './calculations/createCrossSlotError.js';
export { toSetArguments } from './calculations/toSetArguments.js';

// Raw bytes: the view's members and types
export { redisBytesMembers } from './models/bytes/redisBytesMembers.js';
export type { RedisBytesMember } from './models/bytes/redisBytesMembers.js';
export type { RedisBytes, RedisBytesName } from './models/bytes/RedisBytes.js';
export type { RedisBytesResultExceptions } from './models/bytes/RedisBytesResultExceptions.js';
export type {
  IRedisBytesView,
  RedisBytesMethod,
  RedisBytesMethodAs,
  RedisBytesMethods,
} from './models/bytes/IRedisBytesView.js';

// DI identifiers
export { redisServiceIdentifier, redisConfigIdentifier } from './models/identifiers.js';
export {
  redisServiceIdentifierFor,
  redisConfigIdentifierFor,
} from './calculations/redisServiceIdentifierFor.js';

// Instrumentation (node:diagnostics_channel)
export { redisDiagnosticsChannels } from './models/instrumentation/redisDiagnosticsChannels.js';
export type {
  RedisClusterEvent,
  RedisCommandEvent,
  RedisConnectionEvent,
  RedisEventSource,
  RedisPoolEvent,
  RedisPubSubEvent,
} from './models/instrumentation/RedisInstrumentationEvents.js';
export type {
  RedisMigrationEvent,
  RedisMigrationEventSource,
  RedisMigrationPhaseEvent,
  RedisMigrationShadowEvent,
  RedisMigrationSide,
  RedisMigrationWriteFailureEvent,
} from './models/instrumentation/RedisMigrationEvents.js';
export type {
  RedisCacheBreakerEvent,
  RedisCacheDegradedEvent,
  RedisCacheEvent,
  RedisCacheEventSource,
  RedisCacheFactoryEvent,
  RedisCacheHitEvent,
  RedisCacheInvalidationEvent,
  RedisCacheInvalidationKind,
  RedisCacheLockWaitEvent,
  RedisCacheMissEvent,
  RedisCacheResyncEvent,
  RedisCacheStaleEvent,
  RedisCacheStaleReason,
  RedisCacheTier,
} from './models/instrumentation/RedisCacheEvents.js';
