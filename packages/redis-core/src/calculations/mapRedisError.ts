import { RedisError, type RedisErrorCode } from '@org/redis-interface';
import { refusalRules } from './refusalRules.js';
import { scrubErrorCause, withScrubbedCause } from './scrubErrorCause.js';
import { tlsFailureAdvice } from './tlsFailureAdvice.js';

/** Server reply prefixes and ioredis messages, and the code each means. First match wins. */
const RULES: readonly (readonly [RegExp, RedisErrorCode, string])[] = [
  [
    /^NOPERM/,
    'NO_PERMISSION',
    'the ACL user may not do this: grant the command and key pattern, or use another user',
  ],
  [/^(WRONGPASS|NOAUTH)|invalid username-password/i, 'AUTH_FAILED', 'check the username and password'],
  [/^WRONGTYPE/, 'WRONG_TYPE', 'the key holds another data type than the command needs'],
  [/^CROSSSLOT/, 'CROSS_SLOT', 'give the keys one hash tag such as {user:1}'],
  [
    /^CLUSTERDOWN|Too many Cluster redirections|Failed to refresh slots cache/,
    'CLUSTER_DOWN',
    'check the cluster state (health())',
  ],
  [
    // A redirection reaching the caller was still there after a slot-table refresh and one more
    // attempt: the slot's master is unreachable or the slots are moving.
    /^(MOVED|ASK) /,
    'CLUSTER_DOWN',
    'the slot has no master this client can reach right now (failover or resharding): check health() and retry',
  ],
  [
    /cluster support disabled/,
    'MODE_MISMATCH',
    'the server is not a cluster node: use REDIS_MODE=standalone',
  ],
  [/Command timed out/, 'COMMAND_TIMEOUT', 'the server did not answer in time'],
  [
    /None of startup nodes is available|Connection is closed|Command aborted due to connection close|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|Stream isn't writeable|enableOfflineQueue|Reached the max retries|connect ETIMEDOUT/,
    'CONNECTION_FAILED',
    'check that the server is up and reachable',
  ],
];

/**
 * Turn whatever ioredis rejected with into a {@link RedisError}, with a scrubbed copy of the
 * original as `cause` (see {@link scrubErrorCause}: no password or AUTH/HELLO argument survives
 * in it), so the error is safe to log whole. A failed TLS handshake (by Node's error code) is
 * `CONNECTION_FAILED` saying what to check. Server refusals with a code of their own (`READONLY`,
 * `LOADING`, `BUSY`, `TRYAGAIN`, `MASTERDOWN`, `OOM`, `NOSCRIPT`, `BUSYGROUP`: see `refusalRules`,
 * matched on the reply's first word only) carry `details.retryable` and `details.reply`. Server
 * replies not listed become `SERVER_ERROR` with the reply text. A RedisError is returned as is, unless its cause is raw.
 */
export function mapRedisError(error: unknown, command: string): RedisError {
  if (RedisError.is(error)) return withScrubbedCause(error);
  return mapScrubbed(scrubErrorCause(error), command);
}

/** The rule table applied to an already scrubbed error. */
function mapScrubbed(error: unknown, command: string): RedisError {
  const text = error instanceof Error ? error.message : String(error);
  const verb = command.toUpperCase();
  const tls = tlsFailureAdvice(error);
  if (tls !== undefined)
    return new RedisError('CONNECTION_FAILED', `${verb} failed: TLS handshake failed: ${text} (${tls}).`, {
      cause: error,
    });
  for (const { pattern, code, retryable, advice } of refusalRules) {
    if (pattern.test(text))
      return new RedisError(code, `${verb} failed: ${text} (${advice}).`, {
        cause: error,
        details: { retryable, reply: text },
      });
  }
  for (const [pattern, code, advice] of RULES) {
    if (!pattern.test(text)) continue;
    // Every CLUSTER_DOWN rule is a refusal before the command ran (no slot owner, redirections).
    const details = code === 'CLUSTER_DOWN' ? { details: { retryable: true, reply: text } } : {};
    return new RedisError(code, `${verb} failed: ${text} (${advice}).`, { cause: error, ...details });
  }
  return new RedisError('SERVER_ERROR', `${verb} failed: ${text}`, { cause: error });
}
