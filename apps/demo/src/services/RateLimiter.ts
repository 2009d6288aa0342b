import type { IRedisService, RedisScript } from '@org/redis-interface';
import { rateLimitKey } from '../calculations/roomKeys.js';
import { DemoError } from '../models/DemoError.js';

// Fixed window: the first post of a window starts the key's TTL. One script, so the count and the
// expiry can never be separated (a crash between INCR and PEXPIRE would block the user forever).
const lua = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

/** A per-user limit on posts, shared by every app instance (the counter lives in Redis). */
export class RateLimiter {
  private readonly script: RedisScript<[number], [number, number]>;

  /**
   * @param redis - the connected service.
   * @param max - posts allowed per window.
   * @param windowMs - window length.
   */
  public constructor(
    redis: IRedisService,
    private readonly max: number,
    private readonly windowMs: number,
  ) {
    this.script = redis.defineScript<[number], [number, number]>({
      name: 'demo-rate-limit',
      keys: ['counter'],
      lua,
    });
  }

  /**
   * Counts one post of `user`.
   * @throws DemoError `RATE_LIMITED` (with `retryAfterMs`) when the user is over the limit.
   */
  public async consume(user: string): Promise<void> {
    const [count, ttl] = await this.script.run([rateLimitKey(user)], [this.windowMs]);
    if (count > this.max) {
      throw new DemoError(
        'RATE_LIMITED',
        `Slow down: at most ${this.max} messages per ${this.windowMs / 1000} s. Try again in ${Math.ceil(ttl / 1000)} s.`,
        { retryAfterMs: ttl },
      );
    }
  }
}
