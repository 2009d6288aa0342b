import type {
  IRedisService,
  RedisCommonConfigInput,
  RedisConfig,
  RedisMode,
  RedisNodeAddress,
} from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';

/**
 * What each group of the contract suite receives. One context per group: it connects the group's shared
 * service in `beforeAll` and quits it (and every service from {@link ContractContext.createService}) in
 * `afterAll`.
 */
export interface ContractContext {
  /** The driver's mode. */
  readonly mode: RedisMode;
  /**
   * Whether the group's service refuses keys in different hash slots with `CROSS_SLOT` before sending:
   * in cluster mode, and in every mode for a target that says so ({@link RedisContractTarget.refusesCrossSlot}).
   */
  readonly crossSlotRefused: boolean;
  /** The `keyPrefix` of this run's services, e.g. `contract:1f2e3d4c:`; needed to compute slots. */
  readonly keyPrefix: string;
  /**
   * The group's connected service on the shared servers.
   * @throws Error when called before the group's `beforeAll` ran (e.g. at collection time).
   */
  service(): IRedisService;
  /**
   * A key no other test uses: `${name}:${uuid}`, without hash tag, so keys spread over slots.
   * @param name - a readable part, for debugging.
   */
  key(name: string): string;
  /**
   * A hash tag no other test uses, `{${name}:${uuid}}`: keys starting with it share one slot.
   * @param name - a readable part.
   */
  hashTag(name: string): string;
  /**
   * The config of the shared servers, in this mode, with this run's `keyPrefix`.
   * @param overrides - common options that win, e.g. `{ strictCrossSlot: true }`.
   */
  config(overrides?: RedisCommonConfigInput): RedisConfig;
  /**
   * A config of this mode pointing at other addresses (a closed port, the other mode's server).
   * @param addresses - standalone: the server (first entry); cluster: the seed nodes.
   * @param overrides - common options that win.
   */
  configAt(addresses: readonly RedisNodeAddress[], overrides?: RedisCommonConfigInput): RedisConfig;
  /**
   * The config of a topology the test started itself, in the topology's mode.
   * @param topology - from `startStandalone()` or `startCluster()`.
   * @param overrides - common options that win.
   */
  configFor(topology: RedisTopology, overrides?: RedisCommonConfigInput): RedisConfig;
  /**
   * Builds a service for `config` without connecting it. The caller connects and closes it.
   * @param config - from {@link ContractContext.config}, `configAt` or `configFor`.
   */
  buildService(config: RedisConfig): IRedisService;
  /**
   * Builds and connects another service on the shared servers; it is quit in the group's `afterAll`.
   * @param overrides - common options that win, e.g. `{ keyPrefix: '' }`.
   */
  createService(overrides?: RedisCommonConfigInput): Promise<IRedisService>;
}
