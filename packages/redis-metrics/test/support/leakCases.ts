import { randomUUID } from 'node:crypto';
import type { IRedisService, RedisConfigInput } from '@org/redis-interface';
import { startCluster, startStandalone, type RedisTopology } from '@org/redis-testkit';

/** The part of an ioredis client the rotation uses (this package does not depend on ioredis). */
interface NativeClient {
  call(command: string, ...args: string[]): Promise<unknown>;
  nodes(role: 'master'): NativeClient[];
}

/** Run an admin command on the raw client: test set-up, outside what the portable interface offers. */
function admin(service: IRedisService, ...args: [string, ...string[]]): Promise<unknown> {
  return (service.nativeClient() as NativeClient).call(...args);
}

/** A protected server and the configurations that reach it, in one configuration form. */
export interface LeakCase {
  readonly topology: RedisTopology;
  /** Every secret of the case, as given and URL-encoded. */
  readonly secrets: readonly string[];
  /** The form with a wrong password. */
  readonly wrong: RedisConfigInput;
  /** The same form with the right password (it turns wrong after `rotate`). */
  readonly right: RedisConfigInput;
  /** A client with the server's own credentials, for `rotate`. */
  readonly admin: RedisConfigInput;
  /** Change the server's password so that `right` no longer works, and drop its connections. */
  readonly rotate: (admin: IRedisService) => Promise<void>;
}

/** A distinctive password: found in output only if it leaked. */
export function canary(prefix = ''): string {
  return `${prefix}leak-canary-${randomUUID().slice(0, 8)}`;
}

function withEncoded(secrets: readonly string[]): string[] {
  return [...new Set(secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]))];
}

const quick = { maxRetriesPerRequest: 0, connectTimeoutMs: 5_000, commandTimeoutMs: 2_000 } as const;

/** The app user's password in the URL, the username field or plain fields, rotated with ACL SETUSER. */
export async function aclUserCase(form: 'url' | 'fields', prefix = ''): Promise<LeakCase> {
  const [serverPassword, wrong, right, rotated] = [canary(), canary(prefix), canary(prefix), canary(prefix)];
  const topology = await startStandalone({
    password: serverPassword,
    users: [{ name: 'app', password: right }],
  });
  const { host, port } = topology;
  const config = (password: string): RedisConfigInput =>
    form === 'url'
      ? { mode: 'standalone', url: `redis://app:${encodeURIComponent(password)}@${host}:${port}`, ...quick }
      : { mode: 'standalone', host, port, username: 'app', password, ...quick };
  return {
    topology,
    secrets: withEncoded([serverPassword, wrong, right, rotated]),
    wrong: config(wrong),
    right: config(right),
    admin: { mode: 'standalone', host, port, password: serverPassword },
    rotate: async (service) => {
      await admin(service, 'ACL', 'SETUSER', 'app', 'resetpass', `>${rotated}`);
      await admin(service, 'CLIENT', 'KILL', 'USER', 'app');
    },
  };
}

/** The `default` user's password field (`requirepass`), over TCP or TLS, rotated with CONFIG SET. */
export async function passwordFieldCase(tls: boolean): Promise<LeakCase> {
  const [wrong, right, rotated] = [canary(), canary(), canary()];
  const topology = await startStandalone({ tls, password: right });
  const { host, port } = topology;
  const secure = topology.tls === undefined ? {} : { tls: { ca: topology.tls.ca, servername: 'localhost' } };
  const config = (password: string): RedisConfigInput => ({
    mode: 'standalone',
    host,
    port,
    password,
    ...secure,
    ...quick,
  });
  return {
    topology,
    secrets: withEncoded([wrong, right, rotated]),
    wrong: config(wrong),
    right: config(right),
    admin: config(right),
    rotate: async (service) => {
      await admin(service, 'CONFIG', 'SET', 'requirepass', rotated);
      await admin(service, 'CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    },
  };
}

/** A cluster whose nodes all have `requirepass`, rotated on every master. */
export async function clusterCase(): Promise<LeakCase> {
  const [wrong, right, rotated] = [canary(), canary(), canary()];
  const topology = await startCluster({ password: right, replicasPerMaster: 0 });
  const nodes = topology.startupNodes.map(({ host, port }) => ({ host, port }));
  const config = (password: string): RedisConfigInput => ({ mode: 'cluster', nodes, password, ...quick });
  return {
    topology,
    secrets: withEncoded([wrong, right, rotated]),
    wrong: config(wrong),
    right: config(right),
    admin: config(right),
    rotate: async (service) => {
      const masters = (service.nativeClient() as NativeClient).nodes('master');
      await Promise.all(masters.map((node) => node.call('CONFIG', 'SET', 'requirepass', rotated)));
      await Promise.all(
        masters.map((node) => node.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes')),
      );
    },
  };
}
