import type { Cluster, Redis } from 'ioredis';
import type { RedisArgument } from '@org/redis-core';

/** Send `command` through its typed Buffer variant (`getBuffer`, `mgetBuffer`…). */
export function sendBuffer(
  client: Redis | Cluster,
  command: string,
  args: readonly RedisArgument[],
): Promise<unknown> {
  const method = (client as unknown as Record<string, (...values: RedisArgument[]) => Promise<unknown>>)[
    `${command}Buffer`
  ];
  if (method === undefined) return Promise.reject(new Error(`ioredis has no ${command}Buffer method`));
  return method.apply(client, [...args]);
}
