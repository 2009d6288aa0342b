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

/** One fuzz case per queue member (`IRedisCommandQueue` and `IRedisCollectionCommandQueue`). */
export const queueFuzzCases = {
  get: queued('get'),
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
  lpush: queued('lpush'),
  rpush: queued('rpush'),
  lrange: queued('lrange'),
  sadd: queued('sadd'),
  srem: queued('srem'),
  zadd: queued('zadd'),
  zincrby: queued('zincrby'),
  zrem: queued('zrem'),
  xadd: queued('xadd'),
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
  eval: queued('eval'),
  evalRo: queued('evalRo'),
  evalsha: queued('evalsha'),
  evalshaRo: queued('evalshaRo'),
  fcall: queued('fcall'),
  fcallRo: queued('fcallRo'),
} satisfies Record<QueueMember, FuzzCase>;
