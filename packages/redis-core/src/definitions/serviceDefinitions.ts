import type { Definition } from '../models/CommandDefinition.js';
import { bitmapDefinitions } from './bitmapDefinitions.js';
import { functionDefinitions } from './functionDefinitions.js';
import { geoDefinitions } from './geoDefinitions.js';
import { hashDefinitions } from './hashDefinitions.js';
import { hyperLogLogDefinitions } from './hyperLogLogDefinitions.js';
import { jsonDefinitions } from './jsonDefinitions.js';
import { keyDefinitions } from './keyDefinitions.js';
import { keyObjectDefinitions } from './keyObjectDefinitions.js';
import { keyQueryDefinitions } from './keyQueryDefinitions.js';
import { keyspaceDefinitions } from './keyspaceDefinitions.js';
import { listDefinitions } from './listDefinitions.js';
import { pubSubDefinitions } from './pubSubDefinitions.js';
import { scriptDefinitions } from './scriptDefinitions.js';
import { serverDefinitions } from './serverDefinitions.js';
import { setDefinitions } from './setDefinitions.js';
import { sortedSetCombineDefinitions } from './sortedSetCombineDefinitions.js';
import { sortedSetDefinitions } from './sortedSetDefinitions.js';
import { sortedSetRangeDefinitions } from './sortedSetRangeDefinitions.js';
import { streamDefinitions } from './streamDefinitions.js';
import { streamGroupDefinitions } from './streamGroupDefinitions.js';
import { streamRecoveryDefinitions } from './streamRecoveryDefinitions.js';
import { substringDefinitions } from './substringDefinitions.js';
import { stringDefinitions } from './stringDefinitions.js';

/**
 * Every service member written as a definition, by member name: the service, its pipelines and
 * its transactions are assembled from this one table.
 */
export const serviceDefinitions: Readonly<Record<string, Definition>> = {
  ...stringDefinitions,
  ...keyDefinitions,
  ...jsonDefinitions,
  ...setDefinitions,
  ...hashDefinitions,
  ...listDefinitions,
  ...sortedSetDefinitions,
  ...sortedSetRangeDefinitions,
  ...sortedSetCombineDefinitions,
  ...streamDefinitions,
  ...streamGroupDefinitions,
  ...streamRecoveryDefinitions,
  ...substringDefinitions,
  ...keyObjectDefinitions,
  ...keyQueryDefinitions,
  ...bitmapDefinitions,
  ...hyperLogLogDefinitions,
  ...geoDefinitions,
  ...pubSubDefinitions,
  ...keyspaceDefinitions,
  ...scriptDefinitions,
  ...functionDefinitions,
  ...serverDefinitions,
} as unknown as Readonly<Record<string, Definition>>; // each table was checked against its interface above
