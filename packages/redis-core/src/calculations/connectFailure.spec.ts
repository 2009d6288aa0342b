import { RedisError } from '@org/redis-interface';
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

  describe('having a driver timeout caused by a failed TLS handshake', () => {
    it('should add what to check for the handshake', () => {
      const handshake = Object.assign(new Error('self-signed certificate in certificate chain'), {
        code: 'SELF_SIGNED_CERT_IN_CHAIN',
      });
      const timeout = new RedisError('CONNECTION_FAILED', 'The cluster did not answer within 1000 ms.', {
        cause: handshake,
      });
      expect(connectFailure(timeout, true).message).toMatch(
        /^The cluster did not answer within 1000 ms\. TLS handshake failed: self-signed certificate in certificate chain \(.*REDIS_TLS_CA_FILE or tls\.ca/,
      );
    });
  });

  describe('having a mapped TLS handshake failure', () => {
    it('should keep its message', () => {
      const handshake = Object.assign(new Error('self-signed certificate in certificate chain'), {
        code: 'SELF_SIGNED_CERT_IN_CHAIN',
      });
      expect(connectFailure(handshake, true).message.match(/TLS handshake failed/g)).toHaveLength(1);
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
