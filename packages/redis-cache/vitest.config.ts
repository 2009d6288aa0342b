import { definePackageTestConfig } from '../../vitest.shared.js';

export default definePackageTestConfig({
  root: import.meta.dirname,
  integrationGlobalSetup: ['@org/redis-testkit/vitest-global-setup'],
  integrationTimeoutMs: 60_000,
});
