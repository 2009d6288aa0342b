import { z } from 'zod';
import { redactUrl } from '../redactUrl.js';
import { describeValue } from './describeValue.js';

const urlShape = 'use redis[s]://[[username]:password@]host[:port][/db]';

/** What a Redis URL carries. */
export interface RedisUrlParts {
  readonly host: string;
  readonly port: number;
  readonly db: number | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly tls: boolean;
}

function decode(text: string): string | undefined {
  return text === '' ? undefined : decodeURIComponent(text);
}

// The port of a URL, found textually so that it also works when the URL does not parse: after the last @
// (as redactUrl reads it, so the port is never inside the masked credentials) up to the path.
function portText(value: string): string | undefined {
  const authorityStart = value.indexOf('://') + 3;
  if (authorityStart < 3) return undefined;
  const at = value.lastIndexOf('@');
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  const hostPort = /^[^/?#]*/.exec(value.slice(hostStart))?.[0] ?? '';
  const match = /^(?:\[[^\]]*\]|[^:[\]]*):(.*)$/.exec(hostPort);
  return match?.[1];
}

function invalidPort(value: string): string | undefined {
  const port = portText(value);
  // Nothing, or a colon inside (an IPv6 address without brackets): not a port problem.
  if (port === undefined || port === '' || port.includes(':')) return undefined;
  return /^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535 ? undefined : portMessage(port);
}

function portMessage(port: string): string {
  const shown = /^\d+$/.test(port) ? port : describeValue(port);
  return `has port ${shown}, which is not a port: use an integer from 1 to 65535 (or none, for 6379)`;
}

function parseUrl(value: string): RedisUrlParts | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalidPort(value) ?? `is not a valid Redis URL: ${urlShape}`;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    return `does not start with redis:// or rediss://: ${urlShape}`;
  if (url.hostname === '') return `has no host: ${urlShape}`;
  if (url.search !== '' || url.hash !== '')
    return `has a query or fragment, which is not supported: remove everything from ? or #`;
  // The only port the URL parser accepts that Redis cannot use (a port above 65535 or with letters fails
  // the parse and is reported above).
  if (url.port === '0') return portMessage('0');
  const dbMatch = /^\/?(\d*)$/.exec(url.pathname);
  if (dbMatch === null) return `has a path that is not a database number: end it with /0, /1, … or nothing`;
  let username: string | undefined;
  let password: string | undefined;
  try {
    username = decode(url.username);
    password = decode(url.password);
  } catch {
    return `has invalid percent-encoding in its credentials: encode special characters as %XX`;
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? 6379 : Number(url.port),
    db: dbMatch[1] === undefined || dbMatch[1] === '' ? undefined : Number(dbMatch[1]),
    username,
    password,
    tls: url.protocol === 'rediss:',
  };
}

/**
 * The `url` option, parsed into its parts. Messages show the URL with its password masked.
 */
export const redisUrlSchema = z
  .string({ error: (issue) => `${describeValue(issue.input)} is not a URL: ${urlShape}` })
  .transform((value, context) => {
    const parsed = parseUrl(value);
    if (typeof parsed === 'object') return parsed;
    context.issues.push({
      code: 'custom',
      message: `${describeValue(redactUrl(value))} ${parsed}`,
      input: '',
    });
    return z.NEVER;
  });
