import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import { RedisError } from '../../models/errors/RedisError.js';

const redacted = '***';
// Shorter secrets would mask ordinary words; such passwords are not shown by any message anyway.
const minimumMaskedLength = 4;

function mask(text: string, secrets: readonly string[]): string {
  return secrets.reduce((masked, secret) => masked.split(secret).join(redacted), text);
}

/**
 * The one `INVALID_CONFIG` error listing every issue. As a last line of defence, any occurrence of the
 * given secrets in a message is replaced with `***`.
 */
export function createInvalidConfigError(
  issues: readonly RedisConfigIssue[],
  secrets: readonly (string | undefined)[] = [],
): RedisError<'INVALID_CONFIG'> {
  const masked = secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= minimumMaskedLength,
  );
  const safe = issues.map((found) => ({ path: found.path, message: mask(found.message, masked) }));
  const count = `${safe.length} problem${safe.length === 1 ? '' : 's'}`;
  const lines = safe.map((found) => `- ${found.message}`).join('\n');
  return new RedisError('INVALID_CONFIG', `Invalid Redis configuration (${count}):\n${lines}`, {
    details: { issues: safe },
  });
}
