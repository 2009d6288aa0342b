import type { IRedisService } from '@org/redis-interface';
import { batchFuzzCases, connectionFuzzCases, durabilityFuzzCases } from './connectionFuzzCases.js';
import type { FuzzCase } from './FuzzCase.js';
import { bitmapFuzzCases, hyperLogLogFuzzCases } from './bitmapFuzzCases.js';
import { geoFuzzCases } from './geoFuzzCases.js';
import { hashFuzzCases } from './hashFuzzCases.js';
import { keyFuzzCases } from './keyFuzzCases.js';
import { keyScanFuzzCases } from './keyScanFuzzCases.js';
import { keyObjectFuzzCases, keyQueryFuzzCases } from './keyObjectFuzzCases.js';
import { keyspaceFuzzCases } from './keyspaceFuzzCases.js';
import { listFuzzCases } from './listFuzzCases.js';
import { pubSubFuzzCases, pubSubIntrospectionFuzzCases } from './pubSubFuzzCases.js';
import { scriptFuzzCases } from './scriptFuzzCases.js';
import { functionFuzzCases } from './functionFuzzCases.js';
import { serverFuzzCases } from './serverFuzzCases.js';
import { setFuzzCases } from './setFuzzCases.js';
import { sortedSetFuzzCases } from './sortedSetFuzzCases.js';
import { substringFuzzCases } from './substringFuzzCases.js';
import { streamFuzzCases } from './streamFuzzCases.js';
import { jsonFuzzCases, stringFuzzCases } from './stringFuzzCases.js';

/**
 * One fuzz case per member of {@link IRedisService}. The compiler checks the table is complete: a new
 * member fails the build until it has a case (a few lines in the file of its family, e.g.
 * `writeDurably: { args: (keys) => args(fc.oneof(fc.constant(fn), junk), options({ … })) }`).
 */
export const serviceFuzzCases = {
  ...stringFuzzCases,
  ...jsonFuzzCases,
  ...substringFuzzCases,
  ...keyFuzzCases,
  ...keyObjectFuzzCases,
  ...keyQueryFuzzCases,
  ...bitmapFuzzCases,
  ...hyperLogLogFuzzCases,
  ...geoFuzzCases,
  ...hashFuzzCases,
  ...keyScanFuzzCases,
  ...listFuzzCases,
  ...setFuzzCases,
  ...sortedSetFuzzCases,
  ...streamFuzzCases,
  ...pubSubFuzzCases,
  ...pubSubIntrospectionFuzzCases,
  ...keyspaceFuzzCases,
  ...scriptFuzzCases,
  ...functionFuzzCases,
  ...serverFuzzCases,
  ...batchFuzzCases,
  ...durabilityFuzzCases,
  ...connectionFuzzCases,
} satisfies Record<keyof IRedisService, FuzzCase>;
