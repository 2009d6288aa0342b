import { describe, expect, it } from 'vitest';
import { selectBackend } from './selectBackend.js';

// An empty PATH hides redis-server; a DOCKER_HOST on a closed loopback port hides Docker.
const noRedisNoDocker = { PATH: '', DOCKER_HOST: 'tcp://127.0.0.1:1' };

describe(selectBackend, () => {
  describe('having REDIS_TEST_URL and plain options', () => {
    it('should pick the external server', async () => {
      const choice = await selectBackend(
        'standalone',
        {},
        { ...noRedisNoDocker, REDIS_TEST_URL: 'redis://127.0.0.1:7777' },
      );
      expect(choice.kind).toBe('external');
    });
  });

  describe('having REDIS_TEST_URL but asking for TLS', () => {
    it('should not pick the external server', async () => {
      const choice = selectBackend(
        'standalone',
        { tls: true },
        { ...noRedisNoDocker, REDIS_TEST_URL: 'redis://127.0.0.1:7777' },
      );
      await expect(choice).rejects.toMatchObject({ code: 'NO_BACKEND' });
    });
  });

  describe('having redis-server on PATH', () => {
    it('should pick the local backend', async () => {
      const choice = await selectBackend('cluster', {}, { PATH: process.env['PATH'] ?? '' });
      expect(choice.kind).toBe('local');
    });
  });

  describe('having neither redis-server nor Docker', () => {
    it('should throw NO_BACKEND saying how to get Redis', async () => {
      await expect(selectBackend('standalone', {}, noRedisNoDocker)).rejects.toThrow(
        /apt-get install redis-server/,
      );
    });
  });

  describe('having REDIS_TESTKIT_BACKEND=external without servers', () => {
    it('should throw NO_BACKEND naming the variable', async () => {
      await expect(selectBackend('cluster', {}, { REDIS_TESTKIT_BACKEND: 'external' })).rejects.toThrow(
        /REDIS_TEST_CLUSTER_NODES/,
      );
    });
  });

  describe('having an unknown REDIS_TESTKIT_BACKEND', () => {
    it('should throw INVALID_ENVIRONMENT listing the valid values', async () => {
      await expect(selectBackend('standalone', {}, { REDIS_TESTKIT_BACKEND: 'k8s' })).rejects.toThrow(
        /use one of auto, external, local, container/,
      );
    });
  });
});
