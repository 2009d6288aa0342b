import { describe, expect, it } from 'vitest';
import type { RedisConfigInput } from '../models/config/RedisConfig.js';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { RedisError } from '../models/errors/RedisError.js';
import { invalidConfigCases } from '../testing/invalidConfigCases.js';
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

  describe.each(invalidConfigCases)('having %s', (_name, input, expected) => {
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
