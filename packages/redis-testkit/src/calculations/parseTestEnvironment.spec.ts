import { describe, expect, it } from 'vitest';
import { parseTestEnvironment } from './parseTestEnvironment.js';

describe(parseTestEnvironment, () => {
  describe('having no variables', () => {
    it('should name no servers', () => {
      expect(parseTestEnvironment({})).toStrictEqual({});
    });
  });

  describe('having REDIS_TEST_URL with credentials', () => {
    const servers = parseTestEnvironment({ REDIS_TEST_URL: 'redis://app:s%40cret@127.0.0.1:6380' });

    it('should read host, port and decoded credentials', () => {
      expect(servers.standalone).toMatchObject({
        host: '127.0.0.1',
        port: 6380,
        username: 'app',
        password: 's@cret',
      });
    });

    it('should keep credentials out of the url', () => {
      expect(servers.standalone?.url).toBe('redis://127.0.0.1:6380');
    });
  });

  describe('having REDIS_TEST_CLUSTER_NODES', () => {
    it('should read every host:port', () => {
      expect(
        parseTestEnvironment({ REDIS_TEST_CLUSTER_NODES: '127.0.0.1:7000, [::1]:7001' }).clusterNodes,
      ).toStrictEqual([
        { host: '127.0.0.1', port: 7000 },
        { host: '[::1]', port: 7001 },
      ]);
    });
  });

  describe.each([
    ['REDIS_TEST_URL', 'not a url', /not a URL/],
    ['REDIS_TEST_URL', 'http://127.0.0.1:1', /scheme "http:"/],
    ['REDIS_TEST_CLUSTER_NODES', '127.0.0.1', /is not host:port/],
    ['REDIS_TEST_CLUSTER_NODES', '127.0.0.1:99999', /integer from 1 to 65535/],
  ])('having %s=%s', (variable, value, message) => {
    it('should throw INVALID_ENVIRONMENT saying what to fix', () => {
      expect(() => parseTestEnvironment({ [variable]: value })).toThrow(message);
    });
  });

  describe('having a malformed URL with a password', () => {
    it('should not echo the password', () => {
      expect(() => parseTestEnvironment({ REDIS_TEST_URL: 'http://u:hunter2@h:1' })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('hunter2') as unknown }),
      );
    });
  });
});
