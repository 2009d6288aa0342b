import fc from 'fast-check';
import type { IRedisGeoCommands } from '@org/redis-interface';
import { args, choice, field, flag, float, integer, junk, key, options } from './arbitraries.js';
import { isCount, isList } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const longitude = fc.oneof(fc.double({ min: -190, max: 190, noNaN: true }), float);
const latitude = fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), float);
const member = fc.oneof(fc.record({ longitude, latitude, member: field }), junk);
const unit = choice('m', 'km', 'mi', 'ft', 'M', 'yd');
const members = fc.oneof(fc.array(field, { maxLength: 3 }), junk);

/** Where and how far a search looks: each part valid, mangled or junk. */
const area = {
  from: fc.oneof(fc.record({ member: field }), fc.record({ longitude, latitude }), junk),
  by: fc.oneof(
    fc.record({ radius: fc.oneof(fc.double({ min: 0, max: 5000, noNaN: true }), float), unit }),
    fc.record({ width: float, height: float, unit }),
    junk,
  ),
  order: choice('ASC', 'DESC', 'up'),
  count: integer(0, 5),
  any: flag,
};

/** GEOADD, GEODIST, GEOHASH, GEOPOS, GEOSEARCH, GEOSEARCHSTORE. */
export const geoFuzzCases = {
  geoadd: {
    args: (keys) =>
      args(
        key(keys),
        fc.oneof(fc.array(member, { maxLength: 3 }), junk),
        options({ condition: choice('NX', 'XX'), ch: flag }),
      ),
    resolves: isCount,
  },
  geodist: {
    args: (keys) => args(key(keys), field, field, choice(undefined, 'm', 'km', 'mi', 'ft', 'yd')),
    resolves: (value) => value === null || typeof value === 'number',
  },
  geohash: { args: (keys) => args(key(keys), members), resolves: isList },
  geopos: { args: (keys) => args(key(keys), members), resolves: isList },
  geosearch: {
    args: (keys) => args(key(keys), options({ ...area, withCoord: flag, withDist: flag, withHash: flag })),
    resolves: isList,
  },
  geosearchstore: {
    args: (keys) => args(key(keys), key(keys), options({ ...area, storeDist: flag })),
    resolves: isCount,
  },
} satisfies Record<keyof IRedisGeoCommands, FuzzCase>;
