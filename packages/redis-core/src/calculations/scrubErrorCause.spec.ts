import { inspect } from 'node:util';
import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { isScrubbed, scrubErrorCause, withScrubbedCause } from './scrubErrorCause.js';

/** An error as ioredis rejects with after a server reply: the command and its arguments recorded. */
function replyError(message: string, name: string, args: unknown[]): Error {
  return Object.assign(new Error(message), { command: { name, args } });
}

/** Everything a logger could print of `value`. */
function printed(value: unknown): string {
  return [
    inspect(value, { depth: Infinity }),
    inspect(value, { depth: Infinity, showHidden: true }),
    JSON.stringify(value),
    String(value),
  ].join('\n');
}

const wrongPass = 'WRONGPASS invalid username-password pair or user is disabled.';

describe(scrubErrorCause, () => {
  describe('having a HELLO … AUTH reply error', () => {
    const original = replyError(wrongPass, 'hello', ['3', 'AUTH', 'app', 'canary-1']);
    const scrubbed = scrubErrorCause(original) as Error & { command: unknown };

    it('should print no password', () => {
      expect(printed(scrubbed)).not.toContain('canary-1');
    });

    it('should keep the message and the other arguments', () => {
      expect([scrubbed.message, scrubbed.command]).toStrictEqual([
        wrongPass,
        { name: 'hello', args: ['3', 'AUTH', 'app', '***'] },
      ]);
    });

    it('should leave the original untouched', () => {
      expect((original as Error & { command: { args: unknown[] } }).command.args[3]).toBe('canary-1');
    });
  });

  describe('having the secret in nested errors', () => {
    const auth = replyError(wrongPass, 'auth', ['canary-2']);
    const aggregate = new AggregateError([auth], 'all failed');
    const allFailed = Object.assign(new Error('Failed to refresh slots cache.'), {
      lastNodeError: replyError(wrongPass, 'hello', ['3', 'AUTH', 'default', 'canary-3']),
    });
    const exec = Object.assign(new Error('EXECABORT Transaction discarded'), {
      previousErrors: [replyError('ERR syntax', 'config', ['SET', 'requirepass', 'canary-4'])],
    });
    const chain = new Error('outer', { cause: new Error('middle', { cause: [aggregate, allFailed, exec] }) });

    it('should print none of the passwords', () => {
      expect(printed(scrubErrorCause(chain))).not.toMatch(/canary-[234]/);
    });

    it('should keep the nested messages', () => {
      expect(printed(scrubErrorCause(chain))).toMatch(/all failed[^]*slots cache[^]*EXECABORT/);
    });
  });

  describe('having the secret repeated in the message and the stack', () => {
    const hash = 'a'.repeat(63);
    const original = replyError(
      `ERR Error in ACL SETUSER modifier '#${hash}': The password hash must be exactly 64 characters`,
      'acl',
      ['SETUSER', 'app', `#${hash}`],
    );

    it('should mask it there too', () => {
      expect(printed(scrubErrorCause(original))).not.toContain(hash);
    });
  });

  describe('having a URL with a password in a message or a text field', () => {
    const original = Object.assign(new Error('cannot reach redis://app:canary-5@cache:6379'), {
      address: 'redis://:canary-5@cache:6379',
    });

    it('should mask the URL password', () => {
      expect(printed(scrubErrorCause(original))).not.toContain('canary-5');
    });
  });

  describe('having fields holding objects (client options)', () => {
    const original = Object.assign(new Error('ECONNREFUSED'), {
      code: 'ECONNREFUSED',
      port: 1,
      options: { password: 'canary-6' },
    });
    const scrubbed = scrubErrorCause(original) as Record<string, unknown>;

    it('should drop them and keep the primitive fields', () => {
      expect([scrubbed['options'], scrubbed['code'], scrubbed['port']]).toStrictEqual([
        undefined,
        'ECONNREFUSED',
        1,
      ]);
    });
  });

  describe('having a cycle in the chain', () => {
    const original = replyError(wrongPass, 'auth', ['canary-7']);
    (original as { cause?: unknown }).cause = original;

    it('should end and print no password', () => {
      expect(printed(scrubErrorCause(original))).not.toContain('canary-7');
    });
  });

  describe('having a scrubbed copy already', () => {
    it('should return it unchanged', () => {
      const scrubbed = scrubErrorCause(new Error('x'));
      expect([isScrubbed(scrubbed), scrubErrorCause(scrubbed)]).toStrictEqual([true, scrubbed]);
    });
  });

  describe.each([
    [42, 42],
    [undefined, undefined],
    ['redis://:canary-8@h:1 failed', 'redis://:***@h:1 failed'],
  ])('having %j', (value, expected) => {
    it('should return it, a string with URL passwords masked', () => {
      expect(scrubErrorCause(value)).toBe(expected);
    });
  });
});

describe(withScrubbedCause, () => {
  describe('having a RedisError without a cause', () => {
    it('should return it unchanged', () => {
      const error = new RedisError('NOT_CONNECTED', 'x');
      expect(withScrubbedCause(error)).toBe(error);
    });
  });

  describe('having a RedisError with a raw ioredis cause', () => {
    const error = new RedisError('COMMAND_TIMEOUT', 'GET timed out', {
      cause: replyError('ERR', 'auth', ['canary-9']),
      details: { command: 'get', timeoutMs: 5 },
    });
    const clean = withScrubbedCause(error);

    it('should print no password', () => {
      expect(printed(clean)).not.toContain('canary-9');
    });

    it('should keep the code, message, details and stack', () => {
      expect([clean.code, clean.message, clean.details, clean.stack]).toStrictEqual([
        error.code,
        error.message,
        error.details,
        error.stack,
      ]);
    });
  });
});
