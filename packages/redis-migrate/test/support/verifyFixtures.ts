import { RedisFactoryService } from '@org/redis-factory';
import { parseRedisConfigFromEnv, type IRedisService } from '@org/redis-interface';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';

const factory = new RedisFactoryService();

/** A connected layer service for a testkit topology, to seed and change data directly. */
export async function connectTo(
  topology: RedisStandaloneTopology | RedisClusterTopology,
  keyPrefix = '',
): Promise<IRedisService> {
  const env =
    topology.kind === 'standalone'
      ? { REDIS_MODE: 'standalone', REDIS_URL: topology.url }
      : {
          REDIS_MODE: 'cluster',
          REDIS_CLUSTER_NODES: topology.startupNodes.map((node) => `${node.host}:${node.port}`).join(','),
        };
  const service = factory.create({ ...parseRedisConfigFromEnv(env), keyPrefix });
  await factory.connect(service, 10_000);
  return service;
}

/** A key that is not valid UTF-8. */
export const binaryKey = Buffer.from([0x62, 0x69, 0x6e, 0xff, 0xfe, 0x00, 0x01]);

/**
 * Write `perType` keys of each type (string, hash, list, set, sorted set, stream with a consumer
 * group and pending entries), a fifth of them with a TTL, some hashes and sets past the listpack
 * limits (hash-table encoded: their DUMP order differs between servers), binary keys and values.
 * @returns how many keys were written.
 */
export async function seedAllTypes(service: IRedisService, perType: number): Promise<number> {
  const binary = Buffer.from([0xff, 0xfe, 0x00, 0x80]);
  const pipeline = service.pipeline();
  for (let index = 0; index < perType; index += 1) {
    const big = index % 10 === 0 ? 200 : 3;
    pipeline.set(`str:${index}`, index % 7 === 0 ? binary : `value-${index}`);
    pipeline.hset(
      `hash:${index}`,
      Object.fromEntries(Array.from({ length: big }, (_, at) => [`f${at}`, `v${at}`])),
    );
    pipeline.rpush(`list:${index}`, ['a', 'b', binary, `${index}`]);
    pipeline.sadd(
      `set:${index}`,
      Array.from({ length: big }, (_, at) => `m${at}`),
    );
    pipeline.zadd(`zset:${index}`, [
      { score: 1.5, member: 'one' },
      { score: -Infinity, member: binary },
      { score: index, member: `m${index}` },
    ]);
    if (index % 5 === 0) pipeline.pexpire(`str:${index}`, 3_600_000).pexpire(`hash:${index}`, 7_200_000);
  }
  pipeline.set(binaryKey, binary);
  await pipeline.exec();
  const streams = Math.max(1, Math.floor(perType / 5));
  for (let index = 0; index < streams; index += 1) {
    const key = `stream:${index}`;
    for (let entry = 1; entry <= 5; entry += 1)
      await service.bytes.call('XADD', key, `${entry}-1`, 'field', `${entry}`);
    await service.call('XGROUP', 'CREATE', key, 'group', '0');
    await service.call('XREADGROUP', 'GROUP', 'group', 'consumer', 'COUNT', '2', 'STREAMS', key, '>');
  }
  return perType * 5 + 1 + streams;
}

/** Copy every key of `source` to `target` with DUMP + PEXPIRETIME and RESTORE … ABSTTL REPLACE. */
export async function copyKeyspace(source: IRedisService, target: IRedisService): Promise<number> {
  let copied = 0;
  for (const node of await source.scanNodes()) {
    let cursor = '0';
    do {
      const page = await source.bytes.scanPage(node, cursor, { count: 500 });
      cursor = page.cursor;
      const read = source.pipeline();
      for (const key of page.keys) read.bytes.dump(key).pexpiretime(key);
      const results = await read.exec();
      const write = target.pipeline();
      for (const [index, key] of page.keys.entries()) {
        const dump = results[index * 2];
        const expiry = results[index * 2 + 1];
        if (!dump?.ok || !expiry?.ok || !Buffer.isBuffer(dump.value)) continue;
        const at = Number(expiry.value);
        write.restore(
          key,
          dump.value,
          at > 0 ? { expiresAt: new Date(at), replace: true } : { replace: true },
        );
        copied += 1;
      }
      for (const result of await write.exec()) if (!result.ok) throw result.error;
    } while (cursor !== '0');
  }
  return copied;
}
