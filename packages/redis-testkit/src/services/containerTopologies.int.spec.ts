import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { detectDocker } from './dockerAvailability.js';
import { startContainerStandalone } from './containerTopologies.js';

// Decided once, before the suite is collected, so a missing engine skips (with one line) rather than fails.
const docker = await detectDocker();
if (!docker.available) {
  console.log(`[redis-testkit] container backend skipped: ${docker.reason}`);
}

describe.skipIf(!docker.available)('container backend (testcontainers)', () => {
  it('should start a Redis 7 container that answers PING', async () => {
    const redis = await startContainerStandalone();
    const client = new Redis({ host: redis.host, port: redis.port, lazyConnect: true });
    try {
      await client.connect();
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
      await redis.stop();
    }
  }, 120_000);
});
