import type { IRedisService } from '@org/redis-interface';

/** A session as the example app stores it. */
export interface Session {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** Example application code: sessions as JSON with a TTL, plus a per-user index. Knows nothing of the mode. */
export class SessionStore {
  public constructor(private readonly redis: IRedisService) {}

  public async save(id: string, session: Session, ttlSeconds: number): Promise<void> {
    await this.redis.setJson(`session:${id}`, session, { ttl: { seconds: ttlSeconds } });
    await this.redis.sadd(`user-sessions:${session.userId}`, id);
  }

  public load(id: string): Promise<Session | null> {
    return this.redis.getJson<Session>(`session:${id}`);
  }

  /** Every session of a user, in one multi-key read (split by slot on a cluster). */
  public async loadAll(userId: string): Promise<(Session | null)[]> {
    const ids = (await this.redis.smembers(`user-sessions:${userId}`)).sort();
    const values = await this.redis.mget(ids.map((id) => `session:${id}`));
    return values.map((value) => (value === null ? null : (JSON.parse(value) as Session)));
  }

  /** Log a user out everywhere. */
  public async revokeAll(userId: string): Promise<number> {
    const ids = await this.redis.smembers(`user-sessions:${userId}`);
    return this.redis.del([...ids.map((id) => `session:${id}`), `user-sessions:${userId}`]);
  }
}
