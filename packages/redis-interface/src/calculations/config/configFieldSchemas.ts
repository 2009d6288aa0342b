import { z } from 'zod';
import type { ConfigSource } from './ConfigSource.js';
import { describeValue, fieldError } from './describeValue.js';
import { hostWithPort, type HostWithPort } from './hostWithPort.js';
import { maskUserInfo } from './maskUserInfo.js';

const maxTimeoutMs = 2_147_483_647; // setTimeout's limit

/** A TCP port. */
export const portSchema = z
  .int({ error: fieldError('a port', 'use an integer from 1 to 65535') })
  .min(1)
  .max(65535);

/**
 * A host name or IP address, without a port.
 * @param portFix - what to do with a port written in the host, given the two parts.
 */
export function hostSchema(portFix: (parts: HostWithPort) => string) {
  return z
    .string({
      error: (issue) =>
        // user:password@host must not be echoed.
        fieldError(
          'a host name',
          'use a host name or IP address, such as localhost or 10.0.0.5',
        )({ input: typeof issue.input === 'string' ? maskUserInfo(issue.input) : issue.input }),
    })
    .regex(/^[^\s/@]+$/)
    .refine((host) => hostWithPort(host) === undefined, {
      error: (issue) => {
        const parts = typeof issue.input === 'string' ? hostWithPort(issue.input) : undefined;
        return `${describeValue(issue.input)} includes a port: ${parts === undefined ? '' : portFix(parts)}`;
      },
    });
}

/** A logical database number. */
export const dbSchema = z
  .int({ error: fieldError('a database number', 'use an integer from 0 (the default) up') })
  .min(0);

/** A timeout in milliseconds. */
export const timeoutSchema = z
  .int({
    error: fieldError(
      'a timeout',
      `use a whole number of milliseconds from 1 to ${maxTimeoutMs}, such as 5000`,
    ),
  })
  .min(1)
  .max(maxTimeoutMs);

/** A reconnect delay in milliseconds: at most a minute, so that a reconnect is never put off for long. */
export const reconnectDelaySchema = z
  .int({
    error: fieldError('a reconnect delay', 'use a whole number of milliseconds from 1 to 60000, such as 200'),
  })
  .min(1)
  .max(60_000);

/** A retry count. */
export const retriesSchema = z
  .int({ error: fieldError('a retry count', 'use an integer from 0 to 1000') })
  .min(0)
  .max(1000);

/** A maximum of concurrent dedicated connections per node. */
export const maxDedicatedConnectionsSchema = z
  .int({
    error: fieldError(
      'a connection count',
      'use a whole number of connections per node from 1 to 10000, such as 50',
    ),
  })
  .min(1)
  .max(10_000);

/** An ACL user name. */
export const usernameSchema = z
  .string({ error: fieldError('a user name', 'use the ACL user name, without spaces') })
  .regex(/^\S+$/);

/** A password; never shown in messages. */
export const passwordSchema = z
  .string({ error: fieldError('a usable password', 'use a non-empty string, or leave it unset', true) })
  .min(1);

/** A key prefix (may be empty). */
export const keyPrefixSchema = z.string({
  error: fieldError('a key prefix', 'use a string such as "orders:"'),
});

/** A CLIENT SETNAME value. */
export const connectionNameSchema = z
  .string({
    error: fieldError('a connection name', 'use printable characters without spaces, such as orders-api'),
  })
  .regex(/^[!-~]+$/);

/** Where a cluster sends reads. */
export const scaleReadsSchema = z.enum(['master', 'slave', 'all'], {
  error: fieldError('a read scaling mode', 'use master, slave or all'),
});

/** A boolean; the hint follows the source, since the environment also accepts 1/0 and yes/no. */
export function booleanSchema(source: ConfigSource): z.ZodBoolean {
  return z.boolean({
    error: fieldError('a boolean', source === 'env' ? 'use true/false, 1/0 or yes/no' : 'use true or false'),
  });
}

/** The address of one node. */
export function nodeAddressSchema(source: ConfigSource) {
  return z.strictObject(
    {
      host: hostSchema(
        (parts) => `give host ${describeValue(parts.host)} and port ${describeValue(parts.port)} separately`,
      ),
      port: portSchema,
    },
    {
      error:
        source === 'env'
          ? fieldError('host:port', 'set it to host:port[,host:port]')
          : fieldError('a node address', 'use { host, port }'),
    },
  );
}

/** Seed nodes of a cluster: at least one. */
export function nodesSchema(source: ConfigSource) {
  const fix = source === 'env' ? 'set it to host:port[,host:port]' : 'list at least one { host, port }';
  return z
    .array(nodeAddressSchema(source), {
      error: (issue) => (issue.input === undefined ? `is empty: ${fix}` : `is not a list of nodes: ${fix}`),
    })
    .min(1, { error: `is empty: ${fix}` });
}

/** Address translation, keyed by announced host:port. */
export function natMapSchema(source: ConfigSource) {
  return z.record(z.string().regex(/^[^\s:]+:\d+$/), nodeAddressSchema(source), {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? 'is not a host:port key: use keys such as 10.0.0.5:7000'
        : fieldError(
            'a NAT map',
            'use an object keyed by announced host:port, with { host, port } values',
          )(issue),
  });
}
