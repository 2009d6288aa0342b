import type { RedisKeyInput } from '../RedisKeys.js';
import type {
  GeoAddOptions,
  GeoCoordinates,
  GeoMember,
  GeoSearchMatch,
  GeoSearchOptions,
  GeoSearchStoreOptions,
  GeoUnit,
} from '../commands/GeoTypes.js';

/**
 * Geospatial indexes (sorted sets scored by geohash). GEORADIUS and GEORADIUSBYMEMBER are deprecated by
 * Redis and have no member: `geosearch` covers them. One key each, except `geosearchstore` (two keys
 * in one slot).
 */
export interface IRedisGeoCommands {
  /**
   * GEOADD.
   * @param key - the key.
   * @param members - points to add or move, at least one; longitude -180 to 180, latitude about
   * -85.05 to 85.05.
   * @param options - `condition` (NX / XX) and `ch`.
   * @returns how many members were added (added or changed with `ch`).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for no member or a
   * coordinate that is not a finite number (nothing is sent); `SERVER_ERROR` for a coordinate out of range.
   */
  geoadd(key: RedisKeyInput, members: readonly GeoMember[], options?: GeoAddOptions): Promise<number>;
  /**
   * GEODIST.
   * @param key - the key.
   * @param member1 - a member.
   * @param member2 - another member.
   * @param unit - m (default), km, mi or ft.
   * @returns the distance, or `null` when a member is missing.
   */
  geodist(key: RedisKeyInput, member1: string, member2: string, unit?: GeoUnit): Promise<number | null>;
  /**
   * GEOHASH: 11-character geohash strings of members.
   * @param key - the key.
   * @param members - the members (an empty list resolves `[]`).
   * @returns one geohash (or `null` for a missing member) per member, in order.
   */
  geohash(key: RedisKeyInput, members: readonly string[]): Promise<(string | null)[]>;
  /**
   * GEOPOS.
   * @param key - the key.
   * @param members - the members.
   * @returns one position (or `null` for a missing member) per member, in order.
   */
  geopos(key: RedisKeyInput, members: readonly string[]): Promise<(GeoCoordinates | null)[]>;
  /**
   * GEOSEARCH: members within a radius or a box around a member or a point.
   * @param key - the key.
   * @param options - the area, without `with…` options.
   * @returns the members' names.
   */
  geosearch(
    key: RedisKeyInput,
    options: GeoSearchOptions & {
      readonly withCoord?: false;
      readonly withDist?: false;
      readonly withHash?: false;
    },
  ): Promise<string[]>;
  /**
   * GEOSEARCH … WITHCOORD / WITHDIST / WITHHASH.
   * @param key - the key.
   * @param options - the area, with at least one `with…` option.
   * @returns the matches, each with the fields asked for.
   */
  geosearch(
    key: RedisKeyInput,
    options: GeoSearchOptions &
      ({ readonly withCoord: true } | { readonly withDist: true } | { readonly withHash: true }),
  ): Promise<GeoSearchMatch[]>;
  /**
   * GEOSEARCH with options only known at run time.
   * @param key - the key.
   * @param options - `from` (a member or a point), `by` (radius or box, with a unit), `order`, `count`,
   * `any`, `withCoord`, `withDist`, `withHash`.
   * @returns names, or matches when a `with…` option is set.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a missing or
   * malformed `from`/`by`, `any` without `count` (nothing is sent); `SERVER_ERROR` when the `from` member
   * does not exist.
   */
  geosearch(key: RedisKeyInput, options: GeoSearchOptions): Promise<string[] | GeoSearchMatch[]>;
  /**
   * GEOSEARCHSTORE: GEOSEARCH whose matches are written to `destination` (replacing it) as a geo set,
   * or with `storeDist` as a sorted set scored by distance. Both keys must share one hash slot.
   * @param destination - the key written.
   * @param source - the key searched.
   * @param options - the area as for `geosearch`, plus `storeDist`.
   * @returns how many members were stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  geosearchstore(
    destination: RedisKeyInput,
    source: RedisKeyInput,
    options: GeoSearchStoreOptions,
  ): Promise<number>;
}
