/**
 * The {@link IRedisService} members the bytes view (`redis.bytes`) has: those whose replies hold
 * bulk strings (stored values, members, elements, field values, script replies). One list for the
 * view's type ({@link IRedisBytesView}) and for the drivers, which build the view from it.
 *
 * @remarks
 * Left out: members whose text is not stored data (`type`, `objectEncoding`, `scriptLoad`, `info`,
 * `geohash`), key names (`keys`, `randomkey`, `scan`), iterators (`hscan`, `sscan`, `zscan`).
 * Blocking members run on a dedicated connection, as their text form. Names in the results stay text
 * (see `RedisBytes`): `blpop`/`brpop` resolve `[key, element]` with the key as text and the
 * element as stored (`RedisBytesResultExceptions`); `xclaim`/`xautoclaim` the entries' values as
 * stored, their IDs (`next`, `deleted`, `ids`, the `justid` list) as text; `lcs` the subsequence as
 * stored (its `len` and `idx` forms are numbers); `geosearch` the member names as stored, distances,
 * hashes and coordinates as numbers (GEORADIUS has no member: `geosearch` covers it).
 */
export const redisBytesMembers = [
  // strings
  'get',
  'getdel',
  'getex',
  'getrange',
  'lcs',
  'set',
  'mget',
  // hashes
  'hget',
  'hmget',
  'hgetall',
  'hkeys',
  'hvals',
  'hrandfield',
  // lists
  'lpop',
  'rpop',
  'lrange',
  'lindex',
  'lmove',
  'lmpop',
  'blmove',
  'blmpop',
  'blpop',
  'brpop',
  // sets
  'smembers',
  'spop',
  'srandmember',
  'sinter',
  'sunion',
  'sdiff',
  // sorted sets
  'zrange',
  'zrangeWithScores',
  'zrangebyscore',
  'zrangebyscoreWithScores',
  'zrangebylex',
  'zrandmember',
  'zrandmemberWithScores',
  'zpopmin',
  'zpopmax',
  'zmpop',
  'bzpopmin',
  'bzpopmax',
  'bzmpop',
  'zunion',
  'zunionWithScores',
  'zinter',
  'zinterWithScores',
  'zdiff',
  'zdiffWithScores',
  // streams
  'xrange',
  'xrevrange',
  'xread',
  'xreadgroup',
  'xclaim',
  'xautoclaim',
  // geo
  'geosearch',
  // keys and scripts
  'sort',
  'sortRo',
  'dump',
  'eval',
  'evalRo',
  'evalsha',
  'evalshaRo',
  'fcall',
  'fcallRo',
] as const;

/** A member of the bytes view: one of {@link redisBytesMembers}. */
export type RedisBytesMember = (typeof redisBytesMembers)[number];
