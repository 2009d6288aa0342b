import { z } from 'zod';
import type { ConfigSource } from './ConfigSource.js';
import {
  booleanSchema,
  connectionNameSchema,
  dbSchema,
  hostSchema,
  keyPrefixSchema,
  maxDedicatedConnectionsSchema,
  natMapSchema,
  nodesSchema,
  passwordSchema,
  portSchema,
  reconnectDelaySchema,
  retriesSchema,
  scaleReadsSchema,
  timeoutSchema,
  usernameSchema,
} from './configFieldSchemas.js';
import { describeValue } from './describeValue.js';
import { redisTlsSchema } from './redisTlsSchema.js';
import { redisUrlSchema } from './redisUrlSchema.js';
import { whenValid } from './whenValid.js';

function commonShape(source: ConfigSource) {
  return {
    username: usernameSchema.optional(),
    password: passwordSchema.optional(),
    tls: redisTlsSchema(source).optional(),
    keyPrefix: keyPrefixSchema.default(''),
    connectTimeoutMs: timeoutSchema.default(10_000),
    commandTimeoutMs: timeoutSchema.default(5_000),
    maxRetriesPerRequest: retriesSchema.default(3),
    // 50 ms doubling up to 200 ms: commands work again within ~200 ms of the server answering.
    reconnectInitialDelayMs: reconnectDelaySchema.default(50),
    reconnectMaxDelayMs: reconnectDelaySchema.default(200),
    enableAutoPipelining: booleanSchema(source).default(true),
    connectionName: connectionNameSchema.optional(),
    strictCrossSlot: booleanSchema(source).default(false),
    // 50 per node: blocking consumers of a few queues fit; 1,000 concurrent BLPOPs do not open 1,000 sockets.
    maxDedicatedConnections: maxDedicatedConnectionsSchema.default(50),
  };
}

const reconnectDelayFields = ['reconnectInitialDelayMs', 'reconnectMaxDelayMs'];

/** The longest reconnect delay may not be shorter than the first one. */
function checkReconnectDelays(
  config: { readonly reconnectInitialDelayMs: number; readonly reconnectMaxDelayMs: number },
  context: z.RefinementCtx,
): void {
  if (config.reconnectMaxDelayMs >= config.reconnectInitialDelayMs) return;
  context.addIssue({
    code: 'custom',
    path: ['reconnectMaxDelayMs'],
    message: `${config.reconnectMaxDelayMs} is less than reconnectInitialDelayMs (${config.reconnectInitialDelayMs}): raise it or lower the initial delay`,
  });
}

function standaloneSchema(source: ConfigSource) {
  return z
    .strictObject({
      ...commonShape(source),
      mode: z.literal('standalone'),
      url: redisUrlSchema.optional(),
      host: hostSchema(
        (parts) =>
          `give host ${describeValue(parts.host)} and port ${describeValue(parts.port)} separately, or the whole address as url`,
      ).optional(),
      port: portSchema.optional(),
      db: dbSchema.optional(),
    })
    .superRefine(
      (config, context) => {
        if (config.url === undefined) return;
        for (const field of ['host', 'port'] as const) {
          if (config[field] !== undefined) {
            context.addIssue({
              code: 'custom',
              path: [field],
              message: 'cannot be combined with a URL: give either the URL or host and port',
            });
          }
        }
      },
      { when: whenValid(['host', 'port']) },
    )
    .superRefine(
      (config, context) => {
        if (config.url?.tls === true && config.tls === null) {
          context.addIssue({
            code: 'custom',
            path: ['tls'],
            message: 'is false but the URL starts with rediss://: enable TLS or use redis://',
          });
        }
      },
      { when: whenValid(['url', 'tls']) },
    )
    .superRefine(checkReconnectDelays, { when: whenValid(reconnectDelayFields) });
}

function clusterSchema(source: ConfigSource) {
  return z
    .strictObject({
      ...commonShape(source),
      mode: z.literal('cluster'),
      nodes: nodesSchema(source),
      scaleReads: scaleReadsSchema.default('master'),
      natMap: natMapSchema(source).default({}),
      shardedPubSub: booleanSchema(source).default(false),
      // Only so that a non-zero db gets a clear message instead of "unknown option".
      db: z
        .literal(0, {
          error: (issue) =>
            `${describeValue(issue.input)} is not supported in cluster mode: Redis Cluster only has database 0; remove it or set it to 0`,
        })
        .optional(),
    })
    .superRefine(checkReconnectDelays, { when: whenValid(reconnectDelayFields) });
}

function modeError(issue: { readonly input?: unknown }): string {
  const input = issue.input;
  if (typeof input !== 'object' || input === null)
    return `${describeValue(input)} is not an object: pass { mode: "standalone" | "cluster", … }`;
  const mode = (input as { mode?: unknown }).mode;
  return mode === undefined
    ? 'is required: use standalone or cluster'
    : `${describeValue(mode)} is not a mode: use standalone or cluster`;
}

/**
 * The configuration schema: validates an options object (or what the environment parser built), fills the
 * defaults and splits a URL into its parts. Its output still needs {@link toRedisConfig}.
 */
export function redisConfigSchema(source: ConfigSource) {
  return z.discriminatedUnion('mode', [standaloneSchema(source), clusterSchema(source)], {
    error: modeError,
  });
}

/** What {@link redisConfigSchema} parses to. */
export type ParsedRedisConfig = z.output<ReturnType<typeof redisConfigSchema>>;
