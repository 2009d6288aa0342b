import { describe, expect, it } from 'vitest';
import { CacheKeyspace } from './CacheKeyspace.js';
import { slotTag } from './slotTag.js';

const root = new CacheKeyspace('cache:app', '');

describe(CacheKeyspace, () => {
  describe('.dataKey', () => {
    it('should keep a root key holding ":" apart from a namespace key', () => {
      expect([root.dataKey('users:1'), root.child('users').dataKey('1')]).toEqual([
        `cache:app:d::users:1${slotTag('users:1')}`,
        `cache:app:d:users:1${slotTag('1')}`,
      ]);
    });

    it('should put a value and its lock behind one hash tag, whatever braces the key holds', () => {
      const tagOf = (redisKey: string): string => /\{([^}]+)\}/u.exec(redisKey)?.[1] ?? redisKey;
      expect(
        ['plain', 'user{42}', 'open{brace', '}{'].map(
          (key) => tagOf(root.dataKey(key)) === tagOf(root.lockKey(key)),
        ),
      ).toEqual([true, true, true, true]);
    });
  });

  describe('.holds', () => {
    it('should hold its own and nested namespaces only', () => {
      const users = root.child('users');
      expect([
        users.holds(users.dataKey('1')),
        users.holds(users.child('admins').dataKey('1')),
        users.holds(root.child('usersx').dataKey('1')),
        users.holds(root.dataKey('users:1')),
        root.holds(users.dataKey('1')),
      ]).toEqual([true, true, false, false, true]);
    });
  });

  describe('.clearPatterns', () => {
    it('should match values and tag sets of the namespace and those inside it', () => {
      expect([root.clearPatterns, root.child('a').clearPatterns]).toEqual([
        ['cache:app:[dt]:*'],
        ['cache:app:[dt]:a:*', 'cache:app:[dt]:a.*'],
      ]);
    });
  });
});
