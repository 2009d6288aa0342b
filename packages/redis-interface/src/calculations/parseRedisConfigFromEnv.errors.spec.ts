import { describe, expect, it } from 'vitest';
import { issuesOf } from '../testing/parseEnvFailure.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

const cluster = { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '10.0.0.1:7000' };
const port = 'use an integer from 1 to 65535';
const boolean = 'use true/false, 1/0 or yes/no';
const url = 'use redis[s]://[[username]:password@]host[:port][/db]';

describe(parseRedisConfigFromEnv, () => {
  describe.each<[Record<string, string>, string, string]>([
    [{ REDIS_MODE: 'clustr' }, 'REDIS_MODE', 'REDIS_MODE "clustr" is not a mode: use standalone or cluster'],
    [
      { REDIS_URL: 'cache:6379' },
      'REDIS_URL',
      `REDIS_URL "cache:6379" does not start with redis:// or rediss://: ${url}`,
    ],
    [{ REDIS_URL: 'redis://' }, 'REDIS_URL', `REDIS_URL "redis://" has no host: ${url}`],
    [
      { REDIS_URL: 'redis://cache:99999' },
      'REDIS_URL',
      'REDIS_URL "redis://cache:99999" has port 99999, which is not a port: use an integer from 1 to 65535 (or none, for 6379)',
    ],
    [
      { REDIS_URL: 'redis://cache/zero' },
      'REDIS_URL',
      'REDIS_URL "redis://cache/zero" has a path that is not a database number: end it with /0, /1, … or nothing',
    ],
    [
      { REDIS_URL: 'redis://cache?db=1' },
      'REDIS_URL',
      'REDIS_URL "redis://cache?db=1" has a query or fragment, which is not supported: remove everything from ? or #',
    ],
    [
      { REDIS_URL: 'rediss://cache', REDIS_TLS: 'false' },
      'REDIS_TLS',
      'REDIS_TLS is false but the URL starts with rediss://: enable TLS or use redis://',
    ],
    [
      { REDIS_HOST: 'my cache' },
      'REDIS_HOST',
      'REDIS_HOST "my cache" is not a host name: use a host name or IP address, such as localhost or 10.0.0.5',
    ],
    [
      { REDIS_URL: 'redis://cache', REDIS_HOST: 'other' },
      'REDIS_HOST',
      'REDIS_HOST cannot be combined with a URL: give either the URL or host and port',
    ],
    [
      { ...cluster, REDIS_HOST: 'cache' },
      'REDIS_HOST',
      'REDIS_HOST is only for standalone mode: remove it or set REDIS_MODE to standalone',
    ],
    [{ REDIS_PORT: 'abc' }, 'REDIS_PORT', `REDIS_PORT "abc" is not a port: ${port}`],
    [{ REDIS_PORT: '0' }, 'REDIS_PORT', `REDIS_PORT 0 is not a port: ${port}`],
    [{ REDIS_PORT: '65536' }, 'REDIS_PORT', `REDIS_PORT 65536 is not a port: ${port}`],
    [
      { REDIS_DB: '-1' },
      'REDIS_DB',
      'REDIS_DB -1 is not a database number: use an integer from 0 (the default) up',
    ],
    [
      { ...cluster, REDIS_DB: '2' },
      'REDIS_DB',
      'REDIS_DB 2 is not supported in cluster mode: Redis Cluster only has database 0; remove it or set it to 0',
    ],
    [
      { REDIS_USERNAME: 'my app' },
      'REDIS_USERNAME',
      'REDIS_USERNAME "my app" is not a user name: use the ACL user name, without spaces',
    ],
    [
      { REDIS_CONNECT_TIMEOUT_MS: '5s' },
      'REDIS_CONNECT_TIMEOUT_MS',
      'REDIS_CONNECT_TIMEOUT_MS "5s" is not a timeout: use a whole number of milliseconds from 1 to 2147483647, such as 5000',
    ],
    [
      { REDIS_COMMAND_TIMEOUT_MS: '0' },
      'REDIS_COMMAND_TIMEOUT_MS',
      'REDIS_COMMAND_TIMEOUT_MS 0 is not a timeout: use a whole number of milliseconds from 1 to 2147483647, such as 5000',
    ],
    [
      { REDIS_MAX_RETRIES: 'many' },
      'REDIS_MAX_RETRIES',
      'REDIS_MAX_RETRIES "many" is not a retry count: use an integer from 0 to 1000',
    ],
    [
      { REDIS_RECONNECT_INITIAL_DELAY_MS: 'soon' },
      'REDIS_RECONNECT_INITIAL_DELAY_MS',
      'REDIS_RECONNECT_INITIAL_DELAY_MS "soon" is not a reconnect delay: use a whole number of milliseconds from 1 to 60000, such as 200',
    ],
    [
      { REDIS_RECONNECT_MAX_DELAY_MS: '60001' },
      'REDIS_RECONNECT_MAX_DELAY_MS',
      'REDIS_RECONNECT_MAX_DELAY_MS 60001 is not a reconnect delay: use a whole number of milliseconds from 1 to 60000, such as 200',
    ],
    [
      { REDIS_RECONNECT_INITIAL_DELAY_MS: '300', REDIS_RECONNECT_MAX_DELAY_MS: '100' },
      'REDIS_RECONNECT_MAX_DELAY_MS',
      'REDIS_RECONNECT_MAX_DELAY_MS 100 is less than reconnectInitialDelayMs (300): raise it or lower the initial delay',
    ],
    [
      { REDIS_AUTO_PIPELINING: 'on' },
      'REDIS_AUTO_PIPELINING',
      `REDIS_AUTO_PIPELINING "on" is not a boolean: ${boolean}`,
    ],
    [
      { REDIS_CONNECTION_NAME: 'orders api' },
      'REDIS_CONNECTION_NAME',
      'REDIS_CONNECTION_NAME "orders api" is not a connection name: use printable characters without spaces, such as orders-api',
    ],
    [
      { REDIS_STRICT_CROSS_SLOT: '2' },
      'REDIS_STRICT_CROSS_SLOT',
      `REDIS_STRICT_CROSS_SLOT "2" is not a boolean: ${boolean}`,
    ],
    [
      { REDIS_MAX_DEDICATED_CONNECTIONS: 'lots' },
      'REDIS_MAX_DEDICATED_CONNECTIONS',
      'REDIS_MAX_DEDICATED_CONNECTIONS "lots" is not a connection count: use a whole number of connections per node from 1 to 10000, such as 50',
    ],
  ])('having the invalid setting %o', (env, path, message) => {
    it('should list the problem', () => {
      expect(issuesOf(env)).toContainEqual({ path, message });
    });
  });
});
