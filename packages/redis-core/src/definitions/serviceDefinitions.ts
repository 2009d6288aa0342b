import type { Definition } from '../models/CommandDefinition.js';
import { functionDefinitions } from './functionDefinitions.js';
import { jsonDefinitions } from './jsonDefinitions.js';
import { keyDefinitions } from './keyDefinitions.js';
import { keyspaceDefinitions } from './keyspaceDefinitions.js';
import { pubSubDefinitions } from './pubSubDefinitions.js';
import { scriptDefinitions } from './scriptDefinitions.js';
import { serverDefinitions } from './serverDefinitions.js';
import { stringDefinitions } from './stringDefinitions.js';

/**
 * Every service member written as a definition, by member name: the service, its pipelines and
 * its transactions are assembled from this one table.
 */
export const serviceDefinitions: Readonly<Record<string, Definition>> = {
  ...stringDefinitions,
  ...keyDefinitions,
  ...jsonDefinitions,
  ...pubSubDefinitions,
  ...keyspaceDefinitions,
  ...scriptDefinitions,
  ...functionDefinitions,
  ...serverDefinitions,
} as unknown as Readonly<Record<string, Definition>>; // each table was checked against its interface above
