import type { IRedisService } from '@org/redis-interface';
import type { BenchClient } from './BenchClient.js';

/** Our service through its public interface: `set`, `get`, `pipeline()…exec()`. */
export function oursClient(service: IRedisService): BenchClient {
  return {
    set: (key, value) => service.set(key, value),
    get: (key) => service.get(key),
    pipeline: (commands) => {
      const pipeline = service.pipeline();
      for (const command of commands) {
        if (command[0] === 'set') pipeline.set(command[1], command[2]);
        else pipeline.get(command[1]);
      }
      return pipeline.exec();
    },
  };
}
