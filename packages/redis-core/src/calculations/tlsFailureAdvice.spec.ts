import { describe, expect, it } from 'vitest';
import { tlsFailureAdvice } from './tlsFailureAdvice.js';

function failure(code: string, message = 'handshake failed'): Error {
  return Object.assign(new Error(message), { code });
}

describe(tlsFailureAdvice, () => {
  describe.each([
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls.ca'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls.ca'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls.ca'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls.servername'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'does not have TLS enabled'],
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'REDIS_TLS_CERT_FILE'],
    ['ERR_SSL_SOMETHING_NEW', 'check the TLS settings'],
  ])('having the code %s', (code, hint) => {
    it(`should advise about ${hint}`, () => {
      expect(tlsFailureAdvice(failure(code))).toContain(hint);
    });
  });

  describe('having EPROTO with "wrong version number"', () => {
    it('should say that the server does not speak TLS', () => {
      const error = failure(
        'EPROTO',
        'write EPROTO 140:error:0A00010B:SSL routines:ssl3_get_record:wrong version number',
      );
      expect(tlsFailureAdvice(error)).toContain('does not have TLS enabled');
    });
  });

  describe.each([
    ['a socket error', failure('ECONNREFUSED')],
    ['an error without code', new Error('self-signed certificate')],
    ['a server reply', 'ERR unknown command'],
  ])('having %s', (_name, error) => {
    it('should return undefined', () => {
      expect(tlsFailureAdvice(error)).toBeUndefined();
    });
  });
});
