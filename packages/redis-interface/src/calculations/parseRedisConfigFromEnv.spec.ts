import { describe, expect, it } from 'vitest';
import type { RedisConfig } from '../models/config/RedisConfig.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

const files: Readonly<Record<string, string>> = {
  '/certs/ca.pem': 'CA PEM',
  '/certs/client.pem': 'CERT PEM',
  '/certs/client.key': 'KEY PEM',
};

function readFile(path: string): string {
  const content = files[path];
  if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return content;
}

function parse(env: Record<string, string>): RedisConfig {
  return parseRedisConfigFromEnv(env, { readFile });
}

const cluster = { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '10.0.0.1:7000' };

describe(parseRedisConfigFromEnv, () => {
  describe('having an empty environment', () => {
    it('should return the standalone defaults', () => {
      expect(parse({})).toStrictEqual({
        mode: 'standalone',
        host: 'localhost',
        port: 6379,
        db: 0,
        tls: false,
        keyPrefix: '',
        connectTimeoutMs: 10_000,
        commandTimeoutMs: 5_000,
        maxRetriesPerRequest: 3,
        reconnectInitialDelayMs: 50,
        reconnectMaxDelayMs: 200,
        enableAutoPipelining: true,
        strictCrossSlot: false,
        maxDedicatedConnections: 50,
      });
    });
  });

  describe('having only the cluster nodes of a cluster', () => {
    it('should return the cluster defaults', () => {
      expect(parse(cluster)).toStrictEqual({
        mode: 'cluster',
        nodes: [{ host: '10.0.0.1', port: 7000 }],
        scaleReads: 'master',
        natMap: {},
        shardedPubSub: false,
        tls: false,
        keyPrefix: '',
        connectTimeoutMs: 10_000,
        commandTimeoutMs: 5_000,
        maxRetriesPerRequest: 3,
        reconnectInitialDelayMs: 50,
        reconnectMaxDelayMs: 200,
        enableAutoPipelining: true,
        strictCrossSlot: false,
        maxDedicatedConnections: 50,
      });
    });
  });

  describe.each<[string, Record<string, string>, Record<string, unknown>]>([
    ['REDIS_MODE=standalone', { REDIS_MODE: 'standalone' }, { mode: 'standalone' }],
    ['REDIS_MODE=cluster (any case)', { ...cluster, REDIS_MODE: 'Cluster' }, { mode: 'cluster' }],
    [
      'REDIS_URL with port and db',
      { REDIS_URL: 'redis://cache:6380/2' },
      { host: 'cache', port: 6380, db: 2 },
    ],
    ['REDIS_URL without port', { REDIS_URL: 'redis://cache' }, { host: 'cache', port: 6379, db: 0 }],
    [
      'REDIS_URL with encoded credentials',
      { REDIS_URL: 'redis://app:p%40ss@cache' },
      { username: 'app', password: 'p@ss' },
    ],
    ['REDIS_URL with rediss://', { REDIS_URL: 'rediss://cache' }, { tls: { rejectUnauthorized: true } }],
    ['REDIS_URL with an IPv6 host', { REDIS_URL: 'redis://[::1]:6380' }, { host: '::1', port: 6380 }],
    ['REDIS_DB next to a REDIS_URL db', { REDIS_URL: 'redis://cache/2', REDIS_DB: '5' }, { db: 5 }],
    [
      'REDIS_PASSWORD next to REDIS_URL credentials',
      { REDIS_URL: 'redis://:old@cache', REDIS_PASSWORD: 'new' },
      { password: 'new' },
    ],
    ['REDIS_HOST', { REDIS_HOST: 'cache.internal' }, { host: 'cache.internal' }],
    ['REDIS_HOST with spaces around', { REDIS_HOST: '  cache  ' }, { host: 'cache' }],
    ['REDIS_PORT', { REDIS_PORT: '6380' }, { port: 6380 }],
    ['REDIS_DB', { REDIS_DB: '3' }, { db: 3 }],
    ['REDIS_DB=0 in cluster mode', { ...cluster, REDIS_DB: '0' }, { mode: 'cluster' }],
    ['REDIS_USERNAME', { REDIS_USERNAME: 'orders' }, { username: 'orders' }],
    ['REDIS_PASSWORD', { REDIS_PASSWORD: ' s3cret ' }, { password: ' s3cret ' }],
    ['REDIS_TLS=true', { REDIS_TLS: 'true' }, { tls: { rejectUnauthorized: true } }],
    ['REDIS_TLS=yes', { REDIS_TLS: 'yes' }, { tls: { rejectUnauthorized: true } }],
    ['REDIS_TLS=1', { REDIS_TLS: '1' }, { tls: { rejectUnauthorized: true } }],
    ['REDIS_TLS=FALSE', { REDIS_TLS: 'FALSE' }, { tls: false }],
    ['REDIS_TLS=no', { REDIS_TLS: 'no' }, { tls: false }],
    ['REDIS_TLS=0', { REDIS_TLS: '0' }, { tls: false }],
    [
      'REDIS_TLS_CA_FILE',
      { REDIS_TLS_CA_FILE: '/certs/ca.pem' },
      { tls: { ca: 'CA PEM', rejectUnauthorized: true } },
    ],
    [
      'REDIS_TLS_CERT_FILE and REDIS_TLS_KEY_FILE',
      {
        REDIS_TLS: 'true',
        REDIS_TLS_CERT_FILE: '/certs/client.pem',
        REDIS_TLS_KEY_FILE: '/certs/client.key',
      },
      { tls: { cert: 'CERT PEM', key: 'KEY PEM', rejectUnauthorized: true } },
    ],
    [
      'REDIS_TLS_SERVERNAME',
      { REDIS_TLS_SERVERNAME: 'redis.example.com' },
      { tls: { servername: 'redis.example.com', rejectUnauthorized: true } },
    ],
    [
      'REDIS_TLS_REJECT_UNAUTHORIZED',
      { REDIS_TLS: 'true', REDIS_TLS_REJECT_UNAUTHORIZED: 'false' },
      { tls: { rejectUnauthorized: false } },
    ],
    [
      'REDIS_TLS_REJECT_UNAUTHORIZED=true alone (the default: TLS stays off)',
      { REDIS_TLS_REJECT_UNAUTHORIZED: 'true' },
      { tls: false },
    ],
    [
      'REDIS_TLS_REJECT_UNAUTHORIZED=true next to REDIS_TLS=false',
      { REDIS_TLS: 'false', REDIS_TLS_REJECT_UNAUTHORIZED: 'true' },
      { tls: false },
    ],
    [
      'REDIS_TLS_REJECT_UNAUTHORIZED=false with rediss://',
      { REDIS_URL: 'rediss://cache', REDIS_TLS_REJECT_UNAUTHORIZED: 'false' },
      { tls: { rejectUnauthorized: false } },
    ],
    [
      'REDIS_TLS_REJECT_UNAUTHORIZED=false with a CA file',
      { REDIS_TLS_CA_FILE: '/certs/ca.pem', REDIS_TLS_REJECT_UNAUTHORIZED: 'no' },
      { tls: { ca: 'CA PEM', rejectUnauthorized: false } },
    ],
    [
      'REDIS_CLUSTER_NODES with several nodes',
      { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'a:7000, b:7001,,[::1]:7002' },
      {
        nodes: [
          { host: 'a', port: 7000 },
          { host: 'b', port: 7001 },
          { host: '::1', port: 7002 },
        ],
      },
    ],
    [
      'REDIS_CLUSTER_NAT_MAP',
      { ...cluster, REDIS_CLUSTER_NAT_MAP: '172.18.0.2:7000=localhost:7000, 172.18.0.3:7001=localhost:7001' },
      {
        natMap: {
          '172.18.0.2:7000': { host: 'localhost', port: 7000 },
          '172.18.0.3:7001': { host: 'localhost', port: 7001 },
        },
      },
    ],
    ['REDIS_SCALE_READS', { ...cluster, REDIS_SCALE_READS: 'slave' }, { scaleReads: 'slave' }],
    ['REDIS_SHARDED_PUBSUB', { ...cluster, REDIS_SHARDED_PUBSUB: 'true' }, { shardedPubSub: true }],
    ['REDIS_KEY_PREFIX', { REDIS_KEY_PREFIX: 'orders:' }, { keyPrefix: 'orders:' }],
    ['REDIS_CONNECT_TIMEOUT_MS', { REDIS_CONNECT_TIMEOUT_MS: '2000' }, { connectTimeoutMs: 2000 }],
    ['REDIS_COMMAND_TIMEOUT_MS', { REDIS_COMMAND_TIMEOUT_MS: '1500' }, { commandTimeoutMs: 1500 }],
    ['REDIS_MAX_RETRIES', { REDIS_MAX_RETRIES: '0' }, { maxRetriesPerRequest: 0 }],
    [
      'REDIS_RECONNECT_INITIAL_DELAY_MS',
      { REDIS_RECONNECT_INITIAL_DELAY_MS: '20' },
      { reconnectInitialDelayMs: 20 },
    ],
    ['REDIS_RECONNECT_MAX_DELAY_MS', { REDIS_RECONNECT_MAX_DELAY_MS: '1000' }, { reconnectMaxDelayMs: 1000 }],
    ['REDIS_AUTO_PIPELINING', { REDIS_AUTO_PIPELINING: 'no' }, { enableAutoPipelining: false }],
    ['REDIS_CONNECTION_NAME', { REDIS_CONNECTION_NAME: 'orders-api' }, { connectionName: 'orders-api' }],
    ['REDIS_STRICT_CROSS_SLOT', { REDIS_STRICT_CROSS_SLOT: 'yes' }, { strictCrossSlot: true }],
    [
      'REDIS_MAX_DEDICATED_CONNECTIONS',
      { REDIS_MAX_DEDICATED_CONNECTIONS: '10' },
      { maxDedicatedConnections: 10 },
    ],
    ['an empty variable', { REDIS_PORT: '', REDIS_MODE: ' ' }, { mode: 'standalone', port: 6379 }],
  ])('having %s', (_name, env, expected) => {
    it('should read it', () => {
      expect(parse(env)).toMatchObject(expected);
    });
  });

  describe('having a prefix', () => {
    it('should read the prefixed variables only', () => {
      expect(
        parseRedisConfigFromEnv({ CACHE_PORT: '6390', REDIS_PORT: '6380' }, { prefix: 'CACHE_' }),
      ).toMatchObject({ port: 6390 });
    });
  });

  describe('having no file reader', () => {
    it('should read TLS files from disk', () => {
      expect(() => parseRedisConfigFromEnv({ REDIS_TLS_CA_FILE: '/no/such/ca.pem' })).toThrow(
        'REDIS_TLS_CA_FILE "/no/such/ca.pem" cannot be read (ENOENT): point it to a readable PEM file',
      );
    });
  });
});
