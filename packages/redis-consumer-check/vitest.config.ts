import { definePackageTestConfig } from '../../vitest.shared.js';

export default definePackageTestConfig({
  root: import.meta.dirname,
  integrationGlobalSetup: ['@org/redis-testkit/vitest-global-setup'],
  // Packing eleven packages and an npm install come first: see the test's beforeAll.
  integrationTimeoutMs: 120_000,
});
