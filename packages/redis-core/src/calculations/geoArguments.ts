import type { GeoCoordinates, GeoSearchArea, GeoSearchMatch } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { toMember } from './replies.js';
import {
  checkChoice,
  checkFlag,
  checkKey,
  checkNumber,
  checkOptionalChoice,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from './checks.js';

const units = ['m', 'km', 'mi', 'ft'] as const;

/** A plain object field of `record` (`from`, `by`), checked as an options object that must be there. */
function part(command: string, name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) throw invalidArgument(command, name, value, 'an object');
  return checkOptions(command, value as Record<string, unknown>, name);
}

/** `FROMMEMBER m | FROMLONLAT lon lat  BYRADIUS r unit | BYBOX w h unit  [ASC|DESC] [COUNT n [ANY]]`. */
export function geoAreaArguments(command: string, options: GeoSearchArea): RedisArgument[] {
  const from = part(command, 'options.from', options.from);
  const args: RedisArgument[] =
    from['member'] !== undefined
      ? ['FROMMEMBER', checkKey(command, from['member'], 'options.from.member')]
      : [
          'FROMLONLAT',
          checkNumber(command, 'options.from.longitude', from['longitude']),
          checkNumber(command, 'options.from.latitude', from['latitude']),
        ];
  const by = part(command, 'options.by', options.by);
  if (by['radius'] !== undefined)
    args.push('BYRADIUS', nonNegative(command, 'options.by.radius', by['radius']));
  else
    args.push(
      'BYBOX',
      nonNegative(command, 'options.by.width', by['width']),
      nonNegative(command, 'options.by.height', by['height']),
    );
  args.push(checkChoice(command, 'options.by.unit', by['unit'], units));
  const order = checkOptionalChoice(command, 'options.order', options.order, ['ASC', 'DESC'] as const);
  if (order !== undefined) args.push(order);
  const any = checkFlag(command, 'options.any', options.any);
  if (options.count !== undefined) {
    args.push('COUNT', checkWholeNumber(command, 'options.count', options.count, 1));
    if (any) args.push('ANY');
  } else if (any) throw invalidArgument(command, 'options.any', options.any, 'any only together with count');
  return args;
}

function nonNegative(command: string, name: string, value: unknown): number {
  const number = checkNumber(command, name, value);
  if (number >= 0) return number;
  throw invalidArgument(command, name, value, 'a finite number >= 0');
}

/** `[lon, lat]` as text → coordinates. */
export const toCoordinates = (pair: readonly [string, string]): GeoCoordinates => ({
  longitude: Number(pair[0]),
  latitude: Number(pair[1]),
});

/** What each GEOSEARCH match carries, in the order Redis writes it: distance, hash, coordinates. */
export interface GeoWith {
  readonly dist: boolean;
  readonly hash: boolean;
  readonly coord: boolean;
}

/** One GEOSEARCH WITH… item (`[member, dist?, hash?, [lon, lat]?]`) → a match. */
export function toGeoMatch(item: readonly unknown[], withs: GeoWith): GeoSearchMatch {
  let index = 1;
  const next = (): unknown => item[index++];
  const distance = withs.dist ? Number(next()) : undefined;
  const hash = withs.hash ? Number(next()) : undefined;
  const coordinates = withs.coord ? toCoordinates(next() as [string, string]) : undefined;
  return {
    member: toMember(item[0]),
    ...(distance === undefined ? {} : { distance }),
    ...(hash === undefined ? {} : { hash }),
    ...(coordinates === undefined ? {} : { coordinates }),
  };
}
