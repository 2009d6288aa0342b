import type { AclUserSpec } from '../models/StartOptions.js';

/** Everything that decides one `redis-server` command line. */
export interface ServerSpec {
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  readonly logFile: string;
  readonly cluster?: { readonly busPort: number; readonly nodeTimeoutMs: number };
  readonly tls?: { readonly certFile: string; readonly keyFile: string; readonly caFile: string };
  readonly password?: string;
  readonly users?: readonly AclUserSpec[];
  readonly extraArgs?: readonly string[];
}

const DEFAULT_USER_RULES = ['~*', '&*', '+@all'] as const;

/**
 * The argv for `redis-server` (no config file: every setting is an argument).
 *
 * Persistence is off (`--save ''`, no AOF) so that nothing outlives the test, and replication
 * is diskless with no delay so that replicas are in sync within milliseconds.
 */
export function serverArguments(spec: ServerSpec): string[] {
  const settings: [name: string, value: string][] = [
    ['bind', spec.host],
    ['dir', spec.dir],
    ['logfile', spec.logFile],
    ['daemonize', 'no'],
    ['save', ''],
    ['appendonly', 'no'],
    ['protected-mode', 'no'],
    ['repl-diskless-sync', 'yes'],
    ['repl-diskless-sync-delay', '0'],
    // stop() must not wait up to shutdown-timeout (10 s) for lagging replicas.
    ['shutdown-on-sigterm', 'nosave now'],
  ];
  if (spec.tls === undefined) {
    settings.push(['port', String(spec.port)]);
  } else {
    settings.push(
      ['port', '0'],
      ['tls-port', String(spec.port)],
      ['tls-cert-file', spec.tls.certFile],
      ['tls-key-file', spec.tls.keyFile],
      ['tls-ca-cert-file', spec.tls.caFile],
      // Clients may present the generated client certificate, but a CA alone is enough.
      ['tls-auth-clients', 'optional'],
    );
    if (spec.cluster !== undefined) settings.push(['tls-cluster', 'yes'], ['tls-replication', 'yes']);
  }
  if (spec.cluster !== undefined) {
    settings.push(
      ['cluster-enabled', 'yes'],
      ['cluster-config-file', 'nodes.conf'],
      ['cluster-port', String(spec.cluster.busPort)],
      ['cluster-node-timeout', String(spec.cluster.nodeTimeoutMs)],
      // Announce the loopback address clients use, so MOVED/ASK replies point to it.
      ['cluster-announce-ip', spec.host],
    );
  }
  if (spec.password !== undefined) {
    settings.push(['requirepass', spec.password], ['masterauth', spec.password]);
  }
  const args = settings.flatMap(([name, value]) => [`--${name}`, value]);
  for (const user of spec.users ?? []) {
    args.push('--user', user.name, 'on', `>${user.password}`, ...(user.rules ?? DEFAULT_USER_RULES));
  }
  args.push(...(spec.extraArgs ?? []));
  return args;
}
