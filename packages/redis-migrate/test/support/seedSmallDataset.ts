import type { IRedisService } from '@org/redis-interface';

/** A byte that is not valid UTF-8 on its own, so binary keys and values are really binary. */
const binary = Buffer.from([0xff, 0xfe, 0x00, 0x80]);

/**
 * Write `count` keys of every type (strings, hashes, lists, sets, sorted sets, streams with a
 * consumer group and pending entries), one in ten with a TTL, one in twenty with a binary name
 * and value, spread over every slot.
 * @returns the number of keys written.
 */
export async function seedSmallDataset(service: IRedisService, count: number): Promise<number> {
  for (let start = 0; start < count; start += 500) {
    const pipeline = service.pipeline();
    for (let index = start; index < Math.min(start + 500, count); index += 1) {
      const name = index % 20 === 0 ? Buffer.concat([binary, Buffer.from(`:${index}`)]) : `seed:${index}`;
      const value = index % 20 === 0 ? Buffer.concat([binary, Buffer.from(String(index))]) : `value-${index}`;
      switch (index % 6) {
        case 0:
          pipeline.set(name, value);
          break;
        case 1:
          pipeline.hset(name, { field: value, other: String(index) });
          break;
        case 2:
          pipeline.rpush(name, [value, 'b', 'c']);
          break;
        case 3:
          pipeline.sadd(name, [value, 'x', 'y']);
          break;
        case 4:
          pipeline.zadd(name, [
            { score: index / 3, member: value },
            { score: -1.5, member: 'low' },
          ]);
          break;
        default:
          pipeline.xadd(name, { field: value });
      }
      if (index % 10 === 0) pipeline.pexpire(name, 3_600_000 + index);
    }
    for (const result of await pipeline.exec()) {
      if (!result.ok) throw result.error;
    }
  }
  return count;
}
