/** A unit of distance. */
export type GeoUnit = 'm' | 'km' | 'mi' | 'ft';

/** A point. */
export interface GeoCoordinates {
  /** Degrees east, -180 to 180 (a finite number; Redis refuses one out of range). */
  readonly longitude: number;
  /** Degrees north, -85.05112878 to 85.05112878 (Redis refuses one out of range). */
  readonly latitude: number;
}

/** A member of `geoadd`. */
export interface GeoMember extends GeoCoordinates {
  /** The member's name in the geo set (a sorted set member). */
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
export type GeoSearchFrom =
  | {
      /** FROMMEMBER: start at this member's position (it must be in the set). */
      readonly member: string;
    }
  | GeoCoordinates;

/** The area of a search: a circle (BYRADIUS) or a box centred on the start (BYBOX). */
export type GeoSearchBy =
  | {
      /** BYRADIUS: the circle's radius in `unit`, a finite number >= 0. */
      readonly radius: number;
      /** The unit of `radius` (and of the matches' `distance`). */
      readonly unit: GeoUnit;
    }
  | {
      /** BYBOX: the box's width (east-west) in `unit`, a finite number >= 0. */
      readonly width: number;
      /** The box's height (north-south) in `unit`, a finite number >= 0. */
      readonly height: number;
      /** The unit of `width` and `height` (and of the matches' `distance`). */
      readonly unit: GeoUnit;
    };

/** What `geosearch` and `geosearchstore` look for. */
export interface GeoSearchArea {
  /** Where the search starts: a member or a point. */
  readonly from: GeoSearchFrom;
  /** The shape searched around `from`: a radius or a box, with its unit. */
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
  /** The matching member's name. */
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
