import { describe } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import type { RedisContractTarget } from './RedisContractTarget.js';
import { describeBitfieldsContract } from './bitfields.js';
import { describeBitmapsContract } from './bitmaps.js';
import { describeBlockingContract } from './blocking.js';
import { describeBufferKeyStreamsContract } from './bufferKeyStreams.js';
import { describeBufferKeyWritesContract } from './bufferKeyWrites.js';
import { describeBufferKeysContract } from './bufferKeys.js';
import { describeBytesContract } from './bytes.js';
import { describeBytesBlockingContract } from './bytesBlocking.js';
import { describeBytesMoreContract } from './bytesMore.js';
import { describeBytesNamesAsTextContract } from './bytesNamesAsText.js';
import { describeBlockingMovesContract } from './blockingMoves.js';
import { describeCallContract } from './call.js';
import { describeConnectionContract } from './connection.js';
import { contractKeyPrefix } from './contractConfig.js';
import { createContractContext } from './createContractContext.js';
import { describeCrossSlotContract } from './crossSlot.js';
import { describeDedicatedConnectionsContract } from './dedicatedConnections.js';
import { describeDurableWriteArgumentsContract } from './durableWriteArguments.js';
import { describeDurableWriteFaultsContract } from './durableWriteFaults.js';
import { describeDurableWritesContract } from './durableWrites.js';
import { describeErrorsContract } from './errors.js';
import { describeFlushDbContract } from './flushDb.js';
import { describeFunctionsContract } from './functions.js';
import { describeFuzzContract } from './fuzz/describeFuzzContract.js';
import { describeGeoContract } from './geo.js';
import { describeGeoSearchContract } from './geoSearch.js';
import { describeHashesContract } from './hashes.js';
import { describeHashesMoreContract } from './hashesMore.js';
import { describeHashQueuesContract } from './hashQueues.js';
import { describeHyperLogLogsContract } from './hyperLogLogs.js';
import { describeJsonContract } from './json.js';
import { describeKeyPrefixContract } from './keyPrefix.js';
import { describeGlobPrefixContract } from './globPrefix.js';
import { describeKeyExpiryContract } from './keyExpiry.js';
import { describeKeysContract } from './keys.js';
import { describeKeyScansContract } from './keyScans.js';
import { describeKeyObjectsContract } from './keyObjects.js';
import { describeKeyQueriesContract } from './keyQueries.js';
import { describeKeyTimesContract } from './keyTimes.js';
import { describeKeyValidationContract } from './keyValidation.js';
import { describeKeyspaceContract } from './keyspace.js';
import { describeKeyspacePagesContract } from './keyspacePages.js';
import { describeLifecycleContract } from './lifecycle.js';
import { describeListQueuesContract } from './listQueues.js';
import { describeListsContract } from './lists.js';
import { describeListsMoreContract } from './listsMore.js';
import { describeMultiKeyContract } from './multiKey.js';
import { describePipelinesContract } from './pipelines.js';
import { describePubSubContract } from './pubsub.js';
import { describePubSubIntrospectionContract } from './pubsubIntrospection.js';
import { describePubSubRestartContract } from './pubsubRestart.js';
import { describeQueuedDataCommandsContract } from './queuedDataCommands.js';
import { describeQueueValidationContract } from './queueValidation.js';
import { describeScriptsContract } from './scripts.js';
import { describeScriptsEvalContract } from './scriptsEval.js';
import { describeServerContract } from './server.js';
import { describeServerRefusalsContract } from './serverRefusals.js';
import { describeSetQueuesContract } from './setQueues.js';
import { describeSetsContract } from './sets.js';
import { describeSetsMoreContract } from './setsMore.js';
import { describeShardedPubSubContract } from './shardedPubSub.js';
import { describeSortedSetBlockingContract } from './sortedSetBlocking.js';
import { describeSortedSetCombineContract } from './sortedSetCombine.js';
import { describeSortedSetCrossSlotContract } from './sortedSetCrossSlot.js';
import { describeSortedSetLexContract } from './sortedSetLex.js';
import { describeSortedSetRangesContract } from './sortedSetRanges.js';
import { describeSortedSetsContract } from './sortedSets.js';
import { describeSortedSetsMoreContract } from './sortedSetsMore.js';
import { describeStreamAdminContract } from './streamAdmin.js';
import { describeStreamGroupAdminContract } from './streamGroupAdmin.js';
import { describeStreamGroupsContract } from './streamGroups.js';
import { describeStreamRecoveryContract } from './streamRecovery.js';
import { describeStreamsContract } from './streams.js';
import { describeStringsContract } from './strings.js';
import { describeStringRangesContract } from './stringRanges.js';
import { describeStringValuesContract } from './stringValues.js';
import { describeTransactionEdgesContract } from './transactionEdges.js';
import { describeTransactionsContract } from './transactions.js';

