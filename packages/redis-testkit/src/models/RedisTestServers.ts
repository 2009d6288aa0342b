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
    readonly backend: TestkitBackendKind;
    readonly host: string;
    readonly port: number;
    readonly url: string;
  };
  /** The shared cluster (3 masters, 3 replicas unless external). */
  readonly cluster: {
    readonly backend: TestkitBackendKind;
    readonly startupNodes: readonly { readonly host: string; readonly port: number }[];
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by `@org/redis-testkit/vitest-global-setup`. */
    redisTestServers: RedisTestServers;
  }
}
