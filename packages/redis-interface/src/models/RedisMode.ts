/**
 * The topology a service talks to: one Redis server (`standalone`) or a Redis Cluster (`cluster`).
 *
 * @remarks
 * Application code should not branch on it: every member of {@link IRedisService} behaves the same in
 * both modes. It is exposed for logs, health output and the few places where an operator cares.
 */
export type RedisMode = 'standalone' | 'cluster';
