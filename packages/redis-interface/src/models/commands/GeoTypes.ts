/** A unit of distance. */
export type GeoUnit = 'm' | 'km' | 'mi' | 'ft';

/** A point. */
export interface GeoCoordinates {
  readonly longitude: number;
  readonly latitude: number;
}

/** A member of `geoadd`. */
export interface GeoMember extends GeoCoordinates {
  readonly member: string;
}

/** Options of `geoadd`. */
export interface GeoAddOptions {
  /** NX: only add new members; XX: only update existing ones. */
  readonly condition?: 'NX' | 'XX';
  /** CH: count changed members as well as added ones. */
  readonly ch?: boolean;
}

/** Where a search starts: a member of the set (FROMMEMBER) or a point (FROMLONLAT). */
export type GeoSearchFrom = { readonly member: string } | GeoCoordinates;

/** The area of a search: a circle (BYRADIUS) or a box centred on the start (BYBOX). */
export type GeoSearchBy =
  | { readonly radius: number; readonly unit: GeoUnit }
  | { readonly width: number; readonly height: number; readonly unit: GeoUnit };

/** What `geosearch` and `geosearchstore` look for. */
export interface GeoSearchArea {
  readonly from: GeoSearchFrom;
  readonly by: GeoSearchBy;
  /** ASC: nearest first; DESC: farthest first; none: unsorted. */
  readonly order?: 'ASC' | 'DESC';
  /** COUNT: at most this many (the nearest unless `any`). */
  readonly count?: number;
  /** ANY (with `count`): stop at the first `count` found, not the nearest ones. */
  readonly any?: boolean;
}

/** Options of `geosearch`: the area plus what each match carries. */
export interface GeoSearchOptions extends GeoSearchArea {
  /** WITHCOORD: each match's coordinates. */
  readonly withCoord?: boolean;
  /** WITHDIST: each match's distance from the start, in the search unit. */
  readonly withDist?: boolean;
  /** WITHHASH: each match's raw 52-bit geohash score. */
  readonly withHash?: boolean;
}

/** A `geosearch` match when some `with…` option is set: the fields asked for are present. */
export interface GeoSearchMatch {
  readonly member: string;
  /** With `withDist`. */
  readonly distance?: number;
  /** With `withHash`. */
  readonly hash?: number;
  /** With `withCoord`. */
  readonly coordinates?: GeoCoordinates;
}

/** Options of `geosearchstore`. */
export interface GeoSearchStoreOptions extends GeoSearchArea {
  /** STOREDIST: store the distances as scores (a plain sorted set) instead of the geohashes. */
  readonly storeDist?: boolean;
}
