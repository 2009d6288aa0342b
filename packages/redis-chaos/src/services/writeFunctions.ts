import type { ChaosSettings } from '../models/ChaosSettings.js';
import type { WriteKind } from '../models/LoadReport.js';
import type { WriteFunction } from './WriteLoad.js';

/**
 * The write of each kind. `plain` is a SET, acknowledged by the master alone: asynchronous
 * replication may lose it in a failover.
 */
export function writeFunction(kind: WriteKind, _settings: ChaosSettings): WriteFunction {
  switch (kind) {
    case 'plain':
      return (service, key, value) => service.set(key, value);
    case 'durable':
      throw new Error('durable writes are not available yet');
  }
}
