import type { IRedisService } from '@org/redis-interface';

/** Hex, so binary values compare and print exactly. */
const hex = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString('hex') : String(value));

/** `[name, value, …]` or a map, as a plain object with text names (for XINFO replies). */
function record(reply: unknown): Record<string, unknown> {
  const entries: [unknown, unknown][] =
    reply instanceof Map
      ? [...(reply as Map<unknown, unknown>)]
      : Array.from({ length: (reply as unknown[]).length / 2 }, (_, index) => [
          (reply as unknown[])[index * 2],
          (reply as unknown[])[index * 2 + 1],
        ]);
  return Object.fromEntries(entries.map(([name, value]) => [String(name), value]));
}

/** `[a, b, c, d]` as `[[a, b], [c, d]]`. */
function pairs(items: readonly unknown[]): [unknown, unknown][] {
  return Array.from({ length: items.length / 2 }, (_, index) => [items[index * 2], items[index * 2 + 1]]);
}

/**
 * A key's value in a form that is equal on two servers exactly when the values are: sorted members
 * for hashes and sets (their DUMP depends on the hash table's order), ordered elements otherwise, and
 * for streams the entries, counters, groups, consumers and pending entries (idle times left out:
 * see {@link pendingIdleTimes}).
 */
export async function canonicalValue(service: IRedisService, key: Buffer): Promise<unknown> {
  const type = await service.type(key);
  const call = (command: string, ...args: (string | number | Buffer)[]) =>
    service.bytes.call<unknown[]>(command, ...args);
  switch (type) {
    case 'string':
      return { type, value: hex(await service.bytes.get(key)) };
    case 'hash':
      return {
        type,
        value: pairs(await call('HGETALL', key))
          .map(([f, v]) => `${hex(f)}=${hex(v)}`)
          .sort(),
      };
    case 'set':
      return { type, value: (await call('SMEMBERS', key)).map(hex).sort() };
    case 'zset':
      return {
        type,
        value: pairs(await call('ZRANGE', key, 0, -1, 'WITHSCORES')).map(([m, s]) => `${hex(m)}@${hex(s)}`),
      };
    case 'list':
      return { type, value: (await call('LRANGE', key, 0, -1)).map(hex) };
    case 'stream':
      return { type, value: await canonicalStream(service, key) };
    default:
      return { type };
  }
}

async function canonicalStream(service: IRedisService, key: Buffer): Promise<unknown> {
  const call = (command: string, ...args: (string | number | Buffer)[]) =>
    service.bytes.call<unknown[]>(command, ...args);
  const entries = (await call('XRANGE', key, '-', '+')) as [Buffer, Buffer[]][];
  const info = record(await call('XINFO', 'STREAM', key));
  const groups = [];
  for (const group of (await call('XINFO', 'GROUPS', key)).map(record)) {
    const name = group['name'] as Buffer;
    const consumers = (await call('XINFO', 'CONSUMERS', key, name)).map(record);
    const pending = (await call('XPENDING', key, name, '-', '+', 1_000_000)) as [
      Buffer,
      Buffer,
      number,
      number,
    ][];
    groups.push({
      name: hex(name),
      fields: ['consumers', 'pending', 'last-delivered-id', 'entries-read', 'lag'].map(
        (field) => `${field}=${hex(group[field])}`,
      ),
      consumers: consumers
        .map((consumer) => `${hex(consumer['name'])} pending=${hex(consumer['pending'])}`)
        .sort(),
      pending: pending.map(([id, consumer, , deliveries]) => `${hex(id)} ${hex(consumer)} x${deliveries}`),
    });
  }
  return {
    entries: entries.map(([id, fields]) => `${hex(id)} ${fields.map(hex).join(',')}`),
    info: [
      'length',
      'last-generated-id',
      'max-deleted-entry-id',
      'entries-added',
      'recorded-first-entry-id',
    ].map((field) => `${field}=${hex(info[field])}`),
    groups,
  };
}

/** Each pending entry's idle time, `group id → ms`, to compare within a tolerance. */
export async function pendingIdleTimes(service: IRedisService, key: Buffer): Promise<Map<string, number>> {
  const idle = new Map<string, number>();
  const groups = await service.bytes.call<unknown[]>('XINFO', 'GROUPS', key);
  for (const group of groups.map(record)) {
    const name = group['name'] as Buffer;
    const pending = await service.bytes.call<[Buffer, Buffer, number, number][]>(
      'XPENDING',
      key,
      name,
      '-',
      '+',
      1_000_000,
    );
    for (const [id, , idleMs] of pending) idle.set(`${hex(name)} ${hex(id)}`, idleMs);
  }
  return idle;
}

/** Keys of the target whose name holds `redis-migrate-tmp`: leftovers of a copy. */
export async function leftoverTempKeys(service: IRedisService): Promise<string[]> {
  const found: string[] = [];
  for (const node of await service.scanNodes()) {
    let cursor = '0';
    do {
      const page = await service.bytes.scanPage(node, cursor, { count: 1000, match: '*redis-migrate-tmp*' });
      found.push(...page.keys.map((key) => key.toString()));
      cursor = page.cursor;
    } while (cursor !== '0');
  }
  return found;
}
