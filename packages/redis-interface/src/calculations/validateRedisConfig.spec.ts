import { describe, expect, it } from 'vitest';
import type { RedisConfigInput } from '../models/config/RedisConfig.js';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { RedisError } from '../models/errors/RedisError.js';
import { validateRedisConfig } from './validateRedisConfig.js';

function issuesOf(input: unknown): readonly RedisConfigIssue[] {
  try {
    validateRedisConfig(input as RedisConfigInput);
  } catch (error) {
    if (RedisError.is(error, 'INVALID_CONFIG')) return error.details?.issues ?? [];
    throw error;
  }
  throw new Error('expected validateRedisConfig to throw');
}

const nodes = [{ host: '10.0.0.1', port: 7000 }];

describe(validateRedisConfig, () => {
  describe.each<[string, RedisConfigInput, Record<string, unknown>]>([
    [
      'a bare standalone config',
      { mode: 'standalone' },
      { host: 'localhost', port: 6379, db: 0, tls: false, keyPrefix: '' },
    ],
    [
      'a url',
      { mode: 'standalone', url: 'rediss://app:pw@cache:6380/1' },
      {
        host: 'cache',
        port: 6380,
        db: 1,
        username: 'app',
        password: 'pw',
        tls: { rejectUnauthorized: true },
      },
    ],
    ['a url and a db', { mode: 'standalone', url: 'redis://cache/1', db: 4 }, { db: 4 }],
    ['tls: true', { mode: 'standalone', tls: true }, { tls: { rejectUnauthorized: true } }],
    [
      'tls settings',
      { mode: 'standalone', tls: { ca: Buffer.from('CA'), rejectUnauthorized: false } },
      { tls: { ca: Buffer.from('CA'), rejectUnauthorized: false } },
    ],
    [
      'a bare cluster config',
      { mode: 'cluster', nodes },
      { nodes, scaleReads: 'master', natMap: {}, shardedPubSub: false },
    ],
    [
      'every common option',
      {
        mode: 'cluster',
        nodes,
        keyPrefix: 'a:',
        connectTimeoutMs: 1,
        commandTimeoutMs: 2,
        maxRetriesPerRequest: 0,
        reconnectInitialDelayMs: 10,
        reconnectMaxDelayMs: 10,
        enableAutoPipelining: false,
        connectionName: 'x',
        strictCrossSlot: true,
        maxDedicatedConnections: 7,
      },
      {
        keyPrefix: 'a:',
        connectTimeoutMs: 1,
        commandTimeoutMs: 2,
        maxRetriesPerRequest: 0,
        reconnectInitialDelayMs: 10,
        reconnectMaxDelayMs: 10,
        enableAutoPipelining: false,
        connectionName: 'x',
        strictCrossSlot: true,
        maxDedicatedConnections: 7,
      },
    ],
  ])('having %s', (_name, input, expected) => {
    it('should return the complete configuration', () => {
      expect(validateRedisConfig(input)).toMatchObject(expected);
    });
  });

  describe.each<[string, unknown, RedisConfigIssue]>([
    ['no mode', {}, { path: 'mode', message: 'mode is required: use standalone or cluster' }],
    [
      'not an object',
      'redis://cache',
      {
        path: 'config',
        message: 'config "redis://cache" is not an object: pass { mode: "standalone" | "cluster", … }',
      },
    ],
    [
      'an unknown option',
      { mode: 'standalone', hots: 'cache' },
      { path: 'hots', message: 'hots is not a known option: remove it or check its spelling' },
    ],
    [
      'a cluster option in standalone mode',
      { mode: 'standalone', nodes },
      { path: 'nodes', message: 'nodes is only for cluster mode: remove it or set mode to cluster' },
    ],
    [
      'a db in cluster mode',
      { mode: 'cluster', nodes, db: 1 },
      {
        path: 'db',
        message:
          'db 1 is not supported in cluster mode: Redis Cluster only has database 0; remove it or set it to 0',
      },
    ],
    [
      'no nodes',
      { mode: 'cluster', nodes: [] },
      { path: 'nodes', message: 'nodes is empty: list at least one { host, port }' },
    ],
    [
      'a bad node port',
      {
        mode: 'cluster',
        nodes: [
          { host: 'a', port: 1 },
          { host: 'b', port: '7000' },
        ],
      },
      {
        path: 'nodes[1].port',
        message: 'nodes[1].port "7000" is not a port: use an integer from 1 to 65535',
      },
    ],
    [
      'a bad NAT target',
      { mode: 'cluster', nodes, natMap: { '10.0.0.1:7000': { host: 'x' } } },
      {
        path: 'natMap["10.0.0.1:7000"].port',
        message: 'natMap["10.0.0.1:7000"].port is required: use an integer from 1 to 65535',
      },
    ],
    [
      'a url and a host',
      { mode: 'standalone', url: 'redis://cache', host: 'cache' },
      { path: 'host', message: 'host cannot be combined with a URL: give either the URL or host and port' },
    ],
    [
      'a boolean as text',
      { mode: 'standalone', strictCrossSlot: 'true' },
      { path: 'strictCrossSlot', message: 'strictCrossSlot "true" is not a boolean: use true or false' },
    ],
    [
      'a maximum of 0 dedicated connections',
      { mode: 'standalone', maxDedicatedConnections: 0 },
      {
        path: 'maxDedicatedConnections',
        message:
          'maxDedicatedConnections 0 is not a connection count: use a whole number of connections per node from 1 to 10000, such as 50',
      },
    ],
    [
      'a max reconnect delay below the initial one',
      { mode: 'cluster', nodes, reconnectInitialDelayMs: 500, reconnectMaxDelayMs: 100 },
      {
        path: 'reconnectMaxDelayMs',
        message:
          'reconnectMaxDelayMs 100 is less than reconnectInitialDelayMs (500): raise it or lower the initial delay',
      },
    ],
    [
      'a reconnect delay of zero',
      { mode: 'standalone', reconnectInitialDelayMs: 0 },
      {
        path: 'reconnectInitialDelayMs',
        message:
          'reconnectInitialDelayMs 0 is not a reconnect delay: use a whole number of milliseconds from 1 to 60000, such as 200',
      },
    ],
    [
      'an unknown TLS option',
      { mode: 'standalone', tls: { ca: 'CA', verify: true } },
      { path: 'tls.verify', message: 'tls.verify is not a known option: remove it or check its spelling' },
    ],
    [
      'a TLS key without certificate',
      { mode: 'standalone', tls: { key: 'KEY' } },
      {
        path: 'tls.cert',
        message: 'tls.cert is required with a client key: give both the certificate and its private key',
      },
    ],
    [
      'an empty CA',
      { mode: 'standalone', tls: { ca: '' } },
      {
        path: 'tls.ca',
        message: 'tls.ca is not PEM content: give the PEM content (not a file path) as a string or Buffer',
      },
    ],
    [
      'a TLS string',
      { mode: 'standalone', tls: 'on' },
      {
        path: 'tls',
        message:
          'tls "on" is not a TLS setting: use true, false or { ca, cert, key, servername, rejectUnauthorized }',
      },
    ],
    [
      'a bad scaleReads',
      { mode: 'cluster', nodes, scaleReads: 'replica' },
      {
        path: 'scaleReads',
        message: 'scaleReads "replica" is not a read scaling mode: use master, slave or all',
      },
    ],
  ])('having %s', (_name, input, expected) => {
    it('should list the problem', () => {
      expect(issuesOf(input)).toContainEqual(expected);
    });
  });

  describe('having several problems', () => {
    it('should list every one of them', () => {
      expect(
        issuesOf({ mode: 'standalone', port: 0, db: -1, keyPrefix: 1 }).map((found) => found.path),
      ).toStrictEqual(['keyPrefix', 'port', 'db']);
    });
  });

  describe('having an invalid password', () => {
    it('should not show it', () => {
      expect(issuesOf({ mode: 'standalone', password: 12345678 })).toStrictEqual([
        {
          path: 'password',
          message: 'password is not a usable password: use a non-empty string, or leave it unset',
        },
      ]);
    });
  });

  describe('having a password that appears in another value', () => {
    it('should mask it', () => {
      expect(
        issuesOf({ mode: 'standalone', password: 'hunter22', connectionName: 'has hunter22' }),
      ).toStrictEqual([
        {
          path: 'connectionName',
          message:
            'connectionName "has ***" is not a connection name: use printable characters without spaces, such as orders-api',
        },
      ]);
    });
  });
});