const groups: readonly (readonly [title: string, describeGroup: (context: ContractContext) => void])[] = [
  ['strings', describeStringsContract],
  ['string values', describeStringValuesContract],
  ['string ranges', describeStringRangesContract],
  ['multi-key commands', describeMultiKeyContract],
  ['keys', describeKeysContract],
  ['key expiry', describeKeyExpiryContract],
  ['key times', describeKeyTimesContract],
  ['key objects', describeKeyObjectsContract],
  ['key queries', describeKeyQueriesContract],
  ['json', describeJsonContract],
  ['bitmaps', describeBitmapsContract],
  ['bitfields', describeBitfieldsContract],
  ['hyperloglogs', describeHyperLogLogsContract],
  ['geo', describeGeoContract],
  ['geo search', describeGeoSearchContract],
  ['hashes', describeHashesContract],
  ['hashes more', describeHashesMoreContract],
  ['hash queues', describeHashQueuesContract],
  ['key scans', describeKeyScansContract],
  ['lists', describeListsContract],
  ['more lists', describeListsMoreContract],
  ['list queues', describeListQueuesContract],
  ['blocking', describeBlockingContract],
  ['blocking moves', describeBlockingMovesContract],
  ['dedicated connections', describeDedicatedConnectionsContract],
  ['sets', describeSetsContract],
  ['sets more', describeSetsMoreContract],
  ['sets queued', describeSetQueuesContract],
  ['sorted sets', describeSortedSetsContract],
  ['sorted set ranges', describeSortedSetRangesContract],
  ['sorted sets more', describeSortedSetsMoreContract],
  ['sorted set lex ranges', describeSortedSetLexContract],
  ['sorted set combine', describeSortedSetCombineContract],
  ['sorted set blocking', describeSortedSetBlockingContract],
  ['sorted set cross-slot', describeSortedSetCrossSlotContract],
  ['streams', describeStreamsContract],
  ['stream groups', describeStreamGroupsContract],
  ['stream group admin', describeStreamGroupAdminContract],
  ['stream recovery', describeStreamRecoveryContract],
  ['stream admin', describeStreamAdminContract],
  ['pubsub', describePubSubContract],
  ['sharded pubsub', describeShardedPubSubContract],
  ['pubsub restart', describePubSubRestartContract],
  ['pubsub introspection', describePubSubIntrospectionContract],
  ['keyspace', describeKeyspaceContract],
  ['keyspace pages', describeKeyspacePagesContract],
  ['flushdb', describeFlushDbContract],
  ['scripts', describeScriptsContract],
  ['scripts eval', describeScriptsEvalContract],
  ['functions', describeFunctionsContract],
  ['server', describeServerContract],
  ['pipelines', describePipelinesContract],
  ['transactions', describeTransactionsContract],
  ['queued data commands', describeQueuedDataCommandsContract],
  ['transaction edges', describeTransactionEdgesContract],
  ['durable writes', describeDurableWritesContract],
  ['durable write arguments', describeDurableWriteArgumentsContract],
  ['durable write faults', describeDurableWriteFaultsContract],
  ['cross-slot', describeCrossSlotContract],
  ['call', describeCallContract],
  ['bytes', describeBytesContract],
  ['bytes more', describeBytesMoreContract],
  ['bytes blocking', describeBytesBlockingContract],
  ['bytes: names as text', describeBytesNamesAsTextContract],
  ['bytes: Buffer keys', describeBufferKeysContract],
  ['bytes: Buffer keys in entries and transactions', describeBufferKeyWritesContract],
  ['bytes: Buffer keys in streams', describeBufferKeyStreamsContract],
  ['errors', describeErrorsContract],
  ['server refusals', describeServerRefusalsContract],
  ['key and option validation', describeKeyValidationContract],
  ['queued argument validation', describeQueueValidationContract],
  ['fuzz', describeFuzzContract],
  ['keyPrefix', describeKeyPrefixContract],
  ['glob keyPrefix', describeGlobPrefixContract],
  ['connection', describeConnectionContract],
  ['lifecycle', describeLifecycleContract],
];

/**
 * Declares the contract suite of `IRedisService`: every member, against real Redis, with the same
 * assertions in both modes. Call it once at the top level of a driver's integration test file, in a vitest
 * project with the testkit's global setup (the shared servers come from `redisTestServers()`).
 *
 * @remarks
 * Each group (`[standalone] strings`, `[cluster] pipelines`, …) connects its own service in `beforeAll`
 * and quits it in `afterAll`. Keys are unique per test under a key prefix unique to this call, since the
 * shared servers are never flushed. The pub/sub restart and FLUSHDB groups start a topology of their own.
 * A test that only applies to one mode prints why when skipped.
 *
 * @param target - the driver: its mode and how to build a service from a config.
 *
 * @example
 * ```ts
 * // packages/redis-standalone/test/contract.int.spec.ts
 * describeRedisContract({
 *   mode: 'standalone',
 *   createService: (config) => new RedisStandaloneService(config as RedisStandaloneConfig),
 * });
 * ```
 */
export function describeRedisContract(target: RedisContractTarget): void {
  const keyPrefix = contractKeyPrefix();
  for (const [title, describeGroup] of groups) {
    describe(`[${target.mode}] ${title}`, () => {
      describeGroup(createContractContext(target, keyPrefix));
    });
  }
}
