const redacted = '***';

/**
 * Replaces the password of a Redis URL with `***`, for logs and error messages:
 * `redis://app:s3cret@cache:6379/0` becomes `redis://app:***@cache:6379/0`.
 *
 * @remarks
 * Works on text that is not a valid URL too: everything between `://` and the last `@` that contains a
 * `:` is treated as `user:password`. The user name is kept; it is not a secret.
 *
 * @param url - any text, usually a `REDIS_URL` value.
 * @returns the same text with the password masked; unchanged when it has none.
 */
export function redactUrl(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd === -1) return url;
  const authorityStart = schemeEnd + 3;
  const at = url.lastIndexOf('@');
  if (at < authorityStart) return url;
  const userInfo = url.slice(authorityStart, at);
  const colon = userInfo.indexOf(':');
  if (colon === -1) return url;
  return `${url.slice(0, authorityStart)}${userInfo.slice(0, colon)}:${redacted}${url.slice(at)}`;
}
