import type { IRedisService } from '@org/redis-interface';
import type { BenchClient } from './BenchClient.js';
import { queueBenchCommands } from './queueBenchCommands.js';

/**
 * Our service through its public interface: `set`, `get`, `pipeline()…exec()` (also an older
 * build's service: see `BaselineService`).
 */
export function oursClient(service: Pick<IRedisService, 'set' | 'get' | 'pipeline'>): BenchClient {
  return {
    set: (key, value) => service.set(key, value),
    get: (key) => service.get(key),
    pipeline: (commands) => queueBenchCommands(service.pipeline(), commands).exec(),
  };
}
