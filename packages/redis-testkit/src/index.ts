// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
export { startCluster, startStandalone } from './services/startTopology.js';
export { selectBackend } from './services/selectBackend.js';
export type { BackendChoice } from './services/selectBackend.js';
export type { ExternalServers } from './calculations/parseTestEnvironment.js';
export { detectDocker } from './services/dockerAvailability.js';
export type { DockerAvailability } from './services/dockerAvailability.js';
export { redisTestServers } from './vitest/redisTestServers.js';
export { TestkitError, testkitErrorCodes } from './models/TestkitError.js';
export type { TestkitErrorCode } from './models/TestkitError.js';
export type { RedisNodeInfo, TestCredentials, TlsMaterial } from './models/RedisNodeInfo.js';
export type {
  FailoverResult,
  FaultInjection,
  RedisClusterTopology,
  RedisStandaloneTopology,
  RedisTopology,
  RedisTopologyBase,
  TestkitBackendKind,
} from './models/RedisTopology.js';
export type { RedisTestServers } from './models/RedisTestServers.js';
export type {
  AclUserSpec,
  ClusterStartOptions,
  CommonStartOptions,
  StandaloneStartOptions,
} from './models/StartOptions.js';
export { slotRanges, CLUSTER_SLOTS } from './calculations/slotRanges.js';
export { seedMigrationDataset } from './services/seedMigrationDataset.js';
export type {
  BigKeyType,
  MigrationDatasetSpec,
  SeedClusterAddress,
  SeedConnection,
  SeedResult,
  SeedServerAddress,
} from './models/MigrationDatasetSpec.js';
export { describeRedisContract } from './contract/describeRedisContract.js';
export type { RedisContractTarget } from './contract/RedisContractTarget.js';
export type { ContractContext } from './contract/ContractContext.js';
