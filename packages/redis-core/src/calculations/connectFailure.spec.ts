import { describe, expect, it } from 'vitest';
import { connectFailure } from './connectFailure.js';

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

describe(connectFailure, () => {
  describe.each([
    ['ECONNRESET with TLS off', socketError('ECONNRESET'), false, 'TLS is off'],
    ['ETIMEDOUT with TLS on', socketError('ETIMEDOUT'), true, 'TLS is on'],
  ])('having %s', (_name, error, tls, hint) => {
    it('should add the TLS hint and keep the cause', () => {
      const mapped = connectFailure(error, tls);
      expect([mapped.code, mapped.message.includes(hint), mapped.cause]).toStrictEqual([
        'CONNECTION_FAILED',
        true,
        error,
      ]);
    });
  });

  describe.each([
    ['ECONNREFUSED with TLS off', socketError('ECONNREFUSED'), false],
    ['ETIMEDOUT with TLS off', socketError('ETIMEDOUT'), false],
    ['ECONNRESET with TLS on', socketError('ECONNRESET'), true],
  ])('having %s', (_name, error, tls) => {
    it('should not mention TLS', () => {
      expect(connectFailure(error, tls).message).not.toContain('TLS');
    });
  });

  describe('having a refused password', () => {
    it('should map it as any error', () => {
      expect(connectFailure(new Error('WRONGPASS invalid username-password pair'), false).code).toBe(
        'AUTH_FAILED',
      );
    });
  });
});
