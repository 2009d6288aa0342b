import type { TestkitBackendKind } from './RedisTopology.js';

/**
 * The shared servers the vitest global setup started for one test run, as handed to tests
 * through `inject('redisTestServers')`. Plain data: it crosses from the runner to the workers.
 *
 * Tests share these servers: use unique keys (e.g. a per-test prefix) and never flush them.
 * A test that injects faults starts its own topology instead.
 */
export interface RedisTestServers {
  /** The shared standalone server. */
  readonly standalone: {
    /** Where it came from: `external`, `local` or `container`. */
    readonly backend: TestkitBackendKind;
    /** Its address. */
    readonly host: string;
    /** Its client port. */
    readonly port: number;
    /** `redis://host:port`, without credentials. */
    readonly url: string;
  };
  /** The shared cluster (3 masters, 3 replicas unless external). */
  readonly cluster: {
    /** Where it came from: `external`, `local` or `container`. */
    readonly backend: TestkitBackendKind;
    /** Seed addresses for a cluster client: every node. */
    readonly startupNodes: readonly {
      /** The node's address (loopback for servers the testkit started). */
      readonly host: string;
      /** The node's client port. */
      readonly port: number;
    }[];
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by `@org/redis-testkit/vitest-global-setup`. */
    redisTestServers: RedisTestServers;
  }
}
