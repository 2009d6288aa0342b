import type { Definition } from '../models/CommandDefinition.js';
import { hashDefinitions } from './hashDefinitions.js';
import { substringDefinitions } from './substringDefinitions.js';
import { keyObjectDefinitions } from './keyObjectDefinitions.js';
import { keyQueryDefinitions } from './keyQueryDefinitions.js';
import { bitmapDefinitions } from './bitmapDefinitions.js';
import { hyperLogLogDefinitions } from './hyperLogLogDefinitions.js';
import { geoDefinitions } from './geoDefinitions.js';
import { jsonDefinitions } from './jsonDefinitions.js';
import { keyDefinitions } from './keyDefinitions.js';
import { setDefinitions } from './setDefinitions.js';
import { listDefinitions } from './listDefinitions.js';
import { sortedSetCombineDefinitions } from './sortedSetCombineDefinitions.js';
import { sortedSetDefinitions } from './sortedSetDefinitions.js';
import { sortedSetRangeDefinitions } from './sortedSetRangeDefinitions.js';
import { streamDefinitions } from './streamDefinitions.js';
import { streamGroupDefinitions } from './streamGroupDefinitions.js';
import { streamRecoveryDefinitions } from './streamRecoveryDefinitions.js';
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
} as unknown as Readonly<Record<string, Definition>>; // each table was checked against its interface above
