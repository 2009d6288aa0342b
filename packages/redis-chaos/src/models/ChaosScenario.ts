import type { RedisClusterTopology, RedisStandaloneTopology, RedisTopology } from '@org/redis-testkit';
import type { ChaosSettings } from './ChaosSettings.js';

/** Records a milestone of the fault (`failover done`…), timed from the fault's start. */
export type MarkMilestone = (label: string) => void;

/** The parts every scenario has, whatever its topology. */
interface ScenarioBase<T extends RedisTopology> {
  /** Id, e.g. `master-kill`. */
  readonly name: string;
  /** What it does, one sentence (printed and written to docs/reliability.md). */
  readonly title: string;
  /** Whether a durable-write load runs too (it needs replicas). */
  readonly durable: boolean;
  /** Start the servers. */
  start(settings: ChaosSettings): Promise<T>;
  /**
   * Inject the fault and heal it; resolves when the topology serves every key again. Runs while
   * the loads write.
   */
  fault(topology: T, settings: ChaosSettings, mark: MarkMilestone): Promise<void>;
}

/** A scenario on a cluster. */
export interface ClusterScenario extends ScenarioBase<RedisClusterTopology> {
  readonly mode: 'cluster';
}

/** A scenario on one standalone server. */
export interface StandaloneScenario extends ScenarioBase<RedisStandaloneTopology> {
  readonly mode: 'standalone';
}

/** Either kind. */
export type ChaosScenario = ClusterScenario | StandaloneScenario;
