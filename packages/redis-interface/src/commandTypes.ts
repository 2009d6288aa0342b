// The option and result types of the command members (`SetOptions`, `StreamEntry`, `XInfoStream`…),
// re-exported whole by the package's entry point (index.ts), which stays a short table of contents.
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
export type { ScanPage } from './models/commands/ScanPage.js';
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
  RedisFunctionEngineStats,
  RedisRunningFunction,
} from './models/commands/ScriptTypes.js';
export type { RedisInfo, WaitAofResult } from './models/commands/ServerTypes.js';
export type { ListSide } from './models/commands/ListSide.js';
export type { BlockingPopBytesResult, BlockingPopResult } from './models/commands/BlockingPopResult.js';
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
