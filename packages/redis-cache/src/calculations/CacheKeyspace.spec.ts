import { describe, expect, it } from 'vitest';
import { CacheKeyspace } from './CacheKeyspace.js';

const root = new CacheKeyspace('cache:app', '');

describe(CacheKeyspace, () => {
  describe('.dataKey', () => {
    it('should keep a root key holding ":" apart from a namespace key', () => {
      expect([root.dataKey('users:1'), root.child('users').dataKey('1')]).toEqual([
        'cache:app:d::users:1',
        'cache:app:d:users:1',
      ]);
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
