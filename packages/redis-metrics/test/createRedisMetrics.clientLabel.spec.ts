import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { publish } from './support/publish.js';

// 70 characters: longer than the 64 the client label keeps.
const longName = 'orders-'.padEnd(70, 'x');

async function clientLabels(metrics: RedisMetrics): Promise<readonly string[]> {
  const metric = metrics.registry.getSingleMetric('redis_client_commands_total');
  const { values } = (await metric?.get()) ?? { values: [] };
  return values.map((value) => String(value.labels['client'])).sort();
}

describe(`${createRedisMetrics.name} (client label)`, () => {
  let metrics: RedisMetrics;

  beforeAll(() => {
    metrics = createRedisMetrics();
    for (const client of [longName, `${longName}:source`, `${longName}:target`, 'orders:source', '']) {
      publish.command({ client, mode: 'standalone', command: 'get', durationMs: 1, outcome: 'ok' });
    }
  });
  afterAll(() => metrics.stop());

  describe('having client names longer than 64 characters, with and without a migration side', () => {
    it('should cut them to 64 characters, keeping the side so that source and target stay apart', async () => {
      expect(await clientLabels(metrics)).toStrictEqual(
        [
          longName.slice(0, 64),
          `${longName.slice(0, 57)}:source`,
          `${longName.slice(0, 57)}:target`,
          'orders:source',
          'unknown',
        ].sort(),
      );
    });
  });
});
