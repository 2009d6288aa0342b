import { describe, expect, it } from 'vitest';
import { clusterConnectError } from './clusterConnectError.js';

function slotsRefreshFailure(lastNodeError: Error): Error {
  return Object.assign(new Error('Failed to refresh slots cache.'), { lastNodeError });
}

describe(clusterConnectError, () => {
  describe('having CLUSTER SLOTS refused by the ACL', () => {
    it('should be NO_PERMISSION naming the rights to grant', () => {
      const error = clusterConnectError(
        slotsRefreshFailure(
          new Error("NOPERM User getter has no permissions to run the 'cluster|slots' command"),
        ),
      );
      expect([error.code, error.message.includes('+cluster|slots +cluster|info')]).toStrictEqual([
        'NO_PERMISSION',
        true,
      ]);
    });
  });

  describe('having the TLS handshake with the last node failed', () => {
    it('should be CONNECTION_FAILED saying what to set', () => {
      const error = clusterConnectError(
        slotsRefreshFailure(
          Object.assign(new Error('self-signed certificate in certificate chain'), {
            code: 'SELF_SIGNED_CERT_IN_CHAIN',
          }),
        ),
      );
      expect([error.code, error.message.includes('REDIS_TLS_CA_FILE or tls.ca')]).toStrictEqual([
        'CONNECTION_FAILED',
        true,
      ]);
    });
  });

  describe('having every node unreachable', () => {
    it('should be mapped as any error', () => {
      const error = clusterConnectError(slotsRefreshFailure(new Error('connect ECONNREFUSED 127.0.0.1:1')));
      expect(error.code).toBe('CLUSTER_DOWN');
    });
  });
});
