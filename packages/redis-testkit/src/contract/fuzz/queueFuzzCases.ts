import type { IRedisCommandQueue, IRedisService, PipelineResult } from '@org/redis-interface';
import { callMember } from './callMember.js';
import type { FuzzCase } from './FuzzCase.js';
import { serviceFuzzCases } from './serviceFuzzCases.js';

type QueueMember = keyof IRedisCommandQueue;

/**
 * The queue form of a member: queued on a fresh pipeline with the service method's arguments, then
 * executed. Queueing must return the pipeline and never throw; the one result's failure is the
 * rejection the property checks (a coded RedisError, nothing written).
 */
function queued(member: QueueMember): FuzzCase {
  return {
    args: serviceFuzzCases[member].args,
    invoke: async (service: IRedisService, values: readonly unknown[]) => {
      const pipeline = service.pipeline();
      let returned: unknown;
      try {
        returned = callMember(pipeline, member, values);
      } catch (error) {
        throw new Error(`pipeline.${member} threw at the call site`, { cause: error });
      }
      if (returned !== pipeline) throw new Error(`pipeline.${member} did not return the pipeline`);
      const results: PipelineResult[] = await pipeline.exec();
      const [result] = results;
      if (results.length !== 1 || result === undefined)
        throw new Error(`exec gave ${results.length} results`);
      if (!result.ok) throw result.error;
      return result.value;
    },
  };
}

/** One fuzz case per queue member (`IRedisCommandQueue`). */
export const queueFuzzCases = {
  get: queued('get'),
  mget: queued('mget'),
  mgetBuffer: queued('mgetBuffer'),
  mset: queued('mset'),
  msetnx: queued('msetnx'),
  incrbyfloat: queued('incrbyfloat'),
  decrby: queued('decrby'),
  getdel: queued('getdel'),
  append: queued('append'),
  strlen: queued('strlen'),
  touch: queued('touch'),
  pttl: queued('pttl'),
  persist: queued('persist'),
  type: queued('type'),
  rename: queued('rename'),
  renamenx: queued('renamenx'),
  getBuffer: queued('getBuffer'),
  set: queued('set'),
  getJson: queued('getJson'),
  setJson: queued('setJson'),
  del: queued('del'),
  unlink: queued('unlink'),
  exists: queued('exists'),
  incr: queued('incr'),
  incrby: queued('incrby'),
  decr: queued('decr'),
  expire: queued('expire'),
  pexpire: queued('pexpire'),
  ttl: queued('ttl'),
  publish: queued('publish'),
  hset: queued('hset'),
  hget: queued('hget'),
  hgetall: queued('hgetall'),
  hdel: queued('hdel'),
  hincrby: queued('hincrby'),
  hgetBuffer: queued('hgetBuffer'),
  hsetnx: queued('hsetnx'),
  hmget: queued('hmget'),
  hgetallBuffer: queued('hgetallBuffer'),
  hexists: queued('hexists'),
  hincrbyfloat: queued('hincrbyfloat'),
  hkeys: queued('hkeys'),
  hvals: queued('hvals'),
  hlen: queued('hlen'),
  hstrlen: queued('hstrlen'),
  hrandfield: queued('hrandfield'),
  lpush: queued('lpush'),
  rpush: queued('rpush'),
  lpushx: queued('lpushx'),
  rpushx: queued('rpushx'),
  lpop: queued('lpop'),
  rpop: queued('rpop'),
  llen: queued('llen'),
  lrange: queued('lrange'),
  lindex: queued('lindex'),
  lset: queued('lset'),
  lrem: queued('lrem'),
  ltrim: queued('ltrim'),
  linsert: queued('linsert'),
  lpos: queued('lpos'),
  lmove: queued('lmove'),
  lmpop: queued('lmpop'),
  sadd: queued('sadd'),
  srem: queued('srem'),
  smembers: queued('smembers'),
  sismember: queued('sismember'),
  smismember: queued('smismember'),
  scard: queued('scard'),
  spop: queued('spop'),
  srandmember: queued('srandmember'),
  smove: queued('smove'),
  sinter: queued('sinter'),
  sintercard: queued('sintercard'),
  sunion: queued('sunion'),
  sdiff: queued('sdiff'),
  sinterstore: queued('sinterstore'),
  sunionstore: queued('sunionstore'),
  sdiffstore: queued('sdiffstore'),
  zadd: queued('zadd'),
  zincrby: queued('zincrby'),
  zrem: queued('zrem'),
  xadd: queued('xadd'),
  zcard: queued('zcard'),
  zcount: queued('zcount'),
  zdiff: queued('zdiff'),
  zdiffWithScores: queued('zdiffWithScores'),
  zdiffstore: queued('zdiffstore'),
  zinter: queued('zinter'),
  zinterWithScores: queued('zinterWithScores'),
  zintercard: queued('zintercard'),
  zinterstore: queued('zinterstore'),
  zlexcount: queued('zlexcount'),
  zmpop: queued('zmpop'),
  zmscore: queued('zmscore'),
  zpopmax: queued('zpopmax'),
  zpopmin: queued('zpopmin'),
  zrandmember: queued('zrandmember'),
  zrandmemberWithScores: queued('zrandmemberWithScores'),
  zrange: queued('zrange'),
  zrangeWithScores: queued('zrangeWithScores'),
  zrangebylex: queued('zrangebylex'),
  zrangebyscore: queued('zrangebyscore'),
  zrangebyscoreWithScores: queued('zrangebyscoreWithScores'),
  zrangestore: queued('zrangestore'),
  zrank: queued('zrank'),
  zremrangebylex: queued('zremrangebylex'),
  zremrangebyrank: queued('zremrangebyrank'),
  zremrangebyscore: queued('zremrangebyscore'),
  zrevrank: queued('zrevrank'),
  zscore: queued('zscore'),
  zunion: queued('zunion'),
  zunionWithScores: queued('zunionWithScores'),
  zunionstore: queued('zunionstore'),
  xrange: queued('xrange'),
  xrevrange: queued('xrevrange'),
  xlen: queued('xlen'),
  xtrim: queued('xtrim'),
  xdel: queued('xdel'),
  xinfoStream: queued('xinfoStream'),
  xsetid: queued('xsetid'),
  xgroupCreate: queued('xgroupCreate'),
  xack: queued('xack'),
  xgroupCreateconsumer: queued('xgroupCreateconsumer'),
  xgroupDelconsumer: queued('xgroupDelconsumer'),
  xgroupSetid: queued('xgroupSetid'),
  xgroupDestroy: queued('xgroupDestroy'),
  xinfoGroups: queued('xinfoGroups'),
  xinfoConsumers: queued('xinfoConsumers'),
  xpending: queued('xpending'),
  xclaim: queued('xclaim'),
  xautoclaim: queued('xautoclaim'),
} satisfies Record<QueueMember, FuzzCase>;
