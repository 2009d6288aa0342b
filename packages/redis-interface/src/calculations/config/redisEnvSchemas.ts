import { z } from 'zod';
import type { RedisEnvVariable } from './redisEnvVariables.js';
import { maskUserInfo } from './maskUserInfo.js';

const natMapShape = 'set it to announced-host:port=host:port[,…]';
const booleanWords = new Map([
  ['true', true],
  ['1', true],
  ['yes', true],
  ['false', false],
  ['0', false],
  ['no', false],
]);

// The conversions never fail on a malformed value: they pass it on unchanged, so that the configuration
// schema rejects it with the same message an options object would get.
const text = z.string().trim();
const lowerText = text.toLowerCase();
const raw = z.string();
const integer = text.transform((value) => (/^[+-]?\d+$/.test(value) ? Number(value) : value));
const boolean = lowerText.transform((value) => booleanWords.get(value) ?? value);

function integerOrText(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

const hostPortPattern = /^(?:\[([^\]\s]+)\]|([^\s:@,[\]=]+)):([^\s:@,=]+)$/;

function parseHostPort(entry: string): { host: string; port: number | string } | undefined {
  const match = hostPortPattern.exec(entry);
  if (match === null) return undefined;
  return { host: match[1] ?? match[2] ?? '', port: integerOrText(match[3] ?? '') };
}

function entries(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

// A malformed entry is passed on (credentials masked) so that it is reported with its position.
const nodeList = z
  .string()
  .transform((value) => entries(value).map((entry) => parseHostPort(entry) ?? maskUserInfo(entry)));

const natMap = z.string().transform((value, context) => {
  const map: Record<string, { host: string; port: number | string } | undefined> = {};
  for (const entry of entries(value)) {
    const [from = '', to = '', ...rest] = entry.split('=').map((part) => part.trim());
    const target = parseHostPort(to);
    if (rest.length > 0 || from === '' || target === undefined) {
      context.issues.push({
        code: 'custom',
        message: `entry ${JSON.stringify(maskUserInfo(entry))} is not announced-host:port=host:port: ${natMapShape}`,
        input: '',
      });
    }
    map[from] = target;
  }
  return map;
});

function file(readFile: (path: string) => string | Buffer) {
  return text.transform((path, context) => {
    try {
      return readFile(path);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const reason = typeof code === 'string' ? code : 'unreadable';
      context.issues.push({
        code: 'custom',
        message: `${JSON.stringify(path)} cannot be read (${reason}): point it to a readable PEM file`,
        input: '',
      });
      return z.NEVER;
    }
  });
}

/**
 * One schema per environment variable, turning its text into the value the configuration schema expects.
 * Only the NAT map and the files can fail here.
 */
export function redisEnvSchemas(
  readFile: (path: string) => string | Buffer,
): Record<RedisEnvVariable, z.ZodType<unknown, string>> {
  return {
    mode: lowerText,
    url: text,
    host: text,
    port: integer,
    db: integer,
    clusterNodes: nodeList,
    clusterNatMap: natMap,
    scaleReads: lowerText,
    shardedPubSub: boolean,
    username: raw,
    password: raw,
    tls: boolean,
    tlsCaFile: file(readFile),
    tlsCertFile: file(readFile),
    tlsKeyFile: file(readFile),
    tlsServername: text,
    tlsRejectUnauthorized: boolean,
    keyPrefix: raw,
    connectTimeoutMs: integer,
    commandTimeoutMs: integer,
    maxRetries: integer,
    reconnectInitialDelayMs: integer,
    reconnectMaxDelayMs: integer,
    autoPipelining: boolean,
    connectionName: text,
    strictCrossSlot: boolean,
    maxDedicatedConnections: integer,
  };
}
