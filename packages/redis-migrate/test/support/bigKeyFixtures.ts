import { randomBytes } from 'node:crypto';
import type { IRedisService } from '@org/redis-interface';

/** Elements per big collection in the tests. */
export const bigCount = 20_000;

/** Element `index` as binary bytes: a NUL, a byte that is not UTF-8, then the index. */
export const binary = (label: string, index: number): Buffer =>
  Buffer.concat([Buffer.from([0x00, 0xff, index % 256]), Buffer.from(`${label}${index}`)]);

/** Send `command key …items` in calls of `perCall` items. */
async function inCalls(
  service: IRedisService,
  command: string,
  key: Buffer,
  items: readonly (Buffer | string | number)[],
  perCall: number,
): Promise<void> {
  for (let start = 0; start < items.length; start += perCall) {
    await service.call(command, key, ...items.slice(start, start + perCall));
  }
}

/** A 3.5 MiB random string (four GETRANGE slices, the last one short). */
export async function writeBigString(service: IRedisService, key: Buffer): Promise<Buffer> {
  const value = randomBytes(3.5 * 1024 * 1024);
  await service.set(key, value);
  return value;
}

/** A hash of {@link bigCount} binary fields and values. */
export async function writeBigHash(service: IRedisService, key: Buffer): Promise<void> {
  const items = Array.from({ length: bigCount }, (_, index) => [
    binary('f', index),
    binary('v', index),
  ]).flat();
  await inCalls(service, 'HSET', key, items, 2_000);
}

/** A set of {@link bigCount} binary members. */
export async function writeBigSet(service: IRedisService, key: Buffer): Promise<void> {
  await inCalls(
    service,
    'SADD',
    key,
    Array.from({ length: bigCount }, (_, index) => binary('m', index)),
    1_000,
  );
}

/** A sorted set whose scores need every bit of a double (and two infinities). */
export async function writeBigSortedSet(service: IRedisService, key: Buffer): Promise<void> {
  const items = Array.from({ length: bigCount }, (_, index) => [
    index === 0 ? '-inf' : index === 1 ? '+inf' : String(Math.PI * index + 1 / 3),
    binary('z', index),
  ]).flat();
  await inCalls(service, 'ZADD', key, items, 2_000);
}

/** A list of {@link bigCount} binary elements, in a known order. */
export async function writeBigList(service: IRedisService, key: Buffer): Promise<void> {
  await inCalls(
    service,
    'RPUSH',
    key,
    Array.from({ length: bigCount }, (_, index) => binary('l', index)),
    1_000,
  );
}

/** A binary group name, to check names are copied as bytes. */
export const binaryGroup = Buffer.from([0x67, 0xff, 0x32]);

/**
 * A stream of {@link bigCount} entries with binary fields, then: group `g1` with consumers alice
 * (60 read, 10 of them read twice, 5 acknowledged), bob (30 read) and dave (none); group
 * {@link binaryGroup} with carol (10 read); entries deleted, pending ones among them.
 */
export async function writeBigStream(service: IRedisService, key: Buffer): Promise<void> {
  const script = `for i = 1, #ARGV, 3 do redis.call('XADD', KEYS[1], ARGV[i], 'f', ARGV[i + 1], ARGV[i + 2], 'x') end`;
  const idOf = (entry: number): string => `${entry}-${(entry - 1) % 3}`;
  const args = Array.from({ length: bigCount }, (_, index) => [
    idOf(index + 1),
    binary('e', index),
    binary('k', index),
  ]);
  for (let start = 0; start < args.length; start += 1_000) {
    await service.eval(script, [key], args.slice(start, start + 1_000).flat());
  }
  const read = (group: string | Buffer, consumer: string, count: number, from = '>') =>
    service.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', count, 'STREAMS', key, from);
  await service.call('XGROUP', 'CREATE', key, 'g1', '0');
  await service.call('XGROUP', 'CREATE', key, binaryGroup, '0');
  await read('g1', 'alice', 60);
  await read('g1', 'alice', 10, '0');
  await read('g1', 'bob', 30);
  await read(binaryGroup, 'carol', 10);
  await service.call('XGROUP', 'CREATECONSUMER', key, 'g1', 'dave');
  await service.call('XACK', key, 'g1', ...[1, 2, 3, 4, 5].map(idOf));
  // 7 and 8 are pending (alice's, and carol's in the other group): their PEL entries outlive them.
  // Deleting the last entry leaves the last ID above the last entry.
  await service.call('XDEL', key, ...[7, 8, 5000, 5001, bigCount].map(idOf));
}
