import type { Operation } from '../services/installOperations.js';
import { batchOperations } from './batchOperations.js';
import { callOperations } from './callOperations.js';
import { durableWriteOperations } from './durableWriteOperations.js';
import { keyScanOperations } from './keyScanOperations.js';
import { keyspaceScanOperations } from './keyspaceScanOperations.js';
import { pubSubOperations } from './pubSubOperations.js';
import { scriptOperations } from './scriptOperations.js';

/**
 * Every service member written as an operation (a function of the executor) rather than one
 * definition, by member name. Installed on the service beside `serviceDefinitions`; never queued.
 */
export const serviceOperations: Readonly<Record<string, Operation>> = {
  ...keyScanOperations,
  ...keyspaceScanOperations,
  ...pubSubOperations,
  ...scriptOperations,
  ...batchOperations,
  ...durableWriteOperations,
  ...callOperations,
};
