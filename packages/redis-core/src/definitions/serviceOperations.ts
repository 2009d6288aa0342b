import type { Operation } from '../services/installOperations.js';
import { keyScanOperations } from './keyScanOperations.js';

/**
 * Every service member written as an operation (a function of the executor) rather than one
 * definition, by member name. Installed on the service beside `serviceDefinitions`; never queued.
 */
export const serviceOperations: Readonly<Record<string, Operation>> = {
  ...keyScanOperations,
};
