import { describe, expect, it } from 'vitest';
import { issuesOf } from '../testing/parseEnvFailure.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

const cluster = { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '10.0.0.1:7000' };
const port = 'use an integer from 1 to 65535';
const boolean = 'use true/false, 1/0 or yes/no';

describe(parseRedisConfigFromEnv, () => {
  describe.each<[Record<string, string>, string, string]>([
    [{ REDIS_TLS: 'maybe' }, 'REDIS_TLS', `REDIS_TLS "maybe" is not a boolean: ${boolean}`],
    [
      { REDIS_TLS_CA_FILE: '/certs/missing.pem' },
      'REDIS_TLS_CA_FILE',
      'REDIS_TLS_CA_FILE "/certs/missing.pem" cannot be read (ENOENT): point it to a readable PEM file',
    ],
    [
      { REDIS_TLS: 'no', REDIS_TLS_CA_FILE: '/certs/client.pem' },
      'REDIS_TLS_CA_FILE',
      'REDIS_TLS_CA_FILE is set but REDIS_TLS is false: unset it, or set REDIS_TLS=true',
    ],
    [
      { REDIS_TLS_CERT_FILE: '/certs/client.pem' },
      'REDIS_TLS_KEY_FILE',
      'REDIS_TLS_KEY_FILE is required with a client certificate: give both the certificate and its private key',
    ],
    [
      { REDIS_TLS_KEY_FILE: '/certs/client.key' },
      'REDIS_TLS_KEY_FILE',
      'REDIS_TLS_KEY_FILE "/certs/client.key" cannot be read (ENOENT): point it to a readable PEM file',
    ],
    [
      { REDIS_TLS: '0', REDIS_TLS_SERVERNAME: 'redis.example.com' },
      'REDIS_TLS_SERVERNAME',
      'REDIS_TLS_SERVERNAME is set but REDIS_TLS is false: unset it, or set REDIS_TLS=true',
    ],
    [
      { REDIS_TLS_REJECT_UNAUTHORIZED: 'false' },
      'REDIS_TLS_REJECT_UNAUTHORIZED',
      'REDIS_TLS_REJECT_UNAUTHORIZED is false but TLS is off, so it would change nothing: set REDIS_TLS=true (or use a rediss:// URL) to connect with TLS, or unset it',
    ],
    [
      { REDIS_TLS: 'false', REDIS_TLS_REJECT_UNAUTHORIZED: 'false' },
      'REDIS_TLS_REJECT_UNAUTHORIZED',
      'REDIS_TLS_REJECT_UNAUTHORIZED is set but REDIS_TLS is false: unset it, or set REDIS_TLS=true',
    ],
    [
      { REDIS_TLS_REJECT_UNAUTHORIZED: 'sometimes' },
      'REDIS_TLS_REJECT_UNAUTHORIZED',
      `REDIS_TLS_REJECT_UNAUTHORIZED "sometimes" is not a boolean: ${boolean}`,
    ],
    [
      { REDIS_MODE: 'cluster' },
      'REDIS_CLUSTER_NODES',
      'REDIS_CLUSTER_NODES is empty: set it to host:port[,host:port]',
    ],
    [
      { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'a:7000,localhost' },
      'REDIS_CLUSTER_NODES',
      'REDIS_CLUSTER_NODES (node 2) "localhost" is not host:port: set it to host:port[,host:port]',
    ],
    [
      { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'a:port' },
      'REDIS_CLUSTER_NODES',
      `REDIS_CLUSTER_NODES (node 1) "port" is not a port: ${port}`,
    ],
    [
      { REDIS_CLUSTER_NODES: 'a:7000' },
      'REDIS_CLUSTER_NODES',
      'REDIS_CLUSTER_NODES is only for cluster mode: remove it or set REDIS_MODE to cluster',
    ],
    [
      { ...cluster, REDIS_CLUSTER_NAT_MAP: '172.18.0.2:7000' },
      'REDIS_CLUSTER_NAT_MAP',
      'REDIS_CLUSTER_NAT_MAP entry "172.18.0.2:7000" is not announced-host:port=host:port: set it to announced-host:port=host:port[,…]',
    ],
    [
      { ...cluster, REDIS_CLUSTER_NAT_MAP: 'node-a=localhost:7000' },
      'REDIS_CLUSTER_NAT_MAP',
      'REDIS_CLUSTER_NAT_MAP (entry "node-a") is not a host:port key: use keys such as 10.0.0.5:7000',
    ],
    [
      { ...cluster, REDIS_SCALE_READS: 'replicas' },
      'REDIS_SCALE_READS',
      'REDIS_SCALE_READS "replicas" is not a read scaling mode: use master, slave or all',
    ],
    [
      { REDIS_SCALE_READS: 'all' },
      'REDIS_SCALE_READS',
      'REDIS_SCALE_READS is only for cluster mode: remove it or set REDIS_MODE to cluster',
    ],
    [
      { ...cluster, REDIS_SHARDED_PUBSUB: 'maybe' },
      'REDIS_SHARDED_PUBSUB',
      `REDIS_SHARDED_PUBSUB "maybe" is not a boolean: ${boolean}`,
    ],
    [
      { REDIS_SHARDED_PUBSUB: 'true' },
      'REDIS_SHARDED_PUBSUB',
      'REDIS_SHARDED_PUBSUB is only for cluster mode: remove it or set REDIS_MODE to cluster',
    ],
  ])('having the invalid setting %o', (env, path, message) => {
    it('should list the problem', () => {
      expect(issuesOf(env)).toContainEqual({ path, message });
    });
  });
});
