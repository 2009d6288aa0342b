import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';

const nodes = [{ host: '10.0.0.1', port: 7000 }];

/** Invalid configurations, each with the one issue `validateRedisConfig` must list for it (name, input, issue). */
export const invalidConfigCases: readonly (readonly [string, unknown, RedisConfigIssue])[] = [
  ['no mode', {}, { path: 'mode', message: 'mode is required: use standalone or cluster' }],
  [
    'not an object',
    'redis://cache',
    {
      path: 'config',
      message: 'config "redis://cache" is not an object: pass { mode: "standalone" | "cluster", … }',
    },
  ],
  [
    'an unknown option',
    { mode: 'standalone', hots: 'cache' },
    { path: 'hots', message: 'hots is not a known option: remove it or check its spelling' },
  ],
  [
    'a cluster option in standalone mode',
    { mode: 'standalone', nodes },
    { path: 'nodes', message: 'nodes is only for cluster mode: remove it or set mode to cluster' },
  ],
  [
    'a db in cluster mode',
    { mode: 'cluster', nodes, db: 1 },
    {
      path: 'db',
      message:
        'db 1 is not supported in cluster mode: Redis Cluster only has database 0; remove it or set it to 0',
    },
  ],
  [
    'no nodes',
    { mode: 'cluster', nodes: [] },
    { path: 'nodes', message: 'nodes is empty: list at least one { host, port }' },
  ],
  [
    'a bad node port',
    {
      mode: 'cluster',
      nodes: [
        { host: 'a', port: 1 },
        { host: 'b', port: '7000' },
      ],
    },
    {
      path: 'nodes[1].port',
      message: 'nodes[1].port "7000" is not a port: use an integer from 1 to 65535',
    },
  ],
  [
    'a bad NAT target',
    { mode: 'cluster', nodes, natMap: { '10.0.0.1:7000': { host: 'x' } } },
    {
      path: 'natMap["10.0.0.1:7000"].port',
      message: 'natMap["10.0.0.1:7000"].port is required: use an integer from 1 to 65535',
    },
  ],
  [
    'a host with a port',
    { mode: 'standalone', host: '127.0.0.1:59211' },
    {
      path: 'host',
      message:
        'host "127.0.0.1:59211" includes a port: give host "127.0.0.1" and port "59211" separately, or the whole address as url',
    },
  ],
  [
    'a node host with a port',
    { mode: 'cluster', nodes: [{ host: '[::1]:7000', port: 7000 }] },
    {
      path: 'nodes[0].host',
      message: 'nodes[0].host "[::1]:7000" includes a port: give host "::1" and port "7000" separately',
    },
  ],
  [
    'a host with credentials',
    { mode: 'standalone', host: 'app:hunter2@cache' },
    {
      path: 'host',
      message:
        'host "***@cache" is not a host name: use a host name or IP address, such as localhost or 10.0.0.5',
    },
  ],
  [
    'a url with a bad port',
    { mode: 'standalone', url: 'redis://:hunter2@cache:99999' },
    {
      path: 'url',
      message:
        'url "redis://:***@cache:99999" has port 99999, which is not a port: use an integer from 1 to 65535 (or none, for 6379)',
    },
  ],
  [
    'a url and a host',
    { mode: 'standalone', url: 'redis://cache', host: 'cache' },
    { path: 'host', message: 'host cannot be combined with a URL: give either the URL or host and port' },
  ],
  [
    'a boolean as text',
    { mode: 'standalone', strictCrossSlot: 'true' },
    { path: 'strictCrossSlot', message: 'strictCrossSlot "true" is not a boolean: use true or false' },
  ],
  [
    'a maximum of 0 dedicated connections',
    { mode: 'standalone', maxDedicatedConnections: 0 },
    {
      path: 'maxDedicatedConnections',
      message:
        'maxDedicatedConnections 0 is not a connection count: use a whole number of connections per node from 1 to 10000, such as 50',
    },
  ],
  [
    'a max reconnect delay below the initial one',
    { mode: 'cluster', nodes, reconnectInitialDelayMs: 500, reconnectMaxDelayMs: 100 },
    {
      path: 'reconnectMaxDelayMs',
      message:
        'reconnectMaxDelayMs 100 is less than reconnectInitialDelayMs (500): raise it or lower the initial delay',
    },
  ],
  [
    'a reconnect delay of zero',
    { mode: 'standalone', reconnectInitialDelayMs: 0 },
    {
      path: 'reconnectInitialDelayMs',
      message:
        'reconnectInitialDelayMs 0 is not a reconnect delay: use a whole number of milliseconds from 1 to 60000, such as 200',
    },
  ],
  [
    'an unknown TLS option',
    { mode: 'standalone', tls: { ca: 'CA', verify: true } },
    { path: 'tls.verify', message: 'tls.verify is not a known option: remove it or check its spelling' },
  ],
  [
    'a TLS key without certificate',
    { mode: 'standalone', tls: { key: 'KEY' } },
    {
      path: 'tls.cert',
      message: 'tls.cert is required with a client key: give both the certificate and its private key',
    },
  ],
  [
    'an empty CA',
    { mode: 'standalone', tls: { ca: '' } },
    {
      path: 'tls.ca',
      message: 'tls.ca is not PEM content: give the PEM content (not a file path) as a string or Buffer',
    },
  ],
  [
    'a TLS string',
    { mode: 'standalone', tls: 'on' },
    {
      path: 'tls',
      message:
        'tls "on" is not a TLS setting: use true, false or { ca, cert, key, servername, rejectUnauthorized }',
    },
  ],
  [
    'a bad scaleReads',
    { mode: 'cluster', nodes, scaleReads: 'replica' },
    {
      path: 'scaleReads',
      message: 'scaleReads "replica" is not a read scaling mode: use master, slave or all',
    },
  ],
];
