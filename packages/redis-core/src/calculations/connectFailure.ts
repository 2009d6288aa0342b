import { RedisError } from '@org/redis-interface';
import { mapRedisError } from './mapRedisError.js';
import { tlsFailureAdvice } from './tlsFailureAdvice.js';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * The error `connect()` throws for `error`: {@link mapRedisError}, plus a TLS hint when the
 * failure looks like TLS on one side only, which Node reports without any TLS error: a TLS-only
 * server resets a plain client (`ECONNRESET`), and a plain server never answers a TLS client's
 * handshake, so connecting times out (`ETIMEDOUT`). A driver's own `CONNECTION_FAILED` (a
 * cluster that did not become ready in time) whose cause is a failed TLS handshake gets what to
 * check for it, as the mapped handshake error has.
 *
 * @param tls - whether the client was configured with TLS.
 */
export function connectFailure(error: unknown, tls: boolean): RedisError {
  const mapped = mapRedisError(error, 'connect');
  if (mapped.code !== 'CONNECTION_FAILED') return mapped;
  const advice = tlsFailureAdvice(mapped.cause);
  if (advice !== undefined) {
    if (mapped.message.includes(advice)) return mapped;
    const reason = mapped.cause instanceof Error ? mapped.cause.message : String(mapped.cause);
    return new RedisError(
      'CONNECTION_FAILED',
      `${mapped.message} TLS handshake failed: ${reason} (${advice}).`,
      { cause: mapped.cause },
    );
  }
  const code = codeOf(mapped.cause);
  const hint =
    tls && code === 'ETIMEDOUT'
      ? 'TLS is on: a server without TLS on this port never answers the TLS handshake, so connecting times out; check that the server has TLS enabled here, or connect without TLS.'
      : !tls && code === 'ECONNRESET'
        ? 'TLS is off: a server that only accepts TLS resets plain connections; if it uses TLS, enable it (REDIS_TLS=true, or rediss://).'
        : undefined;
  if (hint === undefined) return mapped;
  return new RedisError('CONNECTION_FAILED', `${mapped.message} ${hint}`, { cause: mapped.cause });
}
