import { describe, expect, it } from 'vitest';
import { failure, issuesOf } from '../testing/parseEnvFailure.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

const port = 'use an integer from 1 to 65535';
const boolean = 'use true/false, 1/0 or yes/no';

describe(parseRedisConfigFromEnv, () => {
  describe('having several problems', () => {
    it('should throw one INVALID_CONFIG error listing all of them', () => {
      const error = failure({ REDIS_PORT: 'abc', REDIS_TLS: 'maybe', REDIS_COMMAND_TIMEOUT_MS: '-1' });
      expect([error.code, error.message]).toStrictEqual([
        'INVALID_CONFIG',
        'Invalid Redis configuration (3 problems):\n' +
          `- REDIS_PORT "abc" is not a port: ${port}\n` +
          `- REDIS_TLS "maybe" is not a boolean: ${boolean}\n` +
          '- REDIS_COMMAND_TIMEOUT_MS -1 is not a timeout: use a whole number of milliseconds from 1 to 2147483647, such as 5000',
      ]);
    });
  });

  describe('having one problem', () => {
    it('should say "1 problem"', () => {
      expect(failure({ REDIS_MODE: 'cluster' }).message).toBe(
        'Invalid Redis configuration (1 problem):\n- REDIS_CLUSTER_NODES is empty: set it to host:port[,host:port]',
      );
    });
  });

  describe('having secrets next to problems', () => {
    const secrets = {
      REDIS_URL: 'redis://app:hunter2-url@cache:abc',
      REDIS_PASSWORD: 'hunter2-env',
      REDIS_USERNAME: 'hunter2-env',
      REDIS_CONNECTION_NAME: 'x hunter2-url',
    };

    it('should show the URL with its password masked', () => {
      expect(failure(secrets).message).toContain(
        'REDIS_URL "redis://app:***@cache:abc" has port "abc", which is not a port',
      );
    });

    it('should never show a password', () => {
      expect(failure(secrets).message).not.toMatch(/hunter2/);
    });

    it('should never show a password in the issues', () => {
      expect(JSON.stringify(issuesOf(secrets))).not.toMatch(/hunter2/);
    });

    it('should mask credentials in cluster node entries', () => {
      const error = failure({ REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'app:hunter2@cache:7000' });
      expect(error.message).toBe(
        'Invalid Redis configuration (1 problem):\n- REDIS_CLUSTER_NODES (node 1) "***@cache:7000" is not host:port: set it to host:port[,host:port]',
      );
    });
  });
});
