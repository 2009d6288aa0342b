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
export type { RedisTtl } from './models/commands/RedisTtl.js';
export type { SetOptions, SetCondition, SetExpiryOptions } from './models/commands/SetOptions.js';
export type { ExpireCondition } from './models/commands/ExpireCondition.js';
export type {
  GetExOptions,
  LcsOptions,
  LcsRange,
  LcsMatch,
  LcsMatches,
} from './models/commands/StringTypes.js';
export type {
  CopyOptions,
  RestoreOptions,
  SortReadOptions,
  SortOptions,
} from './models/commands/KeyTypes.js';
export type {
  Bit,
  BitRange,
  BitPosRange,
  BitOperation,
  BitfieldEncoding,
  BitfieldOffset,
  BitfieldGet,
  BitfieldOperation,
} from './models/commands/BitmapTypes.js';
export type {
  GeoUnit,
  GeoCoordinates,
  GeoMember,
  GeoAddOptions,
  GeoSearchFrom,
  GeoSearchBy,
  GeoSearchArea,
  GeoSearchOptions,
  GeoSearchMatch,
  GeoSearchStoreOptions,
} from './models/commands/GeoTypes.js';
export type { ScanOptions } from './models/commands/ScanOptions.js';
export type { KeyScanOptions } from './models/commands/KeyScanOptions.js';
export type { HashEntry, HRandFieldOptions } from './models/commands/HashTypes.js';
export type { FlushDbOptions } from './models/commands/FlushDbOptions.js';
export type {
  ScriptFlushOptions,
  FunctionLoadOptions,
  FunctionFlushOptions,
  FunctionListOptions,
  FunctionRestorePolicy,
  FunctionRestoreOptions,
  RedisFunctionInfo,
  RedisFunctionLibrary,
  RedisFunctionStats,
  RedisRunningFunction,
} from './models/commands/ScriptTypes.js';
export type { RedisInfo, WaitAofResult } from './models/commands/ServerTypes.js';
export type { ListSide } from './models/commands/ListSide.js';
export type { BlockingPopResult } from './models/commands/BlockingPopResult.js';
export type { SInterCardOptions } from './models/commands/SetTypes.js';
export type {
  LPosOptions,
  LPosCountOptions,
  ListInsertPosition,
  ListPopResult,
} from './models/commands/ListTypes.js';
export type {
  ZAddMember,
  ZAddOptions,
  ScoredMember,
  ScoreBound,
  ZRangeOptions,
  ZRangeByScoreOptions,
  LexBound,
  ZRangeByLexOptions,
  ZRangeStoreOptions,
  ZRangeStoreByRankOptions,
  ZRangeStoreByScoreOptions,
  ZRangeStoreByLexOptions,
  ZAggregate,
  ZCombineOptions,
  ZInterCardOptions,
  ZPopSide,
  ZMPopOptions,
  ZMPopResult,
  ZPopResult,
} from './models/commands/SortedSetTypes.js';
export type {
  StreamEntry,
  StreamReadResult,
  StreamOffset,
  StreamTrimOptions,
  XAddOptions,
  XReadOptions,
  XReadGroupOptions,
  XGroupCreateOptions,
} from './models/commands/StreamTypes.js';
export type {
  XPendingSummary,
  XPendingConsumer,
  XPendingRange,
  XPendingEntry,
  XClaimOptions,
  XAutoClaimOptions,
  XAutoClaimResult,
  XAutoClaimIdsResult,
  XGroupSetIdOptions,
  XSetIdOptions,
} from './models/commands/StreamGroupTypes.js';
export type {
  XInfoStream,
  XInfoStreamCounters,
  XInfoGroup,
  XInfoConsumer,
} from './models/commands/StreamInfoTypes.js';
export type {
  XInfoStreamFull,
  XInfoStreamFullOptions,
  XInfoFullGroup,
  XInfoFullGroupPending,
  XInfoFullConsumer,
  XInfoFullConsumerPending,
} from './models/commands/StreamInfoFullTypes.js';

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
export type { RedisBytes } from './models/bytes/RedisBytes.js';
export type { IRedisBytesView, RedisBytesMethod, RedisBytesMethods } from './models/bytes/IRedisBytesView.js';

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
