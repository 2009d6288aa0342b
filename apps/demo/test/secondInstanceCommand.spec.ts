import { describe, expect, it } from 'vitest';
import { secondInstanceCommand } from '../src/calculations/secondInstanceCommand.js';

describe(secondInstanceCommand, () => {
  it('should name the next port and the embedded standalone Redis URL', () => {
    expect(secondInstanceCommand({ REDIS_MODE: 'standalone', REDIS_URL: 'redis://127.0.0.1:40001' }, 3000)).toBe(
      'PORT=3001 REDIS_MODE=standalone REDIS_URL=redis://127.0.0.1:40001 pnpm demo',
    );
  });

  it("should name a cluster's seed nodes", () => {
    expect(
      secondInstanceCommand({ REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '127.0.0.1:7000,127.0.0.1:7001' }, 4000),
    ).toBe('PORT=4001 REDIS_MODE=cluster REDIS_CLUSTER_NODES=127.0.0.1:7000,127.0.0.1:7001 pnpm demo');
  });

  it.each([
    ['a password variable', { REDIS_URL: 'redis://10.0.0.1:6379', REDIS_PASSWORD: 'hunter2' }],
    ['a user name variable', { REDIS_HOST: '10.0.0.1', REDIS_USERNAME: 'app' }],
    ['credentials in the URL', { REDIS_URL: 'redis://app:hunter2@10.0.0.1:6379' }],
    ['a live move', { REDIS_MODE: 'migrating', SOURCE_REDIS_URL: 'redis://10.0.0.1:6379' }],
  ])('should give no command with %s (never a secret on the page)', (_name, env) => {
    expect(secondInstanceCommand(env, 3000)).toBeUndefined();
  });
});
