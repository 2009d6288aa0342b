import { describe, expect, it } from 'vitest';
import {
  parseRedisClientConfigFromEnv,
  redactRedisClientConfig,
  validateRedisClientConfig,
} from './clientConfigs.js';

describe(validateRedisClientConfig, () => {
  it('should validate a migrating configuration by its mode, and any other as one deployment', () => {
    const migrating = validateRedisClientConfig({
      mode: 'migrating',
      source: { mode: 'standalone', port: 6390 },
      target: { mode: 'standalone', port: 6391 },
    });
    expect(migrating.mode).toBe('migrating');
    expect(validateRedisClientConfig({ mode: 'standalone', port: 6390 }).mode).toBe('standalone');
  });
});

describe(parseRedisClientConfigFromEnv, () => {
  it('should read a migrating configuration when MODE=migrating, one deployment otherwise', () => {
    expect(
      parseRedisClientConfigFromEnv({
        REDIS_MODE: 'migrating',
        SOURCE_REDIS_PORT: '6390',
        TARGET_REDIS_PORT: '6391',
      }).mode,
    ).toBe('migrating');
    expect(parseRedisClientConfigFromEnv({ REDIS_PORT: '6390' }).mode).toBe('standalone');
  });
});

describe(redactRedisClientConfig, () => {
  it('should mask the passwords of both sides', () => {
    const config = validateRedisClientConfig({
      mode: 'migrating',
      source: { mode: 'standalone', port: 6390, password: 'hunter2' },
      target: { mode: 'standalone', port: 6391, password: 'swordfish' },
    });
    const shown = JSON.stringify(redactRedisClientConfig(config));
    expect([shown.includes('hunter2'), shown.includes('swordfish'), shown.includes('6391')]).toStrictEqual([
      false,
      false,
      true,
    ]);
  });
});
