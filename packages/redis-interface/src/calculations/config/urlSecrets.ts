function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The password of a Redis URL, as written and decoded, found textually so that it also works on a URL
 * that does not parse; used only to mask it in messages.
 */
export function urlSecrets(url: unknown): string[] {
  if (typeof url !== 'string') return [];
  const authorityStart = url.indexOf('://') + 3;
  const at = url.lastIndexOf('@');
  if (authorityStart < 3 || at < authorityStart) return [];
  const userInfo = url.slice(authorityStart, at);
  const colon = userInfo.indexOf(':');
  if (colon === -1) return [];
  const password = userInfo.slice(colon + 1);
  return [password, decoded(password)];
}
