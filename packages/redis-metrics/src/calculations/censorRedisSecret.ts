import { redactUrl } from '@org/redis-interface';

/** What replaces a redacted secret in log lines. */
export const redactedText = '[Redacted]';

/**
 * The pino `redact.censor` of {@link redisLogRedaction}: a URL keeps everything but its password
 * (`redis://app:***@cache:6379`), so the log still says where the client connects; every other
 * redacted field (passwords, TLS keys) is replaced whole.
 *
 * @param value - the value found at a redacted path.
 * @param path - that path, segment by segment (`['config', 'url']`).
 */
export function censorRedisSecret(value: unknown, path: readonly string[]): unknown {
  const field = path.at(-1)?.toLowerCase() ?? '';
  if (typeof value === 'string' && field.endsWith('url')) return redactUrl(value);
  return redactedText;
}
