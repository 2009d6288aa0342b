import type { GeoSearchOptions, IRedisGeoCommands } from '@org/redis-interface';
import {
  checkFlag,
  checkKey,
  checkKeyArray,
  checkNumber,
  checkOptionalChoice,
  checkOptions,
  invalidArgument,
} from '../calculations/checks.js';
import { geoAreaArguments, toCoordinates, toGeoMatch, type GeoWith } from '../calculations/geoArguments.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';

/** Which WITH… options a GEOSEARCH call asked for (read from the checked options). */
const withsOf = (options: GeoSearchOptions): GeoWith => ({
  dist: options.withDist === true,
  hash: options.withHash === true,
  coord: options.withCoord === true,
});

/** Options the search cannot go without (`from`, `by`): `undefined` is refused, unlike most options. */
function requireOptions<T extends object>(command: string, given: T): T {
  if ((given as T | undefined) === undefined)
    throw invalidArgument(command, 'options', given, 'an object with from and by');
  return given;
}

/** GEOADD, GEODIST, GEOHASH, GEOPOS, GEOSEARCH, GEOSEARCHSTORE. */
export const geoDefinitions = {
  geoadd: {
    command: 'geoadd',
    build: ([key, members, given]) => {
      const args: RedisArgument[] = [checkKey('geoadd', key)];
      const options = checkOptions('geoadd', given);
      const condition = checkOptionalChoice('geoadd', 'options.condition', options.condition, [
        'NX',
        'XX',
      ] as const);
      if (condition !== undefined) args.push(condition);
      if (checkFlag('geoadd', 'options.ch', options.ch)) args.push('CH');
      if (!Array.isArray(members) || members.length === 0)
        throw invalidArgument(
          'geoadd',
          'members',
          members,
          'a non-empty array of { longitude, latitude, member }',
        );
      members.forEach((given: unknown, index) => {
        const member = checkOptions('geoadd', given as Record<string, unknown>, `members[${index}]`);
        args.push(
          checkNumber('geoadd', `members[${index}].longitude`, member['longitude']),
          checkNumber('geoadd', `members[${index}].latitude`, member['latitude']),
          checkKey('geoadd', member['member'], `members[${index}].member`),
        );
      });
      return args;
    },
    keys: 1,
  },
  geodist: {
    command: 'geodist',
    readOnly: true,
    build: ([key, member1, member2, unit]) => {
      const args: RedisArgument[] = [
        key,
        checkKey('geodist', member1, 'member1'),
        checkKey('geodist', member2, 'member2'),
      ];
      const checked = checkOptionalChoice('geodist', 'unit', unit, ['m', 'km', 'mi', 'ft'] as const);
      return checked === undefined ? args : [...args, checked];
    },
    keys: 1,
    reply: (reply) => (reply === null ? null : Number(reply)),
  },
  geohash: {
    command: 'geohash',
    readOnly: true,
    build: ([key, members]) => [key, ...checkKeyArray('geohash', members, 'members')],
    keys: 1,
  },
  geopos: {
    command: 'geopos',
    readOnly: true,
    build: ([key, members]) => [key, ...checkKeyArray('geopos', members, 'members')],
    keys: 1,
    reply: (reply) =>
      (reply as ([string, string] | null)[]).map((pair) => (pair === null ? null : toCoordinates(pair))),
  },
  geosearch: {
    command: 'geosearch',
    readOnly: true,
    build: ([key, given]) => {
      // Required by the types; JavaScript callers may still leave it out.
      const options = checkOptions('geosearch', requireOptions('geosearch', given));
      const args: RedisArgument[] = [checkKey('geosearch', key), ...geoAreaArguments('geosearch', options)];
      if (checkFlag('geosearch', 'options.withCoord', options.withCoord)) args.push('WITHCOORD');
      if (checkFlag('geosearch', 'options.withDist', options.withDist)) args.push('WITHDIST');
      if (checkFlag('geosearch', 'options.withHash', options.withHash)) args.push('WITHHASH');
      return args;
    },
    keys: 1,
    reply: (reply, [, options]) => {
      const withs = withsOf(options);
      if (!withs.dist && !withs.hash && !withs.coord) return reply as string[];
      return (reply as unknown[][]).map((item) => toGeoMatch(item, withs));
    },
  },
  geosearchstore: {
    command: 'geosearchstore',
    build: ([destination, source, given]) => {
      const options = checkOptions('geosearchstore', requireOptions('geosearchstore', given));
      const args: RedisArgument[] = [
        checkKey('geosearchstore', destination, 'destination'),
        checkKey('geosearchstore', source, 'source'),
        ...geoAreaArguments('geosearchstore', options),
      ];
      if (checkFlag('geosearchstore', 'options.storeDist', options.storeDist)) args.push('STOREDIST');
      return args;
    },
    keys: 2,
  },
} satisfies DefinitionsOf<IRedisGeoCommands>;
