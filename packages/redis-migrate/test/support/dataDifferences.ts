import type { IRedisService } from '@org/redis-interface';

/** Every key of `service`, as Buffers (small test datasets only). */
export async function allKeys(service: IRedisService): Promise<Buffer[]> {
  const keys: Buffer[] = [];
  for (const node of await service.scanNodes()) {
    let cursor = '0';
    do {
      const page = await service.bytes.scanPage(node, cursor, { count: 1000 });
      keys.push(...page.keys);
      cursor = page.cursor;
    } while (cursor !== '0');
  }
  return keys;
}

/**
 * What differs between two servers running the same Redis version: keys missing or extra,
 * DUMP payloads, expiries more than `ttlToleranceMs` apart. Empty when the data is the same.
 */
export async function dataDifferences(
  source: IRedisService,
  target: IRedisService,
  ttlToleranceMs = 2_000,
): Promise<string[]> {
  const differences: string[] = [];
  const sourceKeys = await allKeys(source);
  const targetCount = await target.dbsize();
  if (targetCount !== sourceKeys.length)
    differences.push(`target has ${targetCount} keys, source ${sourceKeys.length}`);
  for (const key of sourceKeys) {
    const [left, right, leftTtl, rightTtl] = await Promise.all([
      source.dump(key),
      target.dump(key),
      source.pexpiretime(key),
      target.pexpiretime(key),
    ]);
    const name = key.toString('hex');
    if (right === null) differences.push(`missing ${name}`);
    else if (left !== null && !left.equals(right) && !(await sameUnordered(source, target, key))) {
      differences.push(`value ${name}`);
    } else if (leftTtl < 0 !== rightTtl < 0 || Math.abs(leftTtl - rightTtl) > ttlToleranceMs) {
      differences.push(`ttl ${name}: ${leftTtl} vs ${rightTtl}`);
    }
  }
  return differences;
}

/**
 * DUMP payloads of hashtable-encoded sets and hashes list their elements in table order, which
 * differs between two servers holding the same members: compare those sorted.
 */
async function sameUnordered(source: IRedisService, target: IRedisService, key: Buffer): Promise<boolean> {
  const type = await source.type(key);
  if (type !== 'set' && type !== 'hash') return false;
  const read = async (service: IRedisService): Promise<string> => {
    const elements =
      type === 'set'
        ? (await service.bytes.smembers(key)).map((member) => member.toString('hex'))
        : Object.entries(await service.bytes.hgetall(key)).map(
            ([field, value]) => `${field}=${value.toString('hex')}`,
          );
    return elements.sort().join(',');
  };
  return (await read(source)) === (await read(target));
}
