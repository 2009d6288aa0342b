import type { ChaosSettings } from '../models/ChaosSettings.js';
import type { WriteKind } from '../models/LoadReport.js';
import type { WriteFunction } from './WriteLoad.js';

/**
 * The write of each kind. `plain` is a SET, acknowledged by the master alone: asynchronous
 * replication may lose it in a failover. `durable` is the same SET through `writeDurably`,
 * acknowledged only once a replica has it (`NOT_DURABLE` otherwise).
 */
export function writeFunction(kind: WriteKind, settings: ChaosSettings): WriteFunction {
  switch (kind) {
    case 'plain':
      return (service, key, value) => service.set(key, value);
    case 'durable':
      return (service, key, value) =>
        service.writeDurably((queue) => queue.set(key, value), {
          replicas: 1,
          timeoutMs: settings.durableTimeoutMs,
        });
  }
}
