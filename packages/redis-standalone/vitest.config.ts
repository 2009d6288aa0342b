import { mergeConfig } from 'vitest/config';
import { definePackageTestConfig } from '../../vitest.shared.js';

// Everything here talks to Redis: its tests are integration tests (the contract suite and
// driver-specific ones); `test:unit` has nothing to run and must still succeed.
export default mergeConfig(
  definePackageTestConfig({
    root: import.meta.dirname,
    integrationGlobalSetup: ['@org/redis-testkit/vitest-global-setup'],
    integrationTimeoutMs: 60_000,
  }),
  { test: { passWithNoTests: true } },
);
