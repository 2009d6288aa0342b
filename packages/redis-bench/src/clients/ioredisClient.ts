import type { Cluster, Redis } from 'ioredis';
import type { BenchClient } from './BenchClient.js';

/**
 * Raw ioredis, `Redis` or `Cluster`. A cluster pipeline only works when every key is served by one
 * node (ioredis rejects it otherwise), which the pipeline scenario guarantees with a hash tag.
 */
export function ioredisClient(client: Redis | Cluster): BenchClient {
  return {
    set: (key, value) => client.set(key, value),
    get: (key) => client.get(key),
    pipeline: (commands) => client.pipeline(commands).exec(),
  };
}
