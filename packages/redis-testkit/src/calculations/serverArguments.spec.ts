import { describe, expect, it } from 'vitest';
import { serverArguments, type ServerSpec } from './serverArguments.js';

const base: ServerSpec = { host: '127.0.0.1', port: 7000, dir: '/tmp/x', logFile: '/tmp/x/redis.log' };

function valueOf(args: readonly string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
}

describe(serverArguments, () => {
  describe('having a plain standalone spec', () => {
    const args = serverArguments(base);

    it('should bind the loopback host and port', () => {
      expect([valueOf(args, '--bind'), valueOf(args, '--port')]).toStrictEqual(['127.0.0.1', '7000']);
    });

    it('should turn persistence off', () => {
      expect([valueOf(args, '--save'), valueOf(args, '--appendonly')]).toStrictEqual(['', 'no']);
    });

    it('should not enable cluster mode', () => {
      expect(args).not.toContain('--cluster-enabled');
    });
  });

  describe('having TLS and a cluster bus port', () => {
    const args = serverArguments({
      ...base,
      cluster: { busPort: 17000, nodeTimeoutMs: 1000 },
      tls: { certFile: 's.crt', keyFile: 's.key', caFile: 'ca.crt' },
    });

    it('should close the plain port and serve TLS on the port', () => {
      expect([valueOf(args, '--port'), valueOf(args, '--tls-port')]).toStrictEqual(['0', '7000']);
    });

    it('should use TLS on the cluster bus and replication links', () => {
      expect([valueOf(args, '--tls-cluster'), valueOf(args, '--tls-replication')]).toStrictEqual([
        'yes',
        'yes',
      ]);
    });

    it('should set the bus port and announce the host', () => {
      expect([valueOf(args, '--cluster-port'), valueOf(args, '--cluster-announce-ip')]).toStrictEqual([
        '17000',
        '127.0.0.1',
      ]);
    });
  });

  describe('having a password and an ACL user without rules', () => {
    const args = serverArguments({ ...base, password: 'pw', users: [{ name: 'app', password: 'secret' }] });

    it('should set requirepass and masterauth for replicas', () => {
      expect([valueOf(args, '--requirepass'), valueOf(args, '--masterauth')]).toStrictEqual(['pw', 'pw']);
    });

    it('should create the user with every permission', () => {
      const index = args.indexOf('--user');
      expect(args.slice(index, index + 7)).toStrictEqual([
        '--user',
        'app',
        'on',
        '>secret',
        '~*',
        '&*',
        '+@all',
      ]);
    });
  });
});
