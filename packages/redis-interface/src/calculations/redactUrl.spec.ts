import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl.js';

describe(redactUrl, () => {
  describe.each([
    ['user and password', 'redis://app:s3cret@cache:6379/0', 'redis://app:***@cache:6379/0'],
    ['a password only', 'rediss://:s3cret@cache', 'rediss://:***@cache'],
    ['an @ in the password', 'redis://app:p@ss@cache', 'redis://app:***@cache'],
    ['an invalid URL', 'redis://app:s3cret@cache:abc', 'redis://app:***@cache:abc'],
    ['a user name only', 'redis://app@cache', 'redis://app@cache'],
    ['no credentials', 'redis://cache:6379', 'redis://cache:6379'],
    ['no scheme', 'cache:6379', 'cache:6379'],
  ])('having %s', (_name, url, expected) => {
    it('should mask the password and keep the rest', () => {
      expect(redactUrl(url)).toBe(expected);
    });
  });
});
