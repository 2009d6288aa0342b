import { readFileSync } from 'node:fs';
import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { fromFastifyError } from '../src/calculations/fromFastifyError.js';
import { toErrorBody } from '../src/calculations/toErrorBody.js';
import { DemoError } from '../src/models/DemoError.js';
import { demoErrorCodes, type DemoErrorCode } from '../src/models/demoErrorCodes.js';
import { demoErrorStatus } from '../src/models/demoErrorStatus.js';

const catalogue = Object.values(demoErrorCodes);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe(DemoError, () => {
  describe.each(catalogue)('having code %s', (code: DemoErrorCode) => {
    const error = new DemoError(code, `${code}: do something`);

    it('should keep its code, name and message', () => {
      expect([error.code, error.name, error.message]).toStrictEqual([
        code,
        'DemoError',
        `${code}: do something`,
      ]);
    });

    it('should be recognised by DemoError.is with its code only', () => {
      const other = catalogue.find((candidate) => candidate !== code);
      expect([DemoError.is(error), DemoError.is(error, code), DemoError.is(error, other)]).toStrictEqual([
        true,
        true,
        false,
      ]);
    });

    it('should have an HTTP status', () => {
      expect(demoErrorStatus[code]).toBeGreaterThanOrEqual(400);
    });

    it('should be documented in the README error table', () => {
      expect(readme).toMatch(new RegExp(`^\\| \`${code}\` +\\| ${demoErrorStatus[code]} `, 'm'));
    });
  });

  describe('.is', () => {
    it.each([null, 'INVALID_ROOM', new Error('INVALID_ROOM'), { code: 'INVALID_ROOM' }])(
      'should not recognise %j',
      (value) => {
        expect(DemoError.is(value)).toBe(false);
      },
    );
  });
});

describe(toErrorBody, () => {
  describe('having a DemoError', () => {
    it('should keep code and message, with the code status', () => {
      expect(toErrorBody(new DemoError('INVALID_ROOM', 'Bad room.'))).toStrictEqual({
        status: 400,
        body: { error: { code: 'INVALID_ROOM', message: 'Bad room.' } },
      });
    });
  });

  describe('having RATE_LIMITED with retryAfterMs', () => {
    it('should include retryAfterMs and answer 429', () => {
      expect(toErrorBody(new DemoError('RATE_LIMITED', 'Slow down.', { retryAfterMs: 1200 }))).toStrictEqual({
        status: 429,
        body: { error: { code: 'RATE_LIMITED', message: 'Slow down.', retryAfterMs: 1200 } },
      });
    });
  });

  describe.each([
    'CONNECTION_FAILED',
    'NOT_CONNECTED',
    'COMMAND_TIMEOUT',
    'CLUSTER_DOWN',
    'READ_ONLY',
    'LOADING',
    'BUSY_SCRIPT',
    'TRY_AGAIN',
    'MASTER_DOWN',
  ] as const)('having a RedisError %s', (code) => {
    it('should answer 503 REDIS_UNAVAILABLE without the Redis message', () => {
      const reply = toErrorBody(new RedisError(code, 'redis://10.0.0.5:6379 did not answer'));
      expect([
        reply.status,
        reply.body.error.code,
        reply.body.error.message.includes('10.0.0.5'),
      ]).toStrictEqual([503, 'REDIS_UNAVAILABLE', false]);
    });
  });

  describe('having a RedisError that is a bug (CROSS_SLOT)', () => {
    it('should answer 500 INTERNAL_ERROR', () => {
      expect(toErrorBody(new RedisError('CROSS_SLOT', 'keys in two slots')).body.error.code).toBe(
        'INTERNAL_ERROR',
      );
    });
  });

  describe('having any other error', () => {
    it('should answer 500 INTERNAL_ERROR without its message', () => {
      expect(toErrorBody(new Error('secret detail'))).toStrictEqual({
        status: 500,
        body: { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server.' } },
      });
    });
  });
});

describe(fromFastifyError, () => {
  it.each([
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'INVALID_JSON'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'INVALID_JSON'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE'],
    ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400, 'INVALID_PAYLOAD'],
  ])('should map %s to %s', (code, statusCode, expected) => {
    expect(fromFastifyError(Object.assign(new Error(code), { code, statusCode }))?.code).toBe(expected);
  });

  it('should leave errors that are not Fastify 4xx errors alone', () => {
    expect(fromFastifyError(new Error('boom'))).toBeUndefined();
  });
});
