import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseRedisConfigFromEnv } from '../parseRedisConfigFromEnv.js';
import { validateRedisConfig } from '../validateRedisConfig.js';
import { withRedactedView } from './withRedactedView.js';

const fromOptions = validateRedisConfig({
  mode: 'standalone',
  url: 'redis://app:canary-url%40x@cache:6379',
  tls: { cert: 'CERT', key: 'canary-key' },
});
const fromEnv = parseRedisConfigFromEnv({
  REDIS_MODE: 'cluster',
  REDIS_CLUSTER_NODES: '10.0.0.1:7000',
  REDIS_PASSWORD: 'canary-env',
});

describe(withRedactedView, () => {
  describe.each([
    ['validateRedisConfig', fromOptions],
    ['parseRedisConfigFromEnv', fromEnv],
  ])('having a configuration from %s', (_source, config) => {
    it('should mask the secrets in util.inspect', () => {
      expect(inspect(config, { depth: Infinity, showHidden: true })).not.toMatch(/canary/);
    });

    it('should mask the secrets in JSON.stringify', () => {
      expect(JSON.stringify({ config })).not.toMatch(/canary/);
    });

    it('should show the other settings', () => {
      expect(JSON.parse(JSON.stringify(config))).toMatchObject({ password: '***', keyPrefix: '' });
    });

    it('should keep the password readable for the drivers, in copies too', () => {
      expect({ ...config }.password).toMatch(/^canary/);
    });
  });

  describe('having the configuration spread into a new object', () => {
    it('should compare equal to it (the hooks are not enumerable)', () => {
      expect({ ...fromEnv }).toStrictEqual(fromEnv);
    });
  });
});
