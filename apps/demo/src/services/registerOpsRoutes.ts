import type { RedisContainerModule } from '@org/redis-factory';
import type { RedisMetrics } from '@org/redis-metrics';
import type { FastifyInstance } from 'fastify';

/** `GET /health` (the factory's health report) and `GET /metrics` (Prometheus). */
export function registerOpsRoutes(
  app: FastifyInstance,
  redisModule: RedisContainerModule,
  metrics: RedisMetrics,
): void {
  app.get('/health', async (_request, reply) => {
    // The factory's report has one schema in both modes and no secrets. `degraded` (a cluster replica
    // down, slots still served) still answers 200: the instance can serve, and taking every instance
    // out of a load balancer because of one replica would turn a degradation into an outage.
    const health = await redisModule.health();
    return reply
      .code(health.status === 'down' ? 503 : 200)
      .header('cache-control', 'no-store')
      .send(health);
  });

  app.get('/metrics', async (_request, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
