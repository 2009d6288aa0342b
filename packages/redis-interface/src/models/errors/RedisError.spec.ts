import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RedisError } from './RedisError.js';
import { redisErrorCodes, type RedisErrorCode } from './redisErrorCodes.js';

const catalogue = Object.values(redisErrorCodes);

describe(RedisError, () => {
  describe('constructor', () => {
    describe.each(catalogue)('having code %s', (code: RedisErrorCode) => {
      const cause = new Error('ioredis said no');
      const error = new RedisError(code, `${code} happened: do something`, { cause });

      it('should keep the code', () => {
        expect(error.code).toBe(code);
      });

      it('should be named RedisError', () => {
        expect(error.name).toBe('RedisError');
      });

      it('should keep the message', () => {
        expect(error.message).toBe(`${code} happened: do something`);
      });

      it('should be an instance of Error and RedisError', () => {
        expect([error instanceof Error, error instanceof RedisError]).toStrictEqual([true, true]);
      });

      it('should be recognised by RedisError.is with and without its code', () => {
        expect([RedisError.is(error), RedisError.is(error, code)]).toStrictEqual([true, true]);
      });

      it('should not be recognised by RedisError.is with another code', () => {
        const other = catalogue.find((candidate) => candidate !== code);
        expect(RedisError.is(error, other)).toBe(false);
      });

      it('should keep the cause', () => {
        expect(error.cause).toBe(cause);
      });
    });

    describe('having details', () => {
      it('should keep them', () => {
        const details = { command: 'RENAME', keys: [{ key: 'a', slot: 15495 }] };
        expect(new RedisError('CROSS_SLOT', 'cross', { details }).details).toBe(details);
      });
    });

    describe('having no cause', () => {
      it('should not define cause', () => {
        expect('cause' in new RedisError('NOT_CONNECTED', 'not connected')).toBe(false);
      });
    });
  });

  describe('.is', () => {
    describe('having an error from another copy of the package', () => {
      it('should recognise it by its registry brand', () => {
        const foreign = Object.assign(new Error('copy'), { code: 'CROSS_SLOT' });
        Object.defineProperty(foreign, Symbol.for('@org/redis-interface/RedisError'), { value: true });
        expect(RedisError.is(foreign, 'CROSS_SLOT')).toBe(true);
      });
    });

    describe.each([
      ['a plain Error', new Error('x')],
      ['an object with a code', { code: 'CROSS_SLOT', name: 'RedisError' }],
      ['null', null],
      ['a string', 'RedisError'],
    ])('having %s', (_label, value) => {
      it('should return false', () => {
        expect(RedisError.is(value)).toBe(false);
      });
    });
  });
});

describe('redisErrorCodes', () => {
  describe.each(catalogue)('having code %s', (code) => {
    it('should map the key to the same string', () => {
      expect(redisErrorCodes[code]).toBe(code);
    });

    it('should be documented in docs/errors.md', () => {
      const docs = readFileSync(new URL('../../../../../docs/errors.md', import.meta.url), 'utf8');
      expect(docs).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
    });
  });

  it('should contain the codes the issue requires', () => {
    expect(catalogue).toEqual(
      expect.arrayContaining([
        'INVALID_CONFIG',
        'CONNECTION_FAILED',
        'NOT_CONNECTED',
        'COMMAND_TIMEOUT',
        'CROSS_SLOT',
        'INVALID_ARGUMENT',
        'UNSUPPORTED_IN_MODE',
        'NO_PERMISSION',
        'SERVER_ERROR',
        'NOT_DURABLE',
        'READ_ONLY',
        'LOADING',
        'BUSY_SCRIPT',
        'TRY_AGAIN',
        'MASTER_DOWN',
        'OUT_OF_MEMORY',
        'NO_SCRIPT',
        'GROUP_EXISTS',
        'NODE_UNKNOWN',
      ]),
    );
  });
});
