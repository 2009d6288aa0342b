import type { IRedisService } from '@org/redis-interface';

/** Example application code: a fixed-window rate limiter in one atomic script per call. */
export class RateLimiter {
  private readonly script;

  public constructor(
    private readonly redis: IRedisService,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {
    this.script = redis.defineScript<[number], number>({
      name: 'rate-limit',
      keys: ['counter'],
      lua: "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return n",
    });
  }

  /** Whether `user` may make one more request in the current window. */
  public async allow(user: string): Promise<boolean> {
    const count = await this.script.run([`rate:${user}`], [this.windowSeconds]);
    return count <= this.limit;
  }
}
