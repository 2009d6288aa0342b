import { TestkitError } from '../models/TestkitError.js';

/** External test servers named by the environment. */
export interface ExternalServers {
  /** From `REDIS_TEST_URL`. */
  readonly standalone?: {
    /** The URL's host (IPv6 without brackets). */
    readonly host: string;
    /** The URL's port; 6379 when it has none. */
    readonly port: number;
    /** `redis://host:port`, without the credentials. */
    readonly url: string;
    /** The URL's user name, decoded; absent when it has none. */
    readonly username?: string;
    /** The URL's password, decoded; absent when it has none. Never put in messages. */
    readonly password?: string;
  };
  /** From `REDIS_TEST_CLUSTER_NODES` (`host:port[,host:port]`). */
  readonly clusterNodes?: readonly {
    /** The entry's host (the text before its last `:`). */
    readonly host: string;
    /** The entry's port, 1 to 65535. */
    readonly port: number;
  }[];
}

function parsePort(text: string, variable: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new TestkitError(
      'INVALID_ENVIRONMENT',
      `${variable} has port "${text}": use an integer from 1 to 65535`,
    );
  }
  return port;
}

/**
 * Read `REDIS_TEST_URL` and `REDIS_TEST_CLUSTER_NODES`.
 * @throws TestkitError `INVALID_ENVIRONMENT` for a malformed value (credentials never echoed).
 */
export function parseTestEnvironment(env: NodeJS.ProcessEnv): ExternalServers {
  const result: { -readonly [K in keyof ExternalServers]: ExternalServers[K] } = {};
  const url = env['REDIS_TEST_URL'];
  if (url !== undefined && url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new TestkitError(
        'INVALID_ENVIRONMENT',
        'REDIS_TEST_URL is not a URL: use redis://[user:password@]host:port',
      );
    }
    if (parsed.protocol !== 'redis:') {
      throw new TestkitError(
        'INVALID_ENVIRONMENT',
        `REDIS_TEST_URL has scheme "${parsed.protocol}": use redis://`,
      );
    }
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    result.standalone = {
      host,
      port: parsed.port === '' ? 6379 : parsePort(parsed.port, 'REDIS_TEST_URL'),
      url: `redis://${parsed.host}`,
      ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
      ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    };
  }
  const nodes = env['REDIS_TEST_CLUSTER_NODES'];
  if (nodes !== undefined && nodes !== '') {
    result.clusterNodes = nodes.split(',').map((entry) => {
      const trimmed = entry.trim();
      const colon = trimmed.lastIndexOf(':');
      if (colon <= 0) {
        throw new TestkitError(
          'INVALID_ENVIRONMENT',
          `REDIS_TEST_CLUSTER_NODES entry "${trimmed}" is not host:port`,
        );
      }
      return {
        host: trimmed.slice(0, colon),
        port: parsePort(trimmed.slice(colon + 1), 'REDIS_TEST_CLUSTER_NODES'),
      };
    });
  }
  return result;
}
