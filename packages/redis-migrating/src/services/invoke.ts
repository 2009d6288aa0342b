import type { IRedisService } from '@org/redis-interface';

/** Calls `member` on `service` (or its bytes view). */
export function invoke(
  service: IRedisService,
  bytes: boolean,
  member: string,
  args: readonly unknown[],
): Promise<unknown> {
  const host = (bytes ? service.bytes : service) as unknown as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  const method = host[member];
  if (method === undefined) throw new Error(`${member} is not a member of the service`);
  return method.apply(host, args as unknown[]);
}
